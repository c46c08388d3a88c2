import { strict as assert } from 'node:assert';
import { Doc } from '../../server/src/core/document';
import { hoverMarkdown } from '../../server/src/core/present/hover';
import { inlayText } from '../../server/src/core/present/inlay';
import { flattenSegments, spansAt } from '../../server/src/core/present/spans';
import type { Span } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/workspace-index';
import { lineSegments } from '../../server/src/lsp/convert';
import { globToRegExp } from '../../server/src/lsp/glob';

describe('lineSegments splits a span per line, line breaks excluded', () => {
  const cases: [string, string, number, number, [number, number, number][]][] = [
    ['one line', 'abc def', 4, 7, [[0, 4, 7]]],
    ['two lines (LF)', 'ab\ncd\n', 1, 5, [[0, 1, 2], [1, 0, 2]]],
    ['CRLF is no character', 'ab\r\ncd', 0, 6, [[0, 0, 2], [1, 0, 2]]],
    ['empty line skipped', 'ab\n\ncd', 0, 6, [[0, 0, 2], [2, 0, 2]]],
    ['astral characters count two units', 'x 😀 y\nz', 2, 8, [[0, 2, 6], [1, 0, 1]]],
  ];
  for (const [name, text, start, end, expected] of cases) it(name, () => assert.deepEqual(lineSegments(new Doc('mem:x', text), start, end), expected));
});

describe('flattenSegments: overlapping tokens become disjoint, the innermost wins', () => {
  const cases: [string, [number, number, string][], [number, number, string][]][] = [
    ['disjoint stay', [[0, 2, 'a'], [3, 5, 'b']], [[0, 2, 'a'], [3, 5, 'b']]],
    ['a name inside a quote splits it', [[0, 20, 'quote'], [5, 9, 'person']], [[0, 5, 'quote'], [5, 9, 'person'], [9, 20, 'quote']]],
    ['two names in a quote', [[0, 20, 'q'], [2, 4, 'p'], [10, 12, 'd']], [[0, 2, 'q'], [2, 4, 'p'], [4, 10, 'q'], [10, 12, 'd'], [12, 20, 'q']]],
    ['a name at the edge of a quote', [[0, 10, 'q'], [0, 3, 'p']], [[0, 3, 'p'], [3, 10, 'q']]],
    ['abutting segments of one kind stay two', [[0, 3, 'p'], [3, 6, 'p']], [[0, 3, 'p'], [3, 6, 'p']]],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(flattenSegments(input), expected));
});

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'news/2023/a.txt', true],
    ['**/*.txt', 'a.txt.bak', false],
    ['*.txt', 'news/a.txt', false],
    ['news/**', 'news/a/b.md', true],
    ['**/*.{txt,text}', 'x/y.text', true],
    ['doc?.txt', 'doc1.txt', true],
    ['[ab].txt', 'c.txt', false],
    ['a+b.txt', 'a+b.txt', true],
  ];
  for (const [glob, file, yes] of cases) it(`${glob} ${yes ? 'matches' : 'does not match'} ${file}`, () => assert.equal(globToRegExp(glob).test(file), yes));
});

describe('hover cards and inlay texts', () => {
  const text = 'Kassym-Jomart Tokayev spoke. "We are ready," Tokayev said on 27 September.';
  const doc = new Doc('file:///w/a.txt', text);
  const at = (s: string, extra: Partial<Span> & Pick<Span, 'label'>, nth = 0): Span => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
    return { start: i, end: i + s.length, text: s, ...extra };
  };
  const full = at('Kassym-Jomart Tokayev', { label: 'PERSON', canonical: 'Kassym-Jomart Tokayev' });
  const short = at('Tokayev', { label: 'PERSON', canonical: 'Kassym-Jomart Tokayev' }, 1);
  const quote = at('"We are ready,"', { label: 'QUOTE', speaker: { start: short.start, end: short.end, text: 'Tokayev', canonical: 'Kassym-Jomart Tokayev' } });
  const date = at('27 September', { label: 'DATE', value: '2022-09-27', anchor: 'dateline 2022-09-26' });
  const index = new WorkspaceIndex();
  index.update(doc, [full, short, quote, date]);
  index.update(new Doc('file:///w/b.txt', 'Tokayev'), [{ start: 0, end: 7, text: 'Tokayev', label: 'PERSON', canonical: 'Kassym-Jomart Tokayev' }]);
  const card = (s: Span) => hoverMarkdown([s], { doc, index, docOf: () => undefined });

  it('entity: canonical name, aliases with counts, mentions here and elsewhere', () => {
    const md = card(short);
    assert.match(md, /^\*\*PERSON\*\* · Kassym\\-Jomart Tokayev/);
    assert.match(md, /Seen as: Tokayev \(2\), Kassym\\-Jomart Tokayev \(1\)/);
    assert.match(md, /2 mentions in this document · in 1 other document/);
  });
  it('date: ISO value and what it was resolved against', () => assert.match(card(date), /`2022-09-27`[^]*dateline 2022\\-09\\-26/));
  it('quote: speaker and canonical name, or none found', () => {
    assert.match(card(quote), /speaker: Tokayev \(Kassym\\-Jomart Tokayev\)/);
    assert.match(card({ ...quote, speaker: undefined, unmarked: true }), /no speaker found[^]*marks were lost/);
  });
  it('boilerplate: reason and a link to its twin', () => {
    const bp: Span = { start: 0, end: 5, text: 'x', label: 'BOILERPLATE', reason: 'repeated paragraph', duplicateOf: [{ uri: 'file:///w/b.txt', start: 0, end: 7 }] };
    const other = new Doc('file:///w/b.txt', 'Tokayev');
    assert.match(hoverMarkdown([bp], { doc, index, docOf: () => other }), /Repeats \[b\\\.txt line 1\]\(file:\/\/\/w\/b\.txt#L1\)/);
  });
  it('spansAt: innermost first, end exclusive', () => {
    const outer: Span = { start: 0, end: 30, text: '', label: 'QUOTE' };
    const inner: Span = { start: 5, end: 10, text: '', label: 'PERSON' };
    assert.deepEqual(spansAt([outer, inner], 6).map((s) => s.label), ['PERSON', 'QUOTE']);
    assert.deepEqual(spansAt([outer, inner], 10).map((s) => s.label), ['QUOTE']);
  });
  it('inlay: date value, quote speaker, nothing for a person', () => {
    assert.equal(inlayText(date)?.text, '= 2022-09-27');
    assert.equal(inlayText(quote)?.text, '— Kassym-Jomart Tokayev');
    assert.equal(inlayText(full), undefined);
  });
});
