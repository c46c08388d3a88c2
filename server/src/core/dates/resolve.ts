/**
 * Turns a mention into its TIMEX3 value, given the paragraph's reference date, the
 * years fixed by weekday+day pins, and the last date mentioned before it (for `the
 * same month`). Unknown parts come out as `X`.
 */
import {
  addDays, addMonths, formatDate, formatTime, isFull, isoWeek, pad, weekdayOf, type YMD,
} from './calendar';
import { AFTER_THANKSGIVING, DIWALI, holidayMonth, NTH_WEEKDAY, type Mention, type NthWeekdayHoliday } from './mention';
import type { Reference } from './reference';

/** The last date mentioned, at each granularity. */
export interface LastMentioned {
  year?: number;
  month?: { y?: number; m: number };
  day?: Required<YMD>;
}

export interface Resolved {
  value: string;
  anchor?: string;
}

const isoWeekday = (wd: number): number => (wd === 0 ? 7 : wd);

function withTime(date: string, m: Mention): string {
  const at = (t: NonNullable<Mention['time']>) => date + formatTime(t.h, t.min, t.s);
  // A range of times on one day: `2026-01-08T14:00/2026-01-08T15:00`.
  if (m.time) return m.endTime ? `${at(m.time)}/${at(m.endTime)}` : at(m.time);
  if (m.part) return `${date}T${m.part}`;
  return date;
}

function openYear(m: Mention, month: number, day: number | undefined, ref: YMD): number {
  const y = ref.y!;
  if (m.yearOffset !== undefined) return y + m.yearOffset;
  if (m.rel === 'this') return y;
  const refM = ref.m ?? 6;
  if (m.rel === 'last') return month < refM ? y : y - 1;
  if (m.rel === 'next') return month > refM ? y : y + 1;
  if (ref.m === undefined) return y;
  // Days from the reference to the date in the reference year (a month alone: its middle).
  const days = (Date.UTC(y, month - 1, day ?? 15) - Date.UTC(y, ref.m - 1, ref.d ?? 15)) / 86400000;
  // A holiday's day with no year is the one nearest the reference (`New Year's show` in late December is the coming one).
  if (m.source === 'holiday' && day !== undefined && m.tense === undefined) return days > 182 ? y - 1 : days < -182 ? y + 1 : y;
  // Clause tense moves a date to the next or last year only when the gap is clear.
  if (m.tense === 'future' && days < (day === undefined ? -20 : -7)) return y + 1;
  if (m.tense === 'past' && days > (day === undefined ? 45 : 31)) return y - 1;
  return y;
}

function calendar(m: Mention, ref: Reference | undefined, pinned: number | undefined, last?: LastMentioned): Resolved {
  const d = m.date ?? {};
  if (d.y === undefined && d.m === undefined && d.d === undefined) {
    // A time alone: on the reference day.
    const day = ref && isFull(ref.date) ? formatDate(ref.date) : 'XXXX-XX-XX';
    return { value: withTime(day, m), anchor: ref?.anchor };
  }
  let y = d.y;
  let anchor: string | undefined;
  if (y === undefined && m.yearOfLast) {
    y = last?.year;
    anchor = y === undefined ? 'no earlier year' : `last mentioned ${y}`;
  } else if (y === undefined && pinned !== undefined) {
    y = pinned;
    anchor = `weekday+day pins ${pinned}`;
  } else if (y === undefined && d.m !== undefined && !m.recurring && ref?.date.y !== undefined) {
    y = openYear(m, d.m, d.d, ref.date);
    anchor = ref.anchor;
  } else if (y === undefined && d.m !== undefined && !m.recurring && !m.holiday && last?.month?.y !== undefined && d.m > last.month.m && (!ref || ref.date.y === undefined)) {
    // `in November 2016 … But by December`: with no date of its own, a text's later month goes on in the year of the month last named.
    y = last.month.y;
    anchor = `last mentioned ${last.month.y}-${pad(last.month.m)}`;
  } else if (y === undefined) {
    anchor = m.recurring ? 'yearly recurrence' : (ref?.anchor ?? 'no reference date');
  }
  let [month, day] = [d.m, d.d];
  if (m.holiday) [month, day] = y === undefined ? [d.m, undefined] : holidayDay(m.holiday, y);
  let value = withTime(formatDate({ y, m: month, d: day }), m);
  if (m.endDate) value += '/' + formatDate({ y: m.endDate.y ?? y, m: m.endDate.m, d: m.endDate.d });
  return { value, anchor };
}

