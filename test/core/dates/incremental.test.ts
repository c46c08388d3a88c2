import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Memo } from '../../../server/src/core/memo';
import { detect } from './helpers';

const seed = path.join(__dirname, '../../../seeds/004_166446c0114c10d6.txt');

describe('dates: per-paragraph caching', () => {
  it('an edit recomputes only the paragraph it touched', () => {
    const text = ['22.11.2023, 20:13 6296', 'The leader met guests today.', 'They will meet again on Friday.', 'In July, talks were held.'].join('\n');
    const memo = new Memo();
    const first = detect(text, memo);
    const size = memo.size;
    const edited = text.replace('met guests today', 'met guests yesterday');
    const again = detect(edited, memo);
    assert.equal(memo.size - size, 2, 'one new scan and one new value entry');
    assert.deepEqual(
      again.map((s) => s.value),
      first.map((s) => (s.value === '2023-11-22' && s.text === 'today' ? '2023-11-21' : s.value)),
    );
  });

  it('the same paragraph under another reference date gets other values', () => {
    const memo = new Memo();
    const a = detect('22.11.2023, 20:13 1\nThe leader met guests today.', memo);
    const b = detect('21.11.2023, 10:18 2\nThe leader met guests today.', memo);
    assert.deepEqual([a[1].value, b[1].value], ['2023-11-22', '2023-11-21']);
  });

  it('re-reading the 22 KB seed unchanged recomputes nothing (speed is measured by npm run bench)', function () {
    if (!fs.existsSync(seed)) this.skip();
    const text = fs.readFileSync(seed, 'utf8');
    const memo = new Memo();
    const cold = detect(text, memo);
    const size = memo.size;
    assert.deepEqual(detect(text, memo), cold);
    assert.equal(memo.size, size);
  });
});
