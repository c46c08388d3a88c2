import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** Posts embedded in a scraped page: their lines above the author's sign-off are the author's words. */
describe('QUOTE spans of embedded posts', () => {
  it('the line above a sign-off is its author’s words, without the links the post ends with', () => {
    const { views } = quotesOf(
      'On Twitter, [[Musk|PERSON]] appealed for the public’s help with photos of the anomaly, which he called a failure of a kind the company had not seen in its fourteen years of launches.\n' +
        'Still working on the Falcon fireball investigation. Turning out to be the most difficult failure we have ever had. https://t.co/x1 pic.twitter.com/Ab3dE9fGh2\n' +
        '— [[Elon Musk|PERSON]] (@elonmusk) September 9, 2016\n',
    );
    assert.deepEqual(views, [
      { text: 'Still working on the Falcon fireball investigation. Turning out to be the most difficult failure we have ever had.', unmarked: true, speaker: 'Elon Musk#1' },
    ]);
  });

  it('a post of two lines after a lead-in: both lines, not the lead-in nor a teaser above', () => {
    const { views } = quotesOf(
      'Trump Airlines Is Back In The Headlines\n' +
        '[[Trump|PERSON]]’s tweet:\n' +
        'What do I know about branding, maybe nothing, but if I were Boeing, I would FIX the plane and add some great features.\n' +
        'No product has suffered like this one. But again, what the hell do I know?\n' +
        '— [[Donald J. Trump|PERSON]] (@realDonaldTrump) April 15, 2019\n',
    );
    assert.deepEqual(views, [
      { text: 'What do I know about branding, maybe nothing, but if I were Boeing, I would FIX the plane and add some great features.', unmarked: true, speaker: 'Donald J. Trump#1' },
      { text: 'No product has suffered like this one. But again, what the hell do I know?', unmarked: true, speaker: 'Donald J. Trump#1' },
    ]);
  });

  it('a line ending with the post’s links is its first: the short paragraph of the story above stays the story’s', () => {
    const { views } = quotesOf(
      'But the city never has sent an alert like this. It asked New Yorkers to join the search for a wanted man.\n' +
        'Well that\'s a new emergency alert experience pic.twitter.com/EWgDSVvrHO\n' +
        '— [[Hayes Brown|PERSON]] (@HayesBrown) September 19, 2016\n',
    );
    assert.deepEqual(views, [{ text: "Well that's a new emergency alert experience", unmarked: true, speaker: 'Hayes Brown#1' }]);
  });

  it('a phrase quoted inside a post’s line is part of the post; a post quoted whole keeps its marks', () => {
    const { views } = quotesOf(
      'Some criticized the city’s decision.\n' +
        'I didn\'t sign up for the alert system to be woken up by "join our paranoia about vaguely brown men."\n' +
        '— [[N. K. Jemisin|PERSON]] (@nkjemisin) September 19, 2016\n' +
        '"This is the best day of my life, and I thank you all."\n' +
        '— [[Jane Doe|PERSON]] (@janedoe) September 20, 2016\n',
    );
    assert.deepEqual(views.map((v) => v.text), [
      'I didn\'t sign up for the alert system to be woken up by "join our paranoia about vaguely brown men."',
      '"This is the best day of my life, and I thank you all."',
    ]);
  });

  it('no sign-off, no post: a line above a dash and a name without a handle and a date is no post, but a paragraph signed by its speaker, whole', () => {
    const { views, spans } = quotesOf('Still working on the investigation, turning out to be difficult.\n— [[Elon Musk|PERSON]], chief executive\n');
    assert.deepEqual(views, [{ text: 'Still working on the investigation, turning out to be difficult.', unmarked: true, speaker: 'Elon Musk#1' }]);
    assert.match(spans[0].reason ?? '', /signed on the line under it/);
  });
});
