/**
 * Quote marks of one paragraph and how they pair up. Any of `" “ ” « » ‘ ’` (and the
 * straight `'`) may open or close; which one a mark does is read from its neighbours
 * (space before and a letter after opens, the reverse closes) and, when they say
 * nothing, from the glyph. An apostrophe inside a word (`Kazakhstan’s`, `We’ve`) is no
 * mark. Single marks inside a double-quoted stretch (and the reverse) are nested and
 * belong to the outer quote.
 */

import { SAY_VERB } from './lexicon';

export type MarkKind = 'double' | 'single';
/** `close-if-open`: a straight mark spaced on both sides after a sentence's mark (`ourselves? " she wrote`) closes an open quote, else is a stray. */
export type MarkDir = 'open' | 'close' | 'either' | 'close-if-open';

export interface Mark {
  pos: number;
  ch: string;
  kind: MarkKind;
  dir: MarkDir;
}

/** A quoted stretch found from the marks alone, offsets relative to the paragraph. */
export type RawQuote =
  /** An opening and a closing mark: `[start, end)` includes both. */
  | { kind: 'pair'; start: number; end: number; open: string; close: string }
  /** A closing mark with no opening one before it: the quotation's start is to be found. */
  | { kind: 'dangling'; start: number; end: number; close: string }
  /** An opening mark never closed in the paragraph: runs to the paragraph's end. */
  | { kind: 'unclosed'; start: number; end: number; open: string };

/** A verb of saying and its comma or colon, right before a mark (`He added, "`). */
const SAID_COMMA_BEFORE = new RegExp(`\\b${SAY_VERB}[,:] $`, 'i');

