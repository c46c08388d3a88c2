/**
 * Reads one paragraph: every date and time expression (ours and chrono's, overlaps
 * settled), the clause tense around those that need it, weekday+day pins, and whether
 * the paragraph is a date stamp line. Depends on the paragraph text only, so it is
 * cached on it.
 */
import { formatDate, type YMD } from './calendar';
import { chronoMentions } from './chrono-scan';
import { clauseTense, isAnyWeek, isEveryWeek, isRecurring } from './context';
import type { Mention, ParagraphScan } from './mention';
import { numericMentions } from './numeric-patterns';
import { PART, wordMentions } from './word-patterns';
import { NEWSPAPER_WORDS } from '../entities/vocabulary';
import { postSignOff } from '../posts';
import { BYLINE_NAME } from '../text';

/** Keep the widest of overlapping candidates; on a partial overlap our own patterns win. */
function settle(own: Mention[], fromChrono: Mention[]): Mention[] {
  const all = [...own.map((m) => ({ m, prio: 2 })), ...fromChrono.map((m) => ({ m, prio: 1 }))];
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || b.prio - a.prio);
  const kept: { m: Mention; prio: number }[] = [];
  for (const c of all) {
    const last = kept[kept.length - 1];
    if (!last || c.m.start >= last.m.end) kept.push(c);
    else if (c.m.end <= last.m.end) continue; // inside the one kept
    else if (c.prio > last.prio) kept[kept.length - 1] = c; // partial overlap
  }
  return kept.map((k) => k.m);
}

