/**
 * Splits a paragraph into word, number, possessive and punctuation tokens, marking
 * capitalised and all-capital words and the words that open a sentence (whose
 * capital letter says nothing about being a name).
 */
import { isAllCaps, nameKey } from './keys';
import { gazetteer } from './gazetteer';
import { isCommonWord } from './lexicon';
import { ROLE_NOUNS } from './vocabulary';
import { GLUED_CAPITAL, gluedSummaryStarts, INNER_CAPITAL_PARTICLES, NETWORKS } from '../text';

export type TokenKind = 'word' | 'num' | 'pos' | 'punct';

export interface Token {
  text: string;
  /** Offsets in the paragraph, end exclusive. */
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an uppercase letter (or is an `al-Name` particle form). */
  cap: boolean;
  /** Two or more letters, none lowercase (`CSTO`, `U.S.`, `ASTANA`). */
  caps: boolean;
  /** Opens a sentence, a heading, a quotation or a list item. */
  initial: boolean;
  /** A web address, an e-mail address or a handle, read as one token of punctuation. */
  address?: boolean;
}

// A word: dotted abbreviation (U.S.), capitals joined by an ampersand (S&P, AT&T) or letters with inner hyphens, digits and `O'Name` apostrophes,
// and a site's name with its domain (`BuzzFeed.com`).
// UTF-8 read as Latin-1 (`PiquÃ©` for `Piqué`) keeps the second byte of a letter inside the word.
const PART = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|(?<=\p{L}[ÃÂ])[\u0080-\u00BF])*`;
export const DOMAINS = String.raw`\.(?:com|org|net|gov|edu|io|info|ca|tv|us|ie|ly|ai|co\.uk|com\.au|org\.uk|co\.nz|co\.in|online|Online|news|media|uk|eu|COM|ORG|NET)`;
const DOMAIN = String.raw`${DOMAINS}(?![\p{L}\p{N}@/]|\.[\p{L}\p{N}])`;
/** A word that ends in a web domain (`BuzzFeed.com`); group 1 is the site's name. */
export const SITE_NAME = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}-]*)${DOMAINS}$`, 'u');
/** The same in small letters too (`nature.com`), for joining a site to its name. */
export const ANY_SITE_NAME = new RegExp(String.raw`^(\p{L}[\p{L}\p{N}-]*)${DOMAINS}$`, 'u');
// An apostrophe inside a name: `O'Brien`, `Nyong'o` (not a contraction: `don't`, `it'll`, `we're`).
// A lone capital `S` after it is a possessive in capitals (`AUSTRALIA'S`), no name's part, and a contraction's end a contraction (`WE’VE`, `DON'T`).
const INNER_APOSTROPHE = String.raw`['’](?:(?!(?:S|T|D|M|LL|RE|VE)(?![\p{L}\p{M}]))\p{Lu}[\p{L}\p{M}]*|(?!(?:s|t|d|m|ll|re|ve)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*)`;
const WORD = new RegExp(String.raw`(?:${PART})(?:[-‐‑](?:${PART}|\p{N}+(?![\p{N}]|\p{Ll}{2}))|${INNER_APOSTROPHE})*(?:${DOMAIN})?`, 'uy');
// `14:34Iran Interested in …`: a news ticker's clock run together with its headline ends before the headline's word; so
// does a listing's year run together with the name after it (`19 December 2025Guadalupe, Mexico`).
const NUM = /\p{N}{1,2}:\p{N}{2}(?=\p{Lu}\p{Ll})|(?<!\p{N})(?:19|20)\p{N}{2}(?=\p{Lu}\p{Ll})|\p{N}[\p{N}.,:/\-]*\p{N}[\p{L}]*|\p{N}[\p{L}]*/uy;
// `Tokayev's`, a plural's bare apostrophe (`Veterans’ Review Board`), and a contraction's end in capitals (`WE’VE`), read alike.
const POS = /['’]s(?![\p{L}\p{N}])|(?<=\p{Lu})['’](?:S|VE|LL|RE|T|D|M)(?![\p{L}\p{N}])|(?<=s)['’](?![\p{L}\p{N}])/uy;
const SPACE = /\s+/uy;

/** Punctuation after which the next word opens a sentence. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '|', '•', '…']);
const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Capt|Sgt|Adm|Maj|Cmdr|Brig|Cpl|Pvt|Gov|Sen|Rep|St|Jr|Sr|No|vs|Mt|Ft)$/u;
const QUOTES = new Set(['"', '“', '”', '«', '‘', "'", '„']);

/** `CreditGetty Images`, `PreviousEducation Ministry …`, `Next articleButterfield …`: a label run together with the name after it. */
const RUN_TOGETHER_CREDIT = /^(?:Credit|Previous|article)(?=\p{Lu})/u;
/** `InnoGamesSponsored`: an advertiser's name run together with the advert's label. */
const RUN_TOGETHER_SPONSORED = /^(\p{Lu}[\p{L}\p{N}]+?)(?=Sponsored$)/u;
/** `FacebookTwitterPinterest`, `Facebook654`: a row of sharing buttons run together (with a count of shares); each network is a word of its own. */
const RUN_TOGETHER_NETWORK = new RegExp(`^(${NETWORKS})(?=(?:${NETWORKS})|\\d+$)`, 'u');
/** `AmazonSHOP`, `WalmartBUY NOW`: a shop's name run together with its button's word in capitals. */
const RUN_TOGETHER_BUTTON = /^(\p{Lu}\p{Ll}+)(?=(?:SHOP|BUY|ORDER)$)/u;
/** `Gina TrapaniCEO`: an author's surname run together with the role in capitals printed after it. */
const RUN_TOGETHER_ROLE = /^(\p{Lu}\p{Ll}+)(?=(?:CEO|CFO|COO|CTO|CMO|CIO)$)/u;
const GLUE = /\p{Ll}[\p{Lu}\p{N}]/u;
/** A name glued to a number, and the unit of an age after them (`Wood42 minutes ago`). */
const RUN_TOGETHER_AGE = /^(\p{Lu}\p{Ll}+)\d{1,2}$/u;
const AGE_AFTER = /^ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\b/;
/** A word in small letters, then a capitalised word of three letters or more in small letters after its capital. */
const RUN_TOGETHER_SMALL = /^(\p{Ll}{2,})(?=\p{Lu}\p{Ll}{2,}$)/u;
/** A capitalised word of four letters or more, then a capital: a country's name run together with a brand. */
const RUN_TOGETHER_COUNTRY = /^(\p{Lu}\p{Ll}{3,})(?=\p{Lu})/u;
const RUN_TOGETHER_MONTH = /^(\p{Lu}\p{Ll}+)(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)$)/u;

