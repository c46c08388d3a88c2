import { strict as assert } from 'node:assert';
import { dated, detect, lastParagraphDates } from './helpers';
import { Memo } from '../../../server/src/core/memo';

/** Durations, ages, anniversaries, ordinals and counts are not dates (guidelines, "Dates"). */
const NOT_DATES: [string, string][] = [
  ['a duration in years', 'All of our efforts over the past twelve months and five years have paid off.'],
  ['N years ago is a duration phrase', 'An organisation that we launched 30 years ago is thriving.'],
  ['a month earlier', 'A month earlier, we held the congress of leaders.'],
  ['next N years', 'China will invite 50,000 young Americans in the next five years.'],
  ['the next generation', 'We must pass it on to the next generation.'],
  ['a term and a span of years', 'They will serve a single seven-year term; for the first time in 18 years candidates run.'],
  ['an anniversary', 'It took place on the eve of the 30th anniversary of diplomatic relations.'],
  ['an ordinal event name', 'The 10th Summit of the Organization and the 19th Interregional Forum.'],
  ['a thousands-separated count', 'A civilization with a history of more than 5,000 years.'],
  ['money', 'Kazakhstan transfers $1mln and $2023 in aid; trade exceeded 22 billion US dollars.'],
  ['a count before a noun', 'The General Assembly comprises all 193 UN Member States.'],
  ['round four-digit counts', 'Over 2000 observers and 1500 troops came; the 2000 delegates voted.'],
  ['a numbered document', 'The Council adopted Resolution 2046 unanimously.'],
  ['a numbered document that looks like a year range', 'Under decree No. 2023/45 the fee rose.'],
  ['a phone number', 'Call +7 7172 2023 44 for details.'],
  ['a benchmark’s score', 'The card earned a total score of 2072 and a max FPS of 14; scores of 2015 followed.'],
  ['a season that no sport is about', 'The new fashion this season is red, and last season was grey.'],
  ['a programme’s edition named after its day', 'Podcasts\nWeekend Edition Saturday\nJeff Glor Co-Hosts The Morning Show’s Saturday Edition'],
  ['a carmaker’s model, a question’s number and a qualifying session named Q and a digit', 'The Audi Q3 sold well, analysts said. Q1: Do markets rise?\n\nHe was knocked out in Q1 of qualifying.'],
  ['a game’s clock', 'Parise’s first-period goals – he scored at 7:14 and on the power play at 19:56 – gave the Wild a lead. Montour spoiled the shutout 17:46 into the third period.'],
  ['a dimension and an approximate quantity', 'It has a resolution of 1800 x 1920 per eye; arrivals fell almost 2000 from the level before.'],
  ['a capitalised day word inside a name or a title', 'Watch Tomorrow Daily on CNET; the fair heralded the World of Tomorrow.'],
  ['a capitalised day word ending a programme’s or a paper’s name on its line', 'Podcasts\nFantasy Football Today\nUSA Today'],
  ['a paper’s edition after today’s; a capitalised day word opening a short line before a capitalised word, a programme’s name', 'Today’s e-Edition\nTomorrow Today\nTomorrow Daily'],
  ['a capitalised day word after a name in prose; a paper’s menu link; a weekday opening a section’s name after the', 'Get New York Today in your inbox. Order Reprints | Today’s Paper | Subscribe. He writes in the Sunday Metropolitan section.'],
  ['a menu’s items: a day or a clock opening a short line of capitalised words', 'Floor Action\nSunday Talk Shows\nPolls\n12:30 Report\nPolicy'],
  ['a day word in capitals inside a name in capitals', 'Welcome to USA TODAY NETWORK’S EUROPEAN UNION EXPERIENCE'],
  ['a call to act now', 'Sign up for The Water Coolest today to get the newsletter. Start your free trial today!'],
  ['`today’s` said of the present age or of a page’s feed, and `today` inside a file’s name', 'The expectations of today\'s visitors are high. See today\'s front and back pages. Today\'s top stories. The image is tech-you-need-to-know-today.jpg here.'],
  ['a schedule’s hours: weeknights or a day in the plural run into a programme’s name before the hour', 'Featured Shows\nRachel MaddowMondays 9PM ET\nMorning JoeWeekdays 6am ET\nAll InWeeknights 8PM ET'],
  ['opening hours: times of days named in the plural', 'Our desk is open Sundays through Thursdays between 07:00 and 14:00, and Fridays between 7AM and 1PM.'],
  ['that day and that year point back; every gold set leaves them out', 'So of course that day I got mail. That year, coal output fell.'],
  ['percent and fold', 'Growth of about 1% could show a 1.5 fold increase.'],
  ['the modal may and a surname', 'You may go now, said Theresa May.'],
  ['the verb march and a lone abbreviation', 'Thousands march in the streets; the Sun reported it.'],
  ['a quarter of a game', 'The home side led 21-14 at the end of the first quarter.'],
  ['a weekday before a capitalised common word, not after a preposition, names a column or a show', 'TV SoundOff: Sunday Talking Heads\nArianna Huffington: Sunday Roundup\nFive Best Sunday Columns'],
  ['a season in general', 'Construction during the winter isn’t always a good idea.'],
  ['now and recently are not annotated', 'The situation now differs from what was recently seen.'],
];