/** What may stand between a date and its time in one span: `22.11.2023, 17:31`, `22 November 2023 | 14:35`, `February 1, 2016: 1:28 AM`. */
/** `Fri `, `Tue, `: a weekday's abbreviation right before a date. */
const WEEKDAY_ABBREVIATION_BEFORE = /(?<![\p{L}\p{N}]|\bThe )(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? $/u;
/** Words before a clock time that make it a time of day. */
/** `Wed | Apr 27, 2022`, `Tuesday | April 26, 2022 | 9:52 PM`: a weekday parted from a stamp's date by a bar. */
const WEEKDAY_BAR_BEFORE = /(?<!\p{L})(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.? ?\| ?$/u;
const AT_TIME = /\b(?:at|by|from|until|till|before|after|around|about|to|and|between|since|or)\s+$/i;
const WEEKDAY_OPENING = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? /;
const JOINER = /^(?:[,:][ \t]{0,2}|[ \t]{1,2}|[ \t]?[|\u2013\u2014-][ \t]?)$/;

const isTimeOnly = (m: Mention | undefined): boolean => m !== undefined && m.time !== undefined && m.date === undefined && m.kind === 'calendar';
const isDay = (m: Mention): boolean =>
  (m.kind === 'calendar' && m.date?.d !== undefined && !m.time && !m.part) || (m.kind === 'weekday' && !m.time && !m.part);

/** A full date of the calendar, with no time nor part of the day, that falls on `weekday`. */
function fallsOn(m: Mention, weekday: number | undefined): boolean {
  const d = m.date;
  return m.kind === 'calendar' && d?.d !== undefined && d.m !== undefined && d.y !== undefined && !m.time && !m.part && new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() === weekday;
}

/**
 * `14 March 2024, 09:15` is one TIME span; `Tuesday morning`, `0400 GMT on Monday`, `3 p.m. on Aug. 17` and
 * `midday on Monday` too, and a weekday and its time after `at` (`on Tuesday at 10:30`). A time linked to a day named
 * relatively by `on` keeps its own span but takes that day.
 */
function combine(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    const joined = b !== undefined && JOINER.test(text.slice(a.end, b.start));
    // `April 21, 2015, at 11:29 a.m.`, `February 29, 2016 @ 11:10 PM`: a full date and its time, one span (a time stamp).
    // `Updated on September 19 at 3:15 p.m.`: a month's day and its time, one span too.
    // `20/11/2019 / 11:42 am`: a slash between them; `Nov 18, 2019 @17:19 PM`: an at sign glued to the time.
    const stampJoin = b !== undefined && ((a.date?.y !== undefined && /^(?:,\s(?:at\s)?|\s(?:at|@|\/|\||•|·)\s|\s@)$/.test(text.slice(a.end, b.start))) || (a.kind === 'calendar' && a.date?.m !== undefined && /^,? at $/.test(text.slice(a.end, b.start))));
    // `Friday 6:45 PM, Feb 16, 2018`: a weekday, its time and its full date, one span (the date's, at that time).
    const c = ms[i + 2];
    if (joined && a.kind === 'weekday' && !a.rel && isDay(a) && isTimeOnly(b) && c && c.kind === 'calendar' && c.date?.d !== undefined && c.date.y !== undefined && !c.time && /^,? ?$/.test(text.slice(b.end, c.start))) {
      out.push({ ...c, start: a.start, label: 'TIME', time: b.time, source: `weekday + time + ${c.source}` });
      i += 2;
      continue;
    }
    // `Wednesday, 11/20/19`, `Tuesday 2023-11-21`: a weekday and the full date after it that falls on it, one span.
    if (b && a.kind === 'weekday' && !a.rel && isDay(a) && fallsOn(b, a.weekday) && /^,? $/.test(text.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start, source: `weekday + ${b.source}` });
      i++;
      continue;
    }
    // `Today 12:01 AM`, `Tonight 7.00pm`: a day named relatively and its clock time right after it, one span (not a masthead's `USA TODAY`, nor a programme's `NBC 5 Today at 6am`).
    const dayWord = text.slice(a.start, a.end);
    // (`Yesterday at 10:54 p.m.`, `Tonight at midnight`: `at` between them.)
    if (b && a.kind === 'relative' && a.unit === 'day' && (!a.part || /^[Tt]onight$/.test(dayWord)) && /^(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]omorrow)$/.test(dayWord) && !/(?:\p{Lu}\S*|\d+)\s$/u.test(text.slice(Math.max(0, a.start - 12), a.start)) && isTimeOnly(b) && /^(?:,? | at )$/.test(text.slice(a.end, b.start))) {
      // (Midnight tonight is the next day's first hour.)
      const offset = /^[Tt]onight$/.test(dayWord) && b.time?.h === 0 && b.time.min === 0 ? (a.offset ?? 0) + 1 : a.offset;
      out.push({ ...a, end: b.end, label: 'TIME', time: b.time, offset, source: `${a.source} + time` });
      i++;
      continue;
    }
    // `on Tuesday at 10:30`, `launch on SUNDAY at 9pm`: a weekday and its time after `at`, a date and time written together.
    const weekdayAt = b !== undefined && a.kind === 'weekday' && !a.rel && /^ at $/.test(text.slice(a.end, b.start));
    if ((joined || stampJoin || weekdayAt) && isDay(a) && isTimeOnly(b)) {
      out.push({ ...a, end: b.end, label: 'TIME', time: b.time, source: `${a.source} + time` });
      i++;
      continue;
    }
    // `9 PM Wednesday`, `0400 GMT on Monday`, `8 PM, MONDAY 19 SEPTEMBER`, `at around 3 a.m., Wednesday`: a time and the day right
    // after it, one span.
    const gap = b === undefined ? '' : text.slice(a.end, b.start);
    // `11:34 PM EST Nov 19, 2019`, `11:21 pm CST, Tuesday, November 19, 2019`, `5:36 PM CST on Nov 18, 2019`: with the time's zone between them.
    const zoned = b !== undefined && ZONE_AFTER.test(gap) && /^(?:\s*|,\s*|\s+on\s+)$/.test(gap.replace(ZONE_AFTER, ''));
    // `10 a.m. Friday, Dec. 6`: a time before a weekday that opens its date, as before the weekday alone; `3 p.m. on Aug. 17`: before a month's day after `on`.
    const weekdayDate = b !== undefined && b.kind === 'calendar' && WEEKDAY_OPENING.test(text.slice(b.start, b.end));
    // `2am on Sunday November 3, 2013`: before a weekday's full date after `on`.
    // `4 p.m. ET on Jan. 27`: the time's zone between them, before a month's day or a weekday too.
    const unzoned = gap.replace(ZONE_AFTER, '');
    const timeDay = b !== undefined && isTimeOnly(a) && ((isDay(b) && b.kind === 'calendar' && (b.date?.y !== undefined ? joined || zoned || (weekdayDate && gap === ' on ') : /^(?:, ?| on )$/.test(unzoned) || (weekdayDate && gap === ' '))) || (b.kind === 'weekday' && !b.rel && /^(?: | on |, )$/.test(unzoned)));
    if (timeDay) {
      out.push({ ...b, start: a.start, label: 'TIME', time: a.time, source: `time + ${b.source}` });
      i++;
      continue;
    }
    // `10 a.m. today`, `4 p.m. yesterday`: a time and its day named relatively, one span.
    // `7:45 this morning`: with the part of the day it falls in.
    // (`10pm tonight`: tonight is a day's part of its own.)
    if (b && isTimeOnly(a) && b.kind === 'relative' && b.unit === 'day' && (!b.part || /^(?:this |tonight$)/i.test(text.slice(b.start, b.end))) && /^ $/.test(text.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start, label: 'TIME', time: a.time, source: `time + ${b.source}` });
      i++;
      continue;
    }
    // `1 July this year`, `March 3 next year`, `June this year`: a month (and day), then their year as an offset, one span.
    if (b && a.kind === 'calendar' && a.date?.m !== undefined && a.date.y === undefined && !a.time && b.kind === 'relative' && b.unit === 'year' && !b.season && /^\s{1,2}$/.test(text.slice(a.end, b.start)) && /^(?:this|next|last)\b/i.test(text.slice(b.start, b.end))) {
      out.push({ ...a, end: b.end, yearOffset: b.offset, source: `${a.source} + ${b.source}` });
      i++;
      continue;
    }
    const part = isDay(a) || (a.kind === 'relative' && a.unit === 'day' && !a.part) ? /^\s+(morning|afternoon|evening|night)\b/i.exec(text.slice(a.end)) : null;
    if (part) {
      // `Sunday morning, November 3, 2013`: a weekday's part, then the full date that falls on that weekday, one span.
      const end = a.end + part[0].length;
      if (b && a.kind === 'weekday' && !a.rel && fallsOn(b, a.weekday) && /^, $/.test(text.slice(end, b.start))) {
        out.push({ ...b, start: a.start, label: 'TIME', part: PART[part[1].toLowerCase()], source: `weekday's ${part[1]} + ${b.source}` });
        i++;
        continue;
      }
      out.push({ ...a, end, label: 'TIME', part: PART[part[1].toLowerCase()] });
      continue;
    }
    // `the evening of June 17, 2015`: a part of the day and its date, one TIME (the article outside).
    const partOf = isDay(a) && !a.part && !a.endDate ? PART_OF.exec(text.slice(Math.max(0, a.start - 13), a.start)) : null;
    if (partOf) {
      out.push({ ...a, start: a.start - partOf[0].length, label: 'TIME', part: PART[partOf[1].toLowerCase()], source: `${partOf[1]} of + ${a.source}` });
      continue;
    }
    // `midday on Monday`: noon or midnight and the day they fall on, one span.
    const hour = isDay(a) ? NOON_ON.exec(text.slice(Math.max(0, a.start - 13), a.start)) : null;
    if (hour) {
      out.push({ ...a, start: a.start - hour[0].length, label: 'TIME', time: { h: /^midnight$/i.test(hour[1]) ? 0 : 12, min: 0 }, source: `${hour[1]} + ${a.source}` });
      continue;
    }
    out.push(a);
  }
  // `Fri 6:45 PM, Feb 16, 2018`: a weekday's abbreviation opening a stamp's date belongs to its span.
  for (const m of out) {
    if (m.date?.y === undefined || m.date.d === undefined) continue;
    const x = WEEKDAY_ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, m.start - 11), m.start)) ?? WEEKDAY_BAR_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (x) m.start -= x[0].length;
  }
  // (The weekday read on its own before the bar is the stamp's now.)
  for (let i = out.length - 1; i > 0; i--) if (out[i - 1].kind === 'weekday' && out[i - 1].start >= out[i].start && out[i - 1].end <= out[i].end) out.splice(i - 1, 1);
  out.forEach((m, i) => {
    if (!isTimeOnly(m)) return;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (prev && (isDay(prev) || prev.part || (prev.kind === 'relative' && prev.unit === 'day')) && /^\s*,?\s*(?:at|from|around|about|by)\s*$/i.test(text.slice(prev.end, m.start))) m.dayOf = i - 1;
    else if (next && (isDay(next) || (next.kind === 'relative' && next.unit === 'day')) && /^\s*,?\s*on\s*$/i.test(text.slice(m.end, next.start))) m.dayOf = i + 1;
    // `between 8 AM and 9 PM Wednesday`: the first time is on the second's day.
    else if (next && next.kind === 'weekday' && next.time && /^\s*(?:and|to|until|till|[-\u2013])\s*$/i.test(text.slice(m.end, next.start))) m.dayOf = i + 1;
  });
  // `2:50`, `0:07`: a bare one-digit clock with no am/pm and no word of time before it is a length (a video's), not a time of day.
  // `0:07` is never a time of day (that is written `00:07`).
  let game: boolean | undefined; // a paragraph of a game's periods and scoring, read once
  return out.filter((m) => {
    // `Black Friday deals`, `Cyber Monday`: a shopping day's weekday is no day of its own (the holiday is word-patterns.ts').
    if (m.kind === 'weekday' && /\b(?:Black|Cyber)\s$/.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
    // `The Sunday Telegraph`, `Sunday Times`: a newspaper named after its day.
    if (m.kind === 'weekday' && NEWSPAPER_WORDS.has(WORD_AFTER.exec(text.slice(m.end, m.end + 14))?.[1].toLowerCase() ?? '')) return false;
    // `the Morning Show’s Saturday Edition`, `Weekend Edition Saturday`: a programme's edition named after its day.
    if (m.kind === 'weekday' && !m.time && (/^ Edition\b/.test(text.slice(m.end, m.end + 9)) || /\bEdition $/.test(text.slice(Math.max(0, m.start - 8), m.start)))) return false;
    // `the Sunday Metropolitan section`: after `the`, a weekday before a capitalised word (no month) opens a name.
    const named = m.kind === 'weekday' ? WORD_AFTER.exec(text.slice(m.end, m.end + 20))?.[1] : undefined;
    if (named && !MONTH_NAME.test(named) && /\bthe\s$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
    // `Sundays through Thursdays between 07:00 and 14:00`: opening hours, times of every such day, none of the calendar.
    if (isTimeOnly(m) && DAYS_EVERY_WEEK.test(text.slice(Math.max(0, m.start - 60), m.start).split(/[.!?\n]/).pop()!)) return false;
    // `7H ago 08:51`: a clock after a teaser's age is its video's length.
    if (isTimeOnly(m) && /\b\d{1,2}\s?[HhMmDd]\s+ago\s+$/.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
    // `Sunday Talk Shows`, `12:30 Report`: a menu's item, a day or a clock opening a short line of capitalised words, is a programme's name.
    if ((m.kind === 'weekday' || isTimeOnly(m)) && !m.part && menuName(text, m)) return false;
    const t = text.slice(m.start, m.end);
    // `change references to time (“today” to “yesterday”)`: a relative word alone between quote marks is the word named, no day.
    if (m.kind === 'relative' && /^(?:today|yesterday|tomorrow|tonight|now)$/i.test(t) && /[“"‘']$/.test(text.slice(m.start - 1, m.start)) && /^[,.]?[”"’'](?![\p{L}'’])/u.test(text.slice(m.end, m.end + 3))) return false;
    // `he scored at 7:14 and on the power play at 19:56`, `17:46 into the third period`: a game's clock, no time of day.
    if (isTimeOnly(m) && /^\d{1,2}:\d\d$/.test(t) && (GAME_CLOCK_AFTER.test(text.slice(m.end, m.end + 40)) || (game ??= GAME_PERIODS.test(text) && SCORING.test(text)))) return false;
    return !(isTimeOnly(m) && /^\d:\d\d$/.test(t) && (t[0] === '0' || !AT_TIME.test(text.slice(Math.max(0, m.start - 12), m.start))));
  });
}

/** Days named in the plural (`Sundays`, `weekdays`, `Weeknights`): every one of them, run into a programme's name too (`Rachel MaddowMondays 9PM ET`). */
const DAYS_EVERY_WEEK = /(?:\b|(?<=\p{Ll}))(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)days|weekdays|weeknights|weekends)\b/iu;

