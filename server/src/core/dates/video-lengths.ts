/**
 * `01:45` / `Finally, A New Half Life Game …` / `09:09` / …: a page's list of videos gives each one's length on a line of
 * its own. A clock alone on its line, where the document has several such lines, is a length, no time of day (a single
 * one may be a stamp).
 */
import type { Paragraph } from '../types';
import { VIDEO_LENGTH } from '../text';

/** Fewer lines than this that are a bare clock are read as times of day. */
const LIST = 3;

/** Indices of the paragraphs that are a video's length. */
export function videoLengthLines(paragraphs: readonly Paragraph[]): Set<number> {
  const lines = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (VIDEO_LENGTH.test(p.text.trim())) lines.add(i);
  });
  return lines.size >= LIST ? lines : new Set();
}
