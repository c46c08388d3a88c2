import { strict as assert } from 'node:assert';
import { paragraphKey } from '../../../server/src/core/text';

/** The normalisation the workspace index uses to find repeated paragraphs. */
describe('paragraphKey', () => {
  const SAME: [string, string][] = [
    ['UN General Assembly vote highlights Israel’s isolation', " un general assembly vote highlights israel's isolation"],
    ['He called it “a historic day” for the country', 'He called it "a historic day" for the country.'],
    ['The 2023–25 plan was adopted by the council', 'The 2023-25 plan was adopted by the council'],
    ['The plan\u00ad was adopted by the\u200b council', 'The plan was adopted by the council'],
    ['Prices rose , the ministry said on Monday', 'Prices rose, the ministry said on Monday'],
    ['Il a dit « bonjour » à tous les amis', 'Il a dit "bonjour" à tous les amis'],
    ['It was…a long day for all', 'It was...a long day for all'],
  ];
  for (const [a, b] of SAME) {
    it(`folds ${JSON.stringify(a)} and ${JSON.stringify(b)} together`, () => {
      assert.ok(paragraphKey(a));
      assert.equal(paragraphKey(a), paragraphKey(b));
    });
  }

  it('keeps different paragraphs apart', () => {
    assert.notEqual(paragraphKey('The council met on Monday to discuss the budget'), paragraphKey('The council met on Tuesday to discuss the budget'));
  });

  it('has no key for lines under five words', () => {
    assert.deepEqual(["Editor's choice", 'News', 'Images | Press Service', '22.11.2023, 20:13 6296', '— — —'].map(paragraphKey), [undefined, undefined, undefined, undefined, undefined]);
    assert.equal(paragraphKey('one two three four five'), 'one two three four five');
  });

  it('keeps letters outside the Basic Multilingual Plane at the edges', () => {
    assert.equal(paragraphKey('𝐀 one two three four 𝐁'), '𝐀 one two three four 𝐁');
  });
});