/** A short line of capitalised words only, opening with `m` and going on with a word that is no month nor a part of the day. */
function menuName(text: string, m: Mention): boolean {
  if (m.start > 0 && text[m.start - 1] !== '\n') return false;
  const eol = text.indexOf('\n', m.end);
  const rest = text.slice(m.end, eol < 0 ? text.length : eol);
  const words = rest.trim().split(/\s+/);
  return /^ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}$/u.test(rest) && !MONTH_NAME.test(words[0]) && !/^(?:Morning|Afternoon|Evening|Night|Noon|Midnight)$/.test(words[0]);
}

/** A game's period after its clock: `into the third period`, `left in the first half`. */
const GAME_CLOCK_AFTER = /^\s+(?:into|left in|remaining in|of) the (?:first|second|third|fourth|final|opening|\d(?:st|nd|rd|th)) (?:period|quarter|half|round)\b/i;
/** A paragraph of a game's periods and its scoring, whose bare clocks are the game's. */
const GAME_PERIODS = /\b(?:period|power play|power-play|overtime|shootout|first half|second half|quarter)\b/i;
const SCORING = /\b(?:scored|scores|goals?|touchdown|basket)\b/i;

const WORD_AFTER = /^ (\p{Lu}\p{Ll}+)\b/u;
const MONTH_NAME = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const NOON_ON = /\b(midday|noon|midnight) on $/i;
const PART_OF = /\b(morning|afternoon|evening|night) of $/i;