describe('dates: not dates', () => {
  for (const [what, sentence] of NOT_DATES) {
    it(what, () => assert.deepEqual(lastParagraphDates(dated('22 November 2023', sentence)), []));
  }
});

describe('dates: lengths of videos', () => {
  it('a clock alone on its line, where several lines are such clocks, or after a teaser’s age, is a length; one clock alone on its line is a time', () => {
    assert.deepEqual(detect('Wccftech TV\n01:45\nFinally, A New Half Life Game Is Coming Out?!\n09:09\nNeed for Speed: Heat Gameplay\n01:52\nAMD To Introduce Navi\n7H ago 08:51\nDay 3, Part 16'), []);
    assert.deepEqual(detect('Posted\n09:09\nThe minister spoke.').map((s) => s.text), ['09:09']);
  });
  it('a clock under a line ending in a full date is that item’s time stamp, however many such lines the page holds', () => {
    const text = 'IMF cuts outlook\nOctober 11, 2022\n15:11\nShare\nBanks slide\nOctober 12, 2022\n15:10\nShare\nRates rise\n13 October 2022\n14:40';
    assert.deepEqual(detect(text).filter((s) => s.label === 'TIME').map((s) => [s.text, s.value]), [['15:11', '2022-10-11T15:11'], ['15:10', '2022-10-12T15:10'], ['14:40', '2022-10-13T14:40']]);
  });
});

describe('dates: names', () => {
  it('a newspaper named after its day is no date; the day in a sentence is', () => {
    const text = dated('20 December 2016', 'The Daily and Sunday Telegraph newspapers are axing jobs. The Sunday Times said so on Sunday.');
    assert.deepEqual(detect(text).filter((s) => s.start > 20).map((s) => [s.text, s.value]), [['Sunday', '2016-12-18']]);
  });
});

describe('dates: inside a body’s name', () => {
  it('a day word inside an organisation the entities found is no date; the same word outside it is', () => {
    const text = 'Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014\nTODAY';
    const org = { start: 18, end: 27, label: 'ORG' as const, text: 'USA TODAY' };
    assert.deepEqual(detect(text, new Memo(), [org]).filter((s) => s.text === 'TODAY').map((s) => s.start), [59]);
  });
});

describe('dates: menus', () => {
  it('a site’s menu items named after today are no dates; today in a sentence is', () => {
    const text = dated('22 November 2023', 'Today’s Paper\ntoday\'s opinion\nToday\nToday on Ars\nThe fund opened today.');
    assert.deepEqual(detect(text).filter((s) => s.label === 'DATE' && s.start > 20).map((s) => [s.text, s.value]), [['today', '2023-11-22']]);
  });
});

describe('dates: a capitalised day word inside a short line', () => {
  it('is a name’s (a menu’s item, a programme’s, a newsletter’s); in a long headline or opening a sentence it is the day', () => {
    const text = 'Read Today’s eNewspaper\n10 Things to Know for Today\nNBC 5 Today at 6am\nThe Top 7 Balance Transfer Credit Cards On The Market Today\nToday is the day.';
    assert.deepEqual(detect(text).filter((s) => /^today$/i.test(s.text)).map((s) => text.slice(0, s.start).split('\n').length), [4, 5]);
  });
});
