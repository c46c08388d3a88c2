import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer, Doc } from '../../../server/src/core/analyzer';
import type { Detector } from '../../../server/src/core/detector';
import { quotesDetector } from '../../../server/src/core/detectors/quotes';
import type { Label, Span } from '../../../server/src/core/types';

/**
 * The quote detector on the gold seeds with the gold PERSON/ORG/PLACE/NORP spans fed
 * as `found` (so that speaker accuracy does not depend on the entities detector):
 * exact-span F1 of QUOTE and speaker accuracy (same mention as the gold's Arg2).
 */
const goldDir = path.resolve(__dirname, '../../../../shared/gold/seeds');

interface Gold {
  label: string;
  start: number;
  end: number;
  text: string;
  canonical?: string;
  speaker?: string;
  unmarked?: boolean;
}

function readAnn(file: string): Map<string, Gold> {
  const byId = new Map<string, Gold>();
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (const l of lines) {
    const [id, info, text] = l.split('\t');
    if (!id?.startsWith('T')) continue;
    const [label, s, e] = info.split(' ');
    byId.set(id, { label, start: Number(s), end: Number(e), text });
  }
  for (const l of lines) {
    const [id, info] = l.split('\t');
    if (!info) continue;
    const parts = info.split(' ');
    if (id.startsWith('N') && parts[2]?.startsWith('canon:')) byId.get(parts[1])!.canonical = info.slice(info.indexOf('canon:') + 6);
    if (id.startsWith('A') && parts[0] === 'Unmarked') byId.get(parts[1])!.unmarked = true;
    if (id.startsWith('R') && parts[0] === 'Speaker') byId.get(parts[1].slice(5))!.speaker = parts[2].slice(5);
  }
  return byId;
}

describe('quote detector on the gold seeds (gold entities as input)', function () {
  this.timeout(30000);
  const golds = new Map<string, Map<string, Gold>>();
  let results: { doc: Doc; spans: Span[] }[] = [];

  before(function () {
    if (!fs.existsSync(goldDir)) this.skip();
    const names = fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    for (const n of names) golds.set(n, readAnn(path.join(goldDir, `${n}.ann`)));
    const goldEntities: Detector = {
      name: 'entities',
      labels: ['PERSON', 'ORG', 'PLACE', 'NORP'],
      detect: (ctx) =>
        [...golds.get(ctx.doc.uri)!.values()]
          .filter((g) => ['PERSON', 'ORG', 'PLACE', 'NORP'].includes(g.label))
          .map((g) => ({ start: g.start, end: g.end, label: g.label as Label, text: g.text, canonical: g.canonical ?? g.text })),
    };
    const docs = names.map((n) => new Doc(n, fs.readFileSync(path.join(goldDir, `${n}.txt`), 'utf8')));
    results = new Analyzer([goldEntities, quotesDetector]).analyzeCorpus(docs);
  });

  const tally = () => {
    let tp = 0, fp = 0, fn = 0, speakers = 0, right = 0, unmarkedRight = 0, unmarked = 0;
    for (const r of results) {
      const gold = [...golds.get(r.doc.uri)!.values()];
      const pred = new Map(r.spans.filter((s) => s.label === 'QUOTE').map((s) => [`${s.start}:${s.end}`, s]));
      const quotes = gold.filter((g) => g.label === 'QUOTE');
      for (const g of quotes) {
        const p = pred.get(`${g.start}:${g.end}`);
        if (!p) {
          fn++;
          continue;
        }
        tp++;
        pred.delete(`${g.start}:${g.end}`);
        if (g.unmarked) unmarked++;
        if (g.unmarked && p.unmarked) unmarkedRight++;
        if (g.speaker) {
          speakers++;
          const want = golds.get(r.doc.uri)!.get(g.speaker)!;
          if (p.speaker?.start === want.start && p.speaker.end === want.end) right++;
        }
      }
      fp += pred.size;
    }
    return { tp, fp, fn, speakers, right, unmarked, unmarkedRight };
  };

  it('finds the QUOTE spans exactly (F1 ≥ 0.9)', () => {
    const { tp, fp, fn } = tally();
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    assert.ok(f1 >= 0.9, `F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  });

  it('marks the quotes that lost a mark as Unmarked', () => {
    const { unmarked, unmarkedRight } = tally();
    assert.ok(unmarked > 0 && unmarkedRight / unmarked >= 0.9, `${unmarkedRight}/${unmarked}`);
  });

  it('names the gold speaker mention (accuracy ≥ 0.85)', () => {
    const { speakers, right } = tally();
    assert.ok(speakers > 0 && right / speakers >= 0.85, `${right}/${speakers}`);
  });
});