/** The month and day a moving holiday falls on in year `y` (Easter by the Gregorian computus). */
function holidayDay(h: NonNullable<Mention['holiday']>, y: number): [number, number | undefined] {
  if (h === 'diwali') return DIWALI[y] ? [DIWALI[y][0], DIWALI[y][1]] : [holidayMonth(h), undefined];
  // The United States' Election Day: the Tuesday after November's first Monday.
  if (h === 'election-day') return [11, 2 + ((1 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7)];
  if (h in NTH_WEEKDAY) {
    const [month, wd, nth] = NTH_WEEKDAY[h as NthWeekdayHoliday];
    if (nth > 0) return [month, 1 + ((wd - new Date(Date.UTC(y, month - 1, 1)).getUTCDay() + 7) % 7) + 7 * (nth - 1)];
    const last = new Date(Date.UTC(y, month, 0));
    return [month, last.getUTCDate() - ((last.getUTCDay() - wd + 7) % 7)];
  }
  const after = AFTER_THANKSGIVING[h];
  if (after !== undefined) {
    const first = new Date(Date.UTC(y, 10, 1)).getUTCDay(); // the fourth Thursday of November
    const day = 1 + ((4 - first + 7) % 7) + 21 + after;
    return day > 30 ? [12, day - 30] : [11, day];
  }
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, dd = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h2 = (19 * a + b - dd - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h2 - k) % 7, m = Math.floor((a + 11 * h2 + 22 * l) / 451);
  const easter = Date.UTC(y, Math.floor((h2 + l - 7 * m + 114) / 31) - 1, ((h2 + l - 7 * m + 114) % 31) + 1);
  const shift = h === 'good-friday' ? -2 : h === 'easter-monday' ? 1 : 0;
  const date = new Date(easter + shift * 86400000);
  return [date.getUTCMonth() + 1, date.getUTCDate()];
}

function weekday(m: Mention, ref: Reference | undefined, pinned: number | undefined, target: Mention | undefined): Resolved {
  const wd = m.weekday!;
  if (pinned !== undefined && target?.date?.m !== undefined) {
    return { value: withTime(formatDate({ y: pinned, m: target.date.m, d: target.date.d }), m), anchor: `weekday+day pins ${pinned}` };
  }
  if (m.recurring) return { value: withTime(`XXXX-WXX-${isoWeekday(wd)}`, m), anchor: 'weekly recurrence' };
  if (!ref || !isFull(ref.date)) return { value: withTime(`XXXX-WXX-${isoWeekday(wd)}`, m), anchor: ref?.anchor ?? 'no reference date' };
  const r = ref.date;
  const back = (weekdayOf(r.y, r.m, r.d) - wd + 7) % 7; // days back to the same weekday, 0 = the reference day
  let shift: number;
  if (m.rel === 'last') shift = -(back || 7);
  else if (m.rel === 'next') shift = (7 - back) % 7 || 7;
  else if (m.rel === 'this') shift = isoWeekday(wd) - isoWeekday(weekdayOf(r.y, r.m, r.d));
  else if (m.tense === 'future') shift = (7 - back) % 7;
  else shift = -back;
  return { value: withTime(formatDate(addDays(r, shift)), m), anchor: ref.anchor };
}

/** The month a financial year starts in: July, Australia's (one starting in April, the UK's, differs only from April to June). */
const FISCAL_START = 7;

/** The months a season of the northern year starts and ends in (winter, across two years, is left as it is). */
const SEASON_MONTHS: Partial<Record<string, [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11] };

/** Years from the reference's to the season's, for `last`/`next` season said in month `month`. */
function seasonYearShift(season: string, off: number, month: number): number {
  const months = SEASON_MONTHS[season];
  if (!months) return off;
  if (off < 0) return month > months[1] ? off + 1 : off;
  return month < months[0] ? off - 1 : off;
}