/** A time zone's abbreviation right after a clock time (`11:00 PM PST`, `12:00 PM PT`, `9am GMT`). */
/** (Also when the page runs the next word into it: `10:32 AM ESTUpdated`.) */
const ZONE_AFTER = /^[ \t]?(?:[ECMPAH][SD]T|[ECMP]T|GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|MSK|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|AMT|GST|PKT|EAT|WAT|SAST|ICT|WIB|IRST|TRT)(?![a-z\d]|[A-Z](?![a-z]))/;

/** A time of day's span takes its zone, as TIMEX3 extents do; the value stays local time. */
/** `11:06am ist`: a zone in small letters right after a time in `am`/`pm`. */
const LOWER_ZONE_AFTER = /^[ \t](?:ist|gmt|utc|bst|[ecmp][sd]t)(?![\p{L}\d])/u;
/** `Wednesday 20 November 2019 11:42, UK`: a stamp's time given as the country's, ending its line. */
const COUNTRY_TIME_AFTER = /^, ?UK(?=[ \t]*(?:\n|$))/;

function withZones(text: string, ms: Mention[]): Mention[] {
  for (const m of ms) {
    if (!m.time) continue;
    const after = text.slice(m.end, m.end + 6);
    const z = ZONE_AFTER.exec(after) ?? (/[ap]m$/i.test(text.slice(m.start, m.end)) ? LOWER_ZONE_AFTER.exec(after) : null) ?? COUNTRY_TIME_AFTER.exec(after) ?? (/[ECMP]/.test(text[m.end + 1] ?? '') ? ZONE_WORDS_AFTER.exec(text.slice(m.end, m.end + 32)) : null);
    if (z) m.end += z[0].length;
  }
  return ms;
}

