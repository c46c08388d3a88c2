import { strict as assert } from 'node:assert';
import { parseAnn, writeAnn } from '../../server/src/core/brat';
import { Doc } from '../../server/src/core/document';
import { toEvalSpans } from '../../server/src/core/eval/annotated';
import type { Span } from '../../server/src/core/types';

describe('brat standoff', () => {
  const text = '😀 Tokayev said: “We agree.”\nRead: more news here today\nRead: more news here today';
  const doc = new Doc('mem:a', text);
  const at = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length] as const;
  const [ps, pe] = at('Tokayev');
  const [qs, qe] = at('“We agree.”');
  const [b1s, b1e] = at('Read: more news here today');
  const [b2s, b2e] = at('Read: more news here today', b1e);
  const spans: Span[] = [
    { start: ps, end: pe, label: 'PERSON', text: 'Tokayev', canonical: 'Kassym-Jomart Tokayev' },
    { start: qs, end: qe, label: 'QUOTE', text: '“We agree.”', speaker: { start: ps, end: pe, text: 'Tokayev' }, unmarked: true },
    { start: b1s, end: b1e, label: 'BOILERPLATE', text: text.slice(b1s, b1e) },
    { start: b2s, end: b2e, label: 'BOILERPLATE', text: text.slice(b2s, b2e), duplicateOf: [{ uri: 'mem:a', start: b1s, end: b1e }] },
  ];

  it('writes T, N, A and R lines with code-point offsets', () => {
    const ann = writeAnn(doc, spans);
    assert.equal(
      ann,
      [
        'T1\tPERSON 2 9\tTokayev',
        'T2\tQUOTE 16 27\t“We agree.”',
        'T3\tBOILERPLATE 28 54\tRead: more news here today',
        'T4\tBOILERPLATE 55 81\tRead: more news here today',
        'N1\tReference T1 canon:Kassym-Jomart Tokayev\tTokayev',
        'A1\tUnmarked T2',
        'A2\tDuplicate T4',
        'R1\tSpeaker Arg1:T2 Arg2:T1',
        '',
      ].join('\n'),
    );
  });

  it('reads back what it wrote', () => {
    const back = toEvalSpans(parseAnn(writeAnn(doc, spans)));
    assert.equal(back.length, 4);
    const quote = back.find((s) => s.label === 'QUOTE')!;
    assert.deepEqual(quote.speaker, { start: 2, end: 9, canonical: 'Kassym-Jomart Tokayev' });
    assert.equal(quote.unmarked, true);
    assert.deepEqual(back.filter((s) => s.duplicate).map((s) => s.start), [55]);
  });

  it('reports bad lines with their numbers instead of throwing', () => {
    const parsed = parseAnn('T1\tPERSON 5 2\tx\nT2\tPERSON a b\tx\nN1\tReference T9 canon:X\tx\nZ1\twhat\nT3\tORG 0 2\tUN\n');
    assert.deepEqual(
      parsed.problems.map((p) => p.line),
      [1, 2, 4, 3],
    );
    assert.equal(parsed.entities.get('T3')?.label, 'ORG');
  });

  it('splits a span that crosses a line break into fragments', () => {
    const d = new Doc('mem:b', 'ab\ncd');
    assert.equal(writeAnn(d, [{ start: 0, end: 5, label: 'QUOTE', text: 'ab\ncd' }]), 'T1\tQUOTE 0 2;3 5\tab cd\n');
  });
});
