/**
 * `June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL`, `June 10 – Tampa, FL @ …`: a schedule gives each entry a line
 * opening with its month's day and a separator. Dates listed so, with no year and no verb to give them a tense, are
 * coming ones: a date before the reference falls in the next year, as in a clause in the future.
 */
import type { Paragraph } from '../types';
import type { Mention, ParagraphScan } from './mention';
import { SCHEDULE_ENTRY } from '../text';

/** Fewer entries in a row than this are no schedule. */
const RUN = 3;


const openDay = (m: Mention | undefined): boolean => m !== undefined && m.kind === 'calendar' && m.date?.m !== undefined && m.date.d !== undefined && m.date.y === undefined && !m.time;

/** Indices of the paragraphs that are a schedule's entries. */
export function scheduleLines(paragraphs: readonly Paragraph[], scans: readonly ParagraphScan[]): Set<number> {
  const entry = (i: number) => {
    const m = scans[i].mentions[0];
    const text = paragraphs[i].text;
    return openDay(m) && text.slice(0, m.start).trim() === '' && SCHEDULE_ENTRY.test(text);
  };
  const out = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= RUN) for (const i of run) out.add(i);
    run = [];
  };
  for (let i = 0; i < paragraphs.length; i++) {
    if (entry(i)) run.push(i);
    else flush();
  }
  flush();
  return out;
}

/** The scan with its open dates in the future, as a schedule's are (a tense its clause gives stays). */
export function asSchedule(scan: ParagraphScan): ParagraphScan {
  return { ...scan, mentions: scan.mentions.map((m) => (openDay(m) && m.tense === undefined ? { ...m, tense: 'future' } : m)) };
}
