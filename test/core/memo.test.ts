import { strict as assert } from 'node:assert';
import { Memo } from '../../server/src/core/memo';

describe('Memo', () => {
  it('computes once per key, including falsy values', () => {
    const m = new Memo();
    let calls = 0;
    const f = () => (calls++, null);
    assert.equal(m.get('a', f), null);
    assert.equal(m.get('a', f), null);
    assert.equal(calls, 1);
  });

  it('keeps what is used in each generation and drops what is not', () => {
    const m = new Memo(2);
    let calls = 0;
    const f = (v: string) => () => (calls++, v);
    m.get('a', f('a'));
    m.get('b', f('b')); // young: a b
    m.get('c', f('c')); // old: a b, young: c
    m.get('a', f('a')); // a moves back to young: c a
    m.get('d', f('d')); // old: c a, young: d (b dropped)
    assert.equal(calls, 4);
    m.get('a', f('a'));
    m.get('c', f('c'));
    assert.equal(calls, 4, 'a and c survived');
    m.get('b', f('b'));
    assert.equal(calls, 5, 'b was dropped');
    assert.ok(m.size <= 4);
  });
});
