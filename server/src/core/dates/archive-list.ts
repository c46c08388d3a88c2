/**
 * A blog's archive list: a year alone on its line, then the months of that year one per
 * line (`2019`, `November`, `October`, …). Each month is a DATE of the year above it; a
 * month alone elsewhere needs words around it to read as a date (see chrono-scan.ts).
 * A blog's archive widget writes the same list with disclosure triangles and post counts
 * (`▼ 2016 (136)`, `► November (16)`), and lists an open month's post titles under it:
 * there the year holds over the titles until the next year.
 */
import type { Paragraph } from '../types';
import { ARCHIVE_ITEM } from '../text';

const YEAR_LINE = /^(1[89]\d\d|20\d\d)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ArchiveMonth {
  start: number;
  end: number;
  value: string;
}

/** The month lines under a year line, with their `YYYY-MM` values. */
export function archiveMonths(paragraphs: readonly Paragraph[]): ArchiveMonth[] {
  const out: ArchiveMonth[] = [];
  let year: string | undefined;
  let widget = false;
  for (const p of paragraphs) {
    const line = p.text.trim();
    const item = ARCHIVE_ITEM.exec(line);
    const text = item ? item[2] : line;
    const y = YEAR_LINE.exec(text);
    if (y) {
      year = y[1];
      widget = item !== null;
      continue;
    }
    // In a widget, the open month's post titles between its items keep the year.
    if (widget && !item) continue;
    const month = MONTHS.indexOf(text);
    if (month < 0 || year === undefined) {
      year = undefined;
      continue;
    }
    const start = p.start + p.text.indexOf(line) + line.indexOf(text);
    out.push({ start, end: start + text.length, value: `${year}-${String(month + 1).padStart(2, '0')}` });
  }
  return out;
}