function relative(m: Mention, ref: Reference | undefined): Resolved {
  const r = ref?.date ?? {};
  const off = m.offset ?? 0;
  const anchor = ref?.anchor ?? 'no reference date';
  switch (m.unit) {
    case 'day': {
      if (isFull(r)) return { value: withTime(formatDate(addDays(r, off)), m), anchor };
      // A reference with no year (`lead date XXXX-03-15`) still gives the day.
      if (r.m === undefined || r.d === undefined) return { value: withTime('XXXX-XX-XX', m), anchor };
      const t = addDays({ y: 2001, m: r.m, d: r.d }, off);
      return { value: withTime(formatDate({ m: t.m, d: t.d }), m), anchor };
    }
    case 'week':
    case 'weekend': {
      if (!isFull(r)) return { value: 'XXXX-WXX' + (m.unit === 'weekend' ? '-WE' : ''), anchor };
      // `the weekend’s bomb scare` told on a weekday in the past tense: the weekend just gone, of the week before.
      const day = weekdayOf(r.y!, r.m!, r.d!);
      const gone = m.unit === 'weekend' && off === 0 && m.tense === 'past' && day >= 1 && day <= 5;
      const w = isoWeek(addDays(r, 7 * off - (gone ? 7 : 0)));
      return { value: `${w.year}-W${pad(w.week)}${m.unit === 'weekend' ? '-WE' : ''}`, anchor };
    }
    case 'month': {
      if (r.m === undefined) return { value: 'XXXX-XX', anchor };
      const t = addMonths(r.y ?? 2000, r.m, off);
      return { value: formatDate({ y: r.y === undefined ? undefined : t.y, m: t.m }), anchor };
    }
    case 'quarter': {
      if (m.quarter !== undefined) {
        if (r.y === undefined) return { value: `XXXX-Q${m.quarter}`, anchor };
        // A quarter still to come this year, told in the past, is last year's (results come after the quarter).
        const later = r.m !== undefined && m.quarter > Math.floor((r.m - 1) / 3) + 1;
        return { value: `${r.y - (later && m.tense !== 'future' ? 1 : 0)}-Q${m.quarter}`, anchor };
      }
      if (r.y === undefined || r.m === undefined) return { value: 'XXXX-QX', anchor };
      const q = r.y * 4 + Math.floor((r.m - 1) / 3) + off;
      return { value: `${Math.floor(q / 4)}-Q${(q % 4) + 1}`, anchor };
    }
    case 'decade':
      return { value: r.y === undefined ? 'XXX' : String(Math.floor(r.y / 10) + off), anchor };
    case 'century':
      return { value: r.y === undefined ? 'XX' : pad(Math.floor(r.y / 100) + off), anchor };
    default: {
      // `this financial year` in September 1983: the year from July, 1983/1984 (Australia's; the same for April's).
      if (m.fiscal && r.y !== undefined && r.m !== undefined) {
        const from = r.y - (r.m >= FISCAL_START ? 0 : 1) + off;
        return { value: `${from}/${from + 1}`, anchor };
      }
      // `last spring` told in November is this year's spring, gone by; `next summer` told in May is this year's, to come.
      const seasonShift = m.season && r.m !== undefined && off !== 0 ? seasonYearShift(m.season, off, r.m) : off;
      // `As the new year begins` told in January: the year just begun, not the next.
      const begun = m.source === 'the new year' && r.m === 1 ? -1 : 0;
      const y = r.y === undefined ? 'XXXX' : String(r.y + seasonShift + begun);
      return { value: m.season ? `${y}-${m.season}` : y, anchor };
    }
  }
}

function anaphoric(m: Mention, last: LastMentioned): Resolved {
  const off = m.offset ?? 0;
  if (m.unit === 'year') {
    return last.year === undefined ? { value: 'XXXX', anchor: 'no earlier year' } : { value: String(last.year + off), anchor: `last mentioned ${last.year}` };
  }
  if (m.unit === 'month') {
    if (!last.month) return { value: 'XXXX-XX', anchor: 'no earlier month' };
    const t = addMonths(last.month.y ?? 2000, last.month.m, off);
    const before = formatDate(last.month);
    return { value: formatDate({ y: last.month.y === undefined ? undefined : t.y, m: t.m }), anchor: `last mentioned ${before}` };
  }
  // `early in the afternoon`: a part of the day last named keeps its part.
  const part = m.part ? `T${m.part}` : '';
  if (!last.day) return { value: m.unit === 'week' ? 'XXXX-WXX' : `XXXX-XX-XX${part}`, anchor: 'no earlier day' };
  const anchor = `last mentioned ${formatDate(last.day)}`;
  if (m.unit === 'week') {
    const w = isoWeek(addDays(last.day, 7 * off));
    return { value: `${w.year}-W${pad(w.week)}`, anchor };
  }
  return { value: formatDate(addDays(last.day, off)) + part, anchor };
}

/** A time alone on the day another mention resolved to (`on Tuesday at 10:30`). */
export function timeOnDay(m: Mention, day: Resolved): Resolved {
  const d = /^[\dX]{4}-[\dX]{2}-[\dX]{2}|^XXXX-WXX-\d/.exec(day.value)?.[0] ?? 'XXXX-XX-XX';
  return { value: withTime(d, m), anchor: day.anchor };
}

/** The value of one mention. `target` is the day+month a pinned weekday names. */
export function resolveMention(
  m: Mention,
  ref: Reference | undefined,
  pinned: number | undefined,
  last: LastMentioned,
  target?: Mention,
): Resolved {
  switch (m.kind) {
    case 'fixed':
      return { value: m.value! };
    case 'weekday':
      return weekday(m, ref, pinned, target);
    case 'relative':
      return relative(m, ref);
    case 'anaphoric':
      return anaphoric(m, last);
    default:
      return calendar(m, ref, pinned, last);
  }
}

/** What a resolved value says about the last year, month and day mentioned. */
export function noteMentioned(value: string, last: LastMentioned): void {
  const x = /^(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?(?![\dW])/.exec(value);
  if (!x || value.includes('/')) return;
  const y = x[1] === 'XXXX' ? undefined : +x[1];
  if (y !== undefined) last.year = y;
  if (x[2]) last.month = { y, m: +x[2] };
  if (x[2] && x[3] && y !== undefined) last.day = { y, m: +x[2], d: +x[3] };
}
