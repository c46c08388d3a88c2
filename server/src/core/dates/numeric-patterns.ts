/**
 * Dates and times written in digits, which chrono misses or misreads: `22.11.2023, 17:31`
 * (day first), `2023-11-23`, `17:31`, `5 p.m.`, year ranges `2024/26` `2024-25`,
 * bare years `2023`, centuries `21st century`, decades `1990s`.
 */
import { isValidDate, pad } from './calendar';
import type { Mention } from './mention';
import { isCountYear } from './year-context';

type Out = Mention[];

/** `22.11.2023`, `22/11/2023`, `22-11-2023`, optionally followed by a time: one span. */
const DMY = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,?\s+(?:at\s+)?([01]?\d|2[0-3])[:h]([0-5]\d)(?:\s*(a\.m\.|p\.m\.|am|pm)(?![a-z]))?)?(?![\d]|[./-]\d)/gi;
/** `20/10/98`, `25.11.01`: day, month and a two-digit year (19xx from 50 on). */
const DMY_SHORT = /(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d]|[./-]\d)/g;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `(2019, November 18)`: a citation's date, its year first, in brackets. */
const YEAR_FIRST_DATE = new RegExp(`(?<=\\()((?:19|20)\\d\\d), (${MONTH_NAMES.join('|')}) (\\d{1,2})(?=\\))`, 'g');
/** `Cancer Res. 2001 Jan 1;61(1):33-5.`, `1994 Jan-Feb;3(1)`: a reference's year, month and day before its volume (Vancouver style). */
const CITATION_DATE = /(?<=\.\s)((?:19|20)\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: (\d{1,2})|-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))?(?=[;:])/g;
/**
 * `FinanceOctober 13, 2016`, `BroadwayWorld.comOct. 13, 2016`: a month's name or abbreviation glued to the lowercase end
 * of the word before it, or to the year of a date before it (`December 10, 2021April 9, 2019`).
 */
