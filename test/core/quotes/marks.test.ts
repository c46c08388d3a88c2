import { strict as assert } from 'node:assert';
import { findMarks, pairMarks, startsWithOpening } from '../../../server/src/core/quotes/marks';

/** Quote marks: which characters are marks, and how they pair within a paragraph. */
describe('quote marks', () => {
  const stretches = (text: string) => pairMarks(text).map((q) => `${q.kind}:${text.slice(q.start, q.end)}`);

  describe('apostrophes are not marks', () => {
    const cases: [string, string][] = [
      ['inside a word (curly)', 'Kazakhstan’s policy'],
      ['contraction', 'We’ve been there and I’m sure'],
      ['straight possessive', "each other's series"],
      ['decade', 'in the ’90s and the \'80s'],
      ['a spaced guillemet is an arrow or a breadcrumb separator', 'VIEW ALL VIDEOS » and Home › News'],
      ['a guillemet opening a short line that never closes is a link’s arrow', '« Mixed Seafood Risotto\n«Sectoral Debate | Samuda promises new bill'],
      ['the possessive of an abbreviation', "Close L.A.’s schools; the U.S.' role grew"],
    ];
    for (const [name, text] of cases) it(name, () => assert.deepEqual(findMarks(text), []));
  });

  describe('pairing', () => {
    const cases: [string, string, string[]][] = [
      ['curly pair', 'He said “yes, indeed,” and left.', ['pair:“yes, indeed,”']],
      ['mixed curly and straight pair', 'develop “allied relations with Russia", and more', ['pair:“allied relations with Russia"']],
      ['straight pairs in a row', 'that "a," "b" and "c."', ['pair:"a,"', 'pair:"b"', 'pair:"c."']],
      ['guillemets', 'Il a dit «non merci» hier', ['pair:«non merci»']],
      ['nested single inside double is one quote', '“the concept of ‘justice’ in politics,” he noted.', ['pair:“the concept of ‘justice’ in politics,”']],
      ['single pair with a contraction inside', '‘We’ve participated. A very good format,’ said Putin.', ['pair:‘We’ve participated. A very good format,’']],
      ['plural possessive is no closing mark', 'The countries’ leaders met.', []],
      ['a closing single mark after an abbreviation still closes an open quote', 'He said ‘go to the U.S.’ and left.', ['pair:‘go to the U.S.’']],
      ['closing mark with no opening one', 'The foundation was laid by our peoples," Xi said.', ['dangling:"']],
      ['opening mark never closed', 'He said: "Of course, we will see.  ', ['unclosed:"Of course, we will see.']],
      ['a word quoted inside an open straight quote (BBC style, reopened sentences)', '"He said he was going to "fake" an injury and walk off. "He also agreed to apologise.', ['unclosed:"He said he was going to "fake" an injury and walk off.', 'unclosed:"He also agreed to apologise.']],
      ['a phrase of up to six words quoted inside an open quote with a mis-typed opening mark belongs to it', '“One of the threats is the belief that action is taken. The time for ”little steps in the right direction” is long gone.', ['unclosed:“One of the threats is the belief that action is taken. The time for ”little steps in the right direction” is long gone.']],
      ['a reopened sentence is no nested word', '"It is not about money. "No individual is bigger," he said.', ['unclosed:"It is not about money.', 'pair:"No individual is bigger,"']],
      ['straight mark between spaces is a stray', 'this year. " Such an event is good," he said.', ['dangling:"']],
      ['a straight mark between spaces after a sentence’s mark closes the quote open', '"But who are we as a nation? " she wrote. "Hate is no answer."', ['pair:"But who are we as a nation? "', 'pair:"Hate is no answer."']],
      ['after a quoted sentence closed in the paragraph, a straight mark between spaces before a closed sentence opens it; after a quoted term it stays a stray', '"I don’t need one," he told Cook. " You guys have done such a good job."\nfor "green" finance. " Such an event will help," he said.', ['pair:"I don’t need one,"', 'pair:" You guys have done such a good job."', 'pair:"green"', 'dangling:"']],
      ['a straight mark between spaces before a spaced comma or full stop closes the open quote, as print read with its spaces sets it', '"the operation would no longer be cost e ffe c tiv e " , Mr Hunt said .\n"We a n tic ip a te  p rio r warning " .', ['pair:"the operation would no longer be cost e ffe c tiv e "', 'pair:"We a n tic ip a te  p rio r warning "']],
      ['stray single opening does not swallow doubles', 'the ‘n word and "a b c d e" end', ['pair:"a b c d e"']],
      ['two closing single marks after a word are one closing double mark (wire style)', '“It was an attempt to mislead voters,’’ Will Moy told the BBC. It has “a role in regulating content.’’', ['pair:“It was an attempt to mislead voters,’’', 'pair:“a role in regulating content.’’']],
      ['two backticks open a double quote and two straight single marks close it (TeX style)', "a user who said, ``this program is pretty nice, but it's missing chatter!'' So", ["pair:``this program is pretty nice, but it's missing chatter!''"]],
      ['two single marks before a word open a double quote, and two after it close it (newspaper archives)', "found that most of the shelters had no supplies. ''Personally, I have grave doubts that it helps,'' he said. It is 'fine' and ''good.''", ["pair:''Personally, I have grave doubts that it helps,''", "pair:'fine'", "pair:''good.''"]],
      ['and cut short between two apostrophes is no quote', 'the rock ’n’ roll era and pick \'n\' mix sweets', []],
    ];
    for (const [name, text, want] of cases) it(name, () => assert.deepEqual(stretches(text), want));
  });

  describe('a paragraph that reopens a quote', () => {
    const cases: [string, boolean][] = [
      ['“And this goes on,” he said.', true],
      ['  "Second part.', true],
      ['He said “no”.', false],
      ['”, he said.', false],
    ];
    for (const [text, want] of cases) it(JSON.stringify(text), () => assert.equal(startsWithOpening(text), want));
  });
});
