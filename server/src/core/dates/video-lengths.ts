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
  let clocks = 0;
  paragraphs.forEach((p, i) => {
    if (!VIDEO_LENGTH.test(p.text.trim())) return;
    clocks++;
    // `October 11, 2022` / `15:11`: a clock under a line that ends in a full date is that item's time stamp.
    if (i === 0 || !FULL_DATE_END.test(paragraphs[i - 1].text.trimEnd())) lines.add(i);
  });
  return clocks >= LIST ? lines : new Set();
}

/** A line ending in a full date, its month named (`October 11, 2022`, `11 October 2022`, `Oct. 11, 2022`). */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const FULL_DATE_END = new RegExp(`(?:\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?)\\s+(?:19|20)\\d\\d$`);
