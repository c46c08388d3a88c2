/**
 * Anchoring: finding an annotation's text again when it is not at its offsets (the
 * document changed while its `.ann` did not follow). The nearest occurrence to where it
 * was wins, whole words first; an occurrence another annotation of the same label already
 * holds is taken only when no other is left.
 */
import { occurrences } from './occurrences';

/** brat writes a span across a line break as fragments whose texts are joined by a space. */
export function sameText(covered: string, stored: string): boolean {
  return covered === stored || covered.replace(/\r?\n|\r/g, ' ') === stored;
}

/** Where `needle` is in `text` nearest `near`, avoiding `taken` starts; -1 when it is nowhere. */
export function findNear(text: string, needle: string, near: number, taken: (start: number) => boolean = () => false): number {
  if (!needle) return -1;
  let found = pickNearest(occurrences(text, needle).map((o) => o.start), near, taken);
  if (found < 0) {
    const all: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) all.push(i);
    found = pickNearest(all, near, taken);
  }
  return found;
}

function pickNearest(starts: number[], near: number, taken: (start: number) => boolean): number {
  let best = -1;
  let bestFree = -1;
  for (const s of starts) {
    if (best < 0 || Math.abs(s - near) < Math.abs(best - near)) best = s;
    if (!taken(s) && (bestFree < 0 || Math.abs(s - near) < Math.abs(bestFree - near))) bestFree = s;
  }
  return bestFree >= 0 ? bestFree : best;
}
