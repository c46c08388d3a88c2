/**
 * `my6sense`, `My6sense`: a brand spelt with a digit inside its letters is no word a tokenizer reads as a name, in small
 * letters or capitalised; nor a channel's number run into its word (`7News`, `9NEWS`). Written three times at least, it is
 * the body's name wherever a mention does not already cover it.
 */
import type { DocMention } from './resolve';
import { mention } from './mention';

/**
 * Letters, a digit or two, letters: two letters at least on each side (not `H5N1`, `4x4`, `mp3`); or a digit or two
 * then a capitalised word (`7News`; not `4x4`, `5G`).
 */
const DIGIT_BRAND = /^(?:\p{L}{2,}\d{1,2}\p{L}{2,}|\d{1,2}\p{Lu}\p{L}{2,})$/u;
/**
 * Where such a word may be: a letter, a digit or two, a letter; or a word's start, a digit or two, a capital (ASCII: a
 * cheap scan of the whole text on every analysis, which `5th`, `10am` do not start).
 */
const SEED = /[A-Za-z]\d{1,2}[A-Za-z]|\b\d{1,2}[A-Z]/g;
const HAS_SEED = new RegExp(SEED.source);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How often a document must write such a word for it to be a name. */
const BRAND_USES = 3;

/** The words around the seeds, as [start, end), not run into an address, a handle or a domain. */
function candidates(text: string): [number, number][] {
  const out: [number, number][] = [];
  let last = -1;
  for (const x of text.matchAll(SEED)) {
    let start = x.index;
    let end = x.index + x[0].length;
    if (start < last) continue;
    while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    last = end;
    if (/[@./_-]/.test(text[start - 1] ?? '') || /[@_-]/.test(text[end] ?? '') || /^\.\p{L}/u.test(text.slice(end, end + 2))) continue;
    if (DIGIT_BRAND.test(text.slice(start, end))) out.push([start, end]);
  }
  return out;
}

export function digitBrands(ms: DocMention[], text: string): DocMention[] {
  if (!HAS_SEED.test(text)) return ms;
  const found = candidates(text);
  if (found.length < BRAND_USES) return ms;
  const uses = new Map<string, number>();
  for (const [s, e] of found) uses.set(text.slice(s, e).toLowerCase(), (uses.get(text.slice(s, e).toLowerCase()) ?? 0) + 1);
  const added: DocMention[] = [];
  for (const [start, end] of found) {
    const word = text.slice(start, end);
    const n = uses.get(word.toLowerCase()) ?? 0;
    if (n < BRAND_USES || ms.some((m) => m.start < end && start < m.end)) continue;
    added.push(mention(start, end, word, 'ORG', 1, `a brand spelt with a digit, written ${n} times`));
  }
  return added.length ? [...ms, ...added].sort((a, b) => a.start - b.start) : ms;
}
