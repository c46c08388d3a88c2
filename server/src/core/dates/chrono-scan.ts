/**
 * Month-name dates and day names, read with chrono-node: `27 September`, `October 7,
 * 2002`, `February 22 2024`, `September 2022`, `July`, `Tuesday`, `Tuesday, September
 * 27`, `October 7-9, 2023`. Only the parts the text states are kept (chrono's implied
 * year is dropped); values are resolved later against the document's own date.
 */
import { isCommonWord } from '../entities/lexicon';
import * as chrono from 'chrono-node';
import type { YMD } from './calendar';
import type { Mention } from './mention';
import { MONTH_ALONE_BEFORE } from './word-patterns';

/** The parsers that read names of months and days; digits and relative words are ours. */
const KEEP = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENMonthNameParser',
  'ENYearMonthNameParser',
]);

function makeParser(): chrono.Chrono {
  // Little-endian: a bare `9/11` is 9 November. `March 15` must still be a day, not the year 2015.
  const config = chrono.en.configuration.createCasualConfiguration(true);
  const kept = config.parsers.filter((p) => KEEP.has(p.constructor.name));
  if (kept.length >= 3) config.parsers = kept; // class names survive bundling; if not, filter results only
  for (const p of config.parsers) {
    if ('shouldSkipYearLikeDate' in p) (p as { shouldSkipYearLikeDate: boolean }).shouldSkipYearLikeDate = false;
  }
  return new chrono.Chrono(config);
}

let parser: chrono.Chrono | undefined;
const REF = new Date(Date.UTC(2000, 0, 1, 12));
/** chrono's time grows faster than linearly with input length: feed it pieces no longer than this. */
const MAX_PIECE = 1500;

const HAS_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN)/;
const MONTH_WORD = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/i;
const FULL_MONTH = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/**
 * `Sunday Talking Heads`, `Arianna Huffington: Sunday Roundup`, `Five Best Sunday Columns`: a weekday before a capitalised
 * common word, not after a preposition, names a column or a show. (`on Wednesday Prime Minister …`, `Thursday Night` are days.)
 */
function titleAfterWeekday(text: string, start: number, end: number): boolean {
  const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, end + 20))?.[1];
  if (!next || !isCommonWord(next) || PART_OF_DAY_WORDS.test(next) || MONTH_WORD.test(next)) return false;
  return !/\b(?:on|of|by|for|from|until|till|since|before|after|and|or|to|this|next|last|every|each|late|early)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}
const PART_OF_DAY_WORDS = /^(?:Night|Morning|Afternoon|Evening|Noon|Midnight|Lunchtime)$/;

