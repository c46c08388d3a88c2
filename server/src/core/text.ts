/** Small text utilities shared by detectors and the index. */

/** A caption's word for where its picture came from, before `photo` (`Submitted photo`, `File photo`), and that word. */
export const PHOTO_CREDIT_WORD = String.raw`(?:Submitted|Contributed|Courtesy|File|Staff|Handout|Provided|Stock)`;
export const PHOTO_NOUN = String.raw`(?:photos?|image|picture)`;

/** Words that end a street's name in an address (`2134 Caldwell Place`, `1119 Eighth St.`): after a house's number, the street. */
export const ADDRESS_WORD = String.raw`(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Place|Pl|Court|Ct|Way|Terrace|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Crescent|Close)`;

/**
 * A schedule's entry: a month's day opening the line, then a separator and the entry's words (`June 9 -- Coral Sky
 * Amphitheatre, …`, `Sept. 12 – Mountain View, CA`). Read by the dates (a coming date) and the boilerplate's line kinds
 * (the article's list, no teaser).
 */
export const SCHEDULE_ENTRY = /^[ \t]*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?[ \t]*(?:--|[-–—:@|])[ \t]/;

/**
 * A card's line of facts in a feed of other articles: its source's address, maybe its count of votes before it, and its
 * topics (`2 diggs theguardian.com Histories Culture`). Read by the boilerplate (the feed is the page's) and the
 * entities (the address is no site's name there).
 */
export const CARD_ADDRESS = /^(?:\d{1,6} \p{Ll}+ )?((?:[a-z0-9-]+\.)+(?:com|org|net|co|io|uk|gov|edu|info|news|tv|me|us|au|ca))(?: \p{Lu}[\p{L}+&'’-]*)*$/u;
/** Cards' lines of facts with an address a feed needs (a page citing one or two sources has none such). */
export const FEED_ADDRESSES = 3;

/** A quick test for a line opening as a card's facts do (analysis runs on every keystroke). */
const CARD_LINE_START = /\n[ \t]*(?:\d{1,6} \p{Ll}+ )?[a-z0-9-]+\.[a-z]{2,4}(?:[ \t]|\r?\n|$)/u;

/** The addresses on a feed's cards' lines of facts, when the page holds a feed of three sources or more (none otherwise). */
export function cardAddresses(text: string): { start: number; end: number }[] {
  if (!CARD_LINE_START.test(text)) return [];
  const out: { start: number; end: number }[] = [];
  for (const r of lineRanges(text)) {
    const line = text.slice(r.start, r.end);
    const x = line.length <= 100 ? CARD_ADDRESS.exec(line.trim()) : null;
    // An address alone is a site's name (`syracuse.com`); a card's gives its count or its topics.
    if (!x || x[0] === x[1]) continue;
    const start = r.start + line.indexOf(x[1]);
    out.push({ start, end: start + x[1].length });
  }
  // Cards of several sources (a site's own menu names its own address again and again).
  return new Set(out.map((a) => text.slice(a.start, a.end))).size >= FEED_ADDRESSES ? out : [];
}

/** A video's length alone on its line, over or under its teaser (`2:02`, `01:01:43`): no time of day. */
/** Nine in ten of the letters of `line` are capitals (a heading, a telex, an old release read by OCR): its capitals say nothing. */
export function inCapitals(line: string): boolean {
  // Counted in one pass, ASCII by its codes; more letters other than capitals than a tenth of the line ends it early (most lines).
  const most = 0.1 * line.length;
  let capitals = 0;
  let others = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (c >= 97 && c <= 122) others++;
    else if (c > 127 && /\p{L}/u.test(line[i])) {
      if (/\p{Lu}/u.test(line[i])) capitals++;
      else others++;
    } else continue;
    if (others > most) return false;
  }
  return capitals > 0.9 * (capitals + others);
}

export const VIDEO_LENGTH = /^\d{1,2}:\d\d(?::\d\d)?$/;

/** `FacebookTwitterPinterest`: the sharing networks' names, as pages run them together. */
export const NETWORKS = 'Facebook|Twitter|Pinterest|Instagram|LinkedIn|YouTube|WhatsApp|Reddit|Tumblr|Flipboard|Email|Print';
const NETWORK_WORD = new RegExp(`^(?:${NETWORKS})$`);
/** A small letter before a capital: where scraped text runs words together. */
export const GLUED_CAPITAL = /\p{Ll}(?=\p{Lu})/gu;

/** Name particles written with a capital inside the name (`MacArthur`, `VanDyke`): no glued words. */
export const INNER_CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['Mac', 'Van', 'Von', 'Del', 'Della', 'Des', 'Dal', 'Den', 'Der', 'Ten', 'Ter', 'Vander', 'Fitz']);
const LINE_WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** Words of a headline before the glued word, and words of the summary read after it. */
const MIN_HEADLINE_WORDS = 3;
const SUMMARY_WORDS = 8;
const SUMMARY_HEAD = 4;
/** Longest headline before the glued word, and the stretch after it read for the summary's words. */
const MAX_HEADLINE_CHARS = 200;
const SUMMARY_CHARS = 120;
/**
 * Verbs in the imperative that open a menu item's line of description (`Vector SearchDesign intelligent apps`, `Resources
 * HubGet help building …`): after one, a title of a word or two is enough, its joining words aside (`MongoDB for
 * EducatorsTake advantage of …`).
 */
