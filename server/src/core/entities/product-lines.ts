/**
 * Product lines: a name followed by a model's tier (`MacBook Air`, `iPhone 14 Pro Max`,
 * `Apple Watch SE`, `Mac Studio`) names a product, no entity, and so does the line's name
 * alone elsewhere in the document (`a new MacBook`). The maker written before the line
 * (`Apple Watch SE`, `Meta Quest Pro`) is still the company.
 */
import type { DocMention } from './resolve';
import { isCommonWord } from './lexicon';
import { CAR_MAKERS } from './known-orgs';
import { ORG_TAIL_HEADS } from './org-words';
import { isGivenName } from './given-names';
import { CITY_CONTEXT_BEFORE, FUNCTION_WORDS } from './vocabulary';

/** Words that rank a model within its line; `Plus` and `Beta` only after a model's or a version's number (`iPhone 7 Plus`, `iOS 16 Beta 5`, not `Canal Plus`). */
const TIER = String.raw`(?:Pro|Max|MAX|Air|Mini|mini|Ultra|SE|XS|XR|Lite|Studio)`;
const TIERS = new RegExp(`^${TIER}$`);
/** A word of a line's name: capitalised, or spelt as products are (`iPad`, `macOS`). */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}]*|[ie]\p{Lu}[\p{L}\p{N}]*|mac\p{Lu}[\p{L}\p{N}]*)`;
/** A model's number between the line and its tier (`iPhone 14 Pro`, `Apple Watch Series 7`, `PlayStation 4 Pro`). */
const NUMBER = String.raw`(?:Series[ \t]+)?\d{1,2}`;
/**
 * Up to three words, an optional number, then one or two tiers ending the name (not `Delta Air Lines`, `New York Air National Guard`),
 * or a number then `Plus`.
 */
const OCCURRENCE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD}(?:[ \t]+${WORD}){0,2})(?:[ \t]+(${NUMBER}))?[ \t]+(${TIER}(?:[ \t]+${TIER})?|(?<=\d[ \t]+)(?:Plus|Beta))(?![\p{L}\p{N}+]|[ \t]+\p{Lu})`, 'gu');

/** An operating system spelt as products are (`macOS`, `iPadOS`, `watchOS`) and the name of its release. */
const SYSTEM_RELEASE = /(?<![\p{L}\p{N}])\p{Ll}+(?:\p{Lu}\p{Ll}+)?OS[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]|[ \t]+\p{Lu})/gu;

/**
 * A capital inside a word after small letters, as brands and products are written (`WeMo`,
 * `TrackR`, `iPhone`; ASCII only, as mojibake capitals are no spelling: `PiquÃ©`), not names with a particle (`McDonald`, `MacArthur`, `DiCaprio`, `LeBron`, `O'Neill`).
 */
export function isProductSpelling(w: string): boolean {
  return /^[A-Za-z]?[a-z]+[A-Z]/.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|Kwa)\p{Lu}/u.test(w);
}

interface Occurrence {
  start: number;
  end: number;
  /** End of the maker's name, when the line opens with it. */
  makerEnd?: number;
  maker?: string;
  /** The line's name without its maker (`Watch`, `MacBook`). */
  line: string;
  ending: string;
}

/**
 * Drops the mentions that name products and trims the ones that hold their maker's name to it.
 * Evidence for a product line: a word spelt as products are or holding digits (`AirPods`, `M1`), a model's number,
 * a maker the document names alone or the gazetteer knows, or two tiers or numbers seen after the same line (`Mac Pro`, `Mac Studio`).
 */
export function withoutProducts(ms: DocMention[], text: string): DocMention[] {
  const occurrences = productOccurrences(ms, text);
  if (!occurrences.length) return ms;
  const lines = new Set(occurrences.map((o) => o.line).filter((l) => !l.split(' ').every((w) => TIERS.test(w))));
  const makerLines = new Map(occurrences.filter((o) => o.maker).map((o) => [`${o.maker} ${o.line}`, o.maker!]));
  const out: DocMention[] = [];
  for (const m of ms) {
    const o = occurrences.find((x) => x.start < m.end && m.start < x.end);
    const holdsMaker = o?.makerEnd !== undefined && m.start <= o.start && m.end >= o.makerEnd;
    const maker = o ? (holdsMaker ? o.maker : undefined) : makerLines.get(m.text);
    if (maker) {
      const start = o ? o.start : m.start;
      out.push(Object.assign(m, { start, end: start + maker.length, text: maker, label: 'ORG', strength: 1, guess: false, lexical: false, phrase: false, reason: 'the maker before its product’s name' }));
      continue;
    }
    // Inside a product's name, or the line's name or a tier alone (`a new MacBook`, `Pro Max`).
    if (o || lines.has(m.text) || m.text.split(' ').every((w) => TIERS.test(w))) continue;
    out.push(m);
  }
  return out;
}

