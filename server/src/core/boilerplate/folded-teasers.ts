/**
 * `Chris Christie: FBI's raid … was 'fair game'` / `Sky Palma` / `August 09, 2022` / two paragraphs / `CONTINUE READING
 * Show less`: a feed of other stories, each folded under a button that unfolds it. Two such buttons a few lines apart make
 * the feed; its cards are alike, so the first card takes as many lines above its button as the second does, and every
 * line from the first card's headline to the last button is the page's.
 */
import type { LineInfo, Mark } from './line-kinds';

/** A button that folds or unfolds a card (its line's label: lowercased, trailing punctuation removed). */
const FOLD = /^(?:continue reading(?: show less)?|show less|read full story)$/;
/** Most lines between two buttons of one feed. */
const CARD_LINES = 8;

export function markFoldedTeasers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const folds: number[] = [];
  for (let i = head + 1; i < lines.length; i++) if (FOLD.test(lines[i].label)) folds.push(i);
  if (folds.length < 2) return;
  for (let a = 0; a < folds.length; ) {
    let b = a;
    while (b + 1 < folds.length && folds[b + 1] - folds[b] <= CARD_LINES) b++;
    if (b > a) {
      const from = Math.max(head + 1, folds[a] - (folds[a + 1] - folds[a]) + 1);
      for (let k = from; k <= folds[b]; k++) if (lines[k].words > 0) marks[k] ??= { reason: 'a folded card of another story', nav: true };
    }
    a = b + 1;
  }
}
