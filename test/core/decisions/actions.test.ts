import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../server/src/core/annotations';
import { accept, acceptAll, annotate, linkSpeaker, merge, reject, relabel, remove, setCanonical, setValue, timexProblem } from '../../../server/src/core/decisions/actions';
import { labelOccurrences, pendingOccurrences } from '../../../server/src/core/decisions/occurrences';
import { Doc } from '../../../server/src/core/document';
import { review } from '../../../server/src/core/review';
import type { Label, Span } from '../../../server/src/core/types';

const text = 'Tokayev met Xi in Astana on Tuesday. "We agree," Tokayev said. The Republic of Astana hosted Astana Times editors.';
const doc = new Doc('file:///d.txt', text);
const at = (s: string, from = 0) => text.indexOf(s, from);
const span = (label: Label, s: string, from = 0, extra: Partial<Span> = {}): Span => ({ start: at(s, from), end: at(s, from) + s.length, label, text: s, ...extra });
const said = at('Tokayev said');
const suggestions: Span[] = [
  span('PERSON', 'Tokayev', 0, { canonical: 'Kassym-Jomart Tokayev' }),
  span('PERSON', 'Xi'),
  span('PLACE', 'Astana'),
  span('DATE', 'Tuesday', 0, { value: '2022-09-27' }),
  span('QUOTE', '"We agree,"', 0, { speaker: { start: said, end: said + 7, text: 'Tokayev' } }),
  span('PERSON', 'Tokayev', said, { canonical: 'Kassym-Jomart Tokayev' }),
  span('PLACE', 'Republic of Astana'),
  span('ORG', 'Astana Times'),
];
const cursor = (s: string, from = 0) => ({ start: at(s, from) + 1, end: at(s, from) + 1 });
const lines = (store: AnnotationStore) => store.annotations.map((a) => `${a.label} ${a.text}${a.canonical ? ` =${a.canonical}` : ''}${a.value ? ` @${a.value}` : ''}${a.speaker ? ` <${store.get(a.speaker)?.text}` : ''}`);
const seen = (store: AnnotationStore) => review(doc, suggestions, store);

describe('decisions on a document', () => {
  it('accept at the cursor keeps what the detector found (canonical name, value) and offers the other occurrences', () => {
    const store = AnnotationStore.empty();
    const out = accept(store, seen(store), cursor('Tokayev'));
    assert.deepEqual(lines(store), ['PERSON Tokayev =Kassym-Jomart Tokayev']);
    assert.deepEqual(out.offer, { text: 'Tokayev', label: 'PERSON' });
    accept(store, seen(store), cursor('Tuesday'));
    assert.deepEqual(lines(store)[1], 'DATE Tuesday @2022-09-27');
  });

  it('accepting a quote accepts its speaker mention and links them', () => {
    const store = AnnotationStore.empty();
    accept(store, seen(store), cursor('"We agree'));
    assert.deepEqual(lines(store), ['QUOTE "We agree," <Tokayev', 'PERSON Tokayev =Kassym-Jomart Tokayev']);
  });

  it('reject hides the suggestion for good; rejecting an accepted annotation deletes it too', () => {
    const store = AnnotationStore.empty();
    reject(store, seen(store), cursor('Xi'));
    assert.ok(!seen(store).some((s) => s.text === 'Xi'));
    accept(store, seen(store), cursor('Astana'));
    reject(store, seen(store), cursor('Astana'));
    assert.deepEqual(lines(store), []);
    assert.ok(!seen(store).some((s) => s.start === at('Astana') && s.label === 'PLACE'));
  });

  it('relabel turns a suggestion into an accepted annotation of the new label; delete brings the suggestion back', () => {
    const store = AnnotationStore.empty();
    relabel(store, seen(store), cursor('Astana Times'), 'PLACE');
    assert.deepEqual(lines(store), ['PLACE Astana Times']);
    assert.ok(!seen(store).some((s) => s.text === 'Astana Times' && s.label === 'ORG'), 'the old suggestion is hidden under the decision');
    remove(store, seen(store), cursor('Astana Times'));
    assert.deepEqual(lines(store), []);
    assert.ok(seen(store).some((s) => s.text === 'Astana Times' && s.label === 'ORG' && !s.annotation));
  });

  it('annotates a selection, trimmed of spaces and a possessive', () => {
    const store = AnnotationStore.empty();
    const t = "  Nursultan's ";
    const d = AnnotationStore.empty();
    annotate(d, t, { start: 0, end: t.length }, 'PERSON');
    assert.deepEqual(lines(d), ['PERSON Nursultan']);
    assert.equal(annotate(store, text, { start: 3, end: 3 }, 'ORG').changed, 0, 'an empty selection annotates nothing');
  });

  it('accepts all open suggestions of a selection, or of the document', () => {
    const store = AnnotationStore.empty();
    const first = acceptAll(store, seen(store), { start: 0, end: at('.') }, text.length);
    assert.equal(first.changed, 4);
    const rest = acceptAll(store, seen(store), { start: 0, end: 0 }, text.length);
    assert.equal(rest.changed, suggestions.length - 4);
    assert.equal(acceptAll(store, seen(store), { start: 0, end: 0 }, text.length).changed, 0);
  });

  it('sets a canonical name, merges entities, links a speaker and corrects a date', () => {
    const store = AnnotationStore.empty();
    setCanonical(store, seen(store), cursor('Xi'), 'Xi Jinping');
    assert.deepEqual(lines(store), ['PERSON Xi =Xi Jinping']);
    const m = merge(store, seen(store), 'Kassym-Jomart Tokayev', 'K. Tokayev');
    assert.equal(m.changed, 2);
    assert.ok(store.annotations.filter((a) => a.text === 'Tokayev').every((a) => a.canonical === 'K. Tokayev'));
    const xi = at('Xi');
    linkSpeaker(store, seen(store), cursor('"We agree'), { start: xi, end: xi + 2 });
    assert.ok(lines(store).includes('QUOTE "We agree," <Xi'));
    assert.equal(setValue(store, seen(store), cursor('Tuesday'), '27th').changed, 0, 'a value that is not TIMEX3 is refused');
    setValue(store, seen(store), cursor('Tuesday'), '2022-09-20');
    assert.ok(lines(store).includes('DATE Tuesday @2022-09-20'));
  });

  it('TIMEX3 values: dates, partial dates, times, ranges, weeks and seasons pass; prose does not', () => {
    for (const ok of ['2022-09-27', 'XXXX-03-15', '2023-11-22T17:31', '2024/2026', '2023-W05', '2023-Q1', '2022', 'PRESENT_REF', '2022-SU']) assert.equal(timexProblem(ok), undefined, ok);
    for (const bad of ['', 'Tuesday', '27/09/2022', '2022-9-27', '2022-09-27/2023/2024']) assert.ok(timexProblem(bad), bad);
  });

  it('labels every other whole-word occurrence, but not inside a longer name', () => {
    const store = AnnotationStore.empty();
    const shown = seen(store);
    const pending = pendingOccurrences(store, text, 'Astana', 'PLACE', shown);
    assert.deepEqual(pending, [{ start: at('Astana'), end: at('Astana') + 6 }], 'Republic of Astana and Astana Times keep their longer names');
    assert.equal(labelOccurrences(store, text, 'Tokayev', 'PERSON', shown), 2);
    assert.equal(labelOccurrences(store, text, 'Tokayev', 'PERSON', seen(store)), 0, 'a second time changes nothing');
  });
});