/**
 * A web address with a path or a scheme (`Facebook.com/WhiteHouse`, `https://…`, `www.…`), an e-mail address or a
 * handle (`@POTUS44`) or a hashtag (`#AhmadKhanRahami`): one token of punctuation, so that the names written inside it are no mentions.
 */
const WEB_ADDRESS = new RegExp(
  String.raw`https?://[^\s<>"“”]+|(?<![\p{L}\p{N}@.])www\.[^\s<>"“”]+|[\p{L}\p{N}][\p{L}\p{N}.-]*${DOMAINS}/[^\s<>"“”]*|[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}._])@[\p{L}\p{N}_]+|(?<![\p{L}\p{N}&#])#\p{L}[\p{L}\p{N}_]*`,
  'gu',
);
/** Punctuation that ends a sentence or closes a bracket after a web address, no part of it. */
const ADDRESS_TAIL = /[.,;:!?)\]'’"”]+$/u;

function webAddresses(text: string): Map<number, number> {
  const out = new Map<number, number>();
  if (!/[@/#]|www\./.test(text)) return out;
  for (const m of text.matchAll(WEB_ADDRESS)) {
    const body = m[0].replace(ADDRESS_TAIL, '');
    if (body.length > 1) out.set(m.index, m.index + body.length);
  }
  return out;
}

/** Shortest repeated tail worth splitting, and the longest line searched for one. */
const MIN_TAIL = 8;
const MAX_DOUBLED_LINE = 300;

/**
 * `… and it’s his own faultObama is coming, and it’s his own fault`, `BRUCE WEAVERBRUCE WEAVER`: a scraped line
 * that repeats its own end run together with it. The offsets where such a repeated end starts inside a word.
 */
function doubledTails(text: string): Set<number> {
  const out = new Set<number>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trimEnd();
    if (line.length >= 2 * MIN_TAIL && line.length <= MAX_DOUBLED_LINE) {
      for (let n = Math.floor(line.length / 2); n >= MIN_TAIL; n--) {
        const k = line.length - n;
        if (/\s/.test(line[k - 1]) || !/\p{L}/u.test(line[k])) continue;
        if (line.slice(k - n, k) === line.slice(k)) {
          out.add(start + k);
          break;
        }
      }
    }
    start = end + 1;
  }
  return out;
}

/** Fewest run-together joins that make a line a menu whose items lost their line ends. */
const MIN_MENU_JOINS = 3;
/** Most of a menu line's words that may start with a small letter. */
const MENU_SMALL_WORDS = 0.25;
const LINE_WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SENTENCE_END = /\p{Ll}[.!?][ \t]+\p{Lu}/u;

/**
 * Three capitalised words or more run together, all but one at most words of the language
 * (`BeautyFoodHealthHistoryTravelTrending`): a menu's items whose spaces were lost.
 */
export function isMenuOfWords(w: string): boolean {
  const parts = w.match(/\p{Lu}\p{Ll}+/gu);
  // (`FiveThirtyEight`: numbers run together spell one name, no menu.)
  return !!parts && parts.length >= 3 && parts.join('') === w && parts.filter((p) => !isCommonWord(p.toLowerCase())).length <= 1 && !parts.every((p) => NUMBER_WORD.test(p));
}
/** A number written as a word. */
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand)$/;

