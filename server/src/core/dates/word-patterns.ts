/**
 * Dates written in words that chrono leaves out or spans differently: `today`,
 * `earlier today`, `this year`, `later this month`, `this tumultuous year`, `this
 * August`, `the same month`, `summer 2023`, `the third quarter of 2023`,
 * `fourth quarter` (in a paragraph about money).
 */
import { holidayMonth, type Mention, type PartOfDay, type Season, type Unit } from './mention';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_LIST = MONTH_NAMES.split('|');
const MODS = '(?:(early|earlier|late|later|mid)[\\s-]+)?';

const REL_DAY = new RegExp(`\\b${MODS}(today|tonight|yesterday|tomorrow)(?:\\s+(morning|afternoon|evening|night))?\\b`, 'gi');
const REL_PART = /\b(this|last)\s+(morning|afternoon|evening|night)\b/gi;
/** `by late afternoon`, `early in the afternoon`: a part of the day the story last named, early or late in it. */
const PART_OF_THE_DAY = /(?<=\b(?:by|until|till|since)\s)(?:early|late|mid-?)\s?(morning|afternoon|evening)\b|\b(?:early|late)\s+in\s+the\s+(morning|afternoon|evening)\b/gi;
const REL_UNIT = new RegExp(
  `\\b${MODS}(this past|this|next|last|coming|current)\\s+(?:([a-z]+)\\s+)?` +
    // `this years’ edition`: the possessive misspelt, one DATE all the same.
    '(week|weekend|month|year|decade|century|quarter|spring|summer|autumn|fall|winter)(?:s(?=[\'’]))?\\b(?![-\\u2010])',
  'gi',
);
const MONTH_MOD = new RegExp(
  `\\b([Tt]his past|[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+(${MONTH_NAMES})(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'g',
);
/** What may stand before a month name alone for it to be a date: `in July`, not `July said`. */
export const MONTH_ALONE_BEFORE =
  /\b(?:in|since|until|till|by|of|during|from|to|through|between|and|or|before|after|throughout|into|early|mid|late|last|next|this|each|every)\s+$/i;
const MONTH_ALONE = new RegExp(`\\b(${MONTH_NAMES})\\b(?![\\s,.]*\\d)`, 'g');
/** After a month: `of that year`, `of the same year`. */
const OF_THAT_YEAR = /^\s+of\s+(?:that|the\s+same|that\s+same)\s+year\b/i;
/** (`that day`, `That year` are left alone: every gold set leaves them out, as pointing back rather than naming a date.) */
const ANAPHORIC = /\b(the\s+same|that\s+same|(?:later|earlier)\s+(?:in\s+)?that|the\s+following|the\s+previous|the\s+preceding|the\s+next(?=\s+day\b))\s+(day|week|month|year)\b(?![-\u2010])/gi;
const SEASON_YEAR = /\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:1[5-9]|20)\d\d)\b/gi;
/** `during the 2025 summer term`: a year then its season in small letters (not `the 2002 Winter Olympics`). */
const YEAR_SEASON = /\b((?:19|20)\d\d)\s+(spring|summer|autumn|fall|winter)\b(?![-\u2010])/g;
const QUARTER_YEAR = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\s+(?:of\s+)?((?:19|20)\d\d)\b/gi;
/** `the first seven months of the year`, `the last three months of last year`: those months of that year. */
/** (With the year written, `the last two months of 2004`, the golds span the year alone.) */
const MONTHS_OF_YEAR = /\b(first|last)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?:the|(this|last|next))\s+year\b/gi;
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const Q_YEAR = /\b([QH])([1-4])\s*(?:of\s+)?((?:19|20)\d\d)\b/g;
/** A quarter without its year: a date only where the paragraph talks money (`first quarter` is also a period of a game). */
/** `Half Year 2015 Revenue Report`, `half-year 2015`: a report's first half of that year. */
const HALF_YEAR = /\b[Hh]alf[- ][Yy]ear\s+((?:19|20)\d\d)\b/g;
/** A quarter named by the month that ends it (`the September quarter`, `June-quarter results`). */
const MONTH_QUARTER = /\b(March|June|September|December)[\s-]quarter\b/g;
const QUARTER_ALONE = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b/gi;
/** `Q3` alone: a quarter in a paragraph about money or markets; not a model's name after a capitalised word (`Audi Q3`) nor a question's number (`Q1:`). */
const Q_ALONE = /(?<![\p{L}\p{N}])Q([1-4])(?![\p{L}\p{N}:)]|[ \t]*(?:of[ \t]+)?(?:19|20)\d\d)/gu;
const MODEL_MAKER_BEFORE = /(?<![\p{L}])(?!(?:In|For|By|During|Since|Until|After|Before|From|The|And|Or|Its|Their|Our)[ \t])\p{Lu}[\p{L}-]*[ \t]+$/u;
const MARKET_TALK = /\b(?:economists?|recession|banks?|investors?|analysts?|fiscal|markets?)\b/i;
const MONEY_TALK = /\b(?:profits?|sales|revenues?|earnings|turnover|GDP|economy|growth|quarterly|results|income|losses|shares|dividends?|percent|[0-9.]+\s?(?:bn|billion|million|m))\b|[$\u00a3\u20ac%]/i;

/** A part of the day's word → its TIMEX3 code. */
export const PART: Readonly<Record<string, PartOfDay>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const SEASON: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const REL_OFFSET: Record<string, number> = { this: 0, current: 0, next: 1, coming: 1, last: -1, 'this past': -1 };
/** `the end of the`, `the beginning of the`: a part of the period named next. */
const PART_OF_THE = /\b(?:end|beginning|start|middle|turn)\s+of\s+the\s+$/i;
const ANA_OFFSET: Record<string, number> = { 'the same': 0, 'that same': 0, 'later that': 0, 'earlier that': 0, 'later in that': 0, 'earlier in that': 0, 'the following': 1, 'the previous': -1, 'the preceding': -1, 'the next': 1 };
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/** Words that make `next … year` a duration or a count, not a date. */
const NOT_ADJECTIVE = /^(one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|couple|of|and|or|the|a|an|fiscal-year)$/i;

/** What `today's` is said of when it means the present age or a page's feed: people and institutions of now, top stories. */
const TODAYS_AGE = /^['’]s\s+(?:(?:top|front|young|modern)\s+)?(?:world|society|standards|generation|youth|kids|children|teens|teenagers|students|universities|schools|consumers|visitors|readers|audiences|stories|headlines|pages|and\s+back\s+pages)\b/i;

/** A menu's item: `Today`, `Today’s Paper`, `today's opinion`, `Today on Ars` alone on their line. */
const MENU_ITEM = /^[ \t]*(?:[Tt]oday(?:['’]s)?(?:[ \t]+\p{L}+)?|Today on \p{L}+)[ \t]*$/u;

/** The line of `text` around offset `at`. */
function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Where the sentence (or the line) holding offset `at` opens: after the last `.`, `!`, `?` or line break before it. */
function sentenceStart(text: string, at: number): number {
  return Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
}

/** The `today` at `at` is a site's menu item (a section or a programme), not a day. */
function isMenuItem(text: string, at: number): boolean {
  return MENU_ITEM.test(lineAround(text, at));
}

/** A line's words before a day word that may end a name: capitalised, no headline's verb last, no function word. */
const HEADLINE_SMALL_WORD = String.raw`(?!(?:The|On|Of|In|At|For|To|A|An|And|With|Is|Are|By|From)\b)`;
const NAME_BEFORE_TODAY = new RegExp(String.raw`^[ \t]*(?:${HEADLINE_SMALL_WORD}\p{Lu}[\p{L}&]*[ \t]+)*${HEADLINE_SMALL_WORD}\p{Lu}\p{L}*(?<![se]|ed) $`, 'u');

const MONTH_OR_WEEKDAY_AFTER = /^ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/** Words of a line short enough to be a menu's item or a name, no headline. */
const SHORT_NAME_LINE = 6;
const countLineWords = (line: string) => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A sentence opening on an imperative that asks the reader to act (`Sign up for …`, `Subscribe …`, `Start your free trial …`). */
const CALL_TO_ACT = /^\s*(?:sign up|subscribe|start|join|register|order|donate|try|download|apply|call|shop|book)\b/i;

function relative(text: string, out: Mention[]): void {
  for (const x of text.matchAll(REL_DAY)) {
    // `Radio 4's Today programme`: a programme's name, not a day.
    if (!x[1] && /^T/.test(x[2]) && x.index > 0 && !/(?:^|[.!?:"“]\s*)$/.test(text.slice(Math.max(0, x.index - 3), x.index)) && /^\s+(?:programme|program|show)\b/i.test(text.slice(x.index + x[0].length))) continue;
    // `Tomorrow Daily`, `The World of Tomorrow`: a capitalised day word inside a name or a title.
    const midSentence = x.index > 0 && !/(?:^|[.!?:"“\n]\s*)$/.test(text.slice(Math.max(0, x.index - 3), x.index));
    if (!x[1] && /^T/.test(x[2]) && ((midSentence && /^ \p{Lu}\p{Ll}/u.test(text.slice(x.index + x[0].length, x.index + x[0].length + 3))) || /\b\p{Lu}\p{L}+ of (?:the )?$/u.test(text.slice(Math.max(0, x.index - 30), x.index)))) continue;
    if (!x[1] && /^t/i.test(x[2]) && isMenuItem(text, x.index)) continue;
    // `Get New York Today in your inbox`: in a line of lowercase prose, a capitalised day word after a capitalised word is a name's.
    if (!x[1] && /^T/.test(x[2]) && midSentence && /\p{Lu}\p{L}*\s$/u.test(text.slice(Math.max(0, x.index - 20), x.index)) && /\s\p{Ll}{3,}/u.test(lineAround(text, x.index))) continue;
    // `Order Reprints | Today’s Paper | Subscribe`, `Today’s e-Edition`: the paper's menu link.
    if (!x[1] && /^['’]s (?:Paper|e-?Edition|Edition|eNewspaper)\b/.test(text.slice(x.index + x[0].length, x.index + x[0].length + 12))) continue;
    // `Tomorrow Today`, `Tomorrow Daily` opening a line of a few words: a programme's name.
    if (!x[1] && /^T/.test(x[2]) && !midSentence && /^ \p{Lu}\p{Ll}+/u.test(text.slice(x.index + x[0].length, x.index + x[0].length + 12)) && !MONTH_OR_WEEKDAY_AFTER.test(text.slice(x.index + x[0].length, x.index + x[0].length + 12)) && countLineWords(lineAround(text, x.index)) <= 4) continue;
    // `Fantasy Football Today`, `USA Today`: a capitalised day word ending a line after a name's noun is the name's last word.
    // (A headline's words before it are no name: `The Top 7 Cards On The Market Today`.)
    if (!x[1] && /^T/.test(x[2]) && midSentence && NAME_BEFORE_TODAY.test(text.slice(text.lastIndexOf('\n', x.index) + 1, x.index)) && /^[ \t]*(?:\n|$)/.test(text.slice(x.index + x[0].length))) continue;
    // `Dressage Today`, `10 Things to Know for Today`, `NBC 5 Today at 6am`, `Read Today's eNewspaper`: a capitalised day word
    // inside a short line (a menu's item, a programme's or a newsletter's name) is the name's; a long headline's may be a day.
    if (!x[1] && /^T/.test(x[2]) && midSentence && countLineWords(lineAround(text, x.index)) <= SHORT_NAME_LINE) continue;
    // `USA TODAY NETWORK`: a day word in capitals inside a name in capitals (not a statement's `SAID TODAY THAT`).
    if (x[2] === 'TODAY' && /\p{Lu}{2,} $/u.test(text.slice(Math.max(0, x.index - 6), x.index)) && !/\b(?:SAID|SAYS|ANNOUNCED|STATED|ANNOUNCES|STATES) $/.test(text.slice(Math.max(0, x.index - 10), x.index)) && /^ (?!(?:IN|ON|AT|AND|FOR|AS|TO|THE|OF|THAT|HE|SHE|IT|WE|THEY|HIS|HER|ITS|THEIR)\b)\p{Lu}{2,}/u.test(text.slice(x.index + x[0].length, x.index + x[0].length + 8))) continue;
    // `Sign up for The Water Coolest today to get …`, `Start your free trial today!`: a call to act now names no day.
    if (!x[1] && /^today$/i.test(x[2]) && CALL_TO_ACT.test(text.slice(sentenceStart(text, x.index), x.index))) continue;
    // `…-you-need-to-know-today.jpg`: a word of a file's or an address's name.
    if (/[-_/]$/.test(text.slice(Math.max(0, x.index - 1), x.index)) || /^[-_]|^\.[a-z]{2,4}\b/.test(text.slice(x.index + x[0].length, x.index + x[0].length + 5))) continue;
    // `today's visitors`, `today's universities`, `Today's top stories`: the present age or a page's feed, no day.
    if (!x[1] && /^today$/i.test(x[2]) && TODAYS_AGE.test(text.slice(x.index + x[0].length, x.index + x[0].length + 32))) continue;
    const word = x[2].toLowerCase();
    const part = x[3] ? PART[x[3].toLowerCase()] : PART[word];
    out.push({ start: x.index, end: x.index + x[0].length, label: part ? 'TIME' : 'DATE', kind: 'relative', unit: 'day', offset: DAY_OFFSET[word], part, source: 'relative day' });
  }
  for (const x of text.matchAll(REL_PART)) {
    const offset = x[1].toLowerCase() === 'last' ? -1 : 0;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'TIME', kind: 'relative', unit: 'day', offset, part: PART[x[2].toLowerCase()], source: 'part of day' });
  }
  for (const x of text.matchAll(REL_UNIT)) {
    const rel = x[2].toLowerCase().replace(/\s+/g, ' ');
    if (x[3] && (NOT_ADJECTIVE.test(x[3]) || x[3] !== x[3].toLowerCase())) continue;
    // `the next year`, `the last month` are spans of time; `the coming year` is a date.
    // (`by the end of the next decade` names the decade's end, a date.)
    if ((rel === 'next' || rel === 'last') && /\bthe\s+$/i.test(text.slice(Math.max(0, x.index - 5), x.index)) && !PART_OF_THE.test(text.slice(Math.max(0, x.index - 24), x.index))) continue;
    const word = x[4].toLowerCase();
    const season = SEASON[word];
    // `the current year`, `the coming year`: the article belongs to the phrase.
    const the = (rel === 'current' || rel === 'coming') && !x[1] ? /\bthe\s+$/i.exec(text.slice(Math.max(0, x.index - 5), x.index)) : null;
    if (the) {
      out.push({ start: x.index - the[0].length, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: season ? 'year' : (word as Unit), offset: REL_OFFSET[rel], season, source: 'relative date' });
      continue;
    }
    const unit: Unit = season ? 'year' : (word as Unit);
    const fiscal = unit === 'year' && /^(?:financial|fiscal)$/i.test(x[3] ?? '') ? true : undefined;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit, offset: REL_OFFSET[rel], season, fiscal, source: 'relative date' });
  }
}

/** `this season`, `last season`: a sport's season, from autumn to spring as a financial year runs (`2019/2020`). */
const SPORT_SEASON = /\b(this|last|next|current)\s+season\b(?![-\u2010'’])/gi;
/** Words of a game or a club in the paragraph, which make `season` a sport's. */
const SPORT_TALK = /\b(?:games?|goals?|scored|scoring|league|club|clubs|players?|coach|playoffs?|match(?:es)?|football|hockey|baseball|basketball|soccer|stadium|fans|trade|shots?)\b/i;

function sportSeasons(text: string, out: Mention[]): void {
  if (!/season/i.test(text) || !SPORT_TALK.test(text)) return;
  for (const x of text.matchAll(SPORT_SEASON)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'year', offset: REL_OFFSET[x[1].toLowerCase()], fiscal: true, source: 'a sport’s season' });
  }
}

/** `later in the year`, `earlier in the week`: a part of the reference's own year, month or week, as `later this year`. */
const IN_THE_UNIT = /\b(?:early|earlier|late|later)\s+in\s+the\s+(week|month|year)\b(?![-\u2010])/gi;

function inTheUnit(text: string, out: Mention[]): void {
  for (const x of text.matchAll(IN_THE_UNIT)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: x[1].toLowerCase() as Unit, offset: 0, source: 'relative date' });
  }
}

function partsOfTheDay(text: string, out: Mention[]): void {
  for (const x of text.matchAll(PART_OF_THE_DAY)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'TIME', kind: 'anaphoric', unit: 'day', offset: 0, part: PART[(x[1] ?? x[2]).toLowerCase()], source: 'part of the day last named' });
  }
}

/**
 * `at the weekend`, `over the weekend`, `spent the weekend watching`, `the weekend’s bomb scare`: the weekend of the story's
 * week (British usage, and news generally).
 */
const THE_WEEKEND = /\b(?:(?:at|over|during|on|for|by|until|till|from|through|throughout|spent)\s+(the\s+weekend)\b(?![-\u2010])|(the\s+weekend)(?=['’]s\b))/gi;

function weekends(text: string, out: Mention[]): void {
  for (const x of text.matchAll(THE_WEEKEND)) {
    const words = x[1] ?? x[2];
    const start = x.index + x[0].length - words.length;
    out.push({ start, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'weekend', offset: 0, source: 'the weekend' });
  }
}

/** Months that are no given name, modal or verb (`May`, `June`, `April`, `August`, `March`). */
const PLAIN_MONTHS = new Set(['January', 'February', 'July', 'September', 'October', 'November', 'December']);
const SUBJECT_VERB = /^\s+(?:was|is|has|had|will|would|saw|sees|marked|marks|brought|brings|began|begins|ended|ends|proved|became|remains|remained)\b/;

/** `November marked the beginning of the season`: a month opening a sentence as its subject. */
function monthAsSubject(text: string, at: number, month: string): boolean {
  return PLAIN_MONTHS.has(month) && /(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, at - 4), at)) && SUBJECT_VERB.test(text.slice(at + month.length, at + month.length + 14));
}

/**
 * `sales for September`, `by the ECB past March`, `The September accident`, `an October news conference`: a month no
 * given name after `for` or `past`, or after an article and before a lowercase noun it dates.
 */
function monthAfterForOrThe(text: string, at: number, month: string): boolean {
  if (!PLAIN_MONTHS.has(month) && month !== 'March') return false;
  const before = text.slice(Math.max(0, at - 6), at);
  if (/\b(?:for|past)\s+$/i.test(before)) return true;
  return /\b(?:[Tt]he|an?)\s+$/.test(before) && /^\s+\p{Ll}{3,}/u.test(text.slice(at + month.length, at + month.length + 12)) && !/^\s+(?:of|and|or|to)\b/.test(text.slice(at + month.length, at + month.length + 5));
}

/** `the dramatic February general election`, `the March budget`, `the preliminary December reading`: a month before the event (or the figure) it dates (`May` only after `the`: `May attacks` is the verb). */
const EVENT_AFTER_MONTH = /^\s+(?:(?:general|presidential|parliamentary|local|snap|federal|state)\s+)?(?:elections?|polls?|vote|referendum|budget|summit|deadline|uprising|coup|floods?|storms?|attacks?|bombings?|earthquake|hurricane|reading|report|jobs\s+report|figures|data|survey|meeting|issue|edition|index)\b/;

function months(text: string, out: Mention[]): void {
  for (const x of text.matchAll(MONTH_MOD)) {
    const mod = x[1].toLowerCase();
    const m = MONTH_LIST.indexOf(x[2]) + 1;
    const rel = mod === 'this' || mod === 'last' || mod === 'next' ? mod : mod === 'coming' ? 'next' : mod === 'this past' ? 'last' : undefined;
    const y = x[3] ? +x[3] : undefined;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m }, rel: y ? undefined : rel, source: 'month with modifier' });
  }
  for (const x of text.matchAll(MONTH_ALONE)) {
    // `at February's Grand Prix`, `March’s vote`: a month owning what happened in it (not one that is also a given name).
    const owning = PLAIN_MONTHS.has(x[1]) && /^['’]s\s/.test(text.slice(x.index + x[0].length, x.index + x[0].length + 3));
    if (!owning && !MONTH_ALONE_BEFORE.test(text.slice(Math.max(0, x.index - 20), x.index)) && !monthAsSubject(text, x.index, x[1]) && !monthAfterForOrThe(text, x.index, x[1]) && !(EVENT_AFTER_MONTH.test(text.slice(x.index + x[0].length, x.index + x[0].length + 40)) && (x[1] !== 'May' || /\bthe\s+(?:[a-z]+\s+)?$/i.test(text.slice(Math.max(0, x.index - 20), x.index))))) continue;
    const m = MONTH_LIST.indexOf(x[1]) + 1;
    // `past March` is beyond it: the next March.
    const beyond = /\bpast\s+$/i.test(text.slice(Math.max(0, x.index - 6), x.index));
    // `In January of that year`: the month of the year last named, one span.
    const ofThat = OF_THAT_YEAR.exec(text.slice(x.index + x[0].length, x.index + x[0].length + 24));
    if (ofThat) {
      out.push({ start: x.index, end: x.index + x[0].length + ofThat[0].length, label: 'DATE', kind: 'calendar', date: { m }, yearOfLast: true, source: 'month of the year last named' });
      continue;
    }
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { m }, rel: beyond ? 'next' : undefined, source: 'month' });
  }
  for (const x of text.matchAll(ANAPHORIC)) {
    const unit = x[2].toLowerCase() as Unit;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'anaphoric', unit, offset: ANA_OFFSET[x[1].toLowerCase().replace(/\s+/g, ' ')], source: 'same as last date' });
  }
}

