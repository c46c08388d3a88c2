/**
 * The reference date of each paragraph: what relative and partial dates are resolved
 * against. In order of trust:
 *  - a date stamp or dateline line (`22.11.2023, 17:31 5811`, `15 December 2022` on its
 *    own line, `ASTANA, 22 November 2023 –`); on a page of several dated items each
 *    stamp holds for the paragraphs after it until the next stamp, and the first stamp
 *    also for the paragraphs before it;
 *  - with no stamp, the day in the page's address (`…/2015/08/03/…`) among the top lines;
 *  - else a weekday next to a day+month (`Tuesday (27 September)`), whose
 *    year is the one in which that day falls on that weekday;
 *  - else the first day+month of the lead paragraphs (`on March 15`), year often unknown;
 *  - else the latest full date the text writes (a report is written after what it tells);
 *  - else the year of the page's copyright line (`© Copyright Gannett 2025`), month and day unknown.
 * Reusable outside the detector (hovers show what a date was resolved against).
 */
import { formatDate, pinYear, type YMD } from './calendar';
import type { ParagraphScan } from './mention';

export interface Reference {
  /** The reference day; parts may be unknown (`XXXX-03-15`). */
  date: YMD;
  kind: 'stamp' | 'dateline' | 'url' | 'pin' | 'lead' | 'latest' | 'copyright';
  /** A few words for hovers: `dateline 2023-11-22`. */
  anchor: string;
}

export interface ReferenceTable {
  /** The reference in force in each paragraph (by index in the scans), if any. */
  at: (Reference | undefined)[];
  /** Years fixed by weekday+day pins: `paragraph:mention` → year. */
  pins: Map<string, number>;
  /** The document's own date (first stamp, else first pin, else lead date). */
  document?: Reference;
}

const LEAD_PARAGRAPHS = 4;
/** Loose stamps with a time that make a page a list of dated items (teasers with their own bylines and times). */
const ITEM_STAMPS = 3;
/** `In this photo dated Tuesday, Nov. 29, 2016`, `file picture taken on …`. */
const PICTURE_DATE = /\b(?:photo|picture|image|footage|video)\s+(?:dated|taken|made|shot|from)(?:\s+on)?\s+$/i;
/**
 * How far from the top a loose stamp (a byline with a date) is trusted: among the first
 * lines, or before the article's body has begun (a scraped page's navigation is many
 * short lines, so the byline under it is still at the top of the article).
 */
