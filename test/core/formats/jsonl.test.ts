import { strict as assert } from 'node:assert';
import { readBrat, writeBrat } from '../../../server/src/core/formats/brat';
import { fromJsonl } from '../../../server/src/core/formats/jsonl-read';
import { toJsonl } from '../../../server/src/core/formats/jsonl-write';

describe('formats: JSONL (doccano / spaCy)', () => {
  const text = '😀 Anna said: “we\nagree” on Tuesday.\u2028';
  const ann = [
    'T1\tPERSON 2 6\tAnna',
    'T2\tQUOTE 13 16;17 23\t“we agree”',
    'T3\tDATE 27 34\tTuesday',
    'N1\tReference T1 canon:Anna Smith\tAnna',
    'N2\tReference T3 timex:2022-09-27\tTuesday',
    'A1\tUnmarked T2',
    'R1\tSpeaker Arg1:T2 Arg2:T1',
    '',
  ].join('\n');
  const { doc, problems } = readBrat('d1', text, ann);

  it('starts from a clean brat file', () => assert.deepEqual(problems, []));

  it('writes doccano fields with code-point offsets and Marginalia fields beside them', () => {
    const line = toJsonl(doc);
    assert.ok(!/[\n\u2028\u2029\u0085]/.test(line), 'one physical line');
    const v = JSON.parse(line);
    assert.equal(v.id, 'd1');
    assert.equal(v.text, text);
    assert.deepEqual(v.label, [[2, 6, 'PERSON'], [13, 23, 'QUOTE'], [27, 34, 'DATE']]);
    assert.deepEqual(v.entities, [
      { id: 'T1', label: 'PERSON', start: 2, end: 6, text: 'Anna', canonical: 'Anna Smith' },
      { id: 'T2', label: 'QUOTE', start: 13, end: 23, text: '“we agree”', attributes: { Unmarked: true } },
      { id: 'T3', label: 'DATE', start: 27, end: 34, text: 'Tuesday', value: '2022-09-27' },
    ]);
    assert.deepEqual(v.relations, [{ id: 'R1', type: 'Speaker', args: { Arg1: 'T2', Arg2: 'T1' } }]);
    assert.equal([...text].slice(v.label[0][0], v.label[0][1]).join(''), 'Anna', 'offsets index code points, as Python does');
  });

  it("reads doccano's label list and spaCy's entity triples, splitting a span at line breaks", () => {
    const input = [
      JSON.stringify({ id: 7, text: '😀 Anna in Paris', label: [[2, 6, 'PERSON'], [10, 15, 'PLACE']] }),
      JSON.stringify({ text: 'ab\ncd', entities: [[0, 5, 'QUOTE']] }),
    ].join('\n');
    const r = fromJsonl(input, 'file');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.docs.map((d) => d.name), ['7', 'file-2']);
    assert.equal(writeBrat(r.docs[0]), 'T1\tPERSON 2 6\tAnna\nT2\tPLACE 10 15\tParis\n');
    assert.equal(writeBrat(r.docs[1]), 'T1\tQUOTE 0 2;3 5\tab cd\n');
  });

  it("reads doccano's relation-project export (start_offset, numeric ids, from_id/to_id)", () => {
    const line = JSON.stringify({
      id: 3,
      text: 'Anna said “yes”',
      entities: [{ id: 11, label: 'PERSON', start_offset: 0, end_offset: 4 }, { id: 12, label: 'QUOTE', start_offset: 10, end_offset: 15 }],
      relations: [{ id: 0, from_id: 12, to_id: 11, type: 'Speaker' }],
    });
    const r = fromJsonl(line, 'f');
    assert.deepEqual(r.problems, []);
    assert.equal(writeBrat(r.docs[0]), 'T1\tPERSON 0 4\tAnna\nT2\tQUOTE 10 15\t“yes”\nR1\tSpeaker Arg1:T2 Arg2:T1\n');
  });

  it('reports each bad line or entry with its line number and keeps the rest', () => {
    const good = toJsonl(doc);
    const input = [
      good,
      '{"text": "unterminated',
      '[1, 2]',
      JSON.stringify({ id: 'x', text: 'Anna 😀 Bob and more', entities: [
        { id: 'T1', label: 'PERSON', start: 0, end: 4, text: 'Anna' },
        { id: 'T2', label: 'PERSON', start: 8, end: 11, text: 'Bob' }, // UTF-16 offsets: in code points Bob is 7–10
        { id: 'T3', label: 'PERSON', start: 3, end: 99 },
        { id: 'T1', label: 'PERSON', start: 7, end: 10 },
        { id: 'T4', label: 'BAD LABEL', start: 0, end: 4 },
      ], relations: [{ type: 'Speaker', args: { Arg1: 'T1', Arg2: 'T9' } }] }),
    ].join('\n');
    const r = fromJsonl(input, 'f');
    assert.deepEqual(r.docs.map((d) => d.name), ['d1', 'x']);
    assert.equal(writeBrat(r.docs[0]), writeBrat(doc));
    assert.equal(writeBrat(r.docs[1]), 'T1\tPERSON 0 4\tAnna\n');
    const got = r.problems.map((p) => `${p.line}: ${p.message}`);
    assert.equal(got.length, 7, got.join('\n'));
    assert.match(got[0], /^2: not valid JSON/);
    assert.match(got[1], /^3: expected an object with a "text" string/);
    assert.match(got[2], /^4: x: entity T2: its text "Bob" does not match the offsets \("ob ".*code points, not UTF-16/);
    assert.match(got[3], /^4: x: entity T3: expected 0 ≤ start < end ≤ 19/);
    assert.match(got[4], /^4: x: entity T1: the id is used twice/);
    assert.match(got[5], /^4: x: entity T4: expected a one-word "label"/);
    assert.match(got[6], /^4: x: relation #1: argument Arg2 does not name a known entity id/);
  });
});