/**
 * `Thu., January 08, 2026, 2:00 p.m. - 3:00 p.m. ET`, `Thursday 17 April, 2:30pm - 5:00pm`, `11am-4pm`: a time (with its day or
 * alone), a dash and a later time alone are one span, a range of times on that day.
 */
function timeRanges(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Where each mention went (the links between mentions are indices: a time's day, a weekday's date).
  const at: number[] = [];
  ms.forEach((m, i) => {
    const a = out[out.length - 1];
    const later = a?.time && m.time && (m.time.h > a.time.h || (m.time.h === a.time.h && m.time.min > a.time.min));
    if (a && a.label === 'TIME' && !a.endTime && isTimeOnly(m) && m.dayOf === undefined && later && /^[ \t]?[-\u2013\u2014][ \t]?$/.test(text.slice(a.end, m.start))) {
      out[out.length - 1] = { ...a, end: m.end, endTime: m.time, source: `${a.source} + its end` };
      at[i] = out.length - 1;
      return;
    }
    at[i] = out.push(m) - 1;
  });
  if (out.length === ms.length) return ms;
  for (const m of out) {
    if (m.dayOf !== undefined) m.dayOf = at[m.dayOf];
    if (m.pinnedTo !== undefined) m.pinnedTo = at[m.pinnedTo];
    if (m.dayOfRange !== undefined) m.dayOfRange = at[m.dayOfRange];
  }
  return out;
}