/** `since the spring`, `over the summer`: a season of the story's year, named after a word of time. */
const THE_SEASON = /\b(?:during|over|since|through|throughout|until|till|by|before|after|in)\s+(the\s+(spring|summer|autumn|fall))\b(?![-\u2010]|\s+of\b)/gi;
/** `into the new year`, `Celebrated the New Year!`: the year after the story's (in January, the year just begun). */
const THE_NEW_YEAR = /\b(?:into|in|until|till|by|before|after|[Cc]elebrat(?:e|ed|es|ing)|[Ww]elcom(?:e|ed|es|ing))\s+(the\s+[Nn]ew\s+[Yy]ear)\b(?![-\u2010'’])/g;

/** `Happy new year!`, `an extraordinary new year`: a wish for the year that comes (not `New Year's Eve`, `the New Year Honours`). */
const WISHED_NEW_YEAR = /\b(?:[Hh]appy|extraordinary|great|wonderful|prosperous|healthy|successful|peaceful|good)\s+(new\s+year|New\s+Year)\b(?![-\u2010'’]|\s+(?:Eve|Day|Honours|resolutions?|celebrations?|party|parties)\b)/g;

/** `to keep us cozy for fall.`, `Products For Fall`: a season named bare after `for`, `until` or `by`, ending its clause (`in winter` is habitual). */
const BARE_SEASON = /\b(?:for|until|till|by)\s+((spring|summer|autumn|fall|winter))(?=\s*(?:[.,;:!?]|$))/gim;

const MONTH_ABBREVIATIONS = MONTH_LIST.map((m) => m.slice(0, 3));
const MONTH_ABBREVIATION = `(?:${MONTH_ABBREVIATIONS.join('|')}|Sept)`;
/** `January to October 2023`, `March–May 2024`: two months and the year after the second, one period. */
const MONTHS_OF_A_YEAR = new RegExp(`\\b(${MONTH_NAMES})(?: (?:to|through|until|till) |[-–])(${MONTH_NAMES}),? ((?:19|20)\\d\\d)\\b`, 'g');
/** `fraud of Rs 95,000 cr in Apr-Sep`: two months' abbreviations joined by a dash, the months from one to the other. */
const MONTH_ABBREVIATION_RANGE = new RegExp(`\\b(${MONTH_ABBREVIATION})[-–](${MONTH_ABBREVIATION})\\b(?![-–\\d])`, 'g');

function periods(text: string, out: Mention[]): void {
  // Group 1 is the span, group 2 the season's word.
  for (const x of [...text.matchAll(BARE_SEASON), ...text.matchAll(THE_SEASON)]) {
    const start = x.index + x[0].length - x[1].length;
    out.push({ start, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'year', offset: 0, season: SEASON[x[2].toLowerCase()], source: 'season of the year' });
  }
  for (const x of [...text.matchAll(WISHED_NEW_YEAR), ...text.matchAll(THE_NEW_YEAR)]) {
    const start = x.index + x[0].length - x[1].length;
    out.push({ start, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'year', offset: 1, source: 'the new year' });
  }
  for (const x of text.matchAll(SEASON_YEAR)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${x[2]}-${SEASON[x[1].toLowerCase()]}`, source: 'season' });
  }
  for (const x of text.matchAll(YEAR_SEASON)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${x[1]}-${SEASON[x[2]]}`, source: 'season' });
  }
  for (const x of text.matchAll(MONTHS_OF_YEAR)) {
    const n = NUMBER_WORDS.indexOf(x[2].toLowerCase()) + 1 || +x[2];
    if (!(n >= 2 && n <= 11)) continue;
    const first = x[1].toLowerCase() === 'first';
    const [from, to] = first ? [1, n] : [13 - n, 12];
    const yearOffset = REL_OFFSET[(x[3] ?? 'this').toLowerCase()];
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { m: from }, endDate: { m: to }, yearOffset, source: 'months of the year' });
  }
  for (const x of text.matchAll(MONTHS_OF_A_YEAR)) {
    const [from, to] = [x[1], x[2]].map((a) => MONTH_LIST.indexOf(a) + 1);
    const y = +x[3];
    if (from < to) out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m: from }, endDate: { y, m: to }, source: 'months of a year' });
  }
  for (const x of text.matchAll(MONTH_ABBREVIATION_RANGE)) {
    const [from, to] = [x[1], x[2]].map((a) => MONTH_ABBREVIATIONS.indexOf(a.slice(0, 3)) + 1);
    if (from < to) out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { m: from }, endDate: { m: to }, source: 'months abbreviated' });
  }
  for (const x of text.matchAll(QUARTER_YEAR)) {
    const n = ORDINAL[x[1].toLowerCase()];
    const half = x[2].toLowerCase() === 'half';
    if (half && n > 2) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${x[3]}-${half ? 'H' : 'Q'}${n}`, source: 'quarter' });
  }
  if (MONEY_TALK.test(text)) {
    for (const x of text.matchAll(QUARTER_ALONE)) {
      out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'quarter', quarter: ORDINAL[x[1].toLowerCase()], source: 'quarter of the year' });
    }
  }
  if (MONEY_TALK.test(text) || MARKET_TALK.test(text)) {
    for (const x of text.matchAll(Q_ALONE)) {
      if (MODEL_MAKER_BEFORE.test(text.slice(Math.max(0, x.index - 20), x.index))) continue;
      out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'quarter', quarter: +x[1], source: 'quarter of the year' });
    }
  }
  for (const x of text.matchAll(MONTH_QUARTER)) {
    const quarter = ['March', 'June', 'September', 'December'].indexOf(x[1]) + 1;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'relative', unit: 'quarter', quarter, source: 'quarter named by its last month' });
  }
  for (const x of text.matchAll(HALF_YEAR)) {
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${x[1]}-H1`, source: 'half year' });
  }
  for (const x of text.matchAll(Q_YEAR)) {
    if (x[1] === 'H' && +x[2] > 2) continue;
    out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'fixed', value: `${x[3]}-${x[1]}${x[2]}`, source: 'quarter' });
  }
}