const GLUED_MONTH_DATE = new RegExp(`(?<=\\p{Ll}|(?<!\\d)(?:19|20)\\d\\d)(${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'gu');
/** `Concert – 8/22 7 PM ET`: a month and day in figures with no year, then a clock time with its am or pm, one TIME. */
const SLASHED_DAY_CLOCK = /(?<![\d/.])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[ \t]+(1[0-2]|0?[1-9])(?::([0-5]\d))?[ \t]?([AaPp]\.?[Mm]\.?)(?![\p{L}\d])/gu;
/**
 * `December 15, 20163:33 PM ET`, `Tue, Dec 20 201610:32 AM EST`: a page's stamp whose year runs into its clock time
 * (am/pm tells it from a year followed by a video's length).
 */
/** `Published February 24, 2020Last updated …`: a full date whose year runs into the next line's first word. */
const GLUED_YEAR_WORD = /(?<![\p{L}\d])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)(?=\p{Lu}\p{Ll})/gu;
const GLUED_YEAR_CLOCK = /(?<![\p{L}\d])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)(1[0-2]|0?[1-9]):([0-5]\d)\s?([AaPp]\.?[Mm]\.?)(?![a-z])/gu;
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2023-11-23`, `2023/11/23`, optionally `T17:31` or ` 17:31`, with seconds and a zone (`T22:05:36Z`, a database's `+00`). */
const YMD_RE = /(?<![\d./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?:(?:T|,?\s+)([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-][01]\d(?::?[0-5]\d)?)?)?(?![\d]|[./-]\d)/g;
/** `17:31`, `2:57 pm`, `10:45:30`; a colon may close it at the end of its line (`Petrov wrote on March 11th, 2015 at 02:57:`). */
// (`6:03 pmNovember 8, 2023`: a page's next time stamp run into the `pm`.)
const CLOCK = /(?<![\d:.,/])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s*(a\.m\.|p\.m\.|am|pm)(?:(?![a-z])|(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))?(?:(?![\d:])|(?=:[ \t]*(?:\n|$)))/gi;
const AMPM = /(?<![\d:.,/])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s*(a\.m\.|p\.m\.|am|pm)(?![a-z])/gi;
/** `8 in the morning`, `3 o'clock in the afternoon`: an hour and its part of the day. */
const HOUR_OF_PART = /(?<![\d:.,/$£€])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(morning|afternoon|evening)\b/gi;
/** A dash of text decoded in the wrong charset: `â€“` or `â` and two C1 controls (UTF-8's en dash, hyphen read as Latin-1). */
const MOJIBAKE_DASH = String.raw`â(?:€[“”]|[\u0080-\u009f]{2})`;
const YEAR_RANGE = new RegExp(String.raw`(?<![\d./-])((?:1[5-9]|20)\d\d)\s?([/\u2010\u2013\u2014-]|${MOJIBAKE_DASH})\s?((?:1[5-9]|20)\d\d|\d\d)(?![\d%]|[./-]\d)`, 'g');
const CENTURY_NUM = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
const CENTURY_WORD = new RegExp(`\\b((?:twenty-)?(?:${ORDINAL_WORDS.join('|')}))[\\s-]+century\\b`, 'gi');
/** `1990s`, `early 1990s`, `mid-1990s` (the modifier is part of the span, as in `early 2023`). */
const DECADE = /(?<![\d$\w])((?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?((?:1[5-9]|20)\d)0(['’])?s\b/g;
/** `the mid-70s`, `’80s`, `the late ’70s`: a decade of the last century by its two digits, after `the` or an apostrophe (`in his 70s` is an age). */
/** `the nineteen-eighties`, `the early nineteen-sixties`: a decade spelt out, as The New Yorker writes it. */
const SPELT_DECADE = /(?<![\p{L}-])(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?([Ee]ighteen|[Nn]ineteen)[- ](twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gu;
const TENS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** `the 1300s`, `the late 1400s`: a round hundred of the middle ages after `the` or a part names its century (`1000s of people` is a count). */
const EARLY_HUNDREDS = /(?:(?<=\b[Tt]he\s)|(?<![\d$\w])(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)(1[0-4])00s\b/g;
const SHORT_DECADE = /(?:(?<=\b[Tt]he\s)(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?['’]?|(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)?['’])([3-9])0s\b(?!\s*(?:degrees|°))/g;
/** Words of weather before a decade, which make it a temperature's (`highs in the 80s`). */
const TEMPERATURE_BEFORE = /\b(?:temperatures?|highs?|lows?|degrees|weather|heat|mercury)\b/i;
/** `1451 GMT`, `2100 local time`: a 24-hour clock time without a colon, told apart from a year by its time zone. */
const ZONED_CLOCK = /(?<![\d:.,/])([01]\d|2[0-3])([0-5]\d)\s?(GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|IST|JST|HKT|SGT|Z|local time)\b/g;
/** A bare year, with its part (`early 2023`, `late in 2019`) or its fiscal year's words (`fiscal 2019`, `fiscal year 2019`). */
const BARE_YEAR = /(?<![\w$\u20ac\u00a3\u00a5#\u2116.,/:'\u2019]|\d-)((?:early|earlier|late|later)\s+in\s+|(?:early|mid|late)[\s-]+|fiscal\s+(?:year\s+)?)?((?:1\d|20)\d\d|2100)(?![\w%\u2030]|[.,/:-]\d)/gi;

function hour24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
}

function dayFirst(a: number, b: number): { m: number; d: number } {
  // Day first (09.11.2023 = 9 November) unless only month-first makes a date.
  if (a <= 12 && b > 12) return { m: a, d: b };
  return { m: b, d: a };
}

/**
 * What a slashed date says of the document's order (`2/26/2015` md, `26/2/2015` dm), or that it reads both ways
 * (`7/1/2022`); so does a dotted one with a two-digit year, as US pages write them (`11.18.19`, `6.7.19`). Dotted dates
 * with the year in full are day first (`09.11.2023`).
 */
function slashOrder(sep: string, a: number, b: number, shortYear = false): Pick<Mention, 'order' | 'swappable'> {
  if (sep !== '/' && !(sep === '.' && shortYear)) return {};
  if (a <= 12 && b > 12) return { order: 'md' };
  if (a > 12 && b <= 12) return { order: 'dm' };
  return a !== b && a <= 12 ? { swappable: true } : {};
}

/** `20220428`, `20220428223328`: a page's machine stamp alone on its line, the date and its clock run together. */
const COMPACT_STAMP = /^(\s*)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)([0-5]\d))?\s*$/;

function numericDates(text: string, out: Out): void {
  const stamp = COMPACT_STAMP.exec(text);
  if (stamp) {
    const [y, m, d] = [+stamp[2], +stamp[3], +stamp[4]];
    const time = stamp[5] !== undefined ? { h: +stamp[5], min: +stamp[6], s: +stamp[7] } : undefined;
    const start = stamp[1].length;
    const end = start + (time ? 14 : 8);
    if (isValidDate(y, m, d)) out.push({ start, end, label: time ? 'TIME' : 'DATE', kind: 'calendar', date: { y, m, d }, time, source: 'a machine stamp alone on its line' });
  }
  for (const x of text.matchAll(DMY)) {
    const y = +x[4];
    const { m, d } = dayFirst(+x[1], +x[3]);
    if (!isValidDate(y, m, d)) continue;
    // `2/26/2015 7:11 AM`: the clock's am/pm belongs to the span.
    const time = x[5] !== undefined ? { h: hour24(+x[5], x[7]), min: +x[6] } : undefined;
    out.push({ start: x.index, end: x.index + x[0].length, label: time ? 'TIME' : 'DATE', kind: 'calendar', date: { y, m, d }, time, source: 'numeric date', ...slashOrder(x[2], +x[1], +x[3]) });
  }
  for (const x of text.matchAll(DMY_SHORT)) {
    const yy = +x[4];
    const y = yy >= 50 ? 1900 + yy : 2000 + yy;
    const { m, d } = dayFirst(+x[1], +x[3]);
    if (!isValidDate(y, m, d)) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m, d }, source: 'numeric date, two-digit year', ...slashOrder(x[2], +x[1], +x[3], true) });
  }
  // `Yahoo FinanceOctober 13, 2016`: a byline's date run together with the outlet's name before it.
  for (const x of text.matchAll(YEAR_FIRST_DATE)) {
    const y = +x[1];
    const m = MONTH_NAMES.indexOf(x[2]) + 1;
    const d = +x[3];
    if (isValidDate(y, m, d)) out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m, d }, source: 'a citation’s date, its year first' });
  }
  for (const x of text.matchAll(CITATION_DATE)) {
    const y = +x[1];
    const m = MONTH_ABBREVIATIONS.indexOf(x[2]) + 1;
    const d = x[3] === undefined ? undefined : +x[3];
    const to = x[4] === undefined ? 0 : MONTH_ABBREVIATIONS.indexOf(x[4]) + 1;
    if ((d !== undefined && !isValidDate(y, m, d)) || (x[4] !== undefined && to <= m)) continue;
    const value = d !== undefined ? `${y}-${pad(m)}-${pad(d)}` : to ? `${y}-${pad(m)}/${y}-${pad(to)}` : `${y}-${pad(m)}`;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value, source: 'a citation’s date, year first (Vancouver style)' });
  }
  for (const x of text.matchAll(GLUED_MONTH_DATE)) {
    const m = MONTH_NAMES.findIndex((name) => name.startsWith(x[1].slice(0, 3))) + 1;
    const d = +x[2];
    const y = +x[3];
    if (!isValidDate(y, m, d)) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m, d }, source: 'date run together with the word before it' });
  }
  for (const x of text.matchAll(GLUED_YEAR_WORD)) {
    const m = MONTH_ABBREVIATIONS.indexOf(x[1]) + 1;
    const d = +x[2];
    const y = +x[3];
    if (isValidDate(y, m, d)) out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m, d }, source: 'date whose year runs into the word after it' });
  }
  for (const x of text.matchAll(SLASHED_DAY_CLOCK)) {
    const [m, d] = [+x[1], +x[2]];
    const time = { h: hour24(+x[3], x[5]), min: x[4] ? +x[4] : 0 };
    out.push({ start: x.index, end: x.index + x[0].length, label: 'TIME', kind: 'calendar', date: { m, d }, time, source: 'a month and day in figures and its clock time' });
  }
  for (const x of text.matchAll(GLUED_YEAR_CLOCK)) {
    const m = MONTH_ABBREVIATIONS.indexOf(x[1]) + 1;
    const d = +x[2];
    const y = +x[3];
    if (!isValidDate(y, m, d)) continue;
    const time = { h: hour24(+x[4], x[6]), min: +x[5] };
    out.push({ start: x.index, end: x.index + x[0].length, label: 'TIME', kind: 'calendar', date: { y, m, d }, time, source: 'date stamp whose year runs into its time' });
  }
  for (const x of text.matchAll(YMD_RE)) {
    const y = +x[1];
    const m = +x[3];
    const d = +x[4];
    if (!isValidDate(y, m, d) || y < 1000) continue;
    const time = x[5] === undefined ? undefined : x[7] === undefined ? { h: +x[5], min: +x[6] } : { h: +x[5], min: +x[6], s: +x[7] };
    out.push({ start: x.index, end: x.index + x[0].length, label: time ? 'TIME' : 'DATE', kind: 'calendar', date: { y, m, d }, time, source: 'ISO date' });
  }
}