/** A tier's word or a system's name anywhere: only the lines holding one are searched (analysis runs on every keystroke). */
const TIER_WORD = new RegExp(String.raw`\b(?:${TIER}|Plus|Beta)\b`, 'g');
const SYSTEM_WORD = /[a-z]OS\s/g;

/** The matches of `pattern` (global) in the lines of `text` that hold a match of `cue` (global), with offsets in `text`. */
function* linesWith(text: string, cue: RegExp, pattern: RegExp): Generator<RegExpMatchArray> {
  cue.lastIndex = 0;
  let done = -1;
  for (let c = cue.exec(text); c; c = cue.exec(text)) {
    if (c.index < done) continue;
    const start = text.lastIndexOf('\n', c.index) + 1;
    const nl = text.indexOf('\n', c.index);
    const end = nl < 0 ? text.length : nl;
    done = end;
    cue.lastIndex = end;
    for (const x of text.slice(start, end).matchAll(pattern)) {
      x.index! += start;
      yield x;
    }
  }
}

/** Spelt as products are, holding digits (`M1`), or a word of the language after `Mac` (`MacBook`, not `MacArthur`). */
const productWord = (w: string) => isProductSpelling(w) || /\p{N}/u.test(w) || (/^Mac\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w.slice(3).toLowerCase()));

function productOccurrences(ms: readonly DocMention[], text: string): Occurrence[] {
  // The document's single-word names and known companies, read only once a line holds a tier.
  let alone: Set<string> | undefined;
  let gazOrgs: Set<string> | undefined;
  const maker = (w: string) => {
    alone ??= new Set(ms.filter((m) => !m.text.includes(' ')).map((m) => m.text));
    gazOrgs ??= new Set(ms.filter((m) => m.gazKind === 'org').map((m) => m.text));
    return (gazOrgs.has(w) || alone.has(w)) && !isProductSpelling(w);
  };
  const found: (Occurrence & { evidence: boolean })[] = [];
  for (const x of linesWith(text, TIER_WORD, OCCURRENCE)) {
    const words = [...x[1].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: x.index! + w.index! }));
    // `Apple Watch SE`, `Introducing Apple Pencil Pro`: a word the document names alone, or a known company, is the maker; words before it are no part.
    const k = words.findIndex((w, i) => i < words.length - 1 && maker(w.text));
    let first = k + 1;
    // With no maker, the line is its last word and the words spelt as products before it (`Generation AirPods Pro` → `AirPods`).
    if (k < 0) for (first = words.length - 1; first > 0 && productWord(words[first - 1].text); ) first--;
    const lineWords = words.slice(first).map((w) => w.text);
    const evidence = k >= 0 || !!x[2] || lineWords.some(productWord);
    found.push({
      start: k >= 0 ? words[k].start : words[first].start,
      end: x.index! + x[0].length,
      makerEnd: k >= 0 ? words[k].start + words[k].text.length : undefined,
      maker: k >= 0 ? words[k].text : undefined,
      line: lineWords.join(' '),
      ending: `${x[2] ?? ''} ${x[3]}`,
      evidence,
    });
  }
  // `macOS Ventura`, `watchOS 9`: a system's release is named after the system's name.
  for (const x of linesWith(text, SYSTEM_WORD, SYSTEM_RELEASE)) {
    const start = x.index! + x[0].length - x[1].length;
    found.push({ start, end: start + x[1].length, line: x[1], ending: '', evidence: true });
  }
  const endings = new Map<string, Set<string>>();
  for (const o of found) endings.set(o.line, (endings.get(o.line) ?? new Set()).add(o.ending));
  return found.filter((o) => o.evidence || endings.get(o.line)!.size >= 2);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A carmaker, then the capitalised word after it: the model (`Nissan Sentra`, `Mitsubishi Mirage`). The word's start before
 * the maker is checked apart (withoutCarModels): a lookbehind before the names makes the scan eight times slower.
 */
