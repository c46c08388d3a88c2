import { strict as assert } from 'node:assert';
import { Doc } from '../../server/src/core/document';

describe('Doc', () => {
  it('splits lines on LF, CRLF and CR and keeps paragraphs without their breaks', () => {
    const d = new Doc('mem:a', 'one\r\ntwo\n\nthree\rfour');
    assert.deepEqual(d.lineStarts, [0, 5, 9, 10, 16]);
    assert.deepEqual(
      d.paragraphs.map((p) => [p.text, p.start, p.end, p.line]),
      [['one', 0, 3, 0], ['two', 5, 8, 1], ['three', 10, 15, 3], ['four', 16, 20, 4]],
    );
    assert.equal(d.paragraphAt(6)?.text, 'two');
    assert.equal(d.paragraphAt(9), undefined);
  });

  it('converts offsets to positions and back, clamping out-of-range positions', () => {
    const d = new Doc('mem:a', 'ab\ncd');
    assert.deepEqual(d.positionAt(4), { line: 1, character: 1 });
    assert.equal(d.offsetAt({ line: 1, character: 1 }), 4);
    assert.equal(d.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(d.offsetAt({ line: 9, character: 0 }), 5);
  });

  it('converts between UTF-16 offsets and code points around astral characters', () => {
    const d = new Doc('mem:a', 'a😀b😀c');
    // UTF-16: a=0, 😀=1-2, b=3, 😀=4-5, c=6; code points: a=0 😀=1 b=2 😀=3 c=4
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((o) => d.toCodePoint(o)), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((c) => d.fromCodePoint(c)), [0, 1, 3, 4, 6, 7]);
    const plain = new Doc('mem:b', 'plain text');
    assert.equal(plain.toCodePoint(5), 5);
    assert.equal(plain.fromCodePoint(5), 5);
  });
});
