/**
 * `my6sense`, `My6sense`: a brand spelt with a digit inside its letters is no word a tokenizer reads as a name, in small
 * letters or capitalised. Written three times at least, it is the body's name wherever a mention does not already cover it.
 */
import type { DocMention } from './resolve';
import { mention } from './mention';

/** Letters, a digit or two, letters: two letters at least on each side (not `H5N1`, `4x4`, `mp3`). */
const DIGIT_BRAND = /(?<![\p{L}\p{N}@./_-])(\p{L}{2,}\d{1,2}\p{L}{2,})(?![\p{L}\p{N}@_-]|\.\p{L})/gu;

/** How often a document must write such a word for it to be a name. */
const BRAND_USES = 3;

export function digitBrands(ms: DocMention[], text: string): DocMention[] {
  const found = [...text.matchAll(DIGIT_BRAND)];
  if (found.length < BRAND_USES) return ms;
  const uses = new Map<string, number>();
  for (const x of found) uses.set(x[1].toLowerCase(), (uses.get(x[1].toLowerCase()) ?? 0) + 1);
  const added: DocMention[] = [];
  for (const x of found) {
    const start = x.index, end = start + x[1].length;
    if ((uses.get(x[1].toLowerCase()) ?? 0) < BRAND_USES || ms.some((m) => m.start < end && start < m.end)) continue;
    added.push(mention(start, end, x[1], 'ORG', 1, `a brand spelt with a digit, written ${uses.get(x[1].toLowerCase())} times`));
  }
  return added.length ? [...ms, ...added].sort((a, b) => a.start - b.start) : ms;
}