const MAKER_MODEL = new RegExp(String.raw`(?:${[...CAR_MAKERS].map(escape).join('|')})[ \t]+(\p{Lu}[\p{L}\p{N}-]*)`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `the eighth-generation Sentra`, `Sentra I-Style Makes a Statement`: a word the document writes after a carmaker's
 * name is its model, no entity wherever it opens a name; the maker's name is the company (see piece.ts).
 */
export function withoutCarModels(ms: DocMention[], text: string): DocMention[] {
  const models = new Set<string>();
  MAKER_MODEL.lastIndex = 0;
  for (let x = MAKER_MODEL.exec(text); x; x = MAKER_MODEL.exec(text)) {
    // Inside a word: no maker's name here; one may start further on inside the match (`XHonda Toyota Corolla`).
    if (x.index > 0 && LETTER_OR_DIGIT.test(text[x.index - 1])) {
      MAKER_MODEL.lastIndex = x.index + 1;
      continue;
    }
    if (!CAR_MAKERS.has(x[1]) && !ORG_TAIL_HEADS.has(x[1].toLowerCase())) models.add(x[1]);
  }
  if (!models.size) return ms;
  // `Nissan Sentra SR Turbo`, `2020 Mini JCW GP`: a trim's code in capitals after the maker, the model or another code.
  const trims = new Set<DocMention>();
  let lastTrimEnd = -1;
  for (const m of ms) {
    if (!TRIM_CODE.test(m.text) && !TRIM_WORD.test(m.text)) continue;
    const before = /([\p{L}\p{N}-]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!before) continue;
    const w = before[1];
    if (CAR_MAKERS.has(w) || models.has(w) || m.start - before[0].length + before[1].length === lastTrimEnd) {
      trims.add(m);
      lastTrimEnd = m.end;
    }
  }
  return ms.filter((m) => !trims.has(m) && (!models.has(m.text.split(/[ \t]/)[0]) || CAR_MAKERS.has(m.text)));
}

/** A car's trim or edition by its code (`SR`, `JCW`, `GP`, `RS`, `V8`), or by a word of the trade (`Sentra SR Turbo`). */
const TRIM_CODE = /^[\p{Lu}][\p{Lu}\p{N}]{1,3}$/u;
const TRIM_WORD = /^(?:Turbo|Hybrid)$/;

/** A language model's size in billions or millions of weights (`7B`, `6.5B`, `350M`). */
const MODEL_SIZE = String.raw`\d{1,3}(?:\.\d)?`;

/**
 * A version's or a model's number after a name (`Thunderbolt 3`, `Geekbench 5`, `MagSafe 2`, `Cinebench R20`), or a language
 * model's size in billions or millions of weights (`Bolmo 7B`, `EvaByte 6.5B`), not a
 * count, a score or a date (`EKO 10 comments`, `Bolton 3-2`, `June 9`).
 */
const VERSION_AFTER = new RegExp(String.raw`^[ \t](?:${MODEL_SIZE}[BM](?![\p{L}\p{N}])|\d{1,3}|\p{Lu}\d{1,3})(?![\p{L}\p{N}]|[.,:\/-]\p{N}|[ \t]?%|[ \t](?:comments?|points?|percent|per cent|minutes?|mins?|seconds?|years?|months?|weeks?|days?|hours?|°|-))`, 'u');

/** A language model's size in billions of weights after its name (`7B`, `6.5B`), not a sum (`$5B`, after no name). */
const MODEL_SIZE_AFTER = new RegExp(String.raw`^[ \t]${MODEL_SIZE}B(?![\p{L}\p{N}])`, 'u');

/** A software release's number, written with its `v` (`DuckDB v1.4.2`, `Spice v1.9.0`): a product's name once written. */
const RELEASE_AFTER = /^[ \t]v\d{1,3}(?:\.\d{1,3}){1,3}(?![\p{L}\p{N}]|\.\d)/u;

/** How often a document must write a name with a version's number after it for the name to be a product's. */
const VERSIONED_USES = 2;

/**
 * `Thunderbolt 3 docks`, `Thunderbolt 3 is staying`, `a Thunderbolt dock`, `Raspberry Pi 5`: a name the document writes twice or more with a
 * version's number after it (once with a release's `v1.4.2`) is a product's or a standard's, no entity, wherever it stands. Not a company the gazetteer
 * knows (`Boeing 737`, `S&P 500`) nor a name read as a body or a person on its own evidence (`Billboard 200`).
 */
export function withoutVersionedProducts(ms: DocMention[], text: string): DocMention[] {
  const versioned = new Map<string, number>();
  for (const m of ms) {
    const after = text.slice(m.end, m.end + 16);
    // After initials, a letter and digits are their maker's model or a format (`AMD B550`, `KFC T20`).
    // (Of several words, only common words capitalised: `Raspberry Pi 5`, not `Premier League 2`.)
    const release = RELEASE_AFTER.test(after);
    if ((m.text.includes(' ') && !m.phrase) || !(release || VERSION_AFTER.test(after)) || (m.acronym && /^[ \t]\p{Lu}/u.test(after))) continue;
    const key = m.text.toLowerCase();
    // (A language model's size or a release's number names a product once written: `BLT 7B, TFree-Hat 7B, and EvaByte 6.5B`.)
    versioned.set(key, (versioned.get(key) ?? 0) + (release || MODEL_SIZE_AFTER.test(after) ? VERSIONED_USES : 1));
  }
  if (![...versioned.values()].some((n) => n >= VERSIONED_USES)) return ms;
  const kept = new Set<string>();
  for (const m of ms) if (m.gazKind || (m.strength === 2 && !isProductSpelling(m.text))) kept.add(m.text.toLowerCase());
  const lines = productLineNames(text, [...versioned].filter(([, n]) => n >= VERSIONED_USES).map(([key]) => key));
  return ms.filter((m) => {
    const key = m.text.toLowerCase();
    // (Where a preposition of place governs it, a town is still the town: `She flew to Cayenne`.)
    // (A line's name alone, or after its product's: `Spice Cayenne`.)
    const line = lines.has(m.text) || (m.text.includes(' ') && lines.has(m.text.slice(m.text.indexOf(' ') + 1)));
    if (line && !CITY_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
    return (versioned.get(key) ?? 0) < VERSIONED_USES || kept.has(key);
  });
}

/** A product's name with one capitalised word after it: the word names a line of the product. */
const LINE_AFTER = /^[ \t](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]|[ \t]+\p{Lu})/u;

/**
 * `Spice Cayenne`, `Cayenne is built with …`: a capitalised word the document writes twice or more right after a
 * product's name names one of its lines, no entity, alone too (though it spells a town), but for a body's head or the
 * first of several capitalised words (`Python Software Foundation`).
 */
function productLineNames(text: string, products: string[]): Set<string> {
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  for (const p of products) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + p.length)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
      const x = LINE_AFTER.exec(text.slice(at + p.length, at + p.length + 30));
      if (!x || FUNCTION_WORDS.has(x[1].toLowerCase()) || ORG_TAIL_HEADS.has(x[1].toLowerCase())) continue;
      counts.set(x[1], (counts.get(x[1]) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= VERSIONED_USES).map(([w]) => w));
}

/** A name and one capital letter after it (`Moto X`), in the mention's own text. */
const LETTER_MODEL = /^(\p{Lu}\p{Ll}+) (\p{Lu})$/u;

/**
 * `Moto X`, `Moto G`, `Moto Z`: one word written with two letters or more after it, each a model, is a product line,
 * no person nor body: its models and the line's word alone are dropped. Not a given name (`Malcolm X`), nor a
 * reference's authors (`Wu Y`, `Wu J`).
 */
export function withoutLetterModels(ms: DocMention[]): DocMention[] {
  const letters = new Map<string, Set<string>>();
  for (const m of ms) {
    const x = LETTER_MODEL.exec(m.text);
    if (x && !isGivenName(x[1]) && !m.author) letters.set(x[1], (letters.get(x[1]) ?? new Set()).add(x[2]));
  }
  const lines = new Set([...letters].filter(([, l]) => l.size >= 2).map(([w]) => w));
  if (!lines.size) return ms;
  return ms.filter((m) => !lines.has(m.text) && (!lines.has(LETTER_MODEL.exec(m.text)?.[1] ?? '') || m.author));
}