/** Holidays on a fixed day of the year, and those whose day moves with it. */
const HOLIDAY = /\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Boxing\s+Day|Halloween|Independence\s+Day|St\.?\s+Patrick['’]s\s+Day|Anzac\s+Day|Australia\s+Day|Juneteenth|Valentine['’]?s\s+Day|Super\s+Tuesday|International\s+(?:Wo)?[Mm]en['’]s\s+Day|Earth\s+Day|World\s+AIDS\s+Day|Remembrance\s+Day|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Armistice\s+Day|Holocaust\s+Remembrance\s+Day|Bastille\s+Day|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Black\s+Friday|Cyber\s+Monday|Singles['’]?\s+Day|Memorial\s+Day|Labou?r\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|Diwali|Election\s+Day)(?:,?\s+((?:19|20)\d\d))?\b(?![-\u2010])/g;
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'boxing day': [12, 26], halloween: [10, 31], 'independence day': [7, 4], "st patrick's day": [3, 17], 'anzac day': [4, 25], 'australia day': [1, 26],
  juneteenth: [6, 19], "valentine's day": [2, 14], "international women's day": [3, 8], "international men's day": [11, 19], 'earth day': [4, 22], 'world aids day': [12, 1], 'remembrance day': [11, 11], 'bonfire night': [11, 5], 'guy fawkes night': [11, 5], 'armistice day': [11, 11], 'holocaust remembrance day': [1, 27], 'bastille day': [7, 14], 'veterans day': [11, 11],
  'singles day': [11, 11],
};

