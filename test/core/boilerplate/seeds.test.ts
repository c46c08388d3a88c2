import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer, Doc } from '../../../server/src/core/analyzer';
import { boilerplateDetector } from '../../../server/src/core/detectors/boilerplate';

/**
 * The boilerplate detector alone on the gold seeds: line-level F1 and Duplicate F1 must
 * stay at or above 0.9 (the seeds are a dev set; the rules are general, see page.test.ts).
 */
const goldDir = path.resolve(__dirname, '../../../../shared/gold/seeds');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);

function tally(gold: Set<string>, pred: Set<string>, c: Counts): void {
  for (const g of gold) if (pred.has(g)) c.tp++;
  else c.fn++;
  for (const p of pred) if (!gold.has(p)) c.fp++;
}

describe('boilerplate on the gold seeds', () => {
  const lines: Counts = { tp: 0, fp: 0, fn: 0 };
  const duplicates: Counts = { tp: 0, fp: 0, fn: 0 };

  before(function () {
    if (!fs.existsSync(goldDir)) this.skip();
    const names = fs.readdirSync(goldDir).filter((f) => f.endsWith('.txt')).sort();
    const docs = names.map((f) => new Doc(`file:///seeds/${f}`, fs.readFileSync(path.join(goldDir, f), 'utf8')));
    const results = new Analyzer([boilerplateDetector]).analyzeCorpus(docs);
    results.forEach((r, k) => {
      const ann = fs.readFileSync(path.join(goldDir, names[k].replace(/\.txt$/, '.ann')), 'utf8');
      const spans = new Map<string, string>();
      for (const m of ann.matchAll(/^(T\d+)\tBOILERPLATE (\d+) (\d+)\t/gm)) spans.set(m[1], `${m[2]}:${m[3]}`);
      const goldDup = new Set([...ann.matchAll(/^A\d+\tDuplicate (T\d+)/gm)].map((m) => spans.get(m[1])!));
      const line = (key: string) => `${r.doc.positionAt(Number(key.split(':')[0])).line}`;
      const pred = r.spans.filter((s) => s.label === 'BOILERPLATE');
      tally(new Set([...spans.values()].map(line)), new Set(pred.map((s) => line(`${s.start}:`))), lines);
      tally(goldDup, new Set(pred.filter((s) => s.duplicateOf?.length).map((s) => `${s.start}:${s.end}`)), duplicates);
    });
  });

  it('finds boilerplate lines with F1 of at least 0.9', () => {
    assert.ok(f1(lines) >= 0.9, JSON.stringify(lines));
  });

  it('marks Duplicates with F1 of at least 0.9', () => {
    assert.ok(f1(duplicates) >= 0.9, JSON.stringify(duplicates));
  });
});