/** `10 a.m. Eastern Time`, `9 p.m. Pacific Standard Time`: a zone in words. */
const ZONE_WORDS_AFTER = /^[ \t](?:Eastern|Pacific|Central|Mountain)(?:[ \t](?:Standard|Daylight))?[ \t]Time\b/;

/** A day and month, one day only: a range (`23-24 August`) has no single day for a day's name to pin. */
const isDayMonth = (m: Mention | undefined): boolean =>
  m !== undefined && m.kind === 'calendar' && m.date?.m !== undefined && m.date.d !== undefined && m.weekday === undefined && m.endDate === undefined;

/** `Tuesday (27 September)`, `Tuesday, 27 September`, `27 September (Tuesday)`: the day name fixes the year. */
function markPins(text: string, ms: Mention[]): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!/^\s*[(,]?\s*$/.test(text.slice(a.end, b.start))) continue;
    if (a.kind === 'weekday' && !a.rel && b.kind === 'calendar' && b.endDate?.d !== undefined && b.date?.d !== undefined) a.dayOfRange = i + 1;
    else if (a.kind === 'weekday' && !a.rel && isDayMonth(b)) a.pinnedTo = i + 1;
    else if (b.kind === 'weekday' && !b.rel && isDayMonth(a)) b.pinnedTo = i;
  }
}

function markContext(text: string, ms: Mention[]): void {
  for (const m of ms) {
    const open = m.kind === 'weekday' || (m.kind === 'calendar' && m.date?.m !== undefined && m.date.y === undefined) || m.quarter !== undefined || (m.unit === 'weekend' && !m.offset);
    if (!open) continue;
    m.tense = clauseTense(text, m.start, m.end);
    if (m.kind === 'weekday' && (isEveryWeek(text, m.start) || isAnyWeek(text, m.start, m.end))) m.recurring = true;
    if (m.kind === 'calendar' && m.date?.d !== undefined) m.recurring = isRecurring(text, m.start, m.end) || undefined;
  }
}

/** A date field's label right before the date at the start of a paragraph (`date 2022-09-21 …`, `Published: …`). */
const STAMP_PREFIX = /^\s*(?:date|dated|published|posted|updated)\s*:?\s*$/i;
const STAMP_WORDS = /^(?:date|dated|published|posted|updated|modified|created|issued)$/i;
/** `Updated:`, `Published:` with their colon, right before a date anywhere in a line. */
const STAMP_LABEL_BEFORE = /(?:updated|published|posted)\s*:\s*$/i;
/** A byline's `By` and the author's name (two to four capitalised words), `on` maybe, right before its date. */
const BYLINE_BEFORE = new RegExp(`${BYLINE_NAME}(?:on\\s+)?$`, 'u');
const CITY_DATELINE = /^\s*[A-Z][A-Z.'\u2019 -]{2,40}(?:,\s*[A-Z][\p{L}.'\u2019 -]{0,30})?\s*[,\u2013\u2014-]\s*$/u;

