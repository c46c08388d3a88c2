/**
 * The top of a page: which line is the headline when menus and teasers stand above it,
 * the page's header between pieces of navigation, menus filled in between their items,
 * and the headline set again for display under itself. Linear in the lines.
 */
import { NAV_KINDS, type LineInfo, type Mark } from './line-kinds';

/** The words of a short line, lowercased, without punctuation. */
const wordsOf = (label: string) => label.split(/[^\p{L}\p{N}$]+/u).filter(Boolean);

/** How far below a headline (in non-empty lines) its byline or date line may stand. */
const BYLINE_REACH = 3;

/** How many lines, of how many words at most, a block between two pieces of navigation above the headline may have. */
const TOP_BLOCK = { lines: 10, words: 12 };

/**
 * A short line between two lines of navigation is navigation too (`Share Your Recipe`,
 * `Sign In to CNET` among menu items); at the top of the page, before the headline, a
 * short line after navigation is navigation if the next one is too, or opens the page.
 */
export function fillMenus(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number, isSignature: (i: number) => boolean): boolean {
  let changed = false;
  const nav = (k: number) => marks[k]?.nav === true || lines[k].section;
  const short = (l: LineInfo) => l.words > 0 && l.words <= 6 && !l.content && !l.stamp && !/[.!?…"”’»)]$/u.test(l.label);
  const next = (k: number) => {
    let j = k + 1;
    while (j < lines.length && lines[j].words === 0) j++;
    return j;
  };
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].words === 0) continue;
    const n = next(i);
    const before = prev < 0 ? i < head : nav(prev);
    if (i !== head && !marks[i] && short(lines[i]) && !isSignature(i) && before && n < lines.length && nav(n)) {
      marks[i] = { reason: 'navigation label', nav: true };
      changed = true;
    }
    prev = i;
  }
  return changed;
}

/**
 * Lines right under the headline made only of its words (`Lupita Nyong'o` and `$150K Pearl
 * Oscar Dress ... STOLEN!!!!` under `Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!`)
 * are the same headline set again for display.
 */
