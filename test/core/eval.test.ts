import { strict as assert } from 'node:assert';
import type { EvalSpan } from '../../server/src/core/eval/annotated';
import { prf, score } from '../../server/src/core/eval/score';

const span = (label: string, start: number, end: number, extra: Partial<EvalSpan> = {}): EvalSpan => ({
  label, start, end, text: '', unmarked: false, duplicate: false, ...extra,
});

describe('eval scoring', () => {
  it('counts exact-span matches per label and group, and accuracies on matched spans only', () => {
    const gold = [
      span('PERSON', 0, 7, { canonical: 'Kassym-Jomart Tokayev' }),
      span('PLACE', 10, 16, { canonical: 'Astana' }),
      span('DATE', 20, 27, { value: '2022-09-27' }),
      span('QUOTE', 30, 40, { speaker: { start: 0, end: 7, canonical: 'Kassym-Jomart Tokayev' } }),
      span('BOILERPLATE', 50, 60, { duplicate: true }),
    ];
    const pred = [
      span('PERSON', 0, 7, { canonical: 'Tokayev' }),
      span('PLACE', 10, 15),
      span('DATE', 20, 27, { value: '2022-09-27' }),
      span('QUOTE', 30, 40, { speaker: { start: 0, end: 7, canonical: 'Tokayev' } }),
      span('BOILERPLATE', 50, 60, { duplicate: true }),
      span('BOILERPLATE', 61, 70),
    ];
    const r = score([{ name: 'd', lineOf: (o) => (o < 61 ? 0 : 1), gold, pred }]);
    assert.deepEqual(r.labels.PERSON, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(r.labels.PLACE, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(r.groups['PERSON+ORG+PLACE'], { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(r.dateValue, { correct: 1, total: 1 });
    assert.deepEqual(r.canonical, { correct: 0, total: 1 });
    assert.deepEqual(r.speakerMention, { correct: 1, total: 1 });
    assert.deepEqual(r.speakerEntity, { correct: 0, total: 1 });
    assert.deepEqual(r.duplicate, { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(r.boilerplateLines, { tp: 1, fp: 1, fn: 0 });
  });

  it('computes precision, recall and F1, with zero for empty sets', () => {
    assert.deepEqual(prf({ tp: 1, fp: 1, fn: 1 }), { p: 0.5, r: 0.5, f1: 0.5 });
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { p: 0, r: 0, f1: 0 });
  });
});