/** Shopping days, named for their sales: the day even before the noun it modifies (`Black Friday deals`, `Singles Day sales`). */
const SHOPPING_DAYS = new Set(['black friday', 'cyber monday', 'singles day']);
/** Days named for what happens on them, dates before the noun they modify too (`the Super Tuesday states`). */
const EVENT_DAYS = new Set(['super tuesday']);
const MOVING_HOLIDAYS: Record<string, NonNullable<Mention['holiday']>> = {
  thanksgiving: 'thanksgiving', 'thanksgiving day': 'thanksgiving', easter: 'easter', 'easter sunday': 'easter', 'easter monday': 'easter-monday', 'good friday': 'good-friday',
  'black friday': 'black-friday', 'cyber monday': 'cyber-monday',
  'memorial day': 'memorial-day', 'labor day': 'labor-day', 'labour day': 'labor-day', "mother's day": 'mothers-day', "father's day": 'fathers-day',
  'martin luther king day': 'mlk-day', 'martin luther king jr day': 'mlk-day', 'martin luther king jr. day': 'mlk-day', 'mlk day': 'mlk-day',
  "presidents' day": 'presidents-day', 'presidents day': 'presidents-day', 'columbus day': 'columbus-day', diwali: 'diwali', 'election day': 'election-day', 'super tuesday': 'super-tuesday',
};


