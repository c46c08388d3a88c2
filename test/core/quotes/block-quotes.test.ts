import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';
import { blockQuoteParagraphs } from '../../../server/src/core/quotes/block-quotes';

/** Block quotes whose marks were lost with a scraped page's layout. */
describe('block quotes', () => {
  const report = 'A key approach is building a long-term relationship with your target, [[Zuckerberg|PERSON]] said at the trial.';
  const block = 'I have been building relationships for years with the founders, so that when it was time to move we had a good amount of context.';

  it('a first-person paragraph with no marks after reported speech is a quote, unmarked, in the reported voice', () => {
    const { views } = quotesOf(`${report}\n${block}\nHe also stressed the need to share a vision.`);
    assert.deepEqual(views, [{ text: block, unmarked: true, speaker: 'Zuckerberg#1' }]);
  });

  it('runs over two such paragraphs in a row', () => {
    assert.deepEqual(blockQuoteParagraphs([report, block, 'We felt we could move fast and we did, and that was the reason the deal was done.']), new Set([1, 2]));
  });

  it('not in a document written in the first person (a column)', () => {
    const column = 'I have covered this minister for ten years and I have never seen him this rattled by a question.';
    assert.deepEqual(blockQuoteParagraphs([column, report, block]), new Set());
  });

  it('not a short line, nor a paragraph with marks or its own verb of saying', () => {
    assert.deepEqual(blockQuoteParagraphs([report, 'We are hiring today.']), new Set());
    assert.deepEqual(blockQuoteParagraphs([report, '"I have been building relationships for years with the founders of these companies," he said.']), new Set());
    assert.deepEqual(blockQuoteParagraphs([report, 'We were told by officials that the talks had gone on for years with the founders of the companies.']), new Set());
  });
});