const TOP_PARAGRAPHS = 6;
/** A paragraph of body text rather than a label, a menu item or a headline: a sentence of some words. */
const BODY_WORDS = 8;
/** Body paragraphs above a byline that make it the bottom of the article (a headline may read as one). */
const BODY_BEFORE_BYLINE = 2;
/** A sentence: enough words, mostly in lower case (a teaser's headline is in title case), ending in a full stop or the like. */
function isBody(text: string): boolean {
  if (!/[.!?]["”’)]?\s*$/.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < BODY_WORDS) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length;
}

/** How far down (in paragraphs) a byline may stand under a page's navigation. */
const MAX_BYLINE_PARAGRAPH = 300;

function stampRef(s: NonNullable<ParagraphScan['stamp']>): Reference {
  return { date: s.date, kind: s.kind, anchor: `${s.kind} ${formatDate(s.date)}` };
}

/** The latest year written out in the text, not after `nowYear`: evidence for pins. */
function evidenceYear(scans: readonly ParagraphScan[], nowYear: number): number | undefined {
  let best: number | undefined;
  for (const s of scans) {
    for (const m of s.mentions) {
      // (`Australia's 1988-89 immigration intake`: a span of years the text speaks of is evidence of its first year.)
      const span = m.kind === 'fixed' ? /^(\d{4})\/\d{4}$/.exec(m.value ?? '') : null;
      const y = span ? Number(span[1]) : m.kind === 'calendar' ? m.date?.y : undefined;
      if (y !== undefined && y <= nowYear && (best === undefined || y > best)) best = y;
    }
  }
  return best;
}

function leadRef(scans: readonly ParagraphScan[], texts: readonly string[]): Reference | undefined {
  let body = 0;
  for (let i = 0; i < scans.length && body < LEAD_PARAGRAPHS; i++) {
    if ((texts[i].match(/\S+/g)?.length ?? 0) < 8) continue; // headlines, bylines, labels
    body++;
    // The event the lead reports: `… on March 15 …`, not `the Charter of October 7, 2002`.
    const m = scans[i].mentions.find(
      (x) => x.kind === 'calendar' && x.date?.m !== undefined && x.date.d !== undefined && !x.recurring && /\bon\s+$/i.test(texts[i].slice(Math.max(0, x.start - 4), x.start)),
    );
    if (m && m.tense !== 'future') {
      const date = { ...m.date };
      return { date, kind: 'lead', anchor: `lead date ${formatDate(date)}` };
    }
  }
  return undefined;
}

/** A page's address with its day in the path: `/2015/08/03/`, `/2015/08/150803-…`. */
const URL_DATE = /\bhttps?:\/\/\S*?\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(?:(0[1-9]|[12]\d|3[01])\/|\d\d\2(0[1-9]|[12]\d|3[01])[-_])/;

/** With no stamp, the day in the page's address among the top lines (the scraped page keeps it). */
function urlRef(texts: readonly string[], nowYear: number): Reference | undefined {
  for (let i = 0; i < Math.min(texts.length, TOP_PARAGRAPHS); i++) {
    const x = texts[i].includes('://') ? URL_DATE.exec(texts[i]) : null;
    if (!x || +x[1] > nowYear) continue;
    const date = { y: +x[1], m: +x[2], d: +(x[3] ?? x[4]) };
    return { date, kind: 'url', anchor: `page address ${formatDate(date)}` };
  }
  return undefined;
}

/**
 * With no stamp, pin or lead date, the latest full date (day, month and year) the text
 * writes, not in the future tense (`designated 22 February 2005` → `last month` is
 * January 2005): a report is written after what it tells. A year alone is no anchor
 * (`growth expected in 2004`, `founded in 1998`): most gold sets leave such documents' years unknown.
 */
function latestRef(scans: readonly ParagraphScan[], texts: readonly string[], nowYear: number): Reference | undefined {
  let best: YMD | undefined;
  const later = (a: YMD, b: YMD) => (a.y! !== b.y! ? a.y! > b.y! : a.m! !== b.m! ? a.m! > b.m! : a.d! > b.d!);
  scans.forEach((s, i) => {
    // In the story's sentences only: not a page's furniture (an advert's date, a copyright line).
    if (!isBody(texts[i])) return;
    for (const m of s.mentions) {
      const d = m.date;
      if (m.kind !== 'calendar' || d?.y === undefined || d.m === undefined || d.d === undefined || d.y > nowYear || m.tense === 'future' || m.recurring) continue;
      // A dated document's name (`the Charter of October 7, 2002`, `a letter dated 5 May 1999`) is no event of the report.
      if (/\b(?:of|dated)\s+$/i.test(texts[i].slice(Math.max(0, m.start - 7), m.start))) continue;
      if (!best || later(d, best)) best = { y: d.y, m: d.m, d: d.d };
    }
  });
  return best && { date: best, kind: 'latest', anchor: `latest date in the text ${formatDate(best)}` };
}

/** `© Copyright Gannett 2025`, `Copyright © 2025 Example Media`: a page's copyright year, its single year (not a range). */
const COPYRIGHT_YEAR = /^\s*(?:©\s*(?:Copyright\s+)?|Copyright\s+(?:©\s*)?)(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}((?:19|20)\d\d)\b(?!\s*[-–—]\s*\d)/u;

/**
 * With no date at all to go by, the year of the page's copyright line (the page was written that year, or it would carry
 * a range): only the year, month and day unknown.
 */
function copyrightRef(texts: readonly string[], nowYear: number): Reference | undefined {
  for (const t of texts) {
    const x = COPYRIGHT_YEAR.exec(t);
    const y = x && +x[1];
    if (y && y <= nowYear) return { date: { y }, kind: 'copyright', anchor: `copyright year ${y}` };
  }
  return undefined;
}

/**
 * The reference table of a document from its paragraph scans (and texts, to tell the
 * lead paragraphs). `nowYear` bounds the year of a pin when the text gives no year.
 */
export function findReferences(scans: readonly ParagraphScan[], texts: readonly string[], nowYear: number): ReferenceTable {
  // A loose stamp (a byline with a date) counts only among the top lines, before any strict one,
  // or on a page listing dated items (three such stamps or more, each with its time): each item's own.
  let body = 0;
  const timed = scans.map((s, i) => !!s.stamp?.loose && /\b\d{1,2}:\d\d\b/.test(texts[i]));
  const items = timed.filter(Boolean).length >= ITEM_STAMPS;
  const listed = (i: number) => items && timed[i];
  const stamps = scans.map((s, i) => {
    const top = i < TOP_PARAGRAPHS || (body < BODY_BEFORE_BYLINE && i < MAX_BYLINE_PARAGRAPH);
    // Counted only until the body has begun: the rest of a long document is never read here.
    if (top && body < BODY_BEFORE_BYLINE && isBody(texts[i])) body++;
    return s.stamp && (!s.stamp.loose || top || listed(i)) ? s.stamp : undefined;
  });
  const firstStrict = stamps.findIndex((s) => s && !s.loose);
  stamps.forEach((s, i) => {
    if (s?.loose && firstStrict >= 0 && firstStrict < i) stamps[i] = undefined;
  });
  const firstStamp = stamps.find((s) => s);
  const stampAt: (Reference | undefined)[] = [];
  let current = firstStamp && stampRef(firstStamp);
  for (const s of stamps) {
    if (s) current = stampRef(s);
    stampAt.push(current);
  }
  const evidence = evidenceYear(scans, nowYear);
  const pins = new Map<string, number>();
  let firstPin: Reference | undefined;
  scans.forEach((s, i) => {
    s.mentions.forEach((m, j) => {
      const target = m.pinnedTo !== undefined ? s.mentions[m.pinnedTo] : m.kind === 'calendar' && m.weekday !== undefined ? m : undefined;
      const d = target?.date;
      if (!target || d?.m === undefined || d.d === undefined || m.weekday === undefined) return;
      const near = stampAt[i]?.date.y ?? evidence;
      const year = d.y ?? pinYear(m.weekday, d.m, d.d, near ?? nowYear, near === undefined ? nowYear : undefined);
      if (year === undefined) return;
      pins.set(`${i}:${j}`, year);
      if (m.pinnedTo !== undefined) pins.set(`${i}:${m.pinnedTo}`, year);
      const date = { y: year, m: d.m, d: d.d };
      if (PICTURE_DATE.test(texts[i].slice(Math.max(0, m.start - 30), m.start))) return; // when a photo was taken, not the story's day
      firstPin ??= { date, kind: 'pin', anchor: `weekday+day pin ${formatDate(date)}` };
    });
  });
  const document = (firstStamp && stampRef(firstStamp)) ?? urlRef(texts, nowYear) ?? firstPin ?? leadRef(scans, texts) ?? latestRef(scans, texts, nowYear) ?? copyrightRef(texts, nowYear);
  const at = stampAt.map((r) => r ?? document);
  return { at, pins, document };
}
