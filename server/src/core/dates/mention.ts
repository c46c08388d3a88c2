/**
 * A date or time expression as read from one paragraph, before it is resolved against
 * a reference date: what the text itself says, nothing more.
 */
import type { YMD } from './calendar';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century' | 'quarter';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

export interface Mention {
  /** Offsets relative to the paragraph. */
  start: number;
  end: number;
  label: 'DATE' | 'TIME';
  /**
   * calendar: explicit date parts (`27 September`, `2023`, `09.11.2023, 17:31`);
   * weekday: a day name (`Friday`, `next Monday`);
   * relative: an offset from the reference (`today`, `next year`, `later this month`);
   * anaphoric: relative to the last date mentioned (`the same month`);
   * fixed: a value needing no reference (`2024/26`, `21st century`).
   */
  kind: 'calendar' | 'weekday' | 'relative' | 'anaphoric' | 'fixed';
  /** calendar: the parts the text gives; a month given with this/last/next keeps `rel`. */
  date?: YMD;
  /** calendar: the end of a range (`October 7-9, 2023`). */
  endDate?: YMD;
  /** weekday: 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** A time of day given in the text. */
  time?: { h: number; min: number; s?: number };
  /** The end of a range of times (`2:00 p.m. - 3:00 p.m. ET`, `11am-4pm`), on the same day. */
  endTime?: { h: number; min: number; s?: number };
  part?: PartOfDay;
  season?: Season;
  /** relative/anaphoric: the unit and the offset in units from the reference. */
  unit?: Unit;
  offset?: number;
  /** relative quarter: which quarter of the reference year (`fourth quarter`), rather than an offset. */
  quarter?: number;
  /** calendar month or weekday with a modifier: `this August`, `last Friday`. */
  rel?: 'this' | 'last' | 'next';
  /** calendar: a holiday whose day moves with the year (its month and day are found once the year is). */
  holiday?: 'easter' | 'good-friday' | 'easter-monday' | 'thanksgiving' | 'black-friday' | 'cyber-monday' | NthWeekdayHoliday | 'diwali' | 'election-day';
  /** calendar: the order the text writes day and month in (`14 December` dm, `December 14` md), evidence for the document's numeric dates. */
  order?: 'md' | 'dm';
  /** calendar: a numeric date read day first (`7/1/2022`) that month first reads too, as a document writing `December 14` means. */
  swappable?: boolean;
  /** relative year: a financial or fiscal year (`this financial year`), valued as the two years it spans. */
  fiscal?: boolean;
  /** calendar: the year given as an offset from the reference's (`1 July this year` 0, `… next year` 1). */
  yearOffset?: number;
  /** calendar: the year is the one last named before it (`In January of that year`). */
  yearOfLast?: boolean;
  /** fixed: the value. */
  value?: string;
  /** Tense of the clause around the mention, when it says. */
  tense?: 'past' | 'future';
  /** A recurring day: every year (`the Day of … on February 6`) or every week (`every Monday`). */
  recurring?: boolean;
  /** A time alone: index of the mention whose day it is on (`on Tuesday at 10:30`, `at 5 pm on Monday`). */
  dayOf?: number;
  /** Index (in the paragraph's mentions) of a day+month this weekday names (`Tuesday (27 September)`). */
  pinnedTo?: number;
  /** Index (in the paragraph's mentions) of a range of days this weekday names one of (`Friday, 23-24 August`). */
  dayOfRange?: number;
  /** What found it, for the span's reason. */
  source: string;
}

/** What a paragraph holds: its mentions and, when it is a date stamp line, the stamp. */
export interface ParagraphScan {
  mentions: Mention[];
  /** The line is a date stamp or dateline: its date (and time). */
  stamp?: {
    date: Required<YMD>;
    time?: { h: number; min: number; s?: number };
    kind: 'stamp' | 'dateline';
    /** A short line with a few more words (`By John Smith | 22 November 2023`): trusted near the top only. */
    loose?: boolean;
  };
}

/** Holidays on a weekday of their month: the month, the weekday (0 Sunday) and which one (-1 the last). */
export const NTH_WEEKDAY = {
  'memorial-day': [5, 1, -1],
  'labor-day': [9, 1, 1],
  'mothers-day': [5, 0, 2],
  'fathers-day': [6, 0, 3],
  'mlk-day': [1, 1, 3],
  'presidents-day': [2, 1, 3],
  'columbus-day': [10, 1, 2],
  // The United States' primaries held together on the first Tuesday of March.
  'super-tuesday': [3, 2, 1],
} as const satisfies Record<string, readonly [number, number, number]>;
export type NthWeekdayHoliday = keyof typeof NTH_WEEKDAY;

/** Diwali by the Hindu lunisolar calendar, as India's government lists it: month and day in each year known. */
export const DIWALI: Readonly<Record<number, readonly [number, number]>> = {
  2010: [11, 5], 2011: [10, 26], 2012: [11, 13], 2013: [11, 3], 2014: [10, 23], 2015: [11, 11], 2016: [10, 30], 2017: [10, 19], 2018: [11, 7],
  2019: [10, 27], 2020: [11, 14], 2021: [11, 4], 2022: [10, 24], 2023: [11, 12], 2024: [10, 31], 2025: [10, 20], 2026: [11, 8], 2027: [10, 29], 2028: [10, 17],
};

/** Holidays counted from Thanksgiving (the fourth Thursday of November), in days after it. */
export const AFTER_THANKSGIVING: Partial<Record<NonNullable<Mention['holiday']>, number>> = { thanksgiving: 0, 'black-friday': 1, 'cyber-monday': 4 };

/** The month a moving holiday falls in, before its year is known (Diwali's earliest; Easter's April). */
export function holidayMonth(h: NonNullable<Mention['holiday']>): number {
  if (h in NTH_WEEKDAY) return NTH_WEEKDAY[h as NthWeekdayHoliday][0];
  if (h === 'diwali') return 10;
  if (h === 'election-day') return 11;
  return AFTER_THANKSGIVING[h] !== undefined ? 11 : 4;
}
