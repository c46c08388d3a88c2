import { strict as assert } from 'node:assert';
import { dated, detect, lastParagraphDates } from './helpers';

/**
 * One row per expression class: a sentence, the document's own date (a dateline line
 * above it, or none), and the spans and TIMEX3 values expected in the sentence.
 * TIME values carry `@TIME` so a DATE/TIME mix-up fails too.
 */
interface Row {
  what: string;
  dateline?: string;
  sentence: string;
  expect: string[][];
}

const NOV22 = '22 November 2023'; // a Wednesday
const SEP27 = '27 September 2022'; // a Tuesday

const ROWS: Row[] = [
  // digits
  { what: 'dotted date and time written together is one TIME span', sentence: 'The vote closed at 22.11.2023, 17:31 local time.', expect: [['22.11.2023, 17:31', '2023-11-22T17:31@TIME']] },
  { what: 'dotted dates are read day first', sentence: 'The talks held on 09.11.2023 went well.', expect: [['09.11.2023', '2023-11-09']] },
  { what: 'the hours’ abbreviation written onto a clock is part of it, which takes the day after it; a weekday with `last` or `next` after it is that day of the week before or after', dateline: NOV22, sentence: 'He left around 20:00hrs on Thursday last and returns on Monday next.', expect: [['20:00hrs', '2023-11-16T20:00@TIME'], ['Thursday last', '2023-11-16'], ['Monday next', '2023-11-27']] },
  { what: 'a month `of that year` is the month of the year last named; a clock takes its zone written in words', dateline: NOV22, sentence: 'Her life changed in 2016. In January of that year she left, at 10 a.m. Eastern Time.', expect: [['2016', '2016'], ['January of that year', '2016-01'], ['10 a.m. Eastern Time', '2023-11-22T10:00@TIME']] },
  { what: 'bare ISO date', sentence: 'Figures released 2023-11-23 show growth.', expect: [['2023-11-23', '2023-11-23']] },
  {
    what: 'year ranges with two or four digits',
    sentence: 'The 2024/26 joint action plan, the plan for 2024-25, the 2023/27 programme and the 2010–2015 cycle.',
    expect: [['2024/26', '2024/2026'], ['2024-25', '2024/2025'], ['2023/27', '2023/2027'], ['2010–2015', '2010/2015']],
  },
  {
    what: "a year range whose dash was decoded in the wrong charset; a month and year with OCR's middle dot for the comma",
    sentence: 'Aid will reach 0.5 per cent by 2015\u00e2\u0080\u009016, as announced on 16 February· 1984.',
    expect: [['2015\u00e2\u0080\u009016', '2015/2016'], ['16 February· 1984', '1984-02-16']],
  },
  { what: 'years and centuries before the common era, a century with its early/late', dateline: NOV22, sentence: 'It dates back to 5,316 BCE; pottery from the late 6th century BC and coins from 500 BC.', expect: [['5,316 BCE', 'BC5316'], ['late 6th century BC', 'BC05'], ['500 BC', 'BC0500']] },
  { what: 'a month’s day and its time after `at` are one TIME; an hour in the morning is a time, one with its weekday; a time this morning is one TIME', dateline: 'WEDNESDAY, JULY 13, 1977', sentence: 'It was updated on July 13 at 3:15 p.m. The alert came at 8 in the morning on Monday. He was seen at 7:45 this morning.', expect: [['July 13 at 3:15 p.m.', '1977-07-13T15:15@TIME'], ['8 in the morning on Monday', '1977-07-11T08:00@TIME'], ['7:45 this morning', '1977-07-13T07:45@TIME']] },
  { what: 'a time, its zone and the full date after them are one TIME', sentence: 'Published 11:34 PM EST Nov 19, 2019', expect: [['11:34 PM EST Nov 19, 2019', '2019-11-19T23:34@TIME']] },
  { what: 'a time and its zone, then a comma and a weekday, or `on`, and the full date are one TIME', sentence: 'Published 11:21 pm CST, Tuesday, November 19, 2019. Updated at 5:36 PM CST on Nov 18, 2019.', expect: [['11:21 pm CST, Tuesday, November 19, 2019', '2019-11-19T23:21@TIME'], ['5:36 PM CST on Nov 18, 2019', '2019-11-18T17:36@TIME']] },
  { what: 'a comment’s header: its date and time after `at` are one TIME, the colon closing the line outside it; a clock before a colon and more words is none', dateline: NOV22, sentence: 'The score read 10:30:15 and 11:45:x. Alexander Petrov wrote on March 11th, 2015 at 02:57:', expect: [['10:30:15', '2023-11-22T10:30:15@TIME'], ['March 11th, 2015 at 02:57', '2015-03-11T02:57@TIME']] },
  { what: 'on a stamp’s line the update’s month and day without a year are a TIME too', sentence: 'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM', expect: [['November 18, 2019 at 2:26 PM HST', '2019-11-18T14:26@TIME'], ['November 18 at 4:46 PM', '2019-11-18T16:46@TIME']] },
  { what: 'on a stamp’s line a clock time alone after `Updated:` is a TIME on the stamp’s day', sentence: 'Published: Jan. 14, 2015 Updated: 4:49 p.m.', expect: [['Jan. 14, 2015', '2015-01-14'], ['4:49 p.m.', '2015-01-14T16:49@TIME']] },
  { what: 'a year in two digits after an apostrophe, right after a month’s day, is its year, and joins its time', dateline: NOV22, sentence: 'Napier Lopez wrote at 14 January ’15, 11:57pm, then on Jan. 14 ’99.', expect: [['14 January ’15, 11:57pm', '2015-01-14T23:57@TIME'], ['Jan. 14 ’99', '1999-01-14']] },
  { what: 'a database’s time stamp with a zone of hours alone (`+00`, ISO 8601’s ±hh) keeps its zone in the span', sentence: 'The rows read 2020-02-01 11:42:00+00 and 2020-02-01 11:43:00-05.', expect: [['2020-02-01 11:42:00+00', '2020-02-01T11:42:00@TIME'], ['2020-02-01 11:43:00-05', '2020-02-01T11:43:00@TIME']] },
  { what: 'an ISO stamp’s seconds and zone, and a clock’s seconds, are part of the time', dateline: NOV22, sentence: 'By Tariq Malik 2019-11-18T22:05:36Z Spaceflight. The file was saved at 14:32:14 on Wednesday.', expect: [['2019-11-18T22:05:36Z', '2019-11-18T22:05:36@TIME'], ['14:32:14 on Wednesday', '2023-11-22T14:32:14@TIME']] },
  { what: 'a decade of the last century by its two digits, after `the` or an apostrophe; an age and a temperature are none', sentence: 'In the mid-70s and the ’80s he was in his 70s, and temperatures ballooned into the 50s.', expect: [['mid-70s', '197'], ['’80s', '198']] },
  { what: 'a sport’s season runs from autumn to spring, as a financial year', dateline: '19 November 2019', sentence: 'The goalie stopped 30 shots in his 10th game this season; the trade was a disaster last season.', expect: [['this season', '2019/2020'], ['last season', '2018/2019']] },
  { what: 'the last spring told in November is the year’s own, gone by; the next summer is the coming year’s; the last autumn, not over yet, is last year’s', dateline: '19 November 2019', sentence: 'The exam was taken last spring; a new one comes next summer; last autumn it failed.', expect: [['last spring', '2019-SP'], ['next summer', '2020-SU'], ['last autumn', '2018-FA']] },
  { what: 'a session that starts in a month already gone this year starts next year', dateline: '19 November 2019', sentence: 'Legislators gather ahead of the session that starts in early January.', expect: [['early January', '2020-01']] },
  { what: 'a weekday something starts from, in a clause in the present, is to come; after a verb in the past, gone by; not a weekday owning what follows', dateline: 'Wednesday, November 8, 2023', sentence: 'The charity is making its reserves free from Monday. The strike ran from Monday to Wednesday. Results are here from Tuesday’s vote.', expect: [['Monday', '2023-11-13'], ['Monday', '2023-11-06'], ['Wednesday', '2023-11-08'], ['Tuesday', '2023-11-07']] },
  { what: 'after `had`, `until` a day gone by is this year’s; adjourned until a month to come is next year’s', dateline: '18 November 2019', sentence: 'These firms had until Nov. 1 to submit proposals. The inquest has been adjourned until March.', expect: [['Nov. 1', '2019-11-01'], ['March', '2020-03']] },
  { what: 'a month before the figure or the meeting it dates is a date; a copyright’s year is a year though a number follows', dateline: '20 December 1974', sentence: 'The preliminary December reading is higher. ©1974 24/7 Wall St.', expect: [['December', '1974-12'], ['1974', '1974']] },
  { what: 'a month before the event it dates is a date; `May` as a verb is none', dateline: '3 March 1974', sentence: 'Talks failed after the dramatic February general election. May attacks follow? The May elections will tell.', expect: [['February', '1974-02'], ['May', '1974-05']] },
  { what: 'from one weekday to another names two days; every week’s days are none', dateline: '18 November 2019', sentence: 'The meeting will be postponed from Tuesday to Friday. Shops open Monday to Friday.', expect: [['Tuesday', '2019-11-19'], ['Friday', '2019-11-22']] },
  { what: 'a month alone in a clause of an irregular past verb is the last one', dateline: 'WEDNESDAY, JANUARY 18, 2017', sentence: 'In October, we laid out plans. In October, we will lay out more.', expect: [['October', '2016-10'], ['October', '2017-10']] },
  { what: 'the weekend before a possessive is a date; told in the past on a weekday it is the weekend just gone, in the future the coming one', dateline: 'MONDAY, SEPTEMBER 19, 2016', sentence: 'The alert had to do with the weekend’s bomb scare. They will meet at the weekend.', expect: [['the weekend', '2016-W37-WE'], ['the weekend', '2016-W38-WE']] },
  { what: 'a day named relatively then its clock time are one TIME', dateline: 'November 20, 2019', sentence: 'Today 12:01 AM', expect: [['Today 12:01 AM', '2019-11-20T00:01@TIME']] },
  { what: 'a masthead’s TODAY before a clock time is no part of the time', dateline: 'November 20, 2019', sentence: 'Jefferson Graham, USA TODAY 3:53 p.m. EST January 25, 2014', expect: [['TODAY', '2019-11-20'], ['3:53 p.m. EST January 25, 2014', '2014-01-25T15:53@TIME']] },
  { what: 'a weekday abbreviated, its time and its full date are one TIME', dateline: 'February 18, 2018', sentence: 'Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018', expect: [['Fri 6:45 PM, Feb 16, 2018', '2018-02-16T18:45@TIME'], ['Sat 8:31 PM, Feb 17, 2018', '2018-02-17T20:31@TIME']] },
  { what: 'a weekday and the full date in digits that falls on it are one DATE; a weekday the date does not fall on stays apart', dateline: 'November 21, 2019', sentence: 'Horoscope for Wednesday, 11/20/19 by him. On Tuesday, 22.11.2023 it came.', expect: [['Wednesday, 11/20/19', '2019-11-20'], ['Tuesday', '2023-11-22'], ['22.11.2023', '2023-11-22']] },
  { what: 'a weekday written whole, its time and its full date are one TIME', dateline: 'February 18, 2018', sentence: 'It was posted on Friday 6:45 PM, Feb 16, 2018 by him.', expect: [['Friday 6:45 PM, Feb 16, 2018', '2018-02-16T18:45@TIME']] },
  { what: 'Black Friday and Cyber Monday are the shopping days after Thanksgiving, their weekday no day of its own', dateline: 'November 20, 2019', sentence: 'Amazon is not waiting until Black Friday to cut prices; the best Black Friday deals end on Cyber Monday.', expect: [['Black Friday', '2019-11-29'], ['Black Friday', '2019-11-29'], ['Cyber Monday', '2019-12-02']] },
  {
    what: 'a day named relatively and its time after `at`, a time before `tonight` or `tomorrow`: one TIME (midnight tonight the next day’s first hour); midnight after a preposition of time is a TIME, after `at` alone none',
    dateline: 'October 6, 2020',
    sentence: 'Tonight at midnight Cork moves to Level 3. The pool shuts at 10pm tonight, the plan starts from midnight tomorrow, and it closed after midnight. Fans queue at midnight.',
    expect: [['Tonight at midnight', '2020-10-07T00:00@TIME'], ['10pm tonight', '2020-10-06T22:00@TIME'], ['midnight tomorrow', '2020-10-07T00:00@TIME'], ['midnight', '2020-10-06T00:00@TIME']],
  },
  { what: 'two years a dash joins are one period up to eighty years apart; a journal’s volume numbered by the year after a reference’s year is none', dateline: 'October 6, 2020', sentence: 'A systematic review of all published cases, 1950–2012. Int J Rheumatol. 2014;2014. Its sample size was 1500-2000.', expect: [['1950–2012', '1950/2012'], ['2014', '2014']] },
  { what: 'two years in brackets after a name or a work’s title are its span, however long or early; in brackets after a word, none', dateline: 'October 6, 2020', sentence: 'The late Paula Rego (1935-2022) drew it, as in ‘Still Life with Three Salmon Steaks’ (1808–1812). The intake (1200-1500) is low.', expect: [['1935-2022', '1935/2022'], ['1808–1812', '1808/1812']] },
  { what: 'a time, a dash and a later time are one TIME, a range of times on the time’s day', dateline: 'December 18, 2025', sentence: 'The webinar runs Thu., January 08, 2026, 2:00 p.m. - 3:00 p.m. ET, and the shop opens 11am-4pm.', expect: [['Thu., January 08, 2026, 2:00 p.m. - 3:00 p.m. ET', '2026-01-08T14:00/2026-01-08T15:00@TIME'], ['11am-4pm', '2025-12-18T11:00/2025-12-18T16:00@TIME']] },
  { what: 'two years joined by `to` are one period, but after `from` or `between` two points', dateline: 'October 6, 2020', sentence: 'Adults living there during 2000 to 2014 were studied, as they were from 1981 to 1987.', expect: [['2000 to 2014', '2000/2014'], ['1981', '1981'], ['1987', '1987']] },
  { what: 'a date line in capitals; a time and its day named relatively are one TIME', dateline: 'WEDNESDAY, JULY 13, 1977', sentence: 'It reached the boat about 10 a.m. today and left at 4 p.m. yesterday.', expect: [['10 a.m. today', '1977-07-13T10:00@TIME'], ['4 p.m. yesterday', '1977-07-12T16:00@TIME']] },
  { what: 'a month, then its year as an offset, is one span', dateline: NOV22, sentence: 'In June this year the policy changed, and in March last year it began.', expect: [['June this year', '2023-06'], ['March last year', '2022-03']] },
  { what: 'a financial year is valued as the two years it spans, from July', dateline: NOV22, sentence: 'The Government made $1 million available this financial year and next financial year.', expect: [['this financial year', '2023/2024'], ['next financial year', '2024/2025']] },
  { what: 'a slashed date that reads both ways is day first in a document writing the day first', dateline: NOV22, sentence: 'The policy was updated 7/1/2022.', expect: [['7/1/2022', '2022-01-07']] },
  { what: 'a slashed date that reads both ways is month first in a document writing the month first', dateline: 'November 22, 2023', sentence: 'The policy was updated 7/1/2022.', expect: [['7/1/2022', '2022-07-01']] },
  { what: 'a day and month, then their year as an offset, is one span', dateline: NOV22, sentence: 'Relatives may apply from 1 July this year, and from March 3 next year.', expect: [['1 July this year', '2023-07-01'], ['March 3 next year', '2024-03-03']] },
  { what: 'a season after in; a report’s half year', dateline: NOV22, sentence: 'A verdict is expected in the autumn, after the Half Year 2015 report.', expect: [['the autumn', '2023-FA'], ['Half Year 2015', '2015-H1']] },
  { what: 'a headline’s Today ending its line is the day', dateline: NOV22, sentence: 'The Top 7 Cards On The Market Today', expect: [['Today', '2023-11-22']] },
  { what: 'the coming year with its article; the next day after a date is the day after it; over the next year is a span', dateline: NOV22, sentence: 'The attack came on June 17, 2015, and he was arrested the next day. In the coming year, and over the next year, prices rise.', expect: [['June 17, 2015', '2015-06-17'], ['the next day', '2015-06-18'], ['the coming year', '2024']] },
  { what: 'a season of a year of the 1800s; the current year with its article', dateline: NOV22, sentence: 'In the summer of 1898 the gas was found, and more will come in the current year.', expect: [['summer of 1898', '1898-SU'], ['the current year', '2023']] },
  { what: 'a table’s row of financial years', sentence: 'Arrivals by year: 2002-03 2003-04 2004-05', expect: [['2002-03', '2002/2003'], ['2003-04', '2003/2004'], ['2004-05', '2004/2005']] },
  { what: 'a letter-spaced date (OCR) is one span, read without its spacing', sentence: 'Date 1 8  J a n u a r y ,  1 9 8 9 and no more.', expect: [['1 8  J a n u a r y ,  1 9 8 9', '1989-01-18']] },
  { what: 'a programme named Today is no day', dateline: NOV22, sentence: 'He told BBC Radio 4’s Today programme so today.', expect: [['today', '2023-11-22']] },
  { what: 'a holiday standing as a noun, after a time’s prefix, or with its period is a date; before a capitalised word, or alone on a menu’s line, none', dateline: '15 December 2004', sentence: 'Retailers endured their worst Christmas in a decade, as seen from the Christmas period. Trump Schedules Pre-Christmas Golf Game. Ships stopped at Christmas Island.', expect: [['Christmas', '2004-12-25'], ['the Christmas period', '2004-12-25'], ['Christmas', '2004-12-25']] },
  { what: 'a season named bare after for, ending its clause, is the story’s season; in winter is habitual', dateline: '19 October 2022', sentence: 'Amazon Launched 100 New Products For Fall, and bites to keep us cozy for fall. Most leaks occur in winter.', expect: [['Fall', '2022-FA'], ['fall', '2022-FA']] },
  { what: 'New Year by its possessive (the possessive outside the span) or NYE is the holiday nearest the dateline; the new year celebrated is the next year; New Year’s Day whole, the honours none', dateline: '23 December 2014', sentence: 'The volcano puts on an explosive New Year’s show. Pitbull talks performing for NYE. Celebs celebrated the New Year. The New Year Honours came before New Year’s Day.', expect: [['New Year', '2015-01-01'], ['NYE', '2014-12-31'], ['the New Year', '2015'], ['New Year’s Day', '2015-01-01']] },
  { what: 'a holiday alone on its line is a menu’s section, no date', dateline: '15 December 2004', sentence: 'Christmas', expect: [] },
  { what: 'a shopping day alone on its line is a menu’s section, no date', dateline: '15 December 2004', sentence: 'Black Friday', expect: [] },
  { what: 'a shopping day is the day even before the noun it modifies, with its year; Singles Day too; a New Year after this, last or next takes it into its span', dateline: '20 November 2019', sentence: 'The 10 best early Black Friday deals on Apple devices. The best Black Friday 2019 deals. Alibaba misreported its Singles Day sales. Insurance premium may rise this New Year.', expect: [['Black Friday', '2019-11-29'], ['Black Friday 2019', '2019-11-29'], ['Singles Day', '2019-11-11'], ['this New Year', '2020-01-01']] },
  { what: 'a quarter and its year joined by of is one date; two decades joined by a dash are one range', dateline: '20 November 2025', sentence: 'In Q4 of 2024, Progressive reported growth. In the 2000s–2010s, PnP expanded.', expect: [['Q4 of 2024', '2024-Q4'], ['2000s–2010s', '200/201']] },
  { what: 'a quarter named by the month that ends it', dateline: '20 November 2019', sentence: 'The September quarter earnings were good. In the June quarter, profit rose.', expect: [['September quarter', '2019-Q3'], ['June quarter', '2019-Q2']] },
  { what: 'a part of the day early or late in it, after by or written early in the, is a TIME on the day last named; as a modifier it is none', dateline: '13 July 1977', sentence: 'On 12 July 1977 the ship left. It rained early in the afternoon, and by late afternoon it had stopped. Stocks fell in late afternoon trading.', expect: [['12 July 1977', '1977-07-12'], ['early in the afternoon', '1977-07-12TAF@TIME'], ['late afternoon', '1977-07-12TAF@TIME']] },
  { what: 'more fixed holidays, before a pronoun too; this, last or next before one is part of its span; a holiday’s season is its month', dateline: '20 November 2019', sentence: 'On Holocaust Remembrance Day he spoke. On Valentine’s Day she left. This Juneteenth, act. Christmas season preparations are underway.', expect: [['Holocaust Remembrance Day', '2019-01-27'], ['Valentine’s Day', '2019-02-14'], ['This Juneteenth', '2019-06-19'], ['Christmas season', '2019-12']] },
  { what: 'holidays on a weekday of their month and Diwali by its year’s table, as times', dateline: 'November 13, 2019', sentence: 'Pollution peaked during Diwali; on Memorial Day 2020 and on Labor Day 2018 we met, and before Mother’s Day 2021.', expect: [['Diwali', '2019-10-27'], ['Memorial Day 2020', '2020-05-25'], ['Labor Day 2018', '2018-09-03'], ['Mother’s Day 2021', '2021-05-09']] },
  { what: 'Super Tuesday is the first Tuesday of March, a date before the noun it modifies too; Valentine’s Day written without its apostrophe', dateline: 'January 28, 2020', sentence: 'Biden leads in the Super Tuesday states. Combs gets romantic on Valentines Day.', expect: [['Super Tuesday', '2020-03-03'], ['Valentines Day', '2020-02-14']] },
  { what: 'a year modifying the noun after it is no period that starts or ends: the year alone', dateline: 'January 28, 2020', sentence: 'At the start of the 2020 process many ran; by the end of 2020 it was over.', expect: [['2020', '2020'], ['end of 2020', '2020']] },
  { what: 'the United States’ Election Day is the Tuesday after November’s first Monday of the year nearest the dateline', dateline: 'December 12, 2016', sentence: 'Since Election Day, Donald Trump has attended more rallies than briefings.', expect: [['Election Day', '2016-11-08']] },
  { what: 'holidays as times, with the day they fall on that year (Easter and Thanksgiving move); not as a modifier', dateline: '27 December 2004', sentence: 'Flights stopped over Christmas and on Christmas Eve, after Thanksgiving, before Easter 2005 and Good Friday, 2016; Christmas shopping rose.', expect: [['Christmas', '2004-12-25'], ['Christmas Eve', '2004-12-24'], ['Thanksgiving', '2004-11-25'], ['Easter 2005', '2005-03-27'], ['Good Friday, 2016', '2016-03-25']] },
  { what: 'bare years', sentence: 'The first visit since Pope John Paul II in 2001; a summit in 2026.', expect: [['2001', '2001'], ['2026', '2026']] },
  { what: 'a year in a programme name', sentence: 'The Turkic World Vision 2040 has been adopted.', expect: [['2040', '2040']] },
  { what: 'year at the start of a paragraph', sentence: '2023 will be another significant year for the country.', expect: [['2023', '2023']] },
  { what: 'attributive year before a plural noun', sentence: 'The 2022 elections were held fairly.', expect: [['2022', '2022']] },
  { what: 'centuries and decades', sentence: 'Alliance in the 21st century, born in the 1990s.', expect: [['21st century', '20'], ['1990s', '199']] },
  { what: 'times with the reference day', dateline: NOV22, sentence: 'The meeting began at 10:30 a.m. and ended at 17:45.', expect: [['10:30 a.m.', '2023-11-22T10:30@TIME'], ['17:45', '2023-11-22T17:45@TIME']] },
  { what: 'a weekday and its time after `at` are one TIME, a date and time written together', dateline: NOV22, sentence: 'They met on Tuesday at 10:30 in the capital.', expect: [['Tuesday at 10:30', '2023-11-21T10:30@TIME']] },
  { what: 'a weekday’s part of the day and the full date that falls on it are one TIME; so are a time and a weekday’s full date after `on`', dateline: NOV22, sentence: 'He vanished in the early hours of Sunday morning, November 3, 2013. He left after 2am on Sunday November 3, 2013.', expect: [['Sunday morning, November 3, 2013', '2013-11-03TMO@TIME'], ['2am on Sunday November 3, 2013', '2013-11-03T02:00@TIME']] },
  { what: 'a weekday’s nights in the plural, or one after `a`, are any week’s: no date; `on Friday night` is one', dateline: NOV22, sentence: 'Friday nights are made for fun. The perfect atmosphere for a Friday night. We met on Friday night.', expect: [['Friday night', '2023-11-17TNI@TIME']] },
  { what: '`Tonight` and its clock time are one TIME', dateline: NOV22, sentence: 'Watch it: Tonight 7.00pm on Channel 4.', expect: [['Tonight 7.00pm', '2023-11-22T19:00@TIME']] },
  { what: 'a time stamp’s `pm` run into the next stamp’s month keeps its `pm`', dateline: NOV22, sentence: 'by Logan C. Ritchie November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm', expect: [['November 8, 2023 | 6:03 pm', '2023-11-08T18:03@TIME'], ['November 8, 2023 | 6:03 pm', '2023-11-08T18:03@TIME']] },
  { what: 'two months and the year after the second are one period', dateline: NOV22, sentence: 'It was hot from January to October 2023. Sales rose March–June 2022.', expect: [['January to October 2023', '2023-01/2023-10'], ['March–June 2022', '2022-03/2022-06']] },
  { what: 'Bonfire Night is 5 November', dateline: NOV22, sentence: 'Bonfire Night 2023: The biggest fireworks displays. We met on Bonfire Night.', expect: [['Bonfire Night 2023', '2023-11-05'], ['Bonfire Night', '2023-11-05']] },
  // month names
  { what: 'month and year', sentence: 'It was outlined in his September 2022 state of the nation address.', expect: [['September 2022', '2022-09']] },
  { what: 'full dates, middle-endian', sentence: 'The Charter of October 7, 2002, was signed on August 26, 2022.', expect: [['October 7, 2002', '2002-10-07'], ['August 26, 2022', '2022-08-26']] },
  { what: 'month day year without a comma is one span', sentence: 'The Best Online Bookmakers February 22 2024', expect: [['February 22 2024', '2024-02-22']] },
  { what: 'little-endian full date', sentence: 'The decree of 15 December 2022 entered into force.', expect: [['15 December 2022', '2022-12-15']] },
  { what: 'month alone takes the reference year', dateline: SEP27, sentence: 'An international conference held in July at UN Headquarters.', expect: [['July', '2022-07']] },
  { what: 'months alone in past narrative', dateline: '15 December 2022', sentence: 'In November, our country held an election; in June, a referendum.', expect: [['November', '2022-11'], ['June', '2022-06']] },
  { what: 'a month opening a sentence as its subject', dateline: NOV22, sentence: 'Heavy rain fell. November marked the beginning of the season. May was quiet.', expect: [['November', '2023-11']] },
  { what: 'month alone in a future clause moves to next year', dateline: NOV22, sentence: 'The summit will be held in February.', expect: [['February', '2024-02']] },
  { what: 'this + month is the reference year', dateline: NOV22, sentence: 'He recalled his official visit to Vietnam this August.', expect: [['this August', '2023-08']] },
  { what: 'month and day without a year take the reference year', dateline: '21 November 2023', sentence: 'On November 23, the President will participate in a session.', expect: [['November 23', '2023-11-23']] },
  { what: 'a date set for the future', dateline: '9 November 2023', sentence: 'The countries are to mark on November 11 ten years since the treaty.', expect: [['November 11', '2023-11-11']] },
  { what: 'an annually recurring day has no year', dateline: '3 November 2023', sentence: 'The decision on establishment of the Day of Remembrance on February 6;', expect: [['February 6', 'XXXX-02-06']] },
  { what: 'a date range', sentence: 'The expo ran October 7-9, 2023 in the capital.', expect: [['October 7-9, 2023', '2023-10-07/2023-10-09']] },
  // relative words
  { what: 'today and earlier today', dateline: SEP27, sentence: 'During his visit earlier today, he said the issue matters today.', expect: [['earlier today', '2022-09-27'], ['today', '2022-09-27']] },
  { what: "today's keeps the possessive outside", dateline: '9 November 2023', sentence: "Putin said that today's meeting was a good opportunity.", expect: [['today', '2023-11-09']] },
  { what: 'yesterday and tomorrow', dateline: NOV22, sentence: 'He arrived yesterday and leaves tomorrow.', expect: [['yesterday', '2023-11-21'], ['tomorrow', '2023-11-23']] },
  { what: 'this, next and last year', dateline: NOV22, sentence: 'This year trade grew; next year it will grow, as it did last year.', expect: [['This year', '2023'], ['next year', '2024'], ['last year', '2022']] },
  { what: 'this + adjective + year is one span', dateline: '15 December 2022', sentence: 'As we approach this tumultuous year’s end, we are certain.', expect: [['this tumultuous year', '2022']] },
  { what: 'later this month', dateline: SEP27, sentence: 'The conference resumes later this month.', expect: [['later this month', '2022-09']] },
  { what: 'later in the year, earlier in the week: a part of the reference’s own year or week', dateline: SEP27, sentence: 'Economists predicted rates will drop later in the year; talks began earlier in the week.', expect: [['later in the year', '2022'], ['earlier in the week', '2022-W39']] },
  { what: 'weeks', dateline: NOV22, sentence: 'Talks held last week will resume next week.', expect: [['last week', '2023-W46'], ['next week', '2023-W48']] },
  {
    what: 'the same month is the month last mentioned',
    dateline: '15 December 2022',
    sentence: 'In October, our capital hosted the summit. During the same month, Astana held a meeting.',
    expect: [['October', '2022-10'], ['the same month', '2022-10']],
  },
  { what: 'part of day', dateline: NOV22, sentence: 'She arrived on Tuesday morning and spoke this evening.', expect: [['Tuesday morning', '2023-11-21TMO@TIME'], ['this evening', '2023-11-22TEV@TIME']] },
  { what: 'seasons and quarters', sentence: 'Results for the third quarter of 2024 and summer 2025.', expect: [['third quarter of 2024', '2024-Q3'], ['summer 2025', '2025-SU']] },
  // weekdays
  { what: 'weekday in past news: the nearest before the reference', dateline: SEP27, sentence: 'Applause rang out in the Hall on Friday as countries endorsed a declaration.', expect: [['Friday', '2022-09-23']] },
  { what: 'weekday with a past verb before it', dateline: '17.11.2023, 08:01 27111', sentence: 'Chinese President Xi Jinping stressed here Wednesday the role of people.', expect: [['Wednesday', '2023-11-15']] },
  { what: 'weekday on the reference day itself', dateline: '03.11.2023, 17:45 167581', sentence: 'While addressing the Summit in Astana on Friday, the President said documents are to be signed.', expect: [['Friday', '2023-11-03']] },
  { what: 'weekday in a future clause', dateline: NOV22, sentence: 'He will travel to Paris on Friday.', expect: [['Friday', '2023-11-24']] },
  { what: 'before or ahead of a weekday points forward', dateline: NOV22, sentence: 'Stocks rose before the bank concludes two days of meetings Thursday, ahead of talks on Friday.', expect: [['Thursday', '2023-11-23'], ['Friday', '2023-11-24']] },
  { what: 'next and last weekday', dateline: NOV22, sentence: 'They met last Friday and meet again next Monday.', expect: [['last Friday', '2023-11-17'], ['next Monday', '2023-11-27']] },
  { what: 'weekday beside day+month: two spans, one value', sentence: 'The 2016 forum opened on Tuesday (27 September).', expect: [['2016', '2016'], ['Tuesday', '2016-09-27'], ['27 September', '2016-09-27']] },
  { what: 'weekday and day+month written together', dateline: NOV22, sentence: 'The deal was signed on Sunday, 10 March.', expect: [['Sunday, 10 March', '2024-03-10']] },
  { what: 'regression: a day name in parentheses keeps its span without them', dateline: NOV22, sentence: 'The talks (Friday) ended without a deal.', expect: [['Friday', '2023-11-17']] },
  { what: 'a day name after every, a month after each year in, recur: no date', dateline: NOV22, sentence: 'Every Monday the council meets. It is held each year in November, and this year on Monday.', expect: [['this year', '2023'], ['Monday', '2023-11-20']] },
  { what: 'would marks a later date in reported speech', dateline: '14 December 2023', sentence: 'The Commission said the package would take effect on 1 January.', expect: [['1 January', '2024-01-01']] },
  { what: 'a time written after its date is one TIME span', sentence: 'Posted Thursday, 14 December 2023, 18:42 GMT', expect: [['Thursday, 14 December 2023, 18:42 GMT', '2023-12-14T18:42@TIME']] },
  { what: 'regression: a sentence opening with On is no stamp line', dateline: NOV22, sentence: 'On the night of 5 to 6 May. The elections on 20 November 2022, and the referendum in June 2022.', expect: [['5 to 6 May', '2023-05-05/2023-05-06'], ['20 November 2022', '2022-11-20'], ['June 2022', '2022-06']] },
  { what: 'two months alone joined by and', dateline: NOV22, sentence: 'Talks ran between March and May.', expect: [['March', '2023-03'], ['May', '2023-05']] },
  { what: 'a time written before its date is one TIME span', sentence: '14:35, 22 November 2023', expect: [['14:35, 22 November 2023', '2023-11-22T14:35@TIME']] },
  { what: 'date and time parted by a bar', sentence: '22 November 2023 | 14:35', expect: [['22 November 2023 | 14:35', '2023-11-22T14:35@TIME']] },
  { what: 'a decade spelt out; a round year with an apostrophe before a name is its decade, before a word in small letters the year; a part before a decade by its two digits', sentence: 'It was proposed in the nineteen-eighties, used in 1940\'s Germany, in the late ’70s, and 2020\'s election came.', expect: [['nineteen-eighties', '198'], ["1940's", '194'], ['late ’70s', '197'], ['2020', '2020']] },
  { what: 'decades with early, mid, late', sentence: 'Sanctions imposed in the early 1990s, and in the mid-1990s.', expect: [['early 1990s', '199'], ['mid-1990s', '199']] },
  { what: 'a year with early, late, early in', sentence: 'The plant opens in early 2018, the report is due early in 2001 and the vote late in 2019.', expect: [['early 2018', '2018'], ['early in 2001', '2001'], ['late in 2019', '2019']] },
  { what: 'a year with earlier in, later in', sentence: 'It beat the model from earlier in 2019, and a new one comes later in 2020.', expect: [['earlier in 2019', '2019'], ['later in 2020', '2020']] },
  { what: 'two years joined by through naming a thing’s years are one range; from … to … are two points', sentence: 'The 2012 through 2015 model is thinner than the 2016 through 2019 one, sold from 2016 through 2019.', expect: [['2012 through 2015', '2012/2015'], ['2016 through 2019', '2016/2019'], ['2016', '2016'], ['2019', '2019']] },
  { what: 'a model’s year before its size in inches is a year', sentence: 'SAVE $30 - Apple’s 2019 10.2-inch iPad drops, and the 2019 21.5" iMac too.', expect: [['2019', '2019'], ['2019', '2019']] },
  { what: 'a time after its date and a colon is one TIME span', sentence: 'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', expect: [['February 1, 2016: 1:28 AM ET', '2016-02-01T01:28@TIME']] },
  { what: 'a byline date run together with the outlet’s name', sentence: 'Yahoo FinanceOctober 13, 2016', expect: [['October 13, 2016', '2016-10-13']] },
  { what: 'a month and day in figures then a clock time with its pm: one TIME; a fraction alone is none', dateline: 'August 9, 2022', sentence: 'Anniversary Concert – 8/22 7 PM ET. Turnout rose 3/4 in town.', expect: [['8/22 7 PM ET', '2022-08-22T19:00@TIME']] },
  { what: 'a byline date in its month’s abbreviation run together with the outlet’s address', sentence: 'BroadwayWorld.comOct. 13, 2016', expect: [['Oct. 13, 2016', '2016-10-13']] },
  { what: 'a full date whose year runs into the next word; not a word that opens like a month', sentence: 'Published February 24, 2020Last updated Sept. 3, 2022This article. Marine 5, 2019Foo.', expect: [['February 24, 2020', '2020-02-24'], ['Sept. 3, 2022', '2022-09-03']] },
  { what: 'a time keeps its zone in its span, the value stays local', dateline: NOV22, sentence: 'The show starts at 12:00 PM PT and ends at 9pm GMT.', expect: [['12:00 PM PT', '2023-11-22T12:00@TIME'], ['9pm GMT', '2023-11-22T21:00@TIME']] },
  { what: 'a 24-hour time without a colon before an Australian zone, no year', dateline: NOV22, sentence: 'EMBARGOED UNTIL 2100 AEDT on the day; the 1930 AEST bulletin followed.', expect: [['2100 AEDT', '2023-11-22T21:00@TIME'], ['1930 AEST', '2023-11-22T19:30@TIME']] },
  { what: 'a 24-hour time without a colon, with its zone', dateline: NOV22, sentence: 'It lifted off at 8:51 p.m. (1451 GMT) from Baikonur.', expect: [['8:51 p.m.', '2023-11-22T20:51@TIME'], ['1451 GMT', '2023-11-22T14:51@TIME']] },
  { what: 'two full dates joined by to are two dates', dateline: '25 January 2002', sentence: 'He will be abroad from 27 January to 8 February.', expect: [['27 January', '2002-01-27'], ['8 February', '2002-02-08']] },
  { what: 'two full dates joined by a spaced dash are two dates', dateline: '21 August 1990', sentence: 'He was to have made a visit from 26 August - 6 September to Latin America.', expect: [['26 August', '1990-08-26'], ['6 September', '1990-09-06']] },
  { what: 'a day’s name before a range of days is the range’s day of that name, a date of its own', dateline: '21 August 1990', sentence: 'The talks will be preceded on Thursday and Friday, 23-24 August, with a visit.', expect: [['Thursday', '1990-08-23'], ['Friday', '1990-08-24'], ['23-24 August', '1990-08-23/1990-08-24']] },
  { what: 'a page stamp whose year runs into its clock time (am/pm tells it from a video length), its zone run into the next word', dateline: '20 December 2016', sentence: 'Published Tue, Dec 20 201610:32 AM ESTUpdated December 15, 20163:33 PM ET. Watch: Sept. 2, 201602:06', expect: [['Tue, Dec 20 201610:32 AM EST', '2016-12-20T10:32@TIME'], ['December 15, 20163:33 PM ET', '2016-12-15T15:33@TIME']] },
  { what: 'two days of one month joined by `and` are one DATE from the first to the second; two years so joined are not', dateline: 'June 27, 2019', sentence: 'They met on 10th and 11th June and again on June 20 and 21. Between 1950 and 2009 it grew.', expect: [['10th and 11th June', '2019-06-10/2019-06-11'], ['June 20 and 21', '2019-06-20/2019-06-21'], ['1950', '1950'], ['2009', '2009']] },
  { what: 'a time and a month’s day after `on`: one TIME span', dateline: 'August 9, 2022', sentence: 'Screening will take place at 3 p.m. on Aug. 17, shown on the big screen.', expect: [['3 p.m. on Aug. 17', '2022-08-17T15:00@TIME']] },
  { what: 'a time, its zone and the day after `on`, one TIME span; a 24-hour time in local time', dateline: '10 January 2005', sentence: 'Figures are as of 4 p.m. ET on Jan. 27. A bomb was due to explode at 2100 local time.', expect: [['4 p.m. ET on Jan. 27', '2005-01-27T16:00@TIME'], ['2100 local time', '2005-01-10T21:00@TIME']] },
  { what: 'a time and the day it falls on, joined by on or a comma, or noon on a day: one TIME span', dateline: '10 January 2005', sentence: 'It happened at 0400 GMT on Monday; talks began at midday on Monday; the release is embargoed until 8 PM, MONDAY 19 SEPTEMBER.', expect: [['0400 GMT on Monday', '2005-01-10T04:00@TIME'], ['midday on Monday', '2005-01-10T12:00@TIME'], ['8 PM, MONDAY 19 SEPTEMBER', '2005-09-19T20:00@TIME']] },
  { what: 'a month no given name after for, past (beyond it) or the before a noun; not a name’s May, not the March of an organisation', dateline: '15 December 2016', sentence: 'Sales for September fell; the September accident hurt; buying goes on past March. Support for May waned. The March of Dimes met.', expect: [['September', '2016-09'], ['September', '2016-09'], ['March', '2017-03']] },
  { what: 'New Year without its possessive, in a headline, is the holiday; not another calendar’s nor a name’s word', dateline: '28 December 2014', sentence: 'New Year – same hot body! Sampling History: New Year offers family history. Chinese New Year falls later. The New Year Sale starts.', expect: [['New Year', '2015-01-01'], ['New Year', '2015-01-01']] },
  { what: 'a new year wished for is the year that comes; New Year’s Eve is its own day and the New Year Honours no date', dateline: '19 December 2016', sentence: 'Best wishes for an extraordinary new year. Happy New Year, Heather. See you on New Year’s Eve or at the New Year Honours.', expect: [['new year', '2017'], ['New Year', '2017'], ['New Year’s Eve', '2016-12-31']] },
  { what: 'this past, a season after a word of time, the new year', dateline: '15 December 2016', sentence: 'Even this past January sales fell, as they had since the spring; it hopes to blast into the new year.', expect: [['this past January', '2016-01'], ['the spring', '2016-SP'], ['the new year', '2017']] },
  { what: 'a round hundred before 2000 names its century; the 2000s are a decade', sentence: 'Pipes laid in the late 1800s and the early 1900s, replaced in the mid-2000s.', expect: [['late 1800s', '18'], ['early 1900s', '19'], ['mid-2000s', '200']] },
  { what: 'a decade with an apostrophe after a part or `the`; a year’s possessive stays the year', sentence: 'Since the mid-1990’s and the 1980\'s it changed; the 2020\'s election came.', expect: [['mid-1990’s', '199'], ['1980\'s', '198'], ['2020', '2020']] },
  { what: 'a range of days or of months joined by an em dash is one DATE', sentence: 'Disrupt runs September 12—14, 2011 in San Francisco and October 31st—November 1st, 2011 in Beijing.', expect: [['September 12—14, 2011', '2011-09-12/2011-09-14'], ['October 31st—November 1st, 2011', '2011-10-31/2011-11-01']] },
  { what: 'the attacks of 11 September 2001 by their name; not a list’s day, nor the commission', sentence: 'Since 9/11 it has changed. The 9/11 Commission met. Sale 9/11 thru 9/15.', expect: [['9/11', '2001-09-11']] },
  { what: 'a round hundred of the middle ages after `the` or a part names its century; a count of thousands is none', sentence: 'The plague of the 1300s returned in the late 1400s, and 1000s of people fled.', expect: [['1300s', '13'], ['late 1400s', '14']] },
  {
    what: 'a reference’s date in Vancouver style, year first before its volume: a day, a month, a range of months',
    sentence: 'Cancer Res. 2001 Jan 1;61(1):33-5. Biomarkers Prev. 1994 Jan-Feb;3(1):67-71. Lancet. 2000 Jun;355:12.',
    expect: [['2001 Jan 1', '2001-01-01'], ['1994 Jan-Feb', '1994-01/1994-02'], ['2000 Jun', '2000-06']],
  },
  {
    what: 'seasons by two digits each (`19/20`) and a range of them; not a day and month, nor two numbers a season apart by more than one',
    sentence: 'We skied the 19/20 Outline, unchanged for 20/21, at 184 cm (17/18–19/20); not on 11/12, nor 19/21 or 19/20%.',
    expect: [['19/20', '2019/2020'], ['20/21', '2020/2021'], ['17/18–19/20', '2017/2020']],
  },
  { what: 'a date run together with the year of the date before it', sentence: 'Updated December 10, 2021April 9, 2019 by Luke Koppa', expect: [['December 10, 2021', '2021-12-10'], ['April 9, 2019', '2019-04-09']] },
  { what: 'a citation’s date in brackets, its year first, is one DATE', sentence: 'Citation: Astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from the site.', expect: [['2019, November 18', '2019-11-18'], ['20 November 2019', '2019-11-20']] },
  { what: 'a fiscal year is one DATE with its words, valued as its year', sentence: 'Sales in fiscal 2019 rose, and fiscal year 2018 ended badly.', expect: [['fiscal 2019', '2019'], ['fiscal year 2018', '2018']] },
  { what: 'a quarter without its year, about money: the last such quarter', dateline: '2 February 2005', sentence: 'TimeWarner said fourth quarter sales rose 2% to $11.1bn.', expect: [['fourth quarter', '2004-Q4']] },
  { what: 'Q and a quarter’s number alone, in a paragraph about money or markets, is that quarter', dateline: '14 October 2022', sentence: 'Wall Street banks set to reveal Q3 weakness as markets slide; in Q2 sales fell.', expect: [['Q3', '2022-Q3'], ['Q2', '2022-Q2']] },
  { what: 'an event rumoured to take place points forward', dateline: '18 January 2017', sentence: 'The pencil could be unveiled at an event rumored to take place in March.', expect: [['March', '2017-03']] },
  { what: 'through before a month alone points forward, past a told verb; a past clause keeps last year’s', dateline: '15 April 2019', sentence: 'The airline announced it was cancelling flights through mid-August. Sales rose sharply in September.', expect: [['mid-August', '2019-08'], ['September', '2018-09']] },
  { what: 'a clause without tense takes the tense it hangs on', dateline: '24 July 2015', sentence: 'He will become the first to address the Union when he travels on to Ethiopia on Sunday.', expect: [['Sunday', '2015-07-26']] },
  { what: 'day, month and a two-digit year', sentence: 'As Opposition spokesman (20/10/98 to 25/11/01) he supported it.', expect: [['20/10/98', '1998-10-20'], ['25/11/01', '2001-11-25']] },
  { what: 'a full date, a comma, at and its time make one TIME span', sentence: 'Posted on April 21, 2015, at 11:29 a.m.', expect: [['April 21, 2015, at 11:29 a.m.', '2015-04-21T11:29@TIME']] },
  { what: 'a part of the day of a date makes one TIME span, the article outside', sentence: 'He entered the church on the evening of June 17, 2015, and stayed.', expect: [['evening of June 17, 2015', '2015-06-17TEV@TIME']] },
  { what: 'a full date, @ and its time make one TIME span (a page stamp)', sentence: 'Monday, February 29, 2016 @ 11:10 PM UTC', expect: [['Monday, February 29, 2016 @ 11:10 PM UTC', '2016-02-29T23:10@TIME']] },
  { what: 'a full date and its time after an at sign glued to it make one TIME span', sentence: 'Dallas Robinson\nNov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM', expect: [['Nov 18, 2019 @17:19 PM', '2019-11-18T17:19@TIME'], ['Nov 18, 2019 @17:26 PM', '2019-11-18T17:26@TIME']] },
  { what: 'a time, a comma and the weekday after it are one TIME span', dateline: 'November 8, 2023', sentence: 'The crash unfolded at around 3 a.m., Wednesday.', expect: [['3 a.m., Wednesday', '2023-11-08T03:00@TIME']] },
  { what: 'a time and the weekday after it are one TIME span; a time before it in a range is on that day', dateline: '26 February 2015', sentence: 'It was taken between 8 AM and 9 PM Wednesday.', expect: [['8 AM', '2015-02-25T08:00@TIME'], ['9 PM Wednesday', '2015-02-25T21:00@TIME']] },
  { what: 'a bare one-digit clock is a length, not a time of day, unless a word of time comes before it', dateline: '26 February 2015', sentence: 'The video runs 2:50 and the clip 0:07; we meet at 9:30.', expect: [['9:30', '2015-02-26T09:30@TIME']] },
  { what: 'the weekend spent, or through it, is a date; a weekend people habitually spend is none', dateline: '20 November 2019', sentence: 'While Anglophiles spent the weekend watching the show, fans spend the weekend in bed.', expect: [['the weekend', '2019-W46-WE']] },
  { what: '`at the weekend` is the weekend of the story’s week; told in the past on a weekday, the weekend before it', dateline: '18 March 2015', sentence: 'The manager is to act at the weekend. He took action at the weekend.', expect: [['the weekend', '2015-W12-WE'], ['the weekend', '2015-W11-WE']] },
  { what: 'a year cut to two digits after a word of time; a decade is its decade, not a year', sentence: 'He ran afoul of Bush in ’91, as in the ’90s.', expect: [['’91', '1991'], ['’90s', '199']] },
  { what: 'a numeric date and its clock with am/pm are one TIME span', sentence: 'Posted 2/26/2015 7:11 PM PST by staff.', expect: [['2/26/2015 7:11 PM PST', '2015-02-26T19:11@TIME']] },
  { what: 'a range of days joined by an en dash after an abbreviated month is one DATE', dateline: '1 October 2018', sentence: 'The show runs Oct. 11–21, in Harrisburg, and the clinic Oct. 28 – 29.', expect: [['Oct. 11–21', '2018-10-11/2018-10-21'], ['Oct. 28 – 29', '2018-10-28/2018-10-29']] },
  { what: 'this year with its possessive misspelt is one DATE', dateline: '20 November 2019', sentence: 'For this years’ edition the jury chose thirty works.', expect: [['this years', '2019']] },
  { what: 'a house’s number before its street is no year; a year before a street’s name after `in` stays one', dateline: '20 November 2019', sentence: 'Blair, 29, of 1909 Jolinda Drive was held; in 1999 Main Street flooded.', expect: [['1999', '1999']] },
  { what: 'the end, beginning or middle of a period is one DATE with it, the article outside, valued as the period', dateline: '20 November 2019', sentence: 'Salaries rise by the end of 2020 and the plan by the end of next week; by the middle of May it worked.', expect: [['end of 2020', '2020'], ['end of next week', '2019-W48'], ['middle of May', '2019-05']] },
  { what: 'two years before the common era joined by a dash or `to` are one range', sentence: 'The Kingdom of Urartu (860 BC – 590 BC) fell; the empire (500 BC to 300 BC) rose.', expect: [['860 BC – 590 BC', 'BC0860/BC0590'], ['500 BC to 300 BC', 'BC0500/BC0300']] },
  { what: 'a date and its clock with a zone such as Armenia’s', sentence: 'November 20, 2019 - 11:28 AMT', expect: [['November 20, 2019 - 11:28 AMT', '2019-11-20T11:28@TIME']] },
  { what: '`later that month`, `earlier that week`, `that same year` point to the last date named', dateline: '20 November 2019', sentence: 'In March 2018 it began; later that month it worsened, and that same year it ended.', expect: [['March 2018', '2018-03'], ['later that month', '2018-03'], ['that same year', '2018']] },
  { what: 'the end of the next decade is a date, the next decade alone a span of time', dateline: '20 November 2019', sentence: 'It grows over the next decade and is done by the end of the next decade.', expect: [['end of the next decade', '202']] },
  { what: 'the first or last months of the year are those months', dateline: '20 November 2019', sentence: 'Capacity for the first seven months of the year rose, as in the last three months of last year.', expect: [['first seven months of the year', '2019-01/2019-07'], ['last three months of last year', '2018-10/2018-12']] },
  { what: 'the end of a month with its year as an offset: the month of that year, not chrono’s last day of its own reference year', dateline: '20 November 2019', sentence: 'Subsidies were cut at the end of May last year.', expect: [['end of May last year', '2018-05']] },
  { what: 'dotted dates with a two-digit year read month first where one of the document’s does so only', dateline: 'November 20, 2019', sentence: 'Opening Bell 11.18.19, and before it Opening Bell 6.7.19.', expect: [['11.18.19', '2019-11-18'], ['6.7.19', '2019-06-07']] },
  { what: 'holidays on fixed days: International Men’s Day, Earth Day, Remembrance Day', dateline: '20 November 2019', sentence: 'On International Men’s Day they met; Earth Day was fun, and so was Remembrance Day.', expect: [['International Men’s Day', '2019-11-19'], ['Earth Day', '2019-04-22'], ['Remembrance Day', '2019-11-11']] },
  { what: 'a month after an article and before the noun it dates; months abbreviated and joined by a dash are those months', dateline: '20 November 2019', sentence: 'It follows an October news conference. Fraud of Rs 95,000 cr in Apr-Sep.', expect: [['October', '2019-10'], ['Apr-Sep', '2019-04/2019-09']] },
  { what: 'a stamp’s time takes its zone in small letters after am/pm', dateline: '20 November 2019', sentence: 'Nov 20 2019, 11:06am ist', expect: [['Nov 20 2019, 11:06am ist', '2019-11-20T11:06@TIME']] },
  { what: 'a stamp’s time given as a country’s, ending its line, takes the country', dateline: '20 November 2019', sentence: 'Wednesday 20 November 2019 11:42, UK', expect: [['Wednesday 20 November 2019 11:42, UK', '2019-11-20T11:42@TIME']] },
  { what: 'a month’s day joins a time only across at right after it, never across sentences that end in at', dateline: '19 November 2019', sentence: 'The tour stops at Blossom on July 22. The trek will feature members together for the first time in 25 years. Doors open at 7 p.m. Updated on September 19 at 3:15 p.m.', expect: [['July 22', '2019-07-22'], ['7 p.m.', '2019-11-19T19:00@TIME'], ['September 19 at 3:15 p.m.', '2019-09-19T15:15@TIME']] },
  { what: 'a time before a weekday that opens its date is one time with them', dateline: '19 November 2019', sentence: 'Tickets go on sale at 10 a.m. Friday, Dec. 6.', expect: [['10 a.m. Friday, Dec. 6', '2019-12-06T10:00@TIME']] },
  { what: 'a stamp’s date and time with a slash between them are one time', dateline: '20 November 2019', sentence: '20/11/2019 / 11:42 am', expect: [['20/11/2019 / 11:42 am', '2019-11-20T11:42@TIME']] },
  { what: 'two bare digits after a month’s day, before a count’s noun, are no year', dateline: '20 November 2019', sentence: 'Nov 18 52 photos. Born on Nov 18, 52 years ago.', expect: [['Nov 18', '2019-11-18'], ['Nov 18', '2019-11-18']] },
  { what: 'a weekday parted from a stamp’s date by a bar opens its span', dateline: '20 November 2019', sentence: 'Published:Tuesday | April 26, 2022 | 9:52 PM', expect: [['Tuesday | April 26, 2022 | 9:52 PM', '2022-04-26T21:52@TIME']] },
  { what: 'a weekday’s abbreviation before a bar and a date is one span with it', dateline: '20 November 2019', sentence: 'Wed | Apr 27, 2022', expect: [['Wed | Apr 27, 2022', '2022-04-27']] },
  { what: 'a quarter and its year without `of` are one date', dateline: '20 November 2019', sentence: 'Butterfield increases net income in first quarter 2021.', expect: [['first quarter 2021', '2021-Q1']] },
  { what: 'a month owning what happened in it is a date; one that is also a given name is not read so', dateline: '20 November 2019', sentence: "He set the record at February's Grand Prix. June's husband came.", expect: [['February', '2019-02']] },
  { what: 'a machine stamp alone on its line is a time (with its clock) or a date', dateline: '20 November 2019', sentence: '20220428223328', expect: [['20220428223328', '2022-04-28T22:33:28@TIME']] },
  { what: 'a machine date alone on its line is a date', dateline: '20 November 2019', sentence: '20220428', expect: [['20220428', '2022-04-28']] },
  { what: 'eight digits inside a sentence are no machine stamp', dateline: '20 November 2019', sentence: 'Call 20220428 for details.', expect: [] },
  { what: 'soft hyphens inside a day word are read through; the span covers them', dateline: '20 November 2019', sentence: 'The shops closed yes\u00adter\u00adday and last week\u00adend.', expect: [['yes\u00adter\u00adday', '2019-11-19'], ['last week\u00adend', '2019-W46-WE']] },
  { what: 'a date and a time with a bullet or a bar between them are one time', dateline: '20 November 2019', sentence: '19 November 2019 • 1:16pm', expect: [['19 November 2019 • 1:16pm', '2019-11-19T13:16@TIME']] },
  // no reference at all
  { what: 'without a reference, unknown parts are X', sentence: 'He said today that the plan works; the vote is on Tuesday.', expect: [['today', 'XXXX-XX-XX'], ['Tuesday', 'XXXX-WXX-2']] },
  { what: 'without a reference, a later month goes on in the year of the month last named; an earlier one keeps X', sentence: 'He visited his doctor in November 2016. But by December, they worsened. In March he was fine.', expect: [['November 2016', '2016-11'], ['December', '2016-12'], ['March', 'XXXX-03']] },
  { what: 'without a reference, day+month keeps X for the year', sentence: 'Short line on February 6.', expect: [['February 6', 'XXXX-02-06']] },
];

