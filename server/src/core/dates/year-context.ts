/**
 * Is a four-digit number a year or a count? `in 2001`, `Vision 2040`, `the 2022
 * elections` are years; `2000 people`, `over 1500 troops`, `Resolution 2046`, `+7 7172
 * 2023 45` are not.
 */

import { ADDRESS_WORD } from '../text';

/** Words that measure or count: a number before them is a quantity. */
const UNITS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'kids', 'troops', 'soldiers', 'staff', 'personnel', 'police',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'm', 'cm', 'mm', 'feet', 'ft', 'sq',
  'tons', 'tonnes', 't', 'kg', 'kilograms', 'grams', 'g', 'litres', 'liters', 'barrels', 'hectares', 'ha', 'acres',
  'dollars', 'euros', 'pounds', 'rubles', 'roubles', 'yuan', 'yen', 'francs', 'usd', 'eur', 'mln', 'bln',
  'million', 'billion', 'thousand', 'trillion', 'hundred', 'percent', 'per', 'times', 'fold',
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'units', 'pieces', 'cases', 'votes',
  'mw', 'kw', 'gw', 'kwh', 'mwh', 'mph', 'kmh', 'degrees',
]);

/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = new Set([
  'is', 'was', 'has', 'as', 'its', 'this', 'his', 'hers', 'does', 'goes', 'always', 'perhaps', 'towards',
  'across', 'whereas', 'unless', 'besides', 'plus', 'thus', 'less', 'news', 'us', 'yes', 'various',
  'previous', 'serious', 'famous', 'onwards', 'afterwards', 'upwards', 'regardless', 'nevertheless',
]);

/** Words before a number that make it a quantity. */
const COUNT_BEFORE = new Set([
  'over', 'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'least', 'total', 'only', 'just',
  'another', 'additional', 'extra', 'exceeded', 'exceeding', 'exceeds', 'reached', 'of', 'with', 'employs',
]);

/** Words before a number that make it an approximate quantity, never a year. */
const APPROXIMATE_BEFORE = new Set(['almost', 'nearly', 'approximately', 'roughly']);

/** Words before a number that make it a label (`Resolution 2046`, `No. 2023`). */
const LABEL_BEFORE = new Set([
  'resolution', 'article', 'no', 'nos', 'number', 'decree', 'order', 'law', 'flight', 'route', 'room', 'page',
  'pages', 'code', 'model', 'item', 'paragraph', 'section', 'chapter', 'line', 'bus', 'vol', 'volume', 'issue',
  'tel', 'phone', 'fax', 'box', 'suite', 'apt', 'apartment', 'grade', 'level', 'index', 'id', 'iso', 'part',
  'rule', 'ref', 'case', 'file', 'platform', 'gate', 'unit', 'channel', 'version', 'v', 'st', 'street', 'avenue',
]);

/** Words before a number that make an old-looking number (before 1900) a year. */
const TEMPORAL_BEFORE = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'of', 'to', 'and', 'before', 'after', 'circa', 'c', 'ca', 'year',
  'between', 'during', 'early', 'mid', 'late', 'around', 'when',
]);

/** Words of time before a number before 1500 that make it a year (not `from 1061 to 1128`, scores; not `and @1377`). */
const EARLY_YEAR_BEFORE = new Set(['in', 'since', 'when', 'around', 'circa', 'c', 'ca', 'year', 'during', 'until', 'till', 'before', 'after']);

/** After a number, a street's name: the number is the house's (`of 1909 Jolinda Drive`). */
const STREET_AFTER = new RegExp(String.raw`^[ \u00a0](?:[NSEW]\.?[ \u00a0])?(?:\p{Lu}\p{Ll}+[ \u00a0]){1,2}${ADDRESS_WORD}\b`, 'u');