/** Words before a holiday that make it a time: `over Christmas`, `before Thanksgiving`. */
const HOLIDAY_BEFORE = /\b(?:on|at|over|before|after|since|until|till|by|during|for|from|through|throughout|around|ahead of|until|last|this|next|of)\s+$/i;

/** A noun right after a holiday, which it then modifies: `Christmas shopping`, `Thanksgiving dinner`. */
const HOLIDAY_MODIFIES = /^\s+(?!(?:and|or|but|as|when|while|to|in|on|at|with|for|from|of|by|is|was|were|are|will|would|has|had|this|last|next|that|the|a|an|day|eve|weekend|morning|evening|night|period|season|holidays?|break|he|she|it|we|they|i|you)\b)\p{Ll}/u;

/** What may follow a holiday used as a noun: the end of a clause or a word that is no noun it modifies. */
const HOLIDAY_ENDS = /^(?:\s*(?:[.,;:!?)"”’]|$)|\s+(?:and|or|but|as|when|while|to|in|on|at|with|for|from|of|by|is|was|were|are|will|would|has|had|a|an|the|this|last|next|period|weekend|holidays?|season|break)\b)/;

/** `Christmas`, `Christmas Eve 2004`, `Thanksgiving`: holidays, with the day of the year they fall on. */
function holidays(text: string, out: Mention[]): void {
  for (const x of text.matchAll(HOLIDAY)) {
    const key = x[1].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace('st. ', 'st ').replace("singles' ", 'singles ').replace(/^valentines /, "valentine's ");
    const y = x[2] ? +x[2] : undefined;
    // As a time (`over Christmas`, `on Christmas Day`, `Easter 2005`), not a noun's modifier (`Christmas shopping`).
    const after = text.slice(x.index + x[0].length, x.index + x[0].length + 16);
    // `Pre-Christmas Golf Game`: a time's prefix makes it the time, whatever follows.
    const prefixed = /\b(?:pre|post)-$/i.test(text.slice(Math.max(0, x.index - 5), x.index));
    // … and a holiday standing as a noun, nothing after it that it names (`endured their worst Christmas`, `Merry Christmas`).
    // (Not alone on its line, a menu's section: `IndyBest / Christmas / Sports & Fitness`.)
    const alone = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, x.index - 4), x.index)) && /^[ \t]*(?:\n|$)/.test(after);
    const noun = !alone && HOLIDAY_ENDS.test(after);
    const timed = y !== undefined || prefixed || noun || HOLIDAY_BEFORE.test(text.slice(Math.max(0, x.index - 20), x.index));
    // `Christmas Island`, `Christmas Decoration Law`: a capitalised word after it makes it part of another name.
    if (!((SHOPPING_DAYS.has(key) || EVENT_DAYS.has(key)) && !alone) && (!timed || (!prefixed && (HOLIDAY_MODIFIES.test(after) || /^ \p{Lu}/u.test(after))))) continue;
    const fixed = FIXED_HOLIDAYS[key];
    // `the Christmas period`, `the Christmas weekend`: the article and the word of time belong to the span.
    const period = !x[2] ? /^ (?:period|weekend|holidays?|season|break)\b/.exec(after) : null;
    // `This Juneteenth`, `last Christmas`: the determiner that places it in the year belongs to the span too.
    const determiner = period ? /\bthe $/i.exec(text.slice(Math.max(0, x.index - 4), x.index)) : /\b(?:this|last|next) $/i.exec(text.slice(Math.max(0, x.index - 5), x.index));
    const base = { start: x.index - (determiner ? determiner[0].length : 0), end: x.index + x[0].length + (period ? period[0].length : 0), label: 'DATE' as const, kind: 'calendar' as const, source: 'holiday' };
    // `Christmas season` is the holiday's month, no single day.
    if (fixed) out.push({ ...base, date: period?.[0] === ' season' ? { y, m: fixed[0] } : { y, m: fixed[0], d: fixed[1] } });
    else out.push({ ...base, date: { y, m: holidayMonth(MOVING_HOLIDAYS[key]) }, holiday: MOVING_HOLIDAYS[key] });
  }
}

