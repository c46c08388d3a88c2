import * as assert from 'node:assert/strict';
import { Doc } from '../../../server/src/core/document';
import { review, type Decisions } from '../../../server/src/core/review';
import type { Label, Span } from '../../../server/src/core/types';

const text = 'President Joe Biden said "we will win" in Washington on Tuesday.';
const doc = new Doc('file:///a.txt', text);
const span = (label: Label, s: string, extra: Partial<Span> = {}): Span => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, label, text: s, ...extra };
};
const suggestions = [span('PERSON', 'Joe Biden', { canonical: 'Joe Biden' }), span('QUOTE', '"we will win"'), span('PLACE', 'Washington'), span('DATE', 'Tuesday', { value: '2022-09-27' })];

function decisions(annotations: Decisions['annotations'], rejected: [string, number, number][] = []): Decisions {
  return { annotations, isRejected: (l, s, e) => rejected.some(([a, b, c]) => a === l && b === s && c === e) };
}

describe('review: what the annotator sees', () => {
  it('shows every suggestion when there are no decisions', () => {
    assert.deepEqual(review(doc, suggestions, undefined), suggestions);
  });

  it('an accepted annotation replaces the suggestion on the same words', () => {
    const w = text.indexOf('Washington');
    const out = review(doc, suggestions, decisions([{ id: 'T1', label: 'ORG', start: w, end: w + 10, text: 'Washington' }]));
    const here = out.filter((s) => s.start === w);
    assert.deepEqual(here.map((s) => [s.label, s.annotation]), [['ORG', 'T1']]);
  });

  it('a rejected suggestion is hidden; the others stay', () => {
    const p = suggestions[2];
    const out = review(doc, suggestions, decisions([], [['PLACE', p.start, p.end]]));
    assert.deepEqual(out.map((s) => s.text), ['Joe Biden', '"we will win"', 'Tuesday']);
  });

  it('an accepted quote does not hide the names inside it (different layers), an accepted name hides overlapping names', () => {
    const q = suggestions[1];
    const j = text.indexOf('Joe');
    const out = review(doc, suggestions, decisions([
      { id: 'T1', label: 'QUOTE', start: q.start, end: q.end, text: q.text, speaker: 'T2' },
      { id: 'T2', label: 'PERSON', start: j, end: j + 3, text: 'Joe', canonical: 'Joe Biden' },
    ]));
    assert.deepEqual(out.map((s) => `${s.label}:${s.text}:${s.annotation ?? '-'}`), ['PERSON:Joe:T2', 'QUOTE:"we will win":T1', 'PLACE:Washington:-', 'DATE:Tuesday:-']);
    assert.deepEqual(out.find((s) => s.label === 'QUOTE')?.speaker, { start: j, end: j + 3, text: 'Joe', canonical: 'Joe Biden' });
  });

  it('orphaned annotations and labels it does not know are not drawn', () => {
    const out = review(doc, [], decisions([
      { id: 'T1', label: 'PERSON', start: 0, end: 3, text: 'Bob', orphan: 'not found' },
      { id: 'T2', label: 'EVENT', start: 0, end: 9, text: 'President' },
    ]));
    assert.deepEqual(out, []);
  });
});