/**
 * `San FranciscoEast BaySouth BayPeninsulaNorth Bay`, `FacebookTwitterInstagram`: a line of menu items run together,
 * three joins of a small letter and a capital or more. The offsets where each item after the first starts. A single
 * join is a name's own (`BlackRock`, `PlayStation`), as are `McDonald`, `MacArthur` and `iPhone` (a particle or
 * fewer than three letters before the capital).
 */
function gluedMenuItems(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const joins: number[] = [];
    const line = text.slice(start, end);
    // A menu's words are capitalised; prose (`BlackBerry said … BlackBerry's shares`) has small words among its own.
    const words = line.match(LINE_WORDS) ?? [];
    // Nor has a menu a sentence's end (`Users of FaceTime Attention Correction agree.`).
    if (words.filter((w) => /^\p{Ll}/u.test(w)).length > MENU_SMALL_WORDS * words.length || SENTENCE_END.test(line)) {
      start = end + 1;
      continue;
    }
    for (const g of line.matchAll(GLUED_CAPITAL)) {
      const k = start + g.index + 1;
      let w = k - 1;
      while (w > start && /[\p{L}\p{M}]/u.test(text[w - 1])) w--;
      const left = text.slice(w, k);
      if (left.length < 3 || INNER_CAPITAL_PARTICLES.has(left) || (!/^\p{Lu}/u.test(left) && left.length < 4)) continue;
      // The item after the join is a word in small letters after its capital (`WebMD`'s `MD` is the brand's own).
      if (!/^\p{Lu}\p{Ll}{2}/u.test(text.slice(k, k + 3))) continue;
      // Items of common words run together three or more (`BeautyFoodHealthHistory`) name nothing: read as one word (piece.ts).
      let e = k;
      while (e < end && /[\p{L}\p{M}]/u.test(text[e])) e++;
      if (isMenuOfWords(text.slice(w, e))) continue;
      joins.push(k);
    }
    if (joins.length >= MIN_MENU_JOINS) out.push(...joins);
    start = end + 1;
  }
  return out;
}

/** Fewest times a line's opening word comes back run into the item before it. */
const MIN_HEAD_REPEATS = 2;

/**
 * `School of CinemaSchool of Fine ArtsSchool of Music`: a list whose items share their first word, run together; the
 * offsets where that word comes back after a small letter, when it does so twice or more (a menu of a school's schools,
 * a ministry's departments), prose words between its items or not.
 */
function gluedRepeatedHeads(text: string): number[] {
  const out: number[] = [];
  for (const line of text.matchAll(/^(\p{Lu}\p{Ll}{2,}) [^\n]*$/gmu)) {
    const head = line[1];
    if (line[0].indexOf(head, head.length) < 0) continue;
    const joins = [...line[0].matchAll(new RegExp(`\\p{Ll}(?=${head}\\b)`, 'gu'))].map((g) => line.index + g.index + 1);
    if (joins.length >= MIN_HEAD_REPEATS) out.push(...joins);
  }
  return out;
}

/** Longest name searched for a glued repeat. */
const MAX_DOUBLED_NAME = 40;

/**
 * `Rep. Ilhan OmarIlhan OmarHillicon Valley: …`: a name of two words or more printed twice, run together, and run
 * into the words after it (a site's hover card over a link). The offsets where the repeat starts and ends inside words.
 */