export function markHeadlineEchoes(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  if (head >= lines.length || !lines[head].label) return;
  const words = new Set(wordsOf(lines[head].label).flatMap((w) => [w, w.replace(/['’]s$/, '')]));
  for (let i = head + 1, seen = 0; i < lines.length && seen < BYLINE_REACH; i++) {
    const l = lines[i];
    if (l.words === 0) continue;
    seen++;
    if (l.byline || l.content || !l.label) break;
    const own = wordsOf(l.label);
    if (own.length < 2 && l.words < 2) break;
    if (!own.every((w) => words.has(w))) break;
    marks[i] = { reason: 'the headline set again for display', nav: false };
  }
}

/**
 * A scraped page may put menus and teasers above the headline; the headline is then the
 * first candidate, before the first paragraph of prose, followed closely by a byline or a date line
 * (`… STOLEN!!!` over `2/26/2015 7:11 AM PST BY TMZ STAFF`). With none, the first candidate.
 */
export function headOverByline(lines: readonly LineInfo[], first: number, candidate: (l: LineInfo, i: number) => boolean): number {
  // Not past the article's first paragraph of prose; when none is found there, not past the first two paragraphs
  // of prose in a row (a menu's one-sentence descriptions stand between its items' names).
  // (Prose is written mostly in small letters: not a product's specification in brackets, nor a teaser in title case.)
  const prose = (l: LineInfo | undefined) => !!l && l.content && l.endsSentence && !l.byline && l.smallLetters;
  let end = lines.findIndex(prose);
  if (end < 0) end = Math.floor(lines.length / 2);
  const found = headBefore(lines, first, end, candidate);
  if (found >= 0) return found;
  const body = lines.findIndex((l, i) => prose(l) && prose(lines[nextNonBlank(lines, i)]));
  const later = body > end ? headBefore(lines, end, body, candidate) : -1;
  return later >= 0 ? later : first;
}

/** The nearest line before `i` with words, not before `floor` (`floor` when none). */
export function prevNonBlank(lines: readonly LineInfo[], i: number, floor: number): number {
  let j = i - 1;
  while (j > floor && lines[j].words === 0) j--;
  return j;
}

/** The next line after `i` with words (lines.length when none). */
export function nextNonBlank(lines: readonly LineInfo[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j].words === 0) j++;
  return j;
}

/** The first candidate line in [from, to) with a byline or date line at most BYLINE_REACH lines under it, or -1. */
function headBefore(lines: readonly LineInfo[], from: number, to: number, candidate: (l: LineInfo, i: number) => boolean): number {
  for (let i = from; i < to; i++) {
    const l = lines[i];
    // A headline may end in `!` or `?`, never in a full stop.
    if (!candidate(l, i) || l.byline || l.words < 3 || l.words > 25 || /[.;:,]$/.test(l.label)) continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < BYLINE_REACH; j++) {
      if (lines[j].words === 0) continue;
      seen++;
      if (lines[j].byline || lines[j].bylineEnd) return i;
      // Prose or navigation between them: this line heads something else.
      if (lines[j].content || lines[j].section || (lines[j].kind !== undefined && NAV_KINDS.has(lines[j].kind!))) break;
    }
  }
  return -1;
}

/**
 * Above the headline, a short block of short lines with navigation on both sides is part
 * of the page's header (a tip line, a ticker of other headlines), not the article.
 */
export function markTopBlocks(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  let lastNav = -1;
  for (let i = 0; i < head; i++) {
    if (marks[i]?.nav) {
      if (lastNav >= 0 && i - lastNav > 1) {
        const block = [];
        for (let k = lastNav + 1; k < i; k++) if (lines[k].words > 0) block.push(k);
        const short = block.every((k) => !marks[k] && lines[k].words <= TOP_BLOCK.words && !lines[k].stamp);
        if (block.length && block.length <= TOP_BLOCK.lines && short) for (const k of block) marks[k] = { reason: 'page header between navigation', nav: true };
      }
      lastNav = i;
    }
  }
}

/** `MEDIA RELEASE`, `NEW S RELEASE`, `J O I N T  M E D I A  R E L E A S E`, read with the spaces taken out. */
const RELEASE_LINE = /(?:media|news|press)release|mediastatement/;
/** A year or a month name in a line read without its spaces (`1 8  J a n u a r y ,  1 9 8 9`). */
const DATE_LINE = /(?:^|\D)(?:19|20)\d\d(?:\D|$)|january|february|march|april|may|june|july|august|september|october|november|december/;
/** How far into the text a release's name may stand, and how far after it its date line. */
const RELEASE_WITHIN = 10;
const DATE_WITHIN = 3;

/**
 * A press release's head: the lines above its `MEDIA RELEASE` line (the minister's
 * names and offices) and, when a date line follows within three lines, the lines
 * between (a release number, a library's stamp) are its letterhead. The date line and
 * the headline are the release's own.
 */
export function markReleaseHead(lines: readonly LineInfo[], marks: (Mark | undefined)[]): void {
  const spaced = (i: number) => lines[i].label.replace(/\s+/g, '');
  const short = (i: number) => lines[i].words > 0 && lines[i].words <= 15 && !lines[i].endsSentence;
  let seen = 0;
  let release = -1;
  for (let i = 0; i < lines.length && seen < RELEASE_WITHIN; i++) {
    if (lines[i].words === 0) continue;
    seen++;
    if (RELEASE_LINE.test(spaced(i))) {
      release = i;
      break;
    }
  }
  if (release < 0) return;
  const letterhead: Mark = { reason: 'press release letterhead', nav: true };
  // Above the release line even a line that ends like a sentence is letterhead (`, AU STRALIA',!` as OCR reads a crest).
  for (let i = 0; i <= release; i++) if (!marks[i] && lines[i].words > 0 && lines[i].words <= 15) marks[i] = letterhead;
  const between: number[] = [];
  for (let i = release + 1, n = 0; i < lines.length && n < DATE_WITHIN; i++) {
    if (lines[i].words === 0) continue;
    n++;
    if (DATE_LINE.test(spaced(i))) {
      for (const k of between) if (!marks[k]) marks[k] = letterhead;
      return;
    }
    if (!short(i)) return;
    between.push(i);
  }
}
