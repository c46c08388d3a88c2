/**
 * DATE and TIME spans with TIMEX3 values. Each paragraph is read once (cached on its
 * text: see dates/scan.ts); the document's reference dates come from its stamps,
 * datelines and weekday+day pins (dates/reference.ts); values are then resolved per
 * paragraph (cached on text + reference) with the last date mentioned carried along.
 */
import type { Detector, DetectContext } from '../detector';
import { DATE_LABELS, type Span } from '../types';
import { scanParagraph } from '../dates/scan';
import { isMenuDay } from '../dates/menu-items';
import { videoLengthLines } from '../dates/video-lengths';
import { asSchedule, scheduleLines } from '../dates/schedule-lines';
import { findReferences } from '../dates/reference';
import type { Mention, ParagraphScan } from '../dates/mention';
import { carry, inputsKey, paragraphValues, type ParagraphValues } from '../dates/paragraph-values';
import type { LastMentioned } from '../dates/resolve';
import { archiveMonths } from '../dates/archive-list';
import { foldInvisible } from '../entities/invisible';

/**
 * Sorted [start, end) of persons' and bodies' names: a month or day name inside one (`April Ryan`, `The Sunday Telegraph`)
 * is no date, nor a day word (`USA TODAY`).
 */
function nameRanges(ctx: DetectContext): number[][] {
  return ctx.found.filter((s) => s.label === 'PERSON' || s.label === 'ORG').map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
}

function insideAny(ranges: number[][], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] > start) hi = mid - 1;
    else if (ranges[mid][1] < end) lo = mid + 1;
    else return true;
  }
  return false;
}

const isNameLike = (m: Mention): boolean =>
  m.kind === 'weekday' || (m.kind === 'calendar' && m.date?.d === undefined && m.date?.y === undefined && !m.time) || (m.kind === 'relative' && m.source === 'relative day' && m.end - m.start <= 8);

/** The document writes day after month (`December 14, 2016`, `2/26/2015`) more often than before it. */
function writesMonthFirst(scans: readonly ParagraphScan[]): boolean {
  let md = 0;
  let dm = 0;
  for (const scan of scans) {
    for (const m of scan.mentions) {
      if (m.order === 'md') md++;
      else if (m.order === 'dm') dm++;
    }
  }
  return md > dm;
}

/** The scan with its two-way numeric dates read month first (`7/1/2022` = 1 July). */
function monthFirstScan(scan: ParagraphScan): ParagraphScan {
  const swap = <T extends { m?: number; d?: number }>(x: T): T => ({ ...x, m: x.d, d: x.m });
  const mentions = scan.mentions.map((m) => (m.swappable && m.date?.m !== undefined && m.date.d !== undefined ? { ...m, date: swap(m.date) } : m));
  // A stamp line read from such a date (`7/1/2022`) is that date too.
  const from = scan.stamp && scan.mentions.find((m) => m.swappable && m.date?.y === scan.stamp!.date.y && m.date.m === scan.stamp!.date.m && m.date.d === scan.stamp!.date.d);
  return { ...scan, mentions, stamp: from ? { ...scan.stamp!, date: swap(scan.stamp!.date) } : scan.stamp };
}

export const datesDetector: Detector = {
  name: 'dates',
  labels: DATE_LABELS,
  detect(ctx: DetectContext): Span[] {
    const { doc, memo } = ctx;
    const paragraphs = doc.paragraphs;
    // Dates are read without the invisible characters of web pages (`yes\u00ADter\u00ADday`); spans cover the text as written.
    const folds = paragraphs.map((p) => foldInvisible(p.text));
    const texts = paragraphs.map((p, i) => folds[i]?.text ?? p.text);
    let scans: ParagraphScan[] = texts.map((text) => memo.get(`scan\u0000${text}`, () => scanParagraph(text)));
    const monthFirst = writesMonthFirst(scans);
    if (monthFirst) scans = scans.map((scan, i) => (scan.mentions.some((m) => m.swappable) ? memo.get(`scan-md\u0000${texts[i]}`, () => monthFirstScan(scan)) : scan));
    const refs = findReferences(scans, texts, new Date().getUTCFullYear());
    const names = nameRanges(ctx);
    const out: Span[] = [];
    let state: LastMentioned = {};
    const lengths = videoLengthLines(paragraphs);
    const schedule = scheduleLines(paragraphs, scans);
    scans.forEach((read, i) => {
      if (read.mentions.length === 0 || isMenuDay(paragraphs, i) || lengths.has(i)) return;
      const scan = schedule.has(i) ? asSchedule(read) : read;
      const p = paragraphs[i];
      const ref = refs.at[i];
      const pins = new Map<number, number>();
      scan.mentions.forEach((_, j) => {
        const y = refs.pins.get(`${i}:${j}`);
        if (y !== undefined) pins.set(j, y);
      });
      const before = state;
      const key = `value${monthFirst ? '-md' : ''}${schedule.has(i) ? '-schedule' : ''}\u0000${inputsKey(scan, ref, pins, before)}\u0000${texts[i]}`;
      const res: ParagraphValues = memo.get(key, () => paragraphValues(scan, ref, pins, before));
      state = carry(state, res.mentioned);
      const fold = folds[i];
      scan.mentions.forEach((m, j) => {
        const start = p.start + (fold ? fold.toWritten(m.start) : m.start);
        const end = p.start + (fold ? fold.toWritten(m.end - 1) + 1 : m.end);
        if (names.length && isNameLike(m) && insideAny(names, start, end)) return;
        const { value, anchor } = res.values[j];
        const span: Span = { start, end, label: m.label, text: doc.text.slice(start, end), value, reason: m.source };
        if (anchor) span.anchor = anchor;
        out.push(span);
      });
    });
    for (const a of archiveMonths(paragraphs)) {
      out.push({ start: a.start, end: a.end, label: 'DATE', text: doc.text.slice(a.start, a.end), value: a.value, reason: 'a month under its year in an archive list' });
    }
    return out;
  },
};
