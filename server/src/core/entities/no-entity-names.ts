/**
 * Names that are no entity wherever the document writes them, read from the whole text: a programme the document
 * explains in apposition, a law's initials, a spacecraft, a part an actor plays, the letters heading an index's parts.
 */
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';

/** A programme's noun; what stands before it is read only where it is found (analysis runs on every keystroke). */
const PROGRAMME_NOUN = /\b(?:program|programme|scheme)\b/g;
/** Before the noun: `Medicaid, the joint state-federal health ` (a name, then up to four words after the article). */
const APPOSITION_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+), (?:the|a|an) (?:[\p{L}-]+ ){0,4}$/u;

/** A law's noun, after its name in capitals. */
/** (The space is matched, not looked behind at: a lookbehind first makes the scan of the text ten times slower.) */
const LAW_NOUN = /[ \t](Act|Bill)\b/g;
/** Before the noun: the law's name in capitals, small words between (`American Health Care `). */
const LAW_NAME_BEFORE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|and|for|with|on|the|to)[ \t]+)?){1,7})$/u;

/** How far before a noun its name is looked for. */
const NAME_REACH = 120;

/**
 * A programme's name the document explains in apposition (`Medicaid, the joint state-federal health program for …`), and a
 * law's initials written in the document (`the AHCA would slash their tax credits` beside `the American Health Care Act`):
 * no bodies, wherever written.
 */
export function programmeAndLawNames(text: string): string[] {
  const names: string[] = [];
  for (const x of text.matchAll(PROGRAMME_NOUN)) {
    const before = APPOSITION_BEFORE.exec(text.slice(Math.max(0, x.index - NAME_REACH), x.index));
    if (before) names.push(before[1]);
  }
  const initials = new Set<string>();
  for (const x of text.matchAll(LAW_NOUN)) {
    const at = x.index + 1;
    const before = LAW_NAME_BEFORE.exec(text.slice(Math.max(0, at - NAME_REACH), at));
    if (!before) continue;
    const words = (before[1].match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).filter((w, i) => i > 0 || !/^(?:The|A|An)$/.test(w));
    const letters = words.map((w) => w[0]).join('') + x[1][0];
    if (letters.length >= 3) initials.add(letters);
  }
  for (const letters of initials) if (writtenAsWord(text, letters)) names.push(letters);
  return names;
}

/** `word` written in the text with no letter touching it on either side. */
function writtenAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** A name before a spacecraft's kind. */
const CRAFT = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+)[ \t](?:[Ss]pacecraft|lander|rover|orbiter)\b/gu;
/** The worlds a craft may be named after (`Moon lander`, `Mars rover`), names of their own. */
const WORLDS = /^(?:Moon|Lunar|Mars|Martian|Venus|Mercury|Jupiter|Saturn|Uranus|Neptune|Pluto|Earth|Sun|Solar|Comet|Asteroid|Space|NASA|ESA)$/;

/**
 * `the Rosetta spacecraft`, `the Philae lander`: a craft's name, no place (`Rosetta` in Egypt) nor body, wherever written; not a world
 * it lands on (`Moon lander`) nor the nation that sent it (`Russian spacecraft`).
 */
export function craftNames(text: string): Set<string> {
  const names = new Set<string>();
  if (['pacecraft', 'lander', 'rover', 'orbiter'].some((w) => text.includes(w))) for (const x of text.matchAll(CRAFT)) if (!WORLDS.test(x[1])) names.add(x[1]);
  return names;
}

/** An actor's full name in brackets: a given name and a surname. */
const ACTOR_IN_BRACKETS = /\((\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+\)/gu;
/** Before it: a name of one or two capitalised words, and an optional description in small letters (`, a disgraced auror`). */
const ROLE_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:, (?:an?|the) (?:[\p{Ll}-]+ ){0,4}[\p{Ll}-]+)? $/u;

/**
 * `the plot revolves around Newt Scamander (Eddie Redmayne)`, `Tina, a disgraced auror (Katherine Waterston)`: a name with
 * an actor's full name in brackets after it (a description between) is a part played, a fictional character, no entity;
 * nor are its parts wherever written (`Newt, Tina, and the gang`).
 */
export function rolesPlayed(text: string): Set<string> {
  const roles = new Set<string>();
  for (const x of text.matchAll(ACTOR_IN_BRACKETS)) {
    if (!isGivenName(x[1])) continue;
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, x.index - NAME_REACH), x.index));
    if (!before) continue;
    roles.add(before[1]);
    const parts = before[1].split(' ');
    if (parts.length > 1) for (const part of parts) roles.add(part);
  }
  return roles;
}

/**
 * `A-D` / … / `E-F` / … / `G-K`: letters from first to last, each alone on its line, two such lines at least, head the parts
 * of an index (a list of regions, of names); no bodies (`I-D`, `U-M` alone are names: their letters do not run forward).
 */
export function letterRanges(text: string): Set<string> {
  const found = new Set<string>();
  if (!/^\p{Lu}-\p{Lu}$/mu.test(text)) return found;
  for (const x of text.matchAll(/^(\p{Lu})-(\p{Lu})$/gmu)) if (x[1] < x[2]) found.add(x[0]);
  return found.size >= 2 ? found : new Set();
}

/** Initials in brackets: `(SLO; …)`, `(AI)`. */
const BRACKETED_INITIALS = /\((\p{Lu}{2,6})s?[;,)]/gu;
/** Words in small letters right before them: `a service level objective `, `artificial intelligence `. */
const SMALL_WORDS_BEFORE = /((?:\p{Ll}+[ -]){1,6})$/u;