/**
 * `New Year's show`, `New Years bashes`, `Performing for NYE`: the holiday named by its possessive (no modifier as
 * `Christmas shopping` is: the possessive names the day itself), or by its initials; not `New Year's Day` or `Eve`
 * (HOLIDAY), nor the honours and resolutions named after it.
 */
const NEW_YEARS = /\b(?:New\s+Year(?:['’]s|s['’]?)?(?![\p{L}\p{N}'’])(?!\s+(?:Day|Eve|Honou?rs|[Rr]esolutions?)\b)|NYE(?![\p{L}\p{N}]))/gu;

function newYears(text: string, out: Mention[]): void {
  for (const x of text.matchAll(NEW_YEARS)) {
    // The possessive's ending is outside the span, as a name's is (`New Year` of `New Year's show`).
    const end = x.index + x[0].replace(/['’]s?$/, '').length;
    const eve = x[0] === 'NYE';
    // `New Year` without its possessive: the holiday as a time (`New Year offers …`); not after `the` or `Happy`
    // (`the New Year`, `Happy New Year` are the year: the relative dates'), nor another calendar's (`Chinese New Year`),
    // nor a name's word (`New Year Honours List`, `New Year Sale`).
    const bare = /^New\s+Year$/.test(x[0]);
    if (bare && (/\b(?:the|happy|Chinese|Lunar|Jewish|Persian|Islamic|Thai|Tamil|Sikh|Hindu|Korean|Vietnamese)\s+$/i.test(text.slice(Math.max(0, x.index - 12), x.index)) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3)))) continue;
    // `this New Year`: the determiner that places it in the year belongs to the span, as a holiday's does.
    const determiner = /\b(?:this|last|next) $/i.exec(text.slice(Math.max(0, x.index - 5), x.index));
    out.push({ start: x.index - (determiner ? determiner[0].length : 0), end, label: 'DATE', kind: 'calendar', date: eve ? { m: 12, d: 31 } : { m: 1, d: 1 }, source: 'holiday' });
  }
}

/** Every word-written relative, anaphoric and period expression in `text`. */
/** `10th and 11th June 1969`: two days and their month. */
const DAYS_AND_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? and (\\d{1,2})(?:st|nd|rd|th)? (${MONTH_NAMES})(?:,? ((?:19|20)\\d\\d))?\\b`, 'g');
/** `October 11 and 13, 2019`: a month and two of its days. */
const MONTH_AND_DAYS = new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2})(?:st|nd|rd|th)? and (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d\\d))?(?![\\d:,.]\\d|\\d| ?(?:%|per|million|billion|years?|days?|people|percent)\\b)`, 'g');

/**
 * `on 10th and 11th June`, `October 11 and 13`: two days of one month joined by `and` are one DATE, from the first
 * to the second, as the golds write them (two years joined so, `between 1950 and 2009`, stay two).
 */
function dayPairs(text: string, out: Mention[]): void {
  if (!/\d(?:st|nd|rd|th)? and \d/.test(text)) return;
  const push = (x: RegExpMatchArray, d1: string, d2: string, month: string, year: string | undefined) => {
    const [a, b, m] = [+d1, +d2, MONTH_LIST.indexOf(month) + 1];
    if (!(a >= 1 && a < b && b <= 31)) return;
    const y = year ? +year : undefined;
    out.push({ start: x.index!, end: x.index! + x[0].length, label: 'DATE', kind: 'calendar', date: { y, m, d: a }, endDate: { y, m, d: b }, source: 'two days of a month' });
  };
  for (const x of text.matchAll(DAYS_AND_MONTH)) push(x, x[1], x[2], x[3], x[4]);
  for (const x of text.matchAll(MONTH_AND_DAYS)) push(x, x[2], x[3], x[1], x[4]);
}

/**
 * `after midnight`, `until noon`, `Tonight at midnight`, `midnight tomorrow`: midnight or noon as a time of day, where a
 * preposition of time stands before it or a day named relatively beside it (not `queue to buy a game at midnight`).
 */
const NOON_OR_MIDNIGHT = /\b(midnight|noon|midday)\b/gi;
const BEFORE_NOON = /(?:\b(?:after|about|around|until|till|before|by|since|from)|\b(?:today|tonight|tomorrow|yesterday) at) $/i;
const DAY_AFTER_NOON = /^ (?:today|tonight|tomorrow|yesterday)\b/i;

function noonAndMidnight(text: string, out: Mention[]): void {
  for (const x of text.matchAll(NOON_OR_MIDNIGHT)) {
    const end = x.index + x[0].length;
    if (!BEFORE_NOON.test(text.slice(Math.max(0, x.index - 16), x.index)) && !DAY_AFTER_NOON.test(text.slice(end, end + 10))) continue;
    out.push({ start: x.index, end, label: 'TIME', kind: 'calendar', time: { h: /^midnight$/i.test(x[1]) ? 0 : 12, min: 0 }, source: x[1].toLowerCase() });
  }
}

/** `this holiday season`, `this festive season`: the year's end-of-year holidays, December of the year said. */
const HOLIDAY_SEASON = /\b[Tt]his (?:holiday|festive) season\b/g;

function holidaySeasons(text: string, out: Mention[]): void {
  if (!text.includes(' season')) return;
  for (const x of text.matchAll(HOLIDAY_SEASON)) out.push({ start: x.index, end: x.index + x[0].length, label: 'DATE', kind: 'calendar', date: { m: 12 }, source: 'the holiday season, December' });
}

export function wordMentions(text: string): Mention[] {
  const out: Mention[] = [];
  dayPairs(text, out);
  holidays(text, out);
  newYears(text, out);
  relative(text, out);
  noonAndMidnight(text, out);
  partsOfTheDay(text, out);
  months(text, out);
  weekends(text, out);
  inTheUnit(text, out);
  sportSeasons(text, out);
  holidaySeasons(text, out);
  periods(text, out);
  return out;
}
