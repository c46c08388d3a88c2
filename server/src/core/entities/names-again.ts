/**
 * `Follow The Telegraph`, `Work at The Telegraph`, `Telegraph Corporate` on a page that writes `for The Telegraph website`:
 * a title-case line drops its common words, so a name made of them (`The Telegraph`, `Experience`) is found only where a
 * sentence shows it. Where the document names it so clearly, its other capitalised occurrences that no mention covers are
 * the same name; a newspaper's name with its `The` stands without it too (`Telegraph Corporate`).
 */
import type { DocMention } from './resolve';
import { isCommonWord } from './lexicon';
import { nameParts } from './similarity';
import { COPYRIGHT_HOLDER_REASON } from './paragraph';
import { AUTHOR_REASONS } from './post-authors';
import { smallWordsOnLine } from '../text';

/**
 * Reasons that read common words as a body from their shape alone (`High School`, `Box Office`, `Local Government`,
 * `Army` after `United States`, `the name of a portal`): too weak to name the words elsewhere.
 */
const WEAK_SOURCE = /^(?:organisation head|name of a|institution named by its kind|a club elsewhere|short name of)/;

/** A capitalised word right after: in a sentence the occurrence opens a longer name (`Labor Day`). */
const NAME_AFTER = /^[ \t]\p{Lu}/u;

/** A line of prose: three words in lowercase at least (a title-case line or a menu's has none or few). */
const inProse = (text: string, at: number) => smallWordsOnLine(text, at) >= 3;

/** A capitalised name word right before (`Minnesota Wild`): the occurrence is part of a longer name. */
const NAME_BEFORE = /\p{Lu}[\p{Ll}\p{Lu}'’.-]*[ \t]$/u;

/** Letters or digits next to an occurrence make it part of another word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A company's words after its own name: its legal form, or what kind of company it is (`Group`, `Media`). */
const COMPANY_TAIL = /(?:,?[ \t]+(?:LLC|Inc\.?|Ltd\.?|Limited|Co\.|Corp\.?|Corporation|Company|Group|Media|Communications|Network|Publishing|Publications|Holdings|Enterprises|Digital|Ventures|Newspapers))+$/;

/** Words too general to stand for one company (`News Group Newspapers` is no `News`). */
const TOO_GENERAL = /^(?:News|Press|Daily|Digital|Media|Global|National|International|World|Channel|Online|Web)$/;

/** A holder's own name without `The` and its company words: `The Slate Group LLC` → `Slate`; none when nothing is left to strip. */
function holderShortName(holder: string): string | undefined {
  const bare = holder.replace(/^The[ \t]+/, '');
  const short = bare.replace(COMPANY_TAIL, '');
  if (short === bare || short.length < 4 || TOO_GENERAL.test(short) || !/^\p{Lu}/u.test(short)) return undefined;
  return short;
}

/** A person's name that is a copyright holder's without its `The` (`Penny Hoarder`) is the holder, its `The` included where written. */
function holderNotPerson(ms: DocMention[], text: string): DocMention[] {
  const holders = new Map<string, DocMention>();
  for (const m of ms) if (m.label === 'ORG' && m.reason.startsWith(COPYRIGHT_HOLDER_REASON) && m.text.startsWith('The ')) holders.set(m.text.slice(4), m);
  if (!holders.size) return ms;
  let changed = false;
  const out = ms.map((m) => {
    const holder = m.label === 'PERSON' ? holders.get(m.text) : undefined;
    if (!holder) return m;
    changed = true;
    const the = text.slice(m.start - 4, m.start) === 'The ';
    const start = the ? m.start - 4 : m.start;
    return { ...m, start, text: text.slice(start, m.end), label: 'ORG' as const, person: undefined, linked: holder, reason: `the copyright's holder “${holder.text}”, no person` };
  });
  return changed ? out : ms;
}

export function namesAgain(ms: DocMention[], text: string): DocMention[] {
  const sources = new Map<string, DocMention>();
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength !== 2 || m.guess || m.acronym || m.text.includes('\n') || WEAK_SOURCE.test(m.reason) || !/^\p{Lu}/u.test(m.text)) continue;
    const words = nameParts(m.text);
    if (!words.length || !words.every((w) => isCommonWord(w.toLowerCase()) || w === 'The')) continue;
    if (!sources.has(m.text)) sources.set(m.text, m);
    const bare = m.text.startsWith('The ') ? m.text.slice(4) : undefined;
    if (bare && !sources.has(bare)) sources.set(bare, m);
  }
  // `The Slate Group LLC` in the copyright line: `Slate` is the site's own name wherever written (`FOLLOW SLATE` aside).
  for (const m of ms) {
    if (m.label !== 'ORG' || !m.reason.startsWith(COPYRIGHT_HOLDER_REASON)) continue;
    const short = holderShortName(m.text);
    if (!short || sources.has(short) || !nameParts(short).every((w) => isCommonWord(w.toLowerCase()))) continue;
    sources.set(short, { ...m, text: short, canonical: undefined, linked: undefined, reason: `the short name of the copyright's holder “${m.text}”` });
  }
  // `Posted by kovarex, …`, `djsteveb · March 10, 2017`: a handle that a header names as its author is that person
  // wherever the document writes it, in small letters too (`The release plan (kovarex)`).
  for (const m of ms) if (m.label === 'PERSON' && AUTHOR_REASONS.has(m.reason) && !m.text.includes(' ') && !sources.has(m.text)) sources.set(m.text, m);
  // `Showa Denko K.K. (SDK)`: initials the document spells out are that body wherever it writes them (`SDK announced …`),
  // though they read as a technical term.
  for (const m of ms) if (m.label === 'ORG' && m.expands && m.acronym && !sources.has(m.text)) sources.set(m.text, m);
  // `by The Penny Hoarder` on a page whose copyright holder is `The Penny Hoarder`: the site's name, not a person's.
  ms = holderNotPerson(ms, text);
  if (!sources.size) return ms;
  // Characters a mention covers, marked once: each occurrence is checked over its own length.
  const taken = new Uint8Array(text.length);
  for (const m of ms) taken.fill(1, m.start, m.end);
  const covered = (s: number, e: number) => taken.subarray(s, e).includes(1);
  const added: DocMention[] = [];
  // Longer names first, so `The Telegraph` is taken before `Telegraph` inside it.
  for (const [name, m] of [...sources].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '') || covered(at, end)) continue;
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
      if (before && !isCommonWord(before[0].trim().toLowerCase())) continue;
      if (NAME_AFTER.test(text.slice(end, end + 2)) && inProse(text, at)) continue;
      const again: DocMention = { ...m, start: at, end, text: name, strength: 1, initial: true, linked: name === m.text ? m.linked : m, reason: `named so elsewhere in the document (“${m.text}”)` };
      added.push(again);
      taken.fill(1, at, end);
    }
  }
  return added.length ? [...ms, ...added].sort((a, b) => a.start - b.start) : ms;
}
