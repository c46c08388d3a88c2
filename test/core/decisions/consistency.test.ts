import * as assert from 'node:assert/strict';
import { conflictDiagnostics, LabelBook } from '../../../server/src/core/consistency';
import type { Label, Span } from '../../../server/src/core/types';

const span = (label: Label, text: string, start = 0, annotation?: string): Span => ({ label, text, start, end: start + text.length, ...(annotation ? { annotation } : {}) });

describe('consistency: one string, different labels in different documents', () => {
  it('reports a string labelled otherwise elsewhere, with where and the majority label', () => {
    const book = new LabelBook();
    book.set('a', [span('ORG', 'Astana Times', 5)]);
    book.set('b', [span('PLACE', 'Astana Times', 9, 'T1')]);
    book.set('c', [span('PLACE', 'Astana Times', 1)]);
    book.set('d', [span('PERSON', 'Smith')]);
    const [c, ...rest] = book.conflicts('a');
    assert.equal(rest.length, 0);
    assert.equal(c.text, 'Astana Times');
    assert.equal(c.here, 'ORG');
    assert.deepEqual(c.elsewhere.map((e) => [e.uri, e.label]).sort(), [['b', 'PLACE'], ['c', 'PLACE']]);
    assert.equal(c.majority, 'PLACE');
    const [d] = conflictDiagnostics([c], [span('ORG', 'Astana Times', 5)]);
    assert.match(d.message, /"Astana Times" is ORG here but PLACE in 2 other documents/);
    assert.equal(d.severity, 'warning', 'an accepted annotation is involved: a warning');
    assert.equal(d.related?.length, 2);
  });

  it('an accepted annotation in a document wins over suggestions of the same string there', () => {
    const book = new LabelBook();
    book.set('a', [span('PERSON', 'Jordan', 0), span('PLACE', 'Jordan', 20, 'T4')]);
    book.set('b', [span('PLACE', 'Jordan')]);
    assert.deepEqual(book.conflicts('a'), []);
  });

  it('forgets a document, and agrees when the labels agree', () => {
    const book = new LabelBook();
    book.set('a', [span('ORG', 'UN')]);
    book.set('b', [span('PLACE', 'UN')]);
    book.remove('b');
    assert.deepEqual(book.conflicts('a'), []);
    book.set('b', [span('ORG', 'UN')]);
    assert.deepEqual(book.conflicts('a'), []);
  });
});
