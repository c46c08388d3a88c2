import { strict as assert } from 'node:assert';
import { readBrat, writeBrat } from '../../../server/src/core/formats/brat';
import { CodePoints } from '../../../server/src/core/formats/codepoints';
import { lineFragments } from '../../../server/src/core/formats/model';

describe('formats: brat reading and normalising', () => {
  const text = 'Anna met Bob in Paris.\nSecond line';

  it('renumbers ids in text order and sorts the other lines by their span', () => {
    const ann = ['T7\tPLACE 16 21\tParis', 'T2\tPERSON 0 4\tAnna', 'R4\tSpeaker Arg1:T7 Arg2:T2', 'A9\tUnmarked T7', 'N5\tReference T7 canon:Paris\tParis', 'N1\tReference T2 canon:Anna\tAnna', ''].join('\n');
    const { doc, problems } = readBrat('a', text, ann);
    assert.deepEqual(problems, []);
    assert.equal(
      writeBrat(doc),
      ['T1\tPERSON 0 4\tAnna', 'T2\tPLACE 16 21\tParis', 'N1\tReference T1 canon:Anna\tAnna', 'N2\tReference T2 canon:Paris\tParis', 'A1\tUnmarked T2', 'R1\tSpeaker Arg1:T2 Arg2:T1', ''].join('\n'),
    );
  });

  const bad: [string, string, RegExp][] = [
    ['an offset beyond the text', 'T1\tPERSON 30 40\tx', /T1: offsets beyond the end of the text \(34 characters\); skipped/],
    ['text that does not match', 'T1\tPERSON 0 4\tBob', /T1: its text "Bob" does not match the document \("Anna"\); skipped/],
    ['an empty span', 'T1\tPERSON 4 4\t', /T1: empty span; skipped/],
    ['an unreadable line', 'T1\tPERSON zero four\tAnna', /cannot read text-bound annotation T1/],
    ['an event line', 'E1\tMeet:T1', /events and equivalences are not carried/],
  ];
  for (const [what, line, message] of bad) {
    it(`reports ${what} with its line number and keeps the rest`, () => {
      const { doc, problems } = readBrat('a', text, `T5\tPERSON 9 12\tBob\n${line}\n`);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].line, 2);
      assert.match(problems[0].message, message);
      assert.deepEqual(doc.spans, [{ label: 'PERSON', fragments: [[9, 12]] }]);
    });
  }

  it('drops what refers to a skipped span, and says so', () => {
    const { doc, problems } = readBrat('a', text, 'T1\tPERSON 0 4\tBob\nN1\tReference T1 canon:Bob\tBob\nT2\tPERSON 9 12\tBob\nR1\tSpeaker Arg1:T2 Arg2:T1\n');
    assert.deepEqual(problems.map((p) => p.line), [1, 2, 4]);
    assert.match(problems[2].message, /R1 refers to T1, which was skipped/);
    assert.equal(doc.notes.length + doc.relations.length, 0);
  });

  it('merges a repeated span into the first and keeps the notes of both', () => {
    const { doc, problems } = readBrat('a', text, 'T1\tPERSON 0 4\tAnna\nT2\tPERSON 0 4\tAnna\nN1\tReference T2 canon:Anna Smith\tAnna\n');
    assert.deepEqual(problems, [{ line: 2, message: 'repeats the span on line 1 (PERSON 0 4); merged into it' }]);
    assert.deepEqual(doc.notes, [{ span: 0, ref: 'canon:Anna Smith', text: 'Anna' }]);
  });

  it('refuses a second value of the same attribute on one span', () => {
    const { doc, problems } = readBrat('a', text, 'T1\tPERSON 0 4\tAnna\nA1\tConfidence T1 High\nA2\tConfidence T1 Low\n');
    assert.equal(problems[0].line, 3);
    assert.deepEqual(doc.attributes, [{ span: 0, name: 'Confidence', value: 'High' }]);
  });

  it('splits fragments at line breaks in code points, CRLF and astral characters included', () => {
    const t = '😀 “ab\r\ncd”';
    assert.deepEqual(lineFragments(new CodePoints(t), 2, 10), [[2, 5], [7, 10]]);
  });
});