/** `English as a second language `: a language's name, then words in small letters, function words between them. */
const LANGUAGE_WORDS_BEFORE = /(\p{Lu}\p{Ll}+)((?:[ -]\p{Ll}+){1,6}) $/u;
const SKIPPED = new Set(['as', 'a', 'an', 'of', 'the', 'and', 'for', 'in', 'to', 'on']);

/** `English as a second language (ESL)`: initials spelling a language's name and words in small letters, function words skipped. */
function spelledByLanguage(before: string, letters: string): boolean {
  const x = LANGUAGE_WORDS_BEFORE.exec(before);
  if (!x || gazetteer().get(nameKey(x[1]))?.label !== 'NORP') return false;
  const content = [x[1], ...x[2].trim().split(/[ -]+/).filter((w) => !SKIPPED.has(w))];
  return content.length === letters.length && content.map((w) => w[0].toLowerCase()).join('') === letters.toLowerCase();
}

/**
 * Initials the document spells out in words of the language (`a service level objective (SLO; see …)`): a common noun's
 * short form, no body wherever written, as the words are none. (Read from each bracket back, analysis runs on every keystroke.)
 */
export function commonNounInitials(text: string): string[] {
  const names: string[] = [];
  if (!text.includes('(')) return names;
  for (const x of text.matchAll(BRACKETED_INITIALS)) {
    const letters = x[1];
    const words = SMALL_WORDS_BEFORE.exec(text.slice(Math.max(0, x.index - 80), x.index));
    const parts = words?.[1].trim().split(/[ -]+/) ?? [];
    if (parts.length >= letters.length && parts.slice(-letters.length).map((w) => w[0]).join('') === letters.toLowerCase()) names.push(letters);
    else if (spelledByLanguage(text.slice(Math.max(0, x.index - 80), x.index), letters)) names.push(letters);
  }
  return names;
}

/** A kind of product a name is given to: a drink, a record, a book, a game. */
const PRODUCT_KIND = String.raw`(?:liqueur|whiskey|whisky|bourbon|beer|ale|lager|stout|wine|gin|vodka|rum|cocktail|drink|album|single|song|record|mixtape|film|movie|book|novel|game|app|product|dish)`;
/** `a liqueur called Fernet Fungo`, `his latest album, named Blue Hours`: the kind, `called` or `named`, the name. */
const PRODUCT_CALLED = new RegExp(String.raw`\b${PRODUCT_KIND},?[ \t]+(?:called|named|dubbed)[ \t]+((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3})`, 'gu');

/**
 * `his latest release is a liqueur called Fernet Fungo`: a name a drink, a record or a book is called is a product's, no
 * person nor body, wherever written (`a bottle of Fernet Fungo`). So is an unknown name in apposition after a medicine's
 * noun (`obesity drugs Zepbound and Wegovy`; `Prices for Wegovy`).
 */
export function productNames(text: string): Set<string> {
  const names = new Set<string>();
  if (/ (?:called|named|dubbed) \p{Lu}/u.test(text)) for (const x of text.matchAll(PRODUCT_CALLED)) names.add(x[1]);
  if (/(?:drugs?|medications?|medicines?|vaccines?|pills) \p{Lu}/u.test(text)) {
    for (const x of text.matchAll(DRUGS_NAMED)) for (const name of [x[1], x[2]]) if (name && unknownWord(name)) names.add(name);
  }
  return names;
}

/** A medicine's noun, then one or two names in apposition (`obesity drugs Zepbound and Wegovy`, `the vaccine Novavax`). */
const DRUGS_NAMED = /\b(?:drugs?|medications?|medicines?|vaccines?|pills)[ \t]+(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])(?:(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+)(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-]))?/gu;

/** A word that no list knows: no word of the language, given name nor name of the gazetteer (`Wegovy`, not `Pfizer`). */
function unknownWord(w: string): boolean {
  return !isCommonWord(w.toLowerCase()) && !isGivenName(w) && !gazetteer().get(nameKey(w));
}

/** A work's kind, then `called` and its title in capitals, words of the language only (`a TV show called Fat Actress`). */
const WORK_CALLED = /\b(?:show|series|sitcom|podcast|book|memoir|novel|film|movie|documentary|album|song|single|play|musical|programme|program|game|app)[ \t]+(?:called|titled|entitled)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3})(?![\p{L}'’])/gu;

/**
 * `a semi-autobiographical TV show called Fat Actress`: a work's title made of words of the language is no body nor place,
 * wherever the document writes it (`she talked about Fat Actress`). Titles holding a name (`Kirstie Alley’s Big Life`) are
 * left to the names in them.
 */
export function worksCalled(text: string): string[] {
  if (!/ (?:called|titled|entitled) /.test(text)) return [];
  const names: string[] = [];
  for (const x of text.matchAll(WORK_CALLED)) if (x[1].split(/[ \t]+/).every((w) => isCommonWord(w.toLowerCase()))) names.push(x[1]);
  return names;
}

/** `1. GS Lomba by Gerard Sierra`: a numbered line of a work's title and its maker after `by`. */
const NUMBERED_WORK = /^\d{1,2}\.[ \t]+((?:[\p{Lu}\p{N}][\p{L}\p{N}’'-]*[ \t]){0,3}[\p{Lu}\p{N}][\p{L}\p{N}’'-]*)[ \t]+by[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}.’'&-]*[ \t]?){1,4}$/gmu;

/**
 * `1. GS Lomba by Gerard Sierra`, `2. Snowee by Hieu Le`: two or more numbered lines of a title and its maker are a
 * list of works (typefaces, books, records); the titles are no bodies nor people, wherever the document writes them.
 * The makers keep theirs.
 */
export function numberedWorks(text: string): string[] {
  if (!/^\d{1,2}\.[ \t].* by /m.test(text)) return [];
  const names = [...text.matchAll(NUMBERED_WORK)].map((x) => x[1]);
  return names.length >= 2 ? names : [];
}