const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const FULL_WEEKDAY = new RegExp(`^(${WEEKDAY_NAMES})$`);
const WEEKDAY_RANGE = new RegExp(`^(${WEEKDAY_NAMES})\\s+(?:to|until|till|through|and|[-–])\\s+(${WEEKDAY_NAMES})$`);
const LEAD = /^[\s(,\uff08]*(?:(?:on|in|at|by|since|from|until|till|during|of|the)\s+)*/i;

function parts(c: chrono.ParsedComponents): YMD & { wd?: number; hour: boolean } {
  const get = (k: 'year' | 'month' | 'day' | 'weekday') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return { y: get('year'), m: get('month'), d: get('day'), wd: get('weekday'), hour: c.isCertain('hour') };
}

function toMention(r: chrono.ParsedResult, text: string, offset: number): Mention | Mention[] | undefined {
  let start = offset + r.index;
  let s = r.text;
  const lead = LEAD.exec(s);
  if (lead?.[0]) {
    s = s.slice(lead[0].length);
    start += lead[0].length;
  }
  s = s.replace(/[\s,;:)\uff09]+$/, '').replace(/(?<=\d)\.$/, '');
  const p = parts(r.start);
  // `end of May last year`: chrono reads the end as the month's last day and the year against its own reference (2000);
  // the month alone is kept here, the part of the period and the year's offset are read by the other rules.
  const partOf = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+/i.exec(s);
  const yearAfter = /\s+(?:last|next|this)\s+year$/i.exec(s);
  if (partOf) {
    s = s.slice(partOf[0].length);
    start += partOf[0].length;
    p.d = undefined;
  }
  if (yearAfter) {
    s = s.slice(0, s.length - yearAfter[0].length);
    p.y = undefined;
  }
  // `Nov 18 52 photos`, `Nov 7 23:05`: two bare digits after a month's day, with a count's noun or a clock after them, are
  // no year (a year so short takes its apostrophe or its comma).
  const count = /(?<=\p{L}\.?[ \t]+\d{1,2}),?[ \t]+\d\d$/u.exec(s);
  if (count && p.y !== undefined && /^(?::|[ \t]+[\p{L}\d])/u.test(text.slice(start + s.length, start + s.length + 3))) {
    s = s.slice(0, count.index);
    p.y = undefined;
  }
  if (p.hour || (p.m === undefined && p.wd === undefined)) return undefined;
  const rel = /^(last|next|this|coming)\s+/i.exec(s)?.[1].toLowerCase();
  const core = s.replace(/^(?:last|next|this|coming)\s+/i, '');
  const monthWord = MONTH_WORD.exec(core)?.[0];
  if (monthWord && monthWord[0] !== monthWord[0].toUpperCase()) return undefined; // `may`, `march`
  const end = start + s.length;
  const m: Mention = { start, end, label: 'DATE', kind: 'calendar', source: 'chrono' };
  if (p.m === undefined) {
    // `postponed from Tuesday to Friday`: two days, each a date of its own.
    // `open Monday to Friday` names every week's days, no dates.
    const range = r.end && !rel && /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, start - 10), start)) ? WEEKDAY_RANGE.exec(core) : null;
    if (range) {
      const second = start + range[0].length - range[2].length;
      return [
        { ...m, end: start + range[1].length, kind: 'weekday', weekday: p.wd },
        { ...m, start: second, end: second + range[2].length, kind: 'weekday', weekday: parts(r.end!).wd },
      ];
    }
    if (!FULL_WEEKDAY.test(core)) return undefined; // `Sun`, `Sat`, `Wed` alone are too often words
    if (!rel && titleAfterWeekday(text, start, end)) return undefined;
    // `on Thursday last`, `Monday next`: the modifier after the day, as British and Caribbean English write it.
    const after = !rel && /^[ \t]+(last|next)(?![\p{L}\d])(?![ \t]+(?:week|month|year|time|season|night|\p{Lu}))/u.exec(text.slice(end, end + 12));
    if (after) return { ...m, end: end + after[0].length, kind: 'weekday', weekday: p.wd, rel: after[1] as Mention['rel'] };
    return { ...m, kind: 'weekday', weekday: p.wd, rel: rel === 'coming' ? 'next' : (rel as Mention['rel']) };
  }
  if (p.d === undefined && p.y === undefined && (!FULL_MONTH.test(core) || !MONTH_ALONE_BEFORE.test(text.slice(Math.max(0, start - 20), start)))) {
    return undefined; // a month name alone must read as a date: `in July`, not `July said`
  }
  m.date = { y: p.y, m: p.m, d: p.d };
  if (p.d !== undefined) m.order = /^\d/.test(core) ? 'dm' : 'md';
  if (p.wd !== undefined) m.weekday = p.wd;
  if (r.end) {
    const q = parts(r.end);
    if (q.m !== undefined || q.d !== undefined) m.endDate = { y: q.y ?? p.y, m: q.m ?? p.m, d: q.d };
    if (m.date.y === undefined && q.y !== undefined) m.date.y = q.y;
  }
  return m;
}

