/**
 * Calendar arithmetic and TIMEX3 value formatting. Dates are plain `{y, m, d}` records
 * (month 1–12); any part may be unknown, and unknown parts print as `X`.
 */

export interface YMD {
  y?: number;
  m?: number;
  d?: number;
}

/** Weekday (0 = Sunday … 6 = Saturday) of a full date. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y ?? 2000, m); // leap year when the year is unknown
}

export function addDays(date: Required<YMD>, n: number): Required<YMD> {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO 8601 week-numbering year and week of a full date. */
export function isoWeek(date: Required<YMD>): { year: number; week: number } {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return { year: t.getUTCFullYear(), week: Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7) };
}

export function isFull(d: YMD | undefined): d is Required<YMD> {
  return d !== undefined && d.y !== undefined && d.m !== undefined && d.d !== undefined;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * TIMEX3 calendar value: `2023-11-22`, `2023-11`, `2023`, `XXXX-02-06`, `XXXX-09`.
 * A day without a month prints the month as `XX`.
 */
export function formatDate(v: YMD): string {
  const y = v.y !== undefined ? pad(v.y, 4) : 'XXXX';
  if (v.m === undefined && v.d === undefined) return y;
  const m = v.m !== undefined ? pad(v.m) : 'XX';
  return v.d === undefined ? `${y}-${m}` : `${y}-${m}-${pad(v.d)}`;
}

export function formatTime(h: number, min: number, s?: number): string {
  return `T${pad(h)}:${pad(min)}` + (s === undefined ? '' : `:${pad(s)}`);
}

/**
 * The year in which `m`/`d` falls on weekday `wd`, nearest to `near` (ties: the earlier
 * year), never after `maxYear` when given. Undefined when no year within 28 fits.
 */
export function pinYear(wd: number, m: number, d: number, near: number, maxYear?: number): number | undefined {
  let best: number | undefined;
  for (let k = 0; k <= 28; k++) {
    for (const y of k === 0 ? [near] : [near - k, near + k]) {
      if (maxYear !== undefined && y > maxYear) continue;
      if (!isValidDate(y, m, d) || weekdayOf(y, m, d) !== wd) continue;
      if (best === undefined) best = y;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}
