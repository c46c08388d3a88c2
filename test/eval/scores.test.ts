import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import type { EvalReport } from '../../server/src/core/eval/score';
import { figures } from './figures';
import { RECORDED, SETS, score } from './sets';

/**
 * Scores the detectors on each evaluation set and keeps them from falling back: every
 * figure in recorded-scores.json may drop by at most 0.02.
 */
for (const set of SETS) {
  describe(`evaluation on ${set.name}`, function () {
    this.timeout(60000);
    let report: EvalReport | undefined;

    before(function () {
      report = score(set, (s) => console.log(s.replace(/^/gm, '      ')));
      if (!report) {
        console.log(`      (no gold at ${set.gold}; skipped)`);
        this.skip();
      }
    });

    it('scores every gold document', () => {
      const n = fs.readdirSync(set.gold).filter((f) => f.endsWith('.ann')).length;
      assert.equal(report?.docs, n);
    });

    it('does not fall more than 0.02 below the recorded scores', () => {
      const recorded: Record<string, number> = JSON.parse(fs.readFileSync(RECORDED, 'utf8'))[set.name] ?? {};
      assert.ok(Object.keys(recorded).length > 0, `scores of ${set.name} are recorded (npx tsx scripts/record-scores.ts)`);
      const now = figures(report!);
      const drops = Object.entries(recorded)
        .filter(([k, v]) => (now[k] ?? 0) < v - 0.02)
        .map(([k, v]) => `${k}: ${(now[k] ?? 0).toFixed(3)} < recorded ${v.toFixed(3)}`);
      assert.deepEqual(drops, []);
    });
  });
}