/** A label of a recording's or a text's length before its figures. */
const LENGTH_LABEL = /\b(?:[Dd]uration|[Ll]ength|[Rr]un(?:ning)?[ -]?[Tt]ime|[Rr]untime|[Rr]eading time|[Ll]istening time)\s*:?\s*$/;

function clockTimes(text: string, out: Out): void {
  for (const re of [CLOCK, AMPM]) {
    for (const x of text.matchAll(re)) {
      // `14:32:14`: a clock's seconds are part of its value.
      const [ampm, s] = re === CLOCK ? [x[4], x[3] === undefined ? undefined : +x[3]] : [x[3], undefined];
      const h = hour24(+x[1], ampm);
      const min = x[2] !== undefined ? +x[2] : 0;
      if (h > 23) continue;
      // `Duration: 12:30`, `Running time: 1:45`: a recording's length, no time of day.
      if (!ampm && LENGTH_LABEL.test(text.slice(Math.max(0, x.index - 20), x.index))) continue;
      // `20:00hrs`: the hours' abbreviation written onto the clock is part of it.
      const hrs = !ampm && /^hrs?(?![\p{L}\d])/u.exec(text.slice(x.index + x[0].length, x.index + x[0].length + 4));
      const end = x.index + x[0].length + (hrs ? hrs[0].length : 0);
      out.push({ start: x.index, end, label: 'TIME', kind: 'calendar', time: s === undefined ? { h, min } : { h, min, s }, source: 'clock time' });
    }
  }
  for (const x of text.matchAll(HOUR_OF_PART)) {
    const h = +x[1] % 12 + (x[3].toLowerCase() === 'morning' ? 0 : 12);
    out.push({ start: x.index, end: x.index + x[0].length, label: 'TIME', kind: 'calendar', time: { h, min: x[2] !== undefined ? +x[2] : 0 }, source: 'hour of a part of the day' });
  }
  for (const x of text.matchAll(ZONED_CLOCK)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'TIME', kind: 'calendar', time: { h: +x[1], min: +x[2] }, source: 'clock time with zone' });
  }
}

