import { strict as assert } from 'node:assert';
import { Memo } from '../../../server/src/core/memo';
import { quotesOf } from './helpers';

/** Per-paragraph caching: an edit recomputes only the paragraph it touched, with the same result as a cold run. */
describe('quote detector cache', () => {
  const before = '[[Xi|PERSON]] stressed the role of the people.\nWe should build more bridges," he said.\n“We do not need enemies,” [[Xi|PERSON]] added.';
  const after = before.replace('more bridges', 'many more bridges');

  it('an edit adds one cache entry, for the edited paragraph', () => {
    const memo = new Memo();
    quotesOf(before, memo);
    const size = memo.size;
    quotesOf(after, memo);
    assert.equal(memo.size, size + 1);
  });

  it('a warm run gives what a cold run gives', () => {
    const memo = new Memo();
    quotesOf(before, memo);
    assert.deepEqual(quotesOf(after, memo).spans, quotesOf(after).spans);
  });

  it('the cache depends on the entity mentions, not only on the text', () => {
    const memo = new Memo();
    const named = quotesOf('“We do not need enemies,” [[Smith|PERSON]] said.', memo).views;
    const unnamed = quotesOf('“We do not need enemies,” Smith said.', memo).views;
    assert.equal(named[0].speaker, 'Smith#1');
    assert.equal(unnamed[0].speaker, undefined);
  });
});
