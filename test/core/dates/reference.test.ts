import { strict as assert } from 'node:assert';
import { scanParagraph } from '../../../server/src/core/dates/scan';
import { findReferences } from '../../../server/src/core/dates/reference';
import { detect } from './helpers';

/** The reference table of a text given as lines (each line one paragraph). */
function refs(lines: string[], nowYear = 2025) {
  return findReferences(lines.map(scanParagraph), lines, nowYear);
}

/** `[text, value, anchor]` of every date span. */
const values = (text: string) => detect(text).map((s) => [s.text, s.value, s.anchor ?? '']);

describe('dates: reference dates', () => {
  it('a date stamp line with a time is the reference, and the first one also holds above it', () => {
    const t = refs(['Headline above the stamp', 'date 2023-11-23 22.11.2023, 17:31 5811', 'Body text here.']);
    assert.deepEqual(t.at.map((r) => r?.anchor), ['stamp 2023-11-22', 'stamp 2023-11-22', 'stamp 2023-11-22']);
  });

  it('a stamp line published then updated holds the update; a labelled date in a byline is a stamp', () => {
    assert.deepEqual(refs(['December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST', 'Body text here.']).document?.anchor, 'stamp 2016-12-07');
    assert.deepEqual(refs(['Edited by Jane Doe (with inputs from Agencies)Updated: April 07, 2020 03:49 pm IST', 'Body text here.']).document?.anchor, 'stamp 2020-04-07');
  });

  it('each item stamp on a page of news items holds until the next stamp', () => {
    const text = [
      '22.11.2023, 20:13 6296',
      'Leader receives a delegation',
      'The meeting today focused on trade.',
      '21.11.2023, 10:18 12951',
      'Leader to attend summit',
      'Today officials said that on November 23 the leader will travel.',
    ].join('\n');
    assert.deepEqual(values(text).filter(([, , a]) => a), [
      ['today', '2023-11-22', 'stamp 2023-11-22'],
      ['Today', '2023-11-21', 'stamp 2023-11-21'],
      ['November 23', '2023-11-23', 'stamp 2023-11-21'],
    ]);
  });

  it('on a page listing items each under a byline with a date and a time, each item’s byline holds for it; an embedded post’s sign-off dates no page', () => {
    const prose = 'The company brought back a feature it had removed years ago, to the delight of its many users.';
    const text = [
      'Second-Generation Pencil Rumored for March of 2017',
      'Wednesday January 18, 2017 10:44 am PST by Juli Clover',
      prose,
      'Popular Stories',
      'Sunday August 7, 2022 6:13 am PDT by Sami Fathi',
      'The company has started to record its event, which will take place later this year.',
      'Monday August 8, 2022 3:59 am PDT by Hartley Charlton',
      'The company today released the fifth beta of its system.',
    ].join('\n');
    assert.deepEqual(values(text).filter(([, , a]) => a).map(([t, v]) => [t, v]), [
      ['later this year', '2022'],
      ['today', '2022-08-08'],
    ]);
    const post = ['By Laura E. Adkins December 28, 2016', prose, 'British people say words funny', '— Matt Haughey (@mathowie) February 12, 2016', 'Update: On December 28, I reached out to the company for the inside scoop.'].join('\n');
    assert.deepEqual(values(post).filter(([t]) => t === 'December 28').map(([, v]) => v), ['2016-12-28']);
  });

  it('a date on its own line near the top is the dateline', () => {
    const text = 'A headline about policy\n\nBy Jane Doe, Ambassador\n\n15 December 2022\n\nThe world has endured many challenges this year.';
    assert.deepEqual(values(text), [
      ['15 December 2022', '2022-12-15', ''],
      ['this year', '2022', 'dateline 2022-12-15'],
    ]);
  });

  it('a byline with a date near the top counts; the same shape at the bottom does not', () => {
    assert.equal(refs(['Headline', 'By John Smith | November 22, 2023', 'Body.']).document?.anchor, 'dateline 2023-11-22');
    const tail = ['Headline', 'He spoke on Tuesday about the economy and trade with partners.', 'Officials said the talks would go on for several more weeks.', 'x', 'x', 'x', 'x', 'The Best Online Bookmakers February 22 2024'];
    assert.equal(refs(tail).document, undefined);
  });

  it("a scraped page's date field opening the first paragraph is the document's date", () => {
    assert.deepEqual(values(' date 2022-09-21 ASTANA – The President met officials on Sept. 20-21 at the UN.'), [
      ['2022-09-21', '2022-09-21', ''],
      ['Sept. 20-21', '2022-09-20/2022-09-21', 'dateline 2022-09-21'],
    ]);
  });

  it('a byline under a long navigation menu is still at the top of the article', () => {
    const menu = Array.from({ length: 40 }, (_, k) => `Menu item ${k}`);
    const page = [...menu, 'Facebook CEO says be a friend and have a shared vision, but scare them when you have to.', 'by Jane Doe January 18, 2017 11:00 PM PST', 'He testified on Tuesday in a lawsuit.'];
    assert.equal(refs(page).document?.anchor, 'stamp 2017-01-18');
  });

  it("a publication line counts wherever it stands; a photo's date is not the story's", () => {
    const tail = ['Headline', 'A report released on Monday shows growth.', 'x', 'x', 'x', 'x', 'x', 'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET'];
    assert.equal(refs(tail).document?.anchor, 'stamp 2016-02-01');
    const caption = 'In this photo dated Tuesday, Nov. 29, 2016 the rocket is installed. The ship broke up on Thursday Dec. 1, 2016, the agency said.';
    assert.equal(refs([caption]).document?.anchor, 'weekday+day pin 2016-12-01');
  });

  it('a city dateline opening the first paragraph', () => {
    assert.deepEqual(values('MOSCOW, 5 March 2024 (Reuters) – Officials said on Monday that talks resume.').slice(1), [
      ['Monday', '2024-03-04', 'dateline 2024-03-05'],
    ]);
  });

  it('a date in the first sentence is not a dateline: it gives no year it does not have', () => {
    const text = 'Headline\n\nThe president said in his address on March 15 at the national congress that this holds particular relevance today.';
    const t = refs(text.split('\n'));
    assert.equal(t.document?.kind, 'lead');
    assert.deepEqual(values(text), [
      ['March 15', 'XXXX-03-15', 'lead date XXXX-03-15'],
      ['today', 'XXXX-03-15', 'lead date XXXX-03-15'],
    ]);
  });

  it('a dated document named in the lead (`the Charter of October 7, 2002`) is not the lead date', () => {
    const text = 'Headline\n\nThe protocol changing the Charter of October 7, 2002, was submitted for ratification this year.';
    assert.equal(refs(text.split('\n')).document, undefined);
    assert.deepEqual(values(text)[1], ['this year', 'XXXX', 'no reference date']);
  });

  it('with no stamp, the day in the page’s address among the top lines is the reference; no date span in the address', () => {
    const text = ['http://news.example.com/energy/2015/08/150803-gender-bias-office-temperatures.html', 'Headline of the story', 'The study was published on Monday in a journal, and its authors said the standard dates from the 1960s.'];
    assert.equal(refs(text).document?.anchor, 'page address 2015-08-03');
    assert.equal(refs(['https://www.example.org/2019/11/04/some-story/', 'Body.']).document?.anchor, 'page address 2019-11-04');
    assert.deepEqual(values(text.join('\n\n')).map(([s, v]) => [s, v]), [
      ['Monday', '2015-08-03'],
      ['1960s', '196'],
    ]);
  });

  it('with no stamp, pin or lead date, the latest full date of the story is the reference, not a year alone', () => {
    const text = [
      'Iran jails blogger for 14 years',
      'The blogger was arrested last month after writing articles that were critical of the regime in the country.',
      'The committee designated 22 February 2005 as a day of action, and many people visited its website.',
      'Growth is expected to reach 5% in 2004, officials said, after years of high inflation in the country.',
    ];
    assert.equal(refs(text).document?.anchor, 'latest date in the text 2005-02-22');
    assert.deepEqual(values(text.join('\n\n')).map(([s, v]) => [s, v]), [
      ['last month', '2005-01'],
      ['22 February 2005', '2005-02-22'],
      ['2004', '2004'],
    ]);
  });

  it('a byline’s date ending a deck run into its line is a loose stamp at the top of the page', () => {
    const text = ['Menu', 'A chain wants to be a bakery', 'The chain is positioning for growth beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025', 'It opened 80 units this year.'];
    assert.equal(refs(text).document?.anchor, 'dateline 2025-12-19');
    assert.equal(refs(['The chain is positioning for growth. By Lisa Jennings on Dec. 19, 2025, it had opened more.', 'Body.']).document?.kind, 'lead');
  });

  it('with no date at all, the page’s copyright year is the reference year; not a range’s', () => {
    const text = ['Meditation helps.', 'This year, a global meditation will be led by a teacher. Last year alone, it was big.', '© Copyright Gannett 2025'];
    assert.equal(refs(text).document?.anchor, 'copyright year 2025');
    assert.deepEqual(values(text.join('\n\n')).slice(0, 2).map(([s, v]) => [s, v]), [['This year', '2025'], ['Last year', '2024']]);
    assert.equal(refs(['This year it grew.', 'Copyright © 2009-2025 Example Media']).document, undefined);
  });

  it('with no dateline, a weekday+day pin becomes the reference of the whole document', () => {
    const text = [
      'The president was speaking in the city on Tuesday (27 September), officials said.',
      'Applause rang out in the Hall on Friday as countries endorsed the declaration held in July, which resumes later this month.',
    ].join('\n\n');
    const t = refs(text.split('\n\n'));
    assert.equal(t.document?.anchor, 'weekday+day pin 2022-09-27');
    assert.deepEqual(values(text).map(([s, v]) => [s, v]), [
      ['Tuesday', '2022-09-27'],
      ['27 September', '2022-09-27'],
      ['Friday', '2022-09-23'],
      ['July', '2022-07'],
      ['later this month', '2022-09'],
    ]);
  });

  it('a pin takes the year nearest to the years written in the text, never after the present one', () => {
    assert.equal(refs(['In 2016 the forum opened on Tuesday (27 September).']).document?.date.y, 2016);
    assert.equal(refs(['The forum opened on Tuesday (27 September).'], 2030).document?.date.y, 2022);
    // A span of years the text speaks of is evidence of its first year.
    assert.equal(refs(["It was a third of Australia's 1988-89 intake.", 'CANBERRA SUNDAY JULY 24'], 2026).document?.date.y, 1988);
  });

  it('a schedule’s entries, each line opening with a month’s day and a separator, are coming dates; a date in prose keeps its year', () => {
    const text = ['November 19, 2019', 'The band played in June.', 'Tour dates:', 'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 – Tampa, FL', 'Dec. 2 @ Sunrise, FL'].join('\n');
    assert.deepEqual(values(text).map(([s, v]) => [s, v]), [
      ['November 19, 2019', '2019-11-19'],
      ['June', '2019-06'],
      ['June 9', '2020-06-09'],
      ['June 10', '2020-06-10'],
      ['Dec. 2', '2019-12-02'],
    ]);
  });

  it('with no reference at all there is none', () => {
    const t = refs(['He spoke.', 'Nothing dated here at all, only words and more words to fill.']);
    assert.equal(t.document, undefined);
    assert.deepEqual(t.at, [undefined, undefined]);
  });
});