/** The longest period two years joined by a dash are read as (`1950–2012`, a review's cases); wider, two numbers. */
const MAX_RANGE_YEARS = 80;
/** The longest life or work's span two years in brackets after a name are read as. */
const MAX_SPAN_YEARS = 110;
/** A capitalised name (with its possessive) or a title's closing mark, then a space, before the bracket. */
const NAME_OR_TITLE_BEFORE = /(?:\p{Lu}[\p{L}’'.-]*(?:['’]s?)?|[’”'"]|\b[IVX]+)\s$/u;

function yearRanges(text: string, out: Out): void {
  for (const x of text.matchAll(YEAR_RANGE)) {
    const a = +x[1];
    let b = +x[3];
    if (x[3].length === 2) b = Math.floor(a / 100) * 100 + b;
    // `2002-03 2003-04 2004-05`: a table's row of years, not groups of one number.
    const inRow = /(?:1[5-9]|20)\d\d\s?[/\u2013\u2014-]\s?\d{2,4}[ \t]+$/.test(text.slice(Math.max(0, x.index - 14), x.index));
    // `Paula Rego (1935-2022)`, `‘Still Life with Three Salmon Steaks’ (1808–1812)`: two years in brackets after a name or a
    // work's title are a life's or a work's span, however long or early.
    const span = text[x.index - 1] === '(' && text[x.index + x[0].length] === ')' && NAME_OR_TITLE_BEFORE.test(text.slice(Math.max(0, x.index - 40), x.index - 1));
    if (b <= a || b - a > (span ? MAX_SPAN_YEARS : MAX_RANGE_YEARS) || (!inRow && !span && isCountYear(text, x.index, x.index + 4, a))) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${a}/${b}`, source: 'year range' });
  }
  // `the 19/20 Outline`, `(17/18–19/20)`: seasons by two digits each; the first over 12, so no day and month read so.
  for (const x of text.matchAll(SHORT_SEASONS)) {
    const first = +x[1];
    const last = x[3] === undefined ? first : +x[3];
    if (+x[2] !== first + 1 || (x[4] !== undefined && (+x[4] !== last + 1 || last <= first))) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${2000 + first}/${2001 + last}`, source: 'season by two digits' });
  }
  // `the 2012 through 2015 model`, `during 2000 to 2014`, `Site Funding (2010 to 2012)`: a range of years is one period;
  // `from 2012 to 2015`, `between 2008 to 2016` are two points.
  for (const x of text.matchAll(YEARS_THROUGH)) {
    const a = +x[1], b = +x[2];
    if (b <= a || b - a > 30) continue;
    if (/\b(?:from|between|since)\s+$/i.test(text.slice(Math.max(0, x.index - 9), x.index))) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${a}/${b}`, source: 'range of years with through' });
  }
}

/** `19/20`, `18/19–19/20`: a season of two years, or a range of them, by the years' last two digits (13/14 to 39/40). */
const SHORT_SEASONS = /(?<![\d./,:-])(1[3-9]|2\d|3\d)\/(\d\d)(?:[\u2013-](1[3-9]|2\d|3\d)\/(\d\d))?(?![\d%]|[./,:-]\d)/g;

/** Two years joined by `through` or `to`. */
const YEARS_THROUGH = /(?<![\p{L}\p{N}.,])((?:1[5-9]|20)\d\d)[ \t]+(?:through|thru|to)[ \t]+((?:1[5-9]|20)\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** A century's span with its `early`/`mid`/`late` before it and its `BC` after it (`the late 6th century BC` = BC05). */
function century(text: string, start: number, end: number, n: number): Mention {
  const mod = /\b(?:early|mid|late)[\s-]+$/i.exec(text.slice(Math.max(0, start - 6), start));
  const bc = /^\s?(?:BCE|BC|B\.C\.(?:E\.)?)(?![\p{L}])/u.exec(text.slice(end, end + 7));
  return { start: start - (mod?.[0].length ?? 0), end: end + (bc?.[0].length ?? 0), label: 'DATE', kind: 'fixed', value: (bc ? 'BC' : '') + pad(n - 1), source: 'century' };
}

/** `500 BC`, `5,316 BCE`: a year before the common era, valued `BC0500`. */
const YEAR_BC = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,4})\s?(?:BCE|BC|B\.C\.(?:E\.)?)(?![\p{L}])/gu;

/** What joins the two ends of a range of years. */
const BC_RANGE_JOIN = /^\s*[\u2013\u2014-]\s*$|^\s+to\s+$/;

function centuries(text: string, out: Out): void {
  for (const x of text.matchAll(CENTURY_NUM)) {
    const n = +x[1];
    if (n < 1 || n > 30) continue;
    out.push(century(text, x.index, x.index + x[0].length, n));
  }
  for (const x of text.matchAll(CENTURY_WORD)) {
    const w = x[1].toLowerCase();
    const n = w.startsWith('twenty-') ? 20 + ORDINAL_WORDS.indexOf(w.slice(7)) + 1 : ORDINAL_WORDS.indexOf(w) + 1;
    out.push(century(text, x.index, x.index + x[0].length, n));
  }
  if (text.includes('B')) {
    let last: Mention | undefined;
    for (const x of text.matchAll(YEAR_BC)) {
      const y = +x[1].replace(/,/g, '');
      if (y < 1 || y > 20000) continue;
      const value = `BC${String(y).padStart(4, '0')}`;
      // `860 BC – 590 BC`, `500 BC to 300 BC`: two years before the common era joined by a dash or `to` are one range.
      if (last && BC_RANGE_JOIN.test(text.slice(last.end, x.index))) {
        Object.assign(last, { end: x.index + x[0].length, value: `${last.value}/${value}`, source: 'range of years before the common era' });
        last = undefined;
        continue;
      }
      out.push((last = { start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value, source: 'year before the common era' }));
    }
  }
  for (const x of text.matchAll(DECADE)) {
    // `since the mid-1990's`, `the 1980's`: with an apostrophe, a decade only after a part or `the` (`2020's election` is the year's).
    // (`1940's Germany`: a round year of the last centuries with an apostrophe, before no word in small letters, is its decade.)
    const decadeAlone = x[2] < '199' && !/^\s+\p{Ll}/u.test(text.slice(x.index + x[0].length, x.index + x[0].length + 3));
    if (x[3] && !x[1] && !(/\b[Tt]he\s$/.test(text.slice(Math.max(0, x.index - 4), x.index)) && x[2] < '200') && !decadeAlone) continue;
    // `the 1800s`, `early 1900s`: a round hundred before 2000 names its century (TIMEX3 `18`); `the 2000s` is a decade.
    const hundreds = /^1\d0$/.test(x[2]) ? x[2].slice(0, 2) : undefined;
    // `2000s–2010s`, `1800s–1930s`: two decades (or a century and a decade) joined by a dash are one range.
    const before = out[out.length - 1];
    if (!hundreds && (before?.source === 'decade' || before?.source === 'century written as its hundreds') && /^\s*[–-]\s*$/.test(text.slice(before.end, x.index))) {
      Object.assign(before, { end: x.index + x[0].length, value: `${before.value}/${x[2]}`, source: 'range of decades' });
      continue;
    }
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: hundreds ?? x[2], source: hundreds ? 'century written as its hundreds' : 'decade' });
  }
  for (const x of text.matchAll(SPELT_DECADE)) {
    const value = `${/^e/i.test(x[1]) ? 18 : 19}${TENS.indexOf(x[2]) + 2}`;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value, source: 'decade spelt out' });
  }
  for (const x of text.matchAll(EARLY_HUNDREDS)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: x[1], source: 'century written as its hundreds' });
  }
  for (const x of text.matchAll(SHORT_DECADE)) {
    if (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, x.index - 80), x.index))) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `19${x[1]}`, source: 'decade by its two digits' });
  }
}

