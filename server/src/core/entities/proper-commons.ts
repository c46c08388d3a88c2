/**
 * `Shares in plane-making giant Bombardier have fallen`, `Bombardier said`: a word of the language that the document
 * writes capitalised inside its sentences again and again, and never in small letters, is a name; where the document
 * shows it a company once (its kind before it, its shares or its chief after it), it is the company throughout.
 */
import { mention } from './mention';
import type { DocMention } from './resolve';
import { isCommonWord, isOpeningWord } from './lexicon';
import { isGivenName } from './given-names';
import { DROP_HEADS, GEO_SUFFIXES, ORG_LEAD_HEADS, ORG_TAIL_HEADS, SINGLE_INSTITUTIONS } from './org-words';
import { FUNCTION_WORDS, MONTHS, ROLE_NOUNS, TITLES, WEEKDAYS } from './vocabulary';
import { smallWordsOnLine } from '../text';

/**
 * A capitalised word after a space, no capitalised word after it; what stands before the space (a word in small letters or
 * its comma) is checked apart, by AFTER_SMALL: a lookbehind opening the pattern makes the scan slower.
 */
const INSIDE = / (\p{Lu}\p{Ll}{3,})(?=['’]s\b|(?![\p{L}\p{N}'’-])(?! \p{Lu}))/gu;
const AFTER_SMALL = /[\p{Ll},;]$/u;
/** Before a place's name, or after `the`: a place or an institution's word (`in Reading`, `the Government`). */
const NOT_A_BRAND_BEFORE = /(?:^|\s)(?:the|in|near|at|from|to|of|Mr|Mrs|Ms|Dr)\s$/;
/** What shows a company: its kind before it, or its people or its shares after its possessive. */
export const COMPANY_BEFORE = /(?:^|\s)(?:giant|firm|company|maker|makers|rival|group|shares in|stake in|brand|retailer|carmaker|airline|bank|manufacturer|chain|supermarket|conglomerate|insurer|lender|operator|owner of)\s$/;
export const COMPANY_AFTER = /^['’]s\s+(?:shares|share|chief|boss|president|chairman|chairwoman|board|profits?|sales|revenues?|stock|executives?|founder|owners?|shareholders|employees|staff|workers)\b/;
/** A line of prose: five words in small letters at least. */
const inProse = (text: string, at: number) => smallWordsOnLine(text, at) >= 5;
/** How often the word must be so written. */
const MIN_TIMES = 3;

export function properCommons(ms: DocMention[], text: string): DocMention[] {
  // Occurrences first, words read once each: analysis runs on every keystroke.
  const seen = new Map<string, number[]>();
  for (const x of text.matchAll(INSIDE)) {
    if (!AFTER_SMALL.test(text.slice(Math.max(0, x.index - 2), x.index))) continue;
    const at = seen.get(x[1]);
    if (at) at.push(x.index + 1);
    else seen.set(x[1], [x.index + 1]);
  }
  const candidates: [string, number[]][] = [];
  for (const [w, at] of seen) {
    if (at.length < MIN_TIMES) continue;
    const lower = w.toLowerCase();
    if (!isCommonWord(lower) || FUNCTION_WORDS.has(lower) || isOpeningWord(w) || MONTHS.has(lower) || WEEKDAYS.has(lower) || TITLES.has(lower) || ROLE_NOUNS.has(lower)) continue;
    if (ORG_TAIL_HEADS.has(lower) || ORG_LEAD_HEADS.has(lower) || DROP_HEADS.has(lower) || SINGLE_INSTITUTIONS.has(lower) || GEO_SUFFIXES.has(lower) || isGivenName(w)) continue;
    // Seldom after `the` or a place's preposition (`Shares in Bombardier` once); shown a company once; in prose only.
    if (at.filter((a) => NOT_A_BRAND_BEFORE.test(text.slice(Math.max(0, a - 6), a))).length * 3 > at.length) continue;
    if (!at.some((a) => COMPANY_BEFORE.test(text.slice(Math.max(0, a - 16), a)) || COMPANY_AFTER.test(text.slice(a + w.length, a + w.length + 20)))) continue;
    if (!at.every((a) => inProse(text, a))) continue;
    candidates.push([w, at]);
  }
  if (!candidates.length) return ms;
  // Never in small letters: one pass over the text for all the candidates.
  const lowers = new RegExp(`(?<![\\p{L}\\p{N}])(?:${candidates.map(([w]) => w.toLowerCase()).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const written = new Set([...text.matchAll(lowers)].map((x) => x[0]));
  // Never inside a mention.
  const taken = new Uint8Array(text.length);
  for (const m of ms) taken.fill(1, m.start, m.end);
  const added: DocMention[] = [];
  for (const [w, at] of candidates) {
    if (written.has(w.toLowerCase()) || at.some((a) => taken[a])) continue;
    for (const a of at) added.push({ ...mention(a, a + w.length, w, 'ORG', 2, 'a word of the language written as a name throughout the document'), initial: false });
  }
  return added.length ? [...ms, ...added].sort((a, b) => a.start - b.start) : ms;
}
