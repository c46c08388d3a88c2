import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';
import { evaluate } from '../../server/src/cli/eval';
import type { EvalReport } from '../../server/src/core/eval/score';
import { figures } from './figures';

/**
 * Scores the detectors on the gold seeds and keeps them from falling back: every
 * figure in recorded-scores.json may drop by at most 0.02.
 */
const repo = path.resolve(__dirname, '../..');
const goldDir = path.resolve(repo, '../shared/gold/seeds');
const recordedFile = path.join(__dirname, 'recorded-scores.json');

describe('evaluation on the gold seeds', function () {
  this.timeout(60000);
  let report: EvalReport | undefined;

  before(function () {
    if (!fs.existsSync(goldDir)) {
      console.log(`      (no gold at ${goldDir}; skipped)`);
      this.skip();
    }
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-eval-'));
    assert.equal(run(['annotate', path.join(repo, 'seeds'), '--out', out], () => {}, () => {}), 0);
    report = evaluate(goldDir, out, (s) => console.log(s));
    const lines: string[] = [];
    run(['eval', '--gold', goldDir, '--pred', out], (s) => lines.push(s), () => {});
    console.log(lines.join('\n').replace(/^/gm, '      '));
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('scores all five seed documents', () => {
    assert.equal(report?.docs, 5);
  });

  it('does not fall more than 0.02 below the recorded scores', () => {
    const recorded: Record<string, number> = JSON.parse(fs.readFileSync(recordedFile, 'utf8'));
    const now = figures(report!);
    const drops = Object.entries(recorded)
      .filter(([k, v]) => (now[k] ?? 0) < v - 0.02)
      .map(([k, v]) => `${k}: ${(now[k] ?? 0).toFixed(3)} < recorded ${v.toFixed(3)}`);
    assert.deepEqual(drops, []);
  });
});