function pieces(text: string): [number, string][] {
  if (text.length <= MAX_PIECE) return [[0, text]];
  const out: [number, string][] = [];
  let at = 0;
  while (at < text.length) {
    let cut = Math.min(text.length, at + MAX_PIECE);
    if (cut < text.length) {
      const window = text.slice(at, cut);
      const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf('\n'));
      if (stop > MAX_PIECE / 3) cut = at + stop + 1;
      else {
        const space = window.lastIndexOf(' ');
        if (space > 0) cut = at + space;
      }
    }
    out.push([at, text.slice(at, cut)]);
    at = cut;
  }
  return out;
}

/** chrono reads `Oct. 11-21` as a range but not `Oct. 11–21`: the en dash is read as the hyphen (same length). */
const EN_DASH_BETWEEN_DAYS = /(?<=\d ?)–(?= ?\d)/g;
/** `September 12—14, 2011`, `October 31st—November 1st`: an em dash between a day and a day or a month joins a range as an en dash does. */
const EM_DASH_IN_RANGE = /(?<=\d(?:st|nd|rd|th)?)—(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;

const WORD_RANGE = /\s+(?:to|until|till|through|and|[-–—])\s+/i;
/** A day's name before a range of days: it names one of them, a date of its own. */
const WEEKDAY_BEFORE_RANGE = new RegExp(`^(${WEEKDAY_NAMES}),?\\s+(?=\\d)`);

/**
 * `27 January to 8 February`, `26 August - 6 September`: two dates, each with its own day and month, as TIMEX3
 * marks them; a range with one month (`5 to 6 February`, `October 7-9`) stays one span.
 */
function splitRange(m: Mention, text: string): Mention[] {
  // `Friday, 23-24 August`: the day's name and the days' range, two dates.
  const day = m.endDate && m.weekday !== undefined ? WEEKDAY_BEFORE_RANGE.exec(text.slice(m.start, m.end)) : null;
  if (day) {
    const weekday: Mention = { start: m.start, end: m.start + day[1].length, label: 'DATE', kind: 'weekday', weekday: m.weekday, source: m.source };
    return [weekday, ...splitRange({ ...m, start: m.start + day[0].length, weekday: undefined }, text)];
  }
  if (!m.endDate || m.endDate.m === undefined || m.endDate.d === undefined || m.date?.d === undefined) return [m];
  const s = text.slice(m.start, m.end);
  const join = WORD_RANGE.exec(s);
  if (!join || !MONTH_WORD.test(s.slice(0, join.index)) || !MONTH_WORD.test(s.slice(join.index + join[0].length))) return [m];
  const first: Mention = { ...m, end: m.start + join.index, date: { ...m.date, y: m.date.y ?? m.endDate.y }, endDate: undefined };
  const second: Mention = { ...m, start: m.start + join.index + join[0].length, date: { ...m.endDate }, endDate: undefined, weekday: undefined };
  return [first, second];
}

/** `14 January '15`, `Jan. 14 ’15`: a year in two digits after an apostrophe, right after a month's day. */
const SHORT_YEAR_AFTER = /^,?[ \t]['’](\d\d)(?![\p{L}\p{N}'’])/u;

function withShortYear(m: Mention, text: string): Mention {
  if (m.date?.d === undefined || m.date.m === undefined || m.date.y !== undefined || m.endDate) return m;
  const x = SHORT_YEAR_AFTER.exec(text.slice(m.end, m.end + 6));
  if (!x) return m;
  const yy = +x[1];
  return { ...m, end: m.end + x[0].length, date: { ...m.date, y: yy < 50 ? 2000 + yy : 1900 + yy } };
}

/** The month-name dates and day names chrono finds in a paragraph. */
export function chronoMentions(text: string): Mention[] {
  if (!HAS_NAME.test(text)) return [];
  parser ??= makeParser();
  const out: Mention[] = [];
  for (const [offset, piece] of pieces(text)) {
    for (const r of parser.parse(piece.replace(EM_DASH_IN_RANGE, '–').replace(EN_DASH_BETWEEN_DAYS, '-'), REF)) {
      const m = toMention(r, text, offset);
      if (Array.isArray(m)) out.push(...m);
      else if (m) out.push(...splitRange(withShortYear(m, text), text));
    }
  }
  return out;
}