const DOUBLE = '"“”«»„';
const SINGLE = '\'‘’‹›';
const OPEN_GLYPH = '“«„‘‹';
const CLOSE_GLYPH = '”»’›';

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceBefore = (c: string | undefined) => c === undefined || /[\s([{\u2013\u2014/-]/.test(c);
const isSpaceAfter = (c: string | undefined) => c === undefined || /\s/.test(c);

/** The line from `i` is short, has no closing guillemet and ends with no sentence mark. */
function isNavArrowLine(text: string, i: number): boolean {
  const eol = text.indexOf('\n', i);
  const line = text.slice(i + 1, eol < 0 ? text.length : eol).trim();
  return !/[»›]/.test(line) && line.split(/\s+/).length <= 12 && !/[.!?…:;"”]$/.test(line);
}

/** A tag of markup with attributes (`<a href="…" rel="…">`). */
const MARKUP_TAG = /<[A-Za-z][A-Za-z0-9-]*\s[^<>\n]*?=\s*["'][^<>\n]*>/g;

/** The ranges of the markup tags with attributes in `text` (read only where an attribute's `="` is written). */
function markupTags(text: string): [number, number][] {
  if (!text.includes('="') && !text.includes("='")) return [];
  return [...text.matchAll(MARKUP_TAG)].map((x) => [x.index, x.index + x[0].length]);
}

/** ` " The Coalition …`: a paragraph opening with a straight mark spaced from the capital after it. */
export const SPACED_OPENING = /^\s*" \p{Lu}/u;

/**
 * Every quote mark of `text` with its kind and direction; apostrophes are left out. `spacedOpening`: the paragraph is one
 * of a run that each open with a spaced straight mark (see SPACED_OPENING), whose first mark opens.
 */
export function findMarks(text: string, spacedOpening = false): Mark[] {
  const out: Mark[] = [];
  const tags = markupTags(text);
  for (let i = 0, t = 0; i < text.length; i++) {
    // `<a href="https://…" target="_blank">`: the marks around a tag's attributes, in a page's source shown as text, quote no one.
    while (t < tags.length && tags[t][1] <= i) t++;
    if (t < tags.length && tags[t][0] <= i) {
      i = tags[t][1] - 1;
      continue;
    }
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    // ```this program is nice''`: two backticks before a word open a double quote, typed in TeX's style.
    if (ch === '`' && next === '`' && isSpaceBefore(prev) && isLetter(text[i + 2])) {
      out.push({ pos: i, ch: '``', kind: 'double', dir: 'open' });
      i++;
      continue;
    }
    // `''Personally, I have grave doubts,'' he said`: two opening single marks before a word open a double quote (typed so
    // in the archives of newspapers, the pair to the closing two below).
    if ((ch === "'" || ch === '‘') && next === ch && isSpaceBefore(prev) && isLetter(text[i + 2])) {
      out.push({ pos: i, ch: ch + ch, kind: 'double', dir: 'open' });
      i++;
      continue;
    }
    const double = DOUBLE.includes(ch);
    if (!double && !SINGLE.includes(ch)) continue;
    // `rock ’n’ roll`, `pick 'n' mix`: `and` cut short between its two apostrophes, no quote.
    if (!double && /^[’'‘]n[’']\s/.test(text.slice(i, i + 4)) && isSpaceBefore(prev)) {
      i += 2;
      continue;
    }
    // `voters,’’ Will Moy said`, ```nice''`: two closing single marks after a word or a sentence's mark are one closing
    // double mark (typed so by wire services, and in TeX's style).
    if ((ch === '’' || ch === "'") && next === ch && prev !== undefined && !/\s/.test(prev) && (isSpaceAfter(text[i + 2]) || /[,.;:!?)]/.test(text[i + 2]))) {
      out.push({ pos: i + 1, ch: ch + ch, kind: 'double', dir: 'close' });
      i++;
      continue;
    }
    if (!double) {
      if (isLetter(prev) && isLetter(next)) continue; // We’ve, Kazakhstan’s
      // `L.A.’s`, `U.S.’s`: the possessive of an abbreviation.
      if (prev === '.' && /\p{Lu}\.\p{Lu}\.$/u.test(text.slice(Math.max(0, i - 4), i)) && (next === 's' ? !isLetter(text[i + 2]) : /^ \p{Ll}/u.test(text.slice(i + 1, i + 3)) && !/[‘']/.test(text.slice(0, i - 4)))) continue;
      if (isSpaceBefore(prev) && next !== undefined && /\d/.test(next)) continue; // ’90s
    }
    // `Home » News`, `VIEW ALL VIDEOS »`: a spaced guillemet with no « before it is an arrow or a separator.
    if ((ch === '»' || ch === '›') && isSpaceBefore(prev) && isSpaceAfter(next) && !text.slice(0, i).includes(ch === '»' ? '«' : '‹')) continue;
    // `« Mixed Seafood Risotto`, `«Sectoral Debate | …`: a guillemet opening a short line that never closes is a link's arrow.
    if ((ch === '«' || ch === '‹') && (prev === undefined || prev === '\n') && isNavArrowLine(text, i)) continue;
    // ` " The Coalition cannot …` in a run of paragraphs opening so: a straight mark spaced from the capital after it,
    // opening the paragraph, opens (a quote reopened paragraph after paragraph, read from print with its spaces).
    const opensSpaced = spacedOpening && ch === '"' && next === ' ' && text.slice(0, i).trim() === '' && /^\p{Lu}/u.test(text[i + 2] ?? '');
    const dir = opensSpaced ? 'open' : direction(ch, prev, next, i > 1 ? text[i - 2] : undefined, text[i + 2]);
    if (dir) out.push({ pos: i, ch, kind: double ? 'double' : 'single', dir });
  }
  return out;
}

function direction(ch: string, prev: string | undefined, next: string | undefined, beforePrev: string | undefined, afterNext: string | undefined): MarkDir | undefined {
  const before = isSpaceBefore(prev);
  const after = isSpaceAfter(next);
  if (next !== undefined && /[,.;:!?)\]]/.test(next)) return 'close';
  if (before && !after) return 'open';
  if (!before && after) return 'close';
  if (OPEN_GLYPH.includes(ch)) return 'open';
  if (CLOSE_GLYPH.includes(ch)) return 'close';
  // A straight mark with space on both sides is a stray (`this year. " Such`): no mark, unless it closes an open quote; so
  // is one before a spaced comma or full stop, as print read with its spaces sets it (`cost e ffe c tiv e " , Mr Hunt said`).
  if (before && after) return (prev === ' ' && beforePrev !== undefined && /[.,!?]/.test(beforePrev)) || (next === ' ' && afterNext !== undefined && /[,.;:]/.test(afterNext)) ? 'close-if-open' : undefined;
  return 'either';
}

interface Open {
  mark: Mark;
}

/**
 * Pair the marks of a paragraph into top-level quoted stretches. Nested pairs are
 * dropped (they belong to their outer quote); a straight mark that could go either way
 * closes when a quote of its kind is open and opens otherwise.
 */
export function pairMarks(text: string, marks: readonly Mark[] = findMarks(text), depth = 0): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Open[] = [];
  const openOf = (kind: MarkKind) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark.kind === kind) return i;
    return -1;
  };
  for (const m of marks) {
    const at = openOf(m.kind);
    // `"…," he told Cook. " You guys have done such a good job."`: with nothing open, after a quoted sentence closed in
    // the paragraph (not a term: `"green" finance`), a stray-spaced mark before a sentence that a closing mark ends opens
    // that sentence's quote.
    if (m.dir === 'close-if-open' && at < 0) {
      const next = marks.find((x) => x.pos > m.pos && x.kind === m.kind);
      const said = out[out.length - 1];
      // (So does one right after a verb of saying and its comma: `He added, " A devaluation …"`.)
      const opensSaid = (said && /[,.!?]$/.test(text.slice(said.start, said.end - 1))) || SAID_COMMA_BEFORE.test(text.slice(Math.max(0, m.pos - 24), m.pos));
      if (!(opensSaid && next?.dir === 'close' && /^ \p{Lu}/u.test(text.slice(m.pos + 1, m.pos + 3)))) continue;
    }
    const closes = m.dir === 'close' || ((m.dir === 'either' || m.dir === 'close-if-open') && at >= 0);
    if (closes) {
      if (at >= 0) {
        const open = stack[at].mark;
        stack.length = at;
        if (at === 0) out.push({ kind: 'pair', start: open.pos, end: m.pos + 1, open: open.ch, close: m.ch });
        continue;
      }
      // A closing mark with nothing of its kind open.
      if (m.kind === 'single' && (stack.length > 0 || !/[,.!?]/.test(text[m.pos - 1] ?? ''))) continue; // apostrophe
      if (/\d/.test(text[m.pos - 1] ?? '')) continue; // inches or seconds: `a 12" pipe`
      stack.length = 0; // whatever was open (a stray single) yields to the dangling mark
      out.push({ kind: 'dangling', start: m.pos, end: m.pos + 1, close: m.ch });
      continue;
    }
    // An opening mark.
    if (at === 0 && stack.length === 1 && m.kind === stack[0].mark.kind && nestedWord(text, m, marks)) {
      // `… that he was going to "fake" an injury …` inside an open quote: a word quoted within it.
      stack.push({ mark: m });
      continue;
    }
    // `He added, “We have been trying … exposure. “Because you need …”`: a curly opening of the outer kind after a sentence
    // inside the open quote, closed later in the paragraph, reopens the same quotation (no closing mark was lost).
    if (at === 0 && stack.length === 1 && m.ch === '“' && stack[0].mark.ch === '“' && /[.!?] $/.test(text.slice(Math.max(0, m.pos - 2), m.pos)) && marks.some((x) => x.pos > m.pos && x.ch === '”')) continue;
    if (at === 0 && stack.length === 1 && m.kind === stack[0].mark.kind) {
      // A second opening of the outer kind: the first one lost its closing mark.
      const prev = stack[0].mark;
      const end = trimEnd(text, m.pos);
      if (end > prev.pos + 1) out.push({ kind: 'unclosed', start: prev.pos, end, open: prev.ch });
      stack.length = 0;
    }
    stack.push({ mark: m });
  }
  const bottom = stack[0]?.mark;
  // An unclosed single mark at the bottom was an apostrophe after all (`‘n’`-like
  // strays): pair again without it so the double marks it swallowed are seen.
  // Not one opening the paragraph before a capital (`'I intend to …` left open for the next paragraph to go on, as
  // releases quoting in single marks do), nor one opening a sentence after a quote closed in the paragraph
  // (`…,' he said. 'Immigration has been …` going on in the next paragraph).
  const opensSentence = bottom !== undefined && (text.slice(0, bottom.pos).trim() === '' || (out.length > 0 && /[.!?]\s+$/.test(text.slice(Math.max(0, bottom.pos - 3), bottom.pos))));
  const opensParagraph = bottom?.kind === 'single' && opensSentence && /^\p{Lu}/u.test(text.slice(bottom.pos + 1, bottom.pos + 2));
  if (bottom && bottom.kind === 'single' && depth < 4 && !opensParagraph) return pairMarks(text, marks.filter((x) => x !== bottom), depth + 1);
  if (bottom && (bottom.kind === 'double' || opensParagraph)) {
    const end = trimEnd(text, text.length);
    if (end > bottom.pos + 1) out.push({ kind: 'unclosed', start: bottom.pos, end, open: bottom.ch });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The most words a phrase quoted inside an open quote of its kind holds. */
const NESTED_WORDS = 6;

/**
 * An opening mark of the kind already open, in mid-sentence (a word before it), closed
 * again within six words and followed by the sentence going on: words quoted inside the
 * open quote (`The time for ”little steps in the right direction” is long gone`), not the
 * open quote's next sentence reopening.
 */
function nestedWord(text: string, m: Mark, marks: readonly Mark[]): boolean {
  if (!/[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, m.pos - 3), m.pos))) return false;
  const close = marks.find((x) => x.pos > m.pos && x.kind === m.kind);
  if (!close || close.dir === 'open' || close.pos - m.pos > 40) return false;
  const inner = text.slice(m.pos + 1, close.pos);
  return (inner.match(/\S+/g)?.length ?? 0) <= NESTED_WORDS && /^\s+\p{Ll}/u.test(text.slice(close.pos + 1, close.pos + 4));
}

/** `end` moved back over trailing white space. */
export function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Does the paragraph open with a quote mark (a multi-paragraph quote reopening)? */
export function startsWithOpening(text: string): boolean {
  const m = findMarks(text.slice(0, 8))[0];
  return !!m && m.dir !== 'close' && text.slice(0, m.pos).trim() === '';
}
