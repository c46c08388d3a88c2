/**
 * Values for all mentions of one paragraph, and what the paragraph tells later ones
 * about the last date mentioned. A pure function of its inputs, so it can be cached on
 * (paragraph text, reference, pins, and, only when the paragraph refers back, the last
 * date mentioned before it).
 */
import type { Mention, ParagraphScan } from './mention';
import type { Reference } from './reference';
import { noteMentioned, resolveMention, timeOnDay, type LastMentioned, type Resolved } from './resolve';

export interface ParagraphValues {
  values: Resolved[];
  /** The last year, month, day this paragraph mentions (to merge into the running state). */
  mentioned: LastMentioned;
}

export function paragraphValues(
  scan: ParagraphScan,
  ref: Reference | undefined,
  pins: ReadonlyMap<number, number>,
  before: LastMentioned,
): ParagraphValues {
  const last: LastMentioned = { ...before };
  const mentioned: LastMentioned = {};
  const values: Resolved[] = [];
  const timed: number[] = [];
  scan.mentions.forEach((m: Mention, j) => {
    if (m.dayOf !== undefined) {
      timed.push(j); // resolved below, once its day is known
      return;
    }
    const target = m.pinnedTo !== undefined ? scan.mentions[m.pinnedTo] : undefined;
    const r = resolveMention(m, ref, pins.get(j), last, target);
    if (m.kind !== 'fixed') {
      noteMentioned(r.value, last);
      noteMentioned(r.value, mentioned);
    }
    values[j] = r;
  });
  for (const j of timed) values[j] = timeOnDay(scan.mentions[j], values[scan.mentions[j].dayOf!]);
  scan.mentions.forEach((m, j) => {
    const day = m.dayOfRange !== undefined && m.weekday !== undefined ? dayInRange(values[m.dayOfRange]?.value, m.weekday) : undefined;
    if (day) values[j] = { value: day, anchor: 'the day of the range after it with this name' };
  });
  return { values, mentioned };
}

/** The cache key part that stands for a paragraph's inputs other than its text. */
export function inputsKey(scan: ParagraphScan, ref: Reference | undefined, pins: ReadonlyMap<number, number>, before: LastMentioned): string {
  let k = ref ? `${ref.anchor}|${ref.date.y}-${ref.date.m}-${ref.date.d}` : '-';
  if (pins.size) k += '|p' + [...pins].map(([j, y]) => `${j}:${y}`).join(',');
  if (scan.mentions.some((m) => m.kind === 'anaphoric' || m.yearOfLast)) k += '|a' + JSON.stringify(before);
  return k;
}

/** Merge what a paragraph mentioned into the running state. */
export function carry(state: LastMentioned, mentioned: LastMentioned): LastMentioned {
  return {
    year: mentioned.year ?? state.year,
    month: mentioned.month ?? state.month,
    day: mentioned.day ?? state.day,
  };
}

/** `1990-08-23/1990-08-24` and Friday → `1990-08-24`: the range's one day with that name (0 = Sunday). */
function dayInRange(range: string | undefined, weekday: number): string | undefined {
  const x = /^(\d{4})-(\d\d)-(\d\d)\/(\d{4})-(\d\d)-(\d\d)$/.exec(range ?? '');
  if (!x) return undefined;
  const from = Date.UTC(+x[1], +x[2] - 1, +x[3]);
  const to = Date.UTC(+x[4], +x[5] - 1, +x[6]);
  for (let t = from; t <= to && t - from <= 6 * 86400000; t += 86400000) if (new Date(t).getUTCDay() === weekday) return new Date(t).toISOString().slice(0, 10);
  return undefined;
}