/** The paragraph's stamp, and whether the whole line is one (then only its full dates, and months' days with their time, are dates). */
function stampOf(text: string, ms: Mention[]): { stamp?: ParagraphScan['stamp']; wholeLine?: boolean } {
  const dated = ms.filter((m) => m.kind === 'calendar' && m.date?.m !== undefined && m.date.d !== undefined);
  // `— Matt Haughey (@mathowie) February 12, 2016`: an embedded post's sign-off dates the post, not the page.
  if (dated.length === 0 || postSignOff(text) !== undefined) return {};
  if (text.trim().length <= 100 && dated.some((m) => m.date?.y !== undefined)) {
    let residue = text;
    for (const m of ms) residue = residue.slice(0, m.start) + ' '.repeat(m.end - m.start) + residue.slice(m.end);
    const words = residue.match(/\p{L}+/gu) ?? [];
    // `Published 22 November 2023`, `CNNMoney (New York) First published February 1, 2016: 1:28 AM ET`.
    const stampWord = words.slice(0, 5).findIndex((w) => STAMP_WORDS.test(w));
    const strict = words.length <= 2 || (stampWord >= 0 && words.length - stampWord <= 4 && words.length <= 8);
    if (strict || (words.length <= 6 && !/[.!?:]\s*$/.test(text))) {
      // `December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST`: published, then updated; the update is the story's day.
      const timed = dated.filter((m) => m.time && m.date?.y !== undefined);
      const best = timed.reduce<Mention | undefined>((a, m) => (a && formatDate(a.date!) >= formatDate(m.date!) ? a : m), undefined) ?? dated.find((m) => m.date?.y !== undefined)!;
      const stamp = { date: best.date as Required<YMD>, time: best.time, kind: best.time ? 'stamp' : 'dateline' } as const;
      return strict ? { stamp, wholeLine: true } : { stamp: { ...stamp, loose: true } };
    }
  }
  const first = dated[0];
  // `date 2022-09-21 ASTANA – President …`: a scraped page's date field opening the first paragraph.
  if (first.date?.y !== undefined && STAMP_PREFIX.test(text.slice(0, first.start))) {
    return { stamp: { date: first.date as Required<YMD>, kind: 'dateline' } };
  }
  // `(with inputs from Agencies)Updated: April 07, 2020 03:49 pm IST`: a date field's label right before a full date, in a byline.
  const labelled = dated.find((m) => m.date?.y !== undefined && STAMP_LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
  if (labelled) return { stamp: { date: labelled.date as Required<YMD>, time: labelled.time, kind: labelled.time ? 'stamp' : 'dateline' } };
  // `… is positioning for growth. By Lisa Jennings on Dec. 19, 2025`: a byline's date ending a deck run into its line, a
  // loose stamp (trusted at the top of the page only).
  const last = dated[dated.length - 1];
  if (last.date?.y !== undefined && BYLINE_BEFORE.test(text.slice(Math.max(0, last.start - 60), last.start)) && !text.slice(last.end).trim()) {
    return { stamp: { date: last.date as Required<YMD>, time: last.time, kind: 'dateline', loose: true } };
  }
  // `ASTANA, 22 November 2023 (Reuters) – …`
  if (first.date?.y !== undefined && CITY_DATELINE.test(text.slice(0, first.start)) && /^\s*(?:\([^)]{1,40}\))?\s*[\u2013\u2014-]/.test(text.slice(first.end))) {
    return { stamp: { date: first.date as Required<YMD>, kind: 'dateline' } };
  }
  return {};
}

/** Runs of single characters one or two spaces apart: OCR's letter spacing (`1 8  J a n u a r y ,  1 9 8 9`). */
const LETTER_SPACED = /(?<!\S)(?:[\p{L}\p{N},.][ \t]{1,2}){5,}[\p{L}\p{N}.](?!\S)/gu;

