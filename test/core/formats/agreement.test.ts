import { strict as assert } from 'node:assert';
import { cohenKappa, tokenAgreement } from '../../../server/src/core/eval/agreement';
import type { EvalSpan } from '../../../server/src/core/eval/annotated';

const span = (label: string, start: number, end: number): EvalSpan => ({ label, start, end, text: '', unmarked: false, duplicate: false });

describe("agreement: Cohen's kappa over tokens", () => {
  it('matches the textbook example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: kappa 0.4)', () => {
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')];
    const b = [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')];
    const k = cohenKappa(a, b);
    assert.equal(k.observed, 0.7);
    assert.equal(k.expected, 0.5);
    assert.ok(Math.abs(k.kappa! - 0.4) < 1e-12);
  });

  it('labels tokens from the spans and computes a hand-worked example', () => {
    // tokens:  Anna met Bob in Paris on Monday .      (8)
    // A:       PER  O   PER O  PLACE O  DATE   O
    // B:       PER  O   ORG O  PLACE O  O      O      + a QUOTE, which is not a token label
    // p_o = 6/8; p_e = (2·1 [PER] + 4·5 [O] + 1·1 [PLACE]) / 64 = 23/64; kappa = (48/64 − 23/64) / (41/64) = 25/41
    const text = '😀 Anna met Bob in Paris on Monday .'; // the emoji is one token and one code point: offsets below count code points
    const a = [span('PERSON', 2, 6), span('PERSON', 11, 14), span('PLACE', 18, 23), span('DATE', 27, 33)];
    const b = [span('PERSON', 2, 6), span('ORG', 11, 14), span('PLACE', 18, 23), span('QUOTE', 2, 35)];
    const k = tokenAgreement([{ text, a, b }]);
    assert.equal(k.tokens, 9); // with the emoji, labelled O by both: p_o = 7/9
    const n = 9;
    const expected = (2 * 1 + 5 * 6 + 1 * 1) / (n * n);
    assert.ok(Math.abs(k.expected - expected) < 1e-12);
    assert.ok(Math.abs(k.kappa! - (7 / 9 - expected) / (1 - expected)) < 1e-12);
    const without = tokenAgreement([{ text: text.slice(3), a: a.map((s) => span(s.label, s.start - 2, s.end - 2)), b: b.map((s) => span(s.label, s.start - 2, s.end - 2)) }]);
    assert.equal(without.tokens, 8);
    assert.ok(Math.abs(without.kappa! - 25 / 41) < 1e-12);
  });

  it('reads span offsets as code points, as brat writes them', () => {
    // tokens 😀 ( Monday ): DATE is code points 2–8; as UTF-16 indices it would also cover "(".
    const k = tokenAgreement([{ text: '😀(Monday)', a: [span('DATE', 2, 8)], b: [] }]);
    assert.equal(k.tokens, 4);
    assert.equal(k.observed, 3 / 4);
  });

  it('gives the shortest covering span to a token and counts partial overlap as covering', () => {
    const text = 'University of Paris said';
    const k = tokenAgreement([{ text, a: [span('ORG', 0, 19), span('PLACE', 14, 19)], b: [span('ORG', 0, 12), span('PLACE', 14, 19)] }]);
    assert.equal(k.observed, 1); // b's ORG ends inside "of": still covers it
  });

  it('is undefined (null) when both annotators say O everywhere, and 1 when they agree on labels', () => {
    assert.equal(tokenAgreement([{ text: 'nothing here', a: [], b: [] }]).kappa, null);
    assert.equal(tokenAgreement([{ text: 'Anna here', a: [span('PERSON', 0, 4)], b: [span('PERSON', 0, 4)] }]).kappa, 1);
  });
});