function doubledNames(text: string): number[] {
  const out: number[] = [];
  for (const g of text.matchAll(GLUED_CAPITAL)) {
    const k = g.index + 1;
    for (let n = 6; n <= MAX_DOUBLED_NAME && n <= k; n++) {
      const name = text.slice(k - n, k);
      if (!/^\p{Lu}/u.test(name) || (k - n > 0 && /[\p{L}\p{N}]/u.test(text[k - n - 1])) || !/ \p{Lu}/u.test(name) || /\n/.test(name)) continue;
      if (text.slice(k, k + n) !== name) continue;
      out.push(k);
      if (/\p{Lu}/u.test(text[k + n] ?? '')) out.push(k + n);
      break;
    }
  }
  return out;
}

/** A section's name labelling a teaser card (`Local News`, `Cork Loves`, `Charities`), or a network's. */
const CARD_LABEL = new RegExp(`^(?:${NETWORKS}|News|Loves|Airport|City|Coronavirus|Covid|Charities|Sport|Sports|Business|Politics|Health|Money|Travel|Entertainment|Showbiz|Crime|Courts|Weather|Opinion|Tech|Technology|Video|Lifestyle|Culture|Music|Property|Education|Environment|World|Football|Rugby|GAA)$`);
/** A line opening with a label (a word before it at most) run together with a capitalised word, then the next word. */
const CARD_LINE = /^(?:\p{Lu}\p{L}+ )?(\p{Lu}\p{L}*?\p{Ll})(\p{Lu}\p{Ll}*)(?= +(\S+))/gmu;
/** Words that open a summary's sentence whatever follows them. */
const OPENING = /^(?:The|A|An|But|And|He|She|It|They|We|This|These|In|On|At|After|When)$/;

/**
 * `Local NewsEmergency services at scene …`, `FacebookKayla has been missing …`, `CharitiesThe charity's fundraising …`:
 * a teaser card's label run together with its summary at the line's start; the summary's first word is a word of its own.
 */
function gluedCardLabels(text: string): number[] {
  const out: number[] = [];
  for (const x of text.matchAll(CARD_LINE)) {
    if (!CARD_LABEL.test(x[1]) || !(OPENING.test(x[2]) || /^\p{Ll}/u.test(x[3]))) continue;
    out.push(x.index + x[0].length - x[2].length);
  }
  return out;
}

/**
 * `Σtoken_count_i`, `MAX_TOKENS`, `Joe_Dragon`: a word joined to another by an underscore is a program's identifier or a
 * user's handle, no name; not a name after a label of the language (`Choreographer_Jeong Hye Jin`).
 */