/**
 * `1 8  J a n u a r y ,  1 9 8 9`: a date in letter-spaced capitals or type, read with the
 * spacing removed (two spaces part its words) and spanned over the whole run.
 */
function letterSpacedDates(text: string): Mention[] {
  const out: Mention[] = [];
  for (const x of text.matchAll(LETTER_SPACED)) {
    const read = x[0].split(/[ \t]{2,}/).map((w) => w.replace(/[ \t]/g, '')).join(' ');
    const found = settle([...numericMentions(read), ...wordMentions(read)], chronoMentions(read));
    const date = found.find((m) => m.kind === 'calendar' && m.date?.m !== undefined && m.date.y !== undefined && m.end - m.start >= read.length - 2);
    if (date) out.push({ ...date, start: x.index, end: x.index + x[0].length, source: `${date.source}, letter-spaced` });
  }
  return out;
}

/** `16 February· 1984`: OCR's middle dot for the comma between a month and a year (same length, so offsets hold). */
const OCR_COMMA = /(?<=\p{L})·(?= \d)/gu;

/** `each year in `, `every year in `: a month after it recurs. */
const EVERY_YEAR_IN = /\b(?:every|each)\s+year\s+in\s+$/i;

/** Everything the dates detector needs from one paragraph's text. */
/** `by the end of 2020`, `before the end of next week`, `by the end of the next decade`: the part of a period named before it, one span with it (the article outside). */
const PART_OF_PERIOD = /\b(?:end|beginning|start|middle) of (?:the )?$/i;

function withPartOfPeriod(text: string, ms: Mention[]): void {
  for (const m of ms) {
    const period = (m.kind === 'calendar' && m.date?.d === undefined && m.time === undefined) || (m.kind === 'relative' && m.unit !== undefined && m.unit !== 'day');
    // (`the start of the 2020 process`, `the beginning of the 1970 academic year`: a year modifying the noun after it is
    // no period that starts; the year alone.)
    if (!period || (m.kind === 'calendar' && /^ \p{Ll}/u.test(text.slice(m.end, m.end + 2)) && /\bthe $/.test(text.slice(Math.max(0, m.start - 4), m.start)))) continue;
    const x = PART_OF_PERIOD.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (x) m.start -= x[0].length;
  }
}

export function scanParagraph(original: string): ParagraphScan {
  const text = original.includes('·') ? original.replace(OCR_COMMA, ',') : original;
  let mentions = timeRanges(text, withZones(text, combine(text, settle([...numericMentions(text), ...wordMentions(text), ...letterSpacedDates(text)], chronoMentions(text)))));
  // `Date within … Examples: Monday, today, last week, Mar 26, 3/26/04`: a search box's hint shows how to write dates, no date.
  const examples = EXAMPLES_LABEL.exec(text);
  if (examples) mentions = mentions.filter((m) => m.start < examples.index);
  const { stamp, wholeLine } = stampOf(text, mentions);
  // `… 2:26 PM HST - Updated November 18 at 4:46 PM`: a month's day and its time on the stamp's line are a time too, and a
  // clock time alone (`Published: Jan. 14, 2015 Updated: 4:49 p.m.`).
  if (wholeLine) mentions = mentions.filter((m) => isTimeOnly(m) || (m.kind === 'calendar' && m.date?.m !== undefined && m.date.d !== undefined && (m.date.y !== undefined || m.time !== undefined)));
  markPins(text, mentions);
  markContext(text, mentions);
  withPartOfPeriod(text, mentions);
  // `every Sunday`, `held each year in November`: a recurrence is no point or period of the calendar.
  mentions = mentions.filter((m) => !(m.kind === 'weekday' && m.recurring) && !(m.kind === 'calendar' && m.date?.d === undefined && m.date?.y === undefined && EVERY_YEAR_IN.test(text.slice(Math.max(0, m.start - 20), m.start))));
  return stamp ? { mentions, stamp } : { mentions };
}

/** A form's label before the examples of what to type in it. */
const EXAMPLES_LABEL = /\b(?:Examples?|e\.g\.):[ \t]/;