/** A size in inches after a number (`10.2-inch`, `21.5"`, `13-in`). */
const SIZE_AFTER = /^[ \u00a0]\d{1,2}(?:\.\d)?(?:-inch\b|-in\b|[ \u00a0]inch(?:es)?\b|["”″])/u;

function wordBefore(text: string, at: number): { word: string; gap: string } {
  const head = text.slice(Math.max(0, at - 40), at);
  const m = /([\p{L}\p{N}]+)([^\p{L}\p{N}]*)$/u.exec(head);
  return m ? { word: m[1].toLowerCase(), gap: m[2] } : { word: '', gap: head };
}

function wordAfter(text: string, at: number): { word: string; gap: string } {
  const tail = text.slice(at, at + 40);
  const m = /^([^\p{L}\p{N}]*)([\p{L}\p{N}]+)/u.exec(tail);
  return m ? { word: m[2], gap: m[1] } : { word: '', gap: tail };
}

function looksPlural(w: string): boolean {
  const l = w.toLowerCase();
  return w === l && l.length >= 4 && l.endsWith('s') && !l.endsWith('ss') && !NOT_PLURAL.has(l);
}

/** A count in brackets after a menu's short label (`Life Style (1685)`): two capitalised words or fewer open the line. */
function menuCount(text: string, start: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start) + 1, start);
  return /^\s*(?:\p{Lu}[\p{L}&'-]*\s+){0,1}\p{Lu}[\p{L}&'-]*\s*\($/u.test(line);
}

/**
 * An old-looking number that is still a year by its shape: alone in brackets or closing a
 * citation's brackets (`Effects of Coffee (1792)`, `(London: J. Sewell, 1792)`; not a menu's count), or between
 * `the`/`an` and a noun in the singular (`the 1675 proclamation`, `an 1828 specimen`).
 */
function oldYearShape(text: string, start: number, end: number, before: { word: string; gap: string }, after: { word: string; gap: string }): boolean {
  if (text[end] === ')' && (text[start - 1] === '(' || /,[ \u00a0]$/.test(text.slice(start - 2, start)))) return !menuCount(text, start);
  return (before.word === 'the' || before.word === 'an') && /^[ \u00a0]$/.test(before.gap) && /^[ \u00a0]$/.test(after.gap)
    && /^\p{Ll}+$/u.test(after.word) && !looksPlural(after.word) && !UNITS.has(after.word);
}

/** True when the number at [start, end) reads as a quantity or a label, not as a year. */
export function isCountYear(text: string, start: number, end: number, year: number): boolean {
  // `©2015 24/7 Wall St.`, `Copyright 2015 3M`: after a copyright's sign the number is its year, whatever follows.
  if (/(?:©|\([Cc]\)|[Cc]opyright)[ \u00a0]?$/.test(text.slice(Math.max(0, start - 10), start))) return false;
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const nextWord = after.word.toLowerCase();
  const closeAfter = /^[ \u00a0]?$/.test(after.gap);
  const closeBefore = /^[ \u00a0]?$/.test(before.gap) || /^\.\s?$/.test(before.gap);
  if (closeAfter && UNITS.has(nextWord)) return true;
  if (closeBefore && /^\d+$/.test(before.word)) return true; // a group in a longer number
  // `Apple's 2019 10.2-inch iPad`, `2019 21.5" iMac`: a model's year before its size.
  if (closeAfter && /^\d+$/.test(after.word) && !SIZE_AFTER.test(text.slice(end, end + 12))) return true;
  // `a total score of 2072`: a score.
  if (/\bscores?[ \u00a0]+of[ \u00a0]+$/i.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (closeBefore && LABEL_BEFORE.has(before.word)) return true;
  if (STREET_AFTER.test(text.slice(end, end + 50)) && !/^(?:in|since|until|till|by|before|after|during)$/.test(before.word)) return true;
  // `1800 x 1920 per eye`: a dimension.
  if ((closeAfter && after.word === 'x') || after.gap.includes('×') || (closeBefore && before.word === 'x') || before.gap.includes('×')) return true;
  // `fell almost 2000 from the last year`: an approximate quantity.
  if (closeBefore && APPROXIMATE_BEFORE.has(before.word.toLowerCase())) return true;
  const plural = closeAfter && looksPlural(after.word);
  if (plural && (year % 100 === 0 || COUNT_BEFORE.has(before.word))) return true;
  if (before.word === 'than' && !/(later|earlier|sooner|before|after)\s+than\s*$/i.test(text.slice(0, start))) return true;
  // Before 1500 (`in 1066`, `When 1492 came along`): only after a word of time and before no plural noun.
  if (year < 1500 && (plural || !EARLY_YEAR_BEFORE.has(before.word))) return true;
  if (year < 1900 && !TEMPORAL_BEFORE.has(before.word) && !oldYearShape(text, start, end, before, after)) return true;
  return false;
}