const MENU_IMPERATIVE = /^(?:Access|Build|Browse|Connect|Create|Deliver|Deploy|Design|Develop|Discover|Download|Explore|Find|Get|Integrate|Join|Learn|Manage|Migrate|Read|Run|Shop|Start|Take|Try|Watch)$/;
/** Small words a title-case headline keeps small. */
const JOINING_WORD = /^(?:and|or|of|the|a|an|in|on|at|for|to|with|by|from|vs)$/;

/**
 * `Bull Elk Poached In Northern MichiganMichigan Department of Natural Resources conservation officers …`: a teaser's
 * headline in title case run together with the first sentence of its summary. The offsets where the summary starts
 * inside a word: the word's one small letter before a capital, a headline of title-case words before it on the line
 * and a sentence of small words after it.
 */
export function gluedSummaryStarts(text: string): number[] {
  const out: number[] = [];
  for (const g of text.matchAll(GLUED_CAPITAL)) {
    const k = g.index + 1;
    let start = g.index;
    while (start > 0 && /[\p{L}\p{M}'’-]/u.test(text[start - 1])) start--;
    let end = k + 1;
    while (end < text.length && /[\p{L}\p{M}]/u.test(text[end])) end++;
    const word = text.slice(start, end);
    const left = /[\p{L}\p{M}]+$/u.exec(text.slice(start, k))?.[0] ?? '';
    const right = text.slice(k, end);
    // A single capital after the headline is the article `A` (`SteakhouseA party of six`), not a brand's (`SpaceX`).
    if (left.length < 3 || !/^(?:\p{Lu}\p{Ll}|A$)/u.test(right) || INNER_CAPITAL_PARTICLES.has(left)) continue;
    if ((word.match(GLUED_CAPITAL) ?? []).length !== 1 || NETWORK_WORD.test(word)) continue;
    // A headline is short: a long line before the word is prose, read no further (a long paragraph costs no more).
    const lineStart = text.lastIndexOf('\n', start) + 1;
    if (start - lineStart > MAX_HEADLINE_CHARS) continue;
    // The headline is what follows a label's colon (`STAT Plus: BioMarin CEO says`: the brand opens the headline).
    const colon = text.lastIndexOf(': ', start);
    const headStart = colon >= lineStart ? colon + 2 : lineStart;
    const before = [...text.slice(headStart, start).matchAll(LINE_WORD)].map((m) => m[0]).concat(left);
    // (A menu's items run together on one line: its title is the capitalised words before the verb, back to the last
    // item's words in small letters.)
    const menu = MENU_IMPERATIVE.test(right) && /^\p{Lu}/u.test(left);
    const titled = menu ? menuTitle(before) : before;
    if (titled.length < (menu ? 1 : MIN_HEADLINE_WORDS) || titled.filter((w) => /^\p{Lu}/u.test(w)).length < 0.7 * titled.length) continue;
    // A brand whose second part ends two names or more before it (`Reading Corps, Math Corps … are AmeriCorps tutoring
    // programs`) is one name of that family, no headline run into its summary.
    if (before.filter((w) => w === right).length >= 2) continue;
    // The summary's sentence has a small word among its first four (`Hoodline crunched the numbers`, not `WarnerMedia Company`).
    const newline = text.indexOf('\n', end);
    const lineEnd = Math.min(newline < 0 ? text.length : newline, end + SUMMARY_CHARS);
    const after = [...text.slice(end, lineEnd).matchAll(LINE_WORD)].slice(0, SUMMARY_WORDS).map((m) => m[0]);
    // Not only joining words small (`DualShock Controller, Apple AirPods and Watches, and More`: a headline's products).
    const small = after.filter((w) => /^\p{Ll}/u.test(w));
    if (small.length < 2 || small.every((w) => JOINING_WORD.test(w)) || !after.slice(0, SUMMARY_HEAD).some((w) => /^\p{Ll}/u.test(w))) continue;
    // A name written that way twice (`OnePlus 3T vs OnePlus 3`) is its own spelling.
    if (text.indexOf(word) !== start || text.indexOf(word, end) >= 0) continue;
    out.push(k);
  }
  return out;
}

/** The capitalised words that end a line's words, and the joining words between them (`MongoDB for Educators`). */
function menuTitle(words: string[]): string[] {
  let k = words.length;
  while (k > 0 && (/^\p{Lu}/u.test(words[k - 1]) || JOINING_WORD.test(words[k - 1]))) k--;
  while (k < words.length && JOINING_WORD.test(words[k])) k++;
  return words.slice(k).filter((w) => !JOINING_WORD.test(w));
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u0060\u00b4\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The normalised form of a paragraph used to find repeats (case, spacing, quote and
 * dash variants, invisible characters, space before punctuation or inside guillemets,
 * and edge punctuation folded), or undefined when it is too short to count as a
 * repeat (under 5 words).
 */
export function paragraphKey(text: string): string | undefined {
  let norm = text.toLowerCase().replace(/\s+/g, ' ');
  if (/[^\x00-\x7f]/.test(norm)) {
    norm = norm
      .replace(INVISIBLE, '')
      .replace(/« ?/g, '«')
      .replace(/ ?»/g, '»')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/\u2026/g, '...');
  }
  norm = trimToLettersOrDigits(norm.replace(/ (?=[,.;:!?)])/g, ''));
  let words = 0;
  for (const w of norm.split(' ', 64)) if (LETTER_OR_DIGIT.test(w) && ++words >= 5) return norm;
  return undefined;
}

/** Cut everything before the first and after the last letter or digit. */
function trimToLettersOrDigits(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b) {
    const ch = String.fromCodePoint(s.codePointAt(a)!);
    if (LETTER_OR_DIGIT.test(ch)) break;
    a += ch.length;
  }
  while (b > a) {
    const low = s.charCodeAt(b - 1);
    const n = low >= 0xdc00 && low <= 0xdfff && b - 2 >= a ? 2 : 1;
    if (LETTER_OR_DIGIT.test(s.slice(b - n, b))) break;
    b -= n;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** The lines of `text` as offsets (`end` before the line break; a `\r` before it stays in the line). */
export function lineRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    out.push({ start, end: nl < 0 ? text.length : nl });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** A blog archive widget's item: a disclosure triangle, what it folds and its post count (`► 2017 (11)`; `▼ December (17)` open). */
export const ARCHIVE_ITEM = /^([►▶▸▼▾])\s*(\S.{0,40}?)\s*\(\d+\)$/;

/** A byline's `By` and its author's name, two to four capitalised words, then a space (`By Lisa Jennings `). */
export const BYLINE_NAME = String.raw`(?:^|\s)By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+`;

/** How many words of the line around `at` open with a small letter (a line of prose has several; a title-case line or a menu's none or few). */
export function smallWordsOnLine(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end).match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0;
}

/** Whether every word of four letters or more on the line around `at` opens with a capital (a title-case heading's line), with at least three such words. */
export function titleCaseLineAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const words = text.slice(start, end < 0 ? text.length : end).match(/(?<![\p{L}'’-])\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** The line around `at`. */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Whether [start, end) of `text` is the whole of its line. */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');
}

/** One of the links a journal's site prints under a reference (`CAS`, `Article`, `PubMed Central`, `Google Scholar`). */
export const REFERENCE_LINK = String.raw`(?:CAS|Article|PubMed(?: Central)?|Google Scholar|Crossref|Medline|Scopus|Web of Science)`;

/** The label of an artwork's or a picture's maker before a colon (`Artist:`, `Illustrator:`, `Photographer:`). */
export const MAKER_LABEL = String.raw`(?:[Aa]rtists?|[Ii]llustrat(?:ions?|ors?)|[Aa]rtwork|[Aa]rt|[Pp]hotographers?|[Cc]artoonists?|[Dd]rawing)`;

/**
 * A statement of a program shown in a page: a variable declared and set, a call to the console, a function written out,
 * a call ended by `;` (`var req = new Request("/index.html");`).
 */
const PROGRAM_CODE = /\b(?:var|const|let)\s+[\p{L}_$][\p{L}\p{N}_$]*\s*=|\bconsole\.log\(|\bfunction\s*\(|=>\s*\{|[\p{L}_$][\p{L}\p{N}_$]*\([^()]*\)\s*;/u;
/** What every statement the pattern above reads holds, found fast: most lines of prose hold none of it. */
const PROGRAM_HINT = /\)\s*;|\b(?:var|const|let)\s|console\.log\(|function\s*\(|=>\s*\{/;

/** Is `line` a statement of a program (see PROGRAM_CODE)? */
export const isProgramCode = (line: string): boolean => PROGRAM_HINT.test(line) && PROGRAM_CODE.test(line);