describe('dates: expression classes and their values', () => {
  it('a weekday alone on its line among a menu’s short lines is a section, no day; alone after a sentence it is a day', () => {
    const spans = detect('Weird\nNature\nSunday\nScotland\nTheater\nFriday!\nPeople\nThe game is on\nSunday\nat noon.\n');
    assert.deepEqual(spans.map((s) => s.text), ['Sunday']);
    assert.equal(spans[0].start, 'Weird\nNature\nSunday\nScotland\nTheater\nFriday!\nPeople\nThe game is on\n'.length);
  });
  it('`Tomorrow` alone on its line among a menu’s short lines is a section, no day; after a sentence it is a day', () => {
    const spans = detect('Gaming\nEntertainment\nTomorrow\nAudio\nThe storm hits the coast\nTomorrow\nat noon.\n');
    assert.deepEqual(spans.map((s) => s.text), ['Tomorrow']);
    assert.equal(spans[0].start, 'Gaming\nEntertainment\nTomorrow\nAudio\nThe storm hits the coast\n'.length);
  });
  it('a blog’s archive list: each month under its year line is a DATE of that year; a month line elsewhere is none', () => {
    const spans = detect('Archives\n2019\nNovember\nOctober\n2018\nDecember\nHome\nMay\n');
    assert.deepEqual(spans.sort((a, b) => a.start - b.start).map((s) => [s.text, s.value]), [['2019', '2019'], ['November', '2019-11'], ['October', '2019-10'], ['2018', '2018'], ['December', '2018-12']]);
  });
  it('an archive widget: months under `▼ 2016 (136)` are of that year, over an open month’s post titles; a month of no year list is none', () => {
    const spans = detect('Archive\n► 2017 (11)\n► January (11)\n▼ 2016 (136)\n▼ December (17)\nWelcoming the new release\nTips for May\n► November (16)\nHome\nMay\n');
    assert.deepEqual(spans.sort((a, b) => a.start - b.start).map((s) => [s.text, s.value]), [['2017', '2017'], ['January', '2017-01'], ['2016', '2016'], ['December', '2016-12'], ['November', '2016-11']]);
  });
  for (const row of ROWS) {
    it(row.what, () => {
      const text = row.dateline ? dated(row.dateline, row.sentence) : row.sentence;
      assert.deepEqual(lastParagraphDates(text), row.expect);
    });
  }
});
