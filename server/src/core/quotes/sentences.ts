/**
 * Sentence ranges inside one paragraph, never cutting a quoted stretch, and masking
 * of quoted text so that cue words inside a quotation are not read as its attribution.
 */
import { ABBREVIATIONS } from './lexicon';

export interface Range {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?…]+["”’»]*(?=\s+["“‘«(]?[\p{Lu}\p{N}])/gu;

/** Sentences of `text` as ranges covering it; no boundary falls strictly inside a quote. */
export function sentenceRanges(text: string, quotes: readonly Range[]): Range[] {
  const out: Range[] = [];
  const sorted = [...quotes].sort((a, b) => a.end - b.end);
  let j = 0;
  // An indent (OCR text) is no part of the first sentence.
  let start = skipSpace(text, 0);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    while (j < sorted.length && sorted[j].end <= end) j++;
    if (insideAny(sorted, j, end)) continue;
    if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
    out.push({ start, end });
    start = skipSpace(text, end);
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Is `pos` strictly inside one of `sorted[j..]` (sorted by end, all ending after `pos`)? */
function insideAny(sorted: readonly Range[], j: number, pos: number): boolean {
  // Quotes of one paragraph hardly overlap: the first few candidates decide.
  for (let k = j; k < sorted.length && k < j + 4; k++) if (sorted[k].start < pos) return true;
  return false;
}

/** Is the period at `dot` the end of an abbreviation or an initial (`Mr.`, `U.S.`, `J.`)? */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, e.g
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence containing `pos` (the last one when past the end). */
export function sentenceAt(sentences: readonly Range[], pos: number): Range {
  return sentences[sentenceIndexAt(sentences, pos)] ?? { start: 0, end: 0 };
}

/** Index of the sentence containing `pos` (binary search; -1 when there is none). */
export function sentenceIndexAt(sentences: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}

/** `text` with every quoted stretch in `quotes` blanked out (same length). */
export function maskQuotes(text: string, quotes: readonly Range[]): string {
  if (quotes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    out += text.slice(at, q.start) + ' '.repeat(q.end - q.start);
    at = q.end;
  }
  return out + text.slice(at);
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu);
  return m ? m.length : 0;
}
