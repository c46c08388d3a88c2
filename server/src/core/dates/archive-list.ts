/**
 * A blog's archive list: a year alone on its line, then the months of that year one per
 * line (`2019`, `November`, `October`, …). Each month is a DATE of the year above it; a
 * month alone elsewhere needs words around it to read as a date (see chrono-scan.ts).
 */
import type { Paragraph } from '../types';

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
  for (const p of paragraphs) {
    const text = p.text.trim();
    const y = YEAR_LINE.exec(text);
    if (y) {
      year = y[1];
      continue;
    }
    const month = MONTHS.indexOf(text);
    if (month < 0 || year === undefined) {
      year = undefined;
      continue;
    }
    const start = p.start + p.text.indexOf(text);
    out.push({ start, end: start + text.length, value: `${year}-${String(month + 1).padStart(2, '0')}` });
  }
  return out;
}