/** A command line's option (`--port`, `--max-tokens`) or a port, right before a number. */
const OPTION_BEFORE = /(?:(?:^|\s)--?[a-z][\w-]*|\bport)[ \t=:]$/i;

function bareYears(text: string, out: Out): void {
  for (const x of text.matchAll(BARE_YEAR)) {
    const yStart = x.index + (x[1]?.length ?? 0);
    const y = +x[2];
    if (isCountYear(text, yStart, yStart + 4, y)) continue;
    // `Int J Rheumatol. 2014;2014.`: after a reference's year and its semicolon, a journal's volume numbered by the year.
    if (yStart >= 5 && /\d{4};$/.test(text.slice(yStart - 5, yStart))) continue;
    // `--port 1919`, `port=2000`: a command line's option or a port's number, no year.
    if (OPTION_BEFORE.test(text.slice(Math.max(0, yStart - 24), yStart))) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y }, source: 'year' });
  }
}

/** `in ’91`, `the class of '68`: a year cut to two digits after a word of time. */
const SHORT_YEAR = /\b(?:in|of|since|from|until|till|by|to|and|before|after|during)\s+(['’](\d\d))(?![\d'’]|s\b)/gi;

function shortYears(text: string, out: Out): void {
  for (const x of text.matchAll(SHORT_YEAR)) {
    const yy = +x[2];
    // A two-digit year is of the last century unless it is a low number (`’05` is 2005).
    const y = yy > 30 ? 1900 + yy : 2000 + yy;
    const start = x.index + x[0].length - x[1].length;
    out.push({ start, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y }, source: 'year in two digits' });
  }
}

/** `since 9/11`, `9/11 memories`: the attacks' day, 11 September 2001, by its name (not a date of a list: `9/11 thru 9/15`, `9/11/2014`). */
const NINE_ELEVEN = /(?<![\d/.-])9\/11(?![\d/.-]|\s+(?:thru|through|to|until|and|Commission)\b)/g;

function nineEleven(text: string, out: Out): void {
  for (const x of text.matchAll(NINE_ELEVEN)) out.push({ start: x.index, end: x.index + 4, label: 'DATE', kind: 'fixed', value: '2001-09-11', source: 'the attacks of 11 September 2001 by their name' });
}

/** Every digit-written date, time, range, year, century and decade in `text`. */
export function numericMentions(text: string): Mention[] {
  const out: Out = [];
  if (!/\d/.test(text)) return out;
  numericDates(text, out);
  clockTimes(text, out);
  yearRanges(text, out);
  centuries(text, out);
  bareYears(text, out);
  shortYears(text, out);
  if (text.includes('9/11')) nineEleven(text, out);
  return out;
}