function joinedByUnderscore(text: string, start: number, end: number): boolean {
  if (text[end] === '_') return true;
  if (text[start - 1] !== '_') return false;
  const label = /[\p{L}-]+$/u.exec(text.slice(Math.max(0, start - 30), start - 1))?.[0] ?? '';
  return !isCommonWord(label.toLowerCase());
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const doubled = doubledTails(text);
  const glued = GLUE.test(text);
  const summaries = new Set(glued ? gluedSummaryStarts(text) : []);
  if (glued) for (const k of [...doubledNames(text), ...summaries, ...gluedMenuItems(text), ...gluedCardLabels(text), ...gluedRepeatedHeads(text)]) doubled.add(k);
  const addresses = webAddresses(text);
  let smallGlued: Set<number> | undefined;
  let i = 0;
  while (i < text.length) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      continue;
    }
    const addressEnd = addresses.get(i);
    if (addressEnd !== undefined) {
      out.push({ text: text.slice(i, addressEnd), start: i, end: addressEnd, kind: 'punct', cap: false, caps: false, initial: false, address: true });
      i = addressEnd;
      continue;
    }
    let word = match(WORD, text, i);
    // `…seeped underground.CreditChang W. Lee`: a run-together photo credit; the label is a word of its own.
    const label = word ? RUN_TOGETHER_CREDIT.exec(word) : null;
    if (label) word = label[0];
    // `Yahoo FinanceOctober 13, 2016`: a month run together with the name before it ends that name.
    // Each run-together shape has a small letter before a capital or a digit: most words are spared the six tests.
    const glued = word && GLUE.test(word) ? RUN_TOGETHER_MONTH.exec(word) ?? RUN_TOGETHER_SPONSORED.exec(word) ?? RUN_TOGETHER_NETWORK.exec(word) ?? RUN_TOGETHER_BUTTON.exec(word) ?? RUN_TOGETHER_ROLE.exec(word) : null;
    if (glued) word = glued[1];
    // `By Kyle Wood42 minutes ago`: a teaser's age run together with its writer's surname.
    else if (word && GLUE.test(word)) {
      const aged = RUN_TOGETHER_AGE.exec(word);
      if (aged && AGE_AFTER.test(text.slice(i + word.length, i + word.length + 12))) word = aged[1];
      // `according toMikey Shulman`, `MIT Sloan professorThomas W. Malone`: a word of the language in small letters run
      // together with the capitalised name after it (a link's text glued to the sentence) ends before the name.
      const small = RUN_TOGETHER_SMALL.exec(word);
      // (Its capital may open a heading run into the line before it, as a sentence's first word: `Get our newsletterGet
      // Positive News stories`.)
      if (small && (isCommonWord(small[1]) || ROLE_NOUNS.has(small[1]))) {
        word = small[1];
        (smallGlued ??= new Set()).add(i + word.length);
      }
      // `Guadalupe, MexicoMontage`, `Nairobi, KenyaIHG`: a listing's town, a comma and its country run together with the
      // brand after it; the country ends there.
      const country = text.slice(i - 2, i) === ', ' ? RUN_TOGETHER_COUNTRY.exec(word) : null;
      if (country && gazetteer().get(nameKey(country[1]))?.kind === 'country') word = country[1];
    }
    if (word && doubled.size) for (const k of doubled) if (k > i && k < i + word.length) word = word.slice(0, k - i);
    if (word) {
      // `eHow`, `eMarketer`: a company named with an e- before its capital reads as capitalised (`iPhone`-like products do not).
      // `Price44`, `Biden44`: a handle written without its `@`, a name glued to digits, is no name.
      const identifier = joinedByUnderscore(text, i, i + word.length);
      const cap = (/^\p{Lu}/u.test(word) && !identifier && !(/\d$/.test(word) && /^\p{Lu}\p{Ll}[\p{L}]*\p{N}{2,}$/u.test(word))) || /^(?:al|el|ad|as|ash|at|ar|an|bin|ibn|abu)-\p{Lu}/u.test(word) || /^e\p{Lu}\p{Ll}{2}/u.test(word);
      out.push({ text: word, start: i, end: i + word.length, kind: 'word', cap, caps: !identifier && isAllCaps(word), initial: false });
      i += word.length;
      continue;
    }
    const pos = match(POS, text, i);
    if (pos) {
      out.push({ text: pos, start: i, end: i + pos.length, kind: 'pos', cap: false, caps: false, initial: false });
      i += pos.length;
      continue;
    }
    const num = match(NUM, text, i);
    const t = num ?? text[i];
    out.push({ text: t, start: i, end: i + t.length, kind: num ? 'num' : 'punct', cap: false, caps: false, initial: false });
    i += t.length;
  }
  markInitial(out);
  // A glued summary's first word opens its sentence.
  if (summaries.size) for (const t of out) if (t.kind === 'word' && summaries.has(t.start)) t.initial = true;
  if (smallGlued) for (const t of out) if (t.kind === 'word' && smallGlued.has(t.start)) t.initial = true;
  return out;
}

function match(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function markInitial(tokens: Token[]): void {
  let opening = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'word') {
      t.initial = opening;
      opening = false;
      continue;
    }
    if (t.kind === 'num') {
      opening = false;
      continue;
    }
    if (t.kind !== 'punct') continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (OPENERS.has(t.text)) {
      // `Mr. Smith`, `J. Smith`: the dot of an abbreviation does not end the sentence.
      opening = !(t.text === '.' && prev?.kind === 'word' && prev.end === t.start && ABBREVIATION.test(prev.text));
    } else if (QUOTES.has(t.text)) {
      // An opening mark (space before, word right after) starts a quoted sentence unless it follows a word.
      const opens = (!prev || prev.end < t.start) && next !== undefined && next.start === t.end;
      if (opens && (!prev || prev.kind !== 'word')) opening = true;
    } else if (/^[-–—]$/.test(t.text) && (!prev || (prev.kind === 'word' && prev.caps && k <= 3))) {
      // A list bullet, or the dash after an all-capital dateline.
      opening = true;
    }
  }
}
