/**
 * Reads the page as a whole from its lines' shapes: where the headline is, where the
 * article's content ends, which lines belong to a block of teasers after a "Related
 * articles" label, and which bare labels stand among navigation. Linear in the lines.
 */
import { KIND_REASONS, DATE_ONLY, MONTH_WORD, NAV_KINDS, isAgeStamp, type LineInfo, type LineKind, type Mark } from './line-kinds';
import { markCardFeeds } from './card-feeds';
import { markFoldedTeasers } from './folded-teasers';
import { markCommentThreads } from './comments';
import { fillMenus, headOverByline, markHeadlineEchoes, markReleaseHead, markTopBlocks, nextNonBlank, prevNonBlank } from './page-top';

export type { Mark } from './line-kinds';

export interface PageReading {
  /** Index of the headline: the first line that is no date stamp, label, credit or widget (never boilerplate). */
  head: number;
  /** Index of the last line that reads as article content; lines after it are the page's tail. */
  lastContent: number;
  /** Boilerplate found from the lines' kinds and positions, per line. */
  marks: (Mark | undefined)[];
  /** Lines of a table inside the article (figures among short lines): content, though their labels repeat. */
  tables: Set<number>;
}

/** Kinds no headline has; a line of another kind (`Sources: …`, `Watch: …`) may be the headline. */
const NEVER_HEADLINE: ReadonlySet<LineKind> = new Set(['label', 'credit', 'copyright', 'rating', 'ad', 'notice', 'call', 'source', 'price']);

/**
 * Content lines needed before a list opener for the rest of the page to count as
 * teasers (a sidebar list at the top of a page has none): two, or one when the opener
 * stands in the second half of the page.
 */
const CONTENT_BEFORE_LIST = 2;

/**
 * A listing's row: a name, a comma, and a short lowercase tail (`michelle weaver, queensland`, `westpac, victoria`); or a
 * ranked name of a few words (`01. robert plant`, `37. philip anselmo`).
 */
const ROW = /^[^,]{3,60}, [\p{Ll}][\p{Ll} .'’-]{1,30}$|^\d{1,3}\. [^\s.,:;!?]+(?: [^\s.,:;!?]+){0,3}$/u;
/** Rows a listing needs after the article to be part of it. */
const LISTING_ROWS = 4;
/** The most lines from one row of a listing to the next. */
const ROW_GAP = 6;

/**
 * A listing after the article's prose is content (a release's table of winners,
 * each under its category: `Michelle Weaver,  Queensland`): four rows or more of a
 * name and a place after a comma, none marked, make up at least a third of the lines
 * that follow; the article then ends at the last row, and no line of the listing but one
 * of a boilerplate kind of its own is marked. A site's footer has no such rows.
 */
function listingEnd(lines: readonly LineInfo[], marks: readonly (Mark | undefined)[], lastContent: number): number {
  let rows = 0;
  let last = -1;
  let filled = 0;
  for (let i = lastContent + 1; i < lines.length; i++) {
    if (lines[i].words === 0) continue;
    filled++;
    // (A row far after the listing's last, a reader's comment or a blogroll's title, does not extend it.)
    if (!marks[i] && lines[i].words <= 8 && ROW.test(lines[i].label) && (last < 0 || i - last <= ROW_GAP)) {
      rows++;
      last = i;
    }
  }
  return rows >= LISTING_ROWS && rows * 3 >= filled ? last : lastContent;
}

/**
 * @param isSignature whether line `i` is only a person's name (an author's signature
 *   closing an op-ed is content, like a byline; an outlet's name in the same place is not).
 * @param cited the lines of a round-up's citations (core/cited-sources.ts): the article's.
 */
export function readPage(lines: readonly LineInfo[], isSignature: (i: number) => boolean = () => false, cited: ReadonlySet<number> = new Set()): PageReading {
  const n = lines.length;
  const marks: (Mark | undefined)[] = new Array(n).fill(undefined);
  // A bare label: label-shaped and not a person's name.
  const bare = lines.map((l, i) => l.labelShape && !isSignature(i));
  const notHeadline = (l: LineInfo) => l.stamp || l.section || (l.endsColon && l.words <= 6) || (l.kind !== undefined && NEVER_HEADLINE.has(l.kind));
  // A bare label right before navigation (`US & Canada` over `is sponsored by`) is navigation, not the headline.
  // So is a bare label beside another (`ABC News` over `Yahoo News` in a menu).
  const menuNext = (i: number) => i + 1 < n && ((lines[i + 1].kind !== undefined && NAV_KINDS.has(lines[i + 1].kind!)) || bare[i + 1] || lines[i + 1].section);
  const menuBefore = (i: number) => i > 0 && ((lines[i - 1].kind !== undefined && NAV_KINDS.has(lines[i - 1].kind!)) || bare[i - 1] || lines[i - 1].section || lines[i - 1].endsColon);
  const candidate = (l: LineInfo, i: number) => !notHeadline(l) && !(bare[i] && l.words <= 4 && (menuNext(i) || menuBefore(i))) && !isCaption(lines, i);
  let head = lines.findIndex(candidate);
  if (head < 0) head = n;
  head = headOverByline(lines, head, candidate);
  for (let i = 0; i < head; i++) {
    if (lines[i].section) marks[i] = { reason: 'section label', nav: true };
    else if (bare[i] && !notHeadline(lines[i])) marks[i] = { reason: 'navigation label', nav: true };
  }

  for (let i = 0; i < n; i++) {
    const { kind } = lines[i];
    if (kind && i !== head) marks[i] = { reason: KIND_REASONS[kind], nav: NAV_KINDS.has(kind) };
  }
  markLongHeader(lines, marks, head);
  // A round-up's citations (`[The Verge]` under each excerpt) are the article's, however the passes below read them.
  for (const i of cited) marks[i] = undefined;

  // The line after a caption label (`Media caption`) is the caption.
  for (let i = 0; i + 1 < n; i++) {
    const next = lines[i + 1];
    if (lines[i].captionLabel && i + 1 !== head && !marks[i + 1] && next.words > 0 && next.words <= 40) marks[i + 1] = { reason: 'caption', nav: false };
  }

  markCreditedCaptions(lines, marks, head);
  markTeaserBlock(lines, marks, head);
  markTopTeasers(lines, marks, head);
  markCardFeeds(lines, marks, head);
  markFoldedTeasers(lines, marks, head);
  markCommentThreads(lines, marks, head);
  markArchiveWidget(lines, marks, head);

  let lastContent = head;
  for (let i = n - 1; i > head; i--) {
    if (lines[i].content && !marks[i]) {
      lastContent = i;
      break;
    }
  }
  const listing = listingEnd(lines, marks, lastContent);
  const listed = listing > lastContent ? { from: lastContent + 1, to: listing } : undefined;
  lastContent = listing;
  for (let i = lastContent + 1; i < n; i++) {
    if (marks[i]) continue;
    const l = lines[i];
    if (l.adWords) marks[i] = { reason: 'advertisement', nav: true };
    else if (l.section) marks[i] = { reason: 'section label', nav: true };
    else if (bare[i]) marks[i] = { reason: 'site name at the end of the page', nav: true };
    // After the article, headlines under navigation (`Read more:` then titles) are teasers.
    else if (l.headlineShape && marks[i - 1]?.nav && !isSignature(i)) marks[i] = { reason: 'teaser of another article', nav: true };
  }

  markGapsAfterArticle(lines, marks, lastContent, isSignature);
  markHeadlineEchoes(lines, marks, head);
  markCaptions(lines, marks, head, lastContent);
  markTeaserRuns(lines, marks, head);
  markReadMoreLinks(lines, marks, head);
  markDatedTeasers(lines, marks, head);
  markDatedCards(lines, marks, head);
  markDateLines(lines, marks, head);
  markAgedTeasers(lines, marks, head);
  markRankedTeasers(lines, marks, head);
  markGluedTeasers(lines, marks, head);
  joinNavigation(lines, bare, marks, head);
  markRepeatedLabels(lines, bare, marks, head);
  markTablesOfContents(lines, marks, head);
  markWidgetRuns(lines, marks, head, isSignature);
  markTopBlocks(lines, marks, head);
  // A menu fills in from both ends: a few rounds settle it.
  for (let round = 0; round < 3 && fillMenus(lines, marks, head, isSignature); round++) joinNavigation(lines, bare, marks, head);
  markReleaseHead(lines, marks);
  markAuthorBoxes(lines, marks, head, isSignature);
  // The listing's lines are the article's, whatever the shapes of its labels make the passes above read.
  if (listed) for (let i = listed.from; i <= listed.to; i++) if (!lines[i].kind) marks[i] = undefined;
  // So are a round-up's citations, however often each is cited.
  for (const i of cited) marks[i] = undefined;
  unmarkListNumbers(lines, marks, head);
  const tables = unmarkTables(lines, marks, head, lastContent);
  return { head, lastContent, marks, tables };
}

/** The most lines from one number of a list to the next. */
const NUMBER_GAP = 8;

/**
 * `1.` over `Shear NH, Spielberg SP. …`, `2.` over the next reference: a list whose numbers stand on lines of their own,
 * each before its item’s prose and following the one before it within a few lines, is the article's (a reference list),
 * however much a page's number the lines look like.
 */
function unmarkListNumbers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const numbers: { i: number; k: number }[] = [];
  for (let i = head + 1; i + 1 < lines.length; i++) {
    if (lines[i].endsSentence && /^\d{1,3}$/.test(lines[i].label) && lines[i + 1].content) numbers.push({ i, k: Number(lines[i].label) });
  }
  numbers.forEach(({ i, k }, j) => {
    const before = numbers[j - 1];
    const after = numbers[j + 1];
    if ((before && before.k === k - 1 && i - before.i <= NUMBER_GAP) || (after && after.k === k + 1 && after.i - i <= NUMBER_GAP)) marks[i] = undefined;
  });
}

/** Verbs an author's note opens with after the author's name (`Pete Evans is the senior business writer …`). */
const BIO_VERB = /^(?:is|was|has|writes|covers|arrives|joined|reports|lives|edits|contributes)\b/;

/**
 * An author's box: a line that is only the author's name, under the byline that names the same author (`By Jennifer
 * Rubin` over `Jennifer Rubin`, or the name printed twice), under `About the author`, or over the author's note
 * (`Alyssa Newcomb` over `Alyssa Newcomb is an NBC News contributor …`); and a teaser's author, a name alone between
 * teasers.
 */
function markAuthorBoxes(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number, isSignature: (i: number) => boolean): void {
  for (let i = 1; i < lines.length; i++) {
    if (marks[i] || i === head || !isSignature(i)) continue;
    const name = lines[i].label;
    const p = prevNonBlank(lines, i, -1);
    const before = p >= 0 ? lines[p].label : '';
    const j = nextNonBlank(lines, i);
    const after = j < lines.length ? lines[j].label : '';
    const echo = before === name || before === `by ${name}`;
    const bio = after.startsWith(`${name} `) && BIO_VERB.test(after.slice(name.length + 1)) && lines[j].words >= 6;
    if (echo || bio || before === 'about the author') marks[i] = { reason: 'the author’s box', nav: false };
    // Between two teasers (or a teaser and its date), the name is the teaser's author.
    else if (p >= 0 && j < lines.length && marks[p]?.nav && marks[j]?.nav && (/teaser/.test(marks[p]!.reason) || /teaser/.test(marks[j]!.reason))) marks[i] = { reason: 'a teaser’s author', nav: true };
  }
}

/** Lines of navigation before the headline that make the rest above it a site's header too. */
const LONG_HEADER = 30;
/** Words beyond which a line is a paragraph of prose, never taken into a header. */
const HEADER_PROSE = 40;

/**
 * A site's header of thirty lines of navigation or more above the headline (WebMD's, the IAB's): the few lines among
 * them no rule reads as navigation (a feature's standfirst, `Second Opinion: Read expert perspectives …`) are its too.
 */
function markLongHeader(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  let nav = 0;
  for (let i = 0; i < head; i++) if (marks[i]) nav++;
  if (nav < LONG_HEADER) return;
  // The lines right above the headline may be the headline itself when the page repeats it (`Zuckerberg offers peek …` twice).
  let near = head;
  for (let k = 0; k < NEAR_HEAD && near > 0; k++) near = prevNonBlank(lines, near, -1);
  for (let i = 0; i < near; i++) if (!marks[i] && lines[i].words > 0 && lines[i].words <= HEADER_PROSE) marks[i] = { reason: 'inside the site’s header', nav: true };
}

/** Lines with words right above the headline left to what reads them (a repeated headline, its section). */
const NEAR_HEAD = 3;

/** Lines at most in a gap between navigation after the article that are still its teasers. */
const TAIL_GAP = 4;

/**
 * After the article, a few lines between navigation on both sides (a teaser asking a question, its author's
 * reading time) belong to the same list of teasers; not a signature.
 */
function markGapsAfterArticle(lines: readonly LineInfo[], marks: (Mark | undefined)[], lastContent: number, isSignature: (i: number) => boolean): void {
  for (let i = lastContent + 1; i < lines.length; i++) {
    if (marks[i] || lines[i].words === 0) continue;
    const p = prevNonBlank(lines, i, lastContent);
    if (p <= lastContent || !marks[p]?.nav) continue;
    let j = i;
    let gap = 0;
    while (j < lines.length && !marks[j] && gap <= TAIL_GAP) {
      if (lines[j].words > 0) gap++;
      j++;
    }
    if (gap <= TAIL_GAP && j < lines.length && marks[j]?.nav) {
      for (let k = i; k < j; k++) if (lines[k].words > 0 && !isSignature(k)) marks[k] = { reason: 'teaser of another article', nav: true };
    }
    i = j - 1;
  }
}

/** Words a sentence ending with a colon needs to open the article's own list (not a label: `Read more:`, `See also:`). */
const INTRO_WORDS = 8;

/**
 * Two or more headlines in title case in a row after the article has begun are links to
 * other articles set into it (`Pizza Man Making Special Delivery …`), not subheadings; before
 * it, three or more under a navigation label (`Top Stories`) are a menu's teasers.
 */
function markTeaserRuns(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const teaser = (l: LineInfo) => l.titleCase && l.headlineShape && !l.content && !l.stamp && !l.listItem && l.words >= 4;
  let content = false;
  for (let i = head + 1; i < lines.length; i++) {
    if (lines[i].content) content = true;
    if (!teaser(lines[i]) || marks[i]) continue;
    // Before the article, only under a navigation label (`Top Stories`) and three or more in a row.
    const p = prevNonBlank(lines, i, head);
    const underNav = p > head && marks[p]?.nav === true;
    if (!content && !underNav) continue;
    // (`Here are the winners and their instructors:` over `Jasmine Chang – Type & Expression (Instructor: John Nettleton)`:
    // a paragraph of the article that ends with a colon opens its own list.)
    const introduced = p > head && (lines[p].content || (lines[p].smallLetters && lines[p].words >= INTRO_WORDS)) && lines[p].endsColon && !marks[p];
    let j = i;
    while (j < lines.length && (lines[j].words === 0 || (teaser(lines[j]) && !marks[j]))) j++;
    if (introduced) {
      i = j - 1;
      continue;
    }
    const run = lines.slice(i, j).filter((l) => l.words > 0).length;
    if (run >= (content ? 2 : 3)) for (let k = i; k < j; k++) if (lines[k].words > 0) marks[k] = { reason: 'teaser of another article', nav: true };
    i = j - 1;
  }
}

/** Labels over links to other articles set into a page (`Read more` then their headlines). */
const READ_MORE = new Set(['read more', 'read also', 'also read', 'see also', 'more on this', 'related']);
/** Most links such a label lists. */
const READ_MORE_LINKS = 6;

/** After the headline, `Read more` and the headlines under it (no full stop, four words or more) are teasers. */
function markReadMoreLinks(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  for (let i = head + 1; i < lines.length; i++) {
    if (!READ_MORE.has(lines[i].label)) continue;
    const cards = cardsByBylines(lines, i);
    if (cards > i) {
      for (let k = i + 1; k <= cards; k++) if (lines[k].words > 0) marks[k] ??= { reason: 'teaser of another article', nav: true };
      i = cards;
      continue;
    }
    let j = nextNonBlank(lines, i);
    for (let k = 0; k < READ_MORE_LINKS && j < lines.length; k++, j = nextNonBlank(lines, j)) {
      const l = lines[j];
      if (!l.headlineShape || l.content || l.stamp || l.listItem || l.words < 4 || l.endsColon) break;
      marks[j] ??= { reason: 'teaser of another article', nav: true };
    }
    i = j - 1;
  }
}

/** Lines from a `Read more` label to its first card's byline, and between two cards' bylines. */
const FIRST_BYLINE = 10;
const CARD_LINES = 6;

/**
 * `Read More`, then cards of a kicker (`Annals of Science`, a slug `letter-from-washington`), a headline, a summary and
 * a byline: the last line of the last card, when two bylines or more follow the label close together; else the label's.
 */
function cardsByBylines(lines: readonly LineInfo[], label: number): number {
  const bylines: number[] = [];
  let from = label;
  for (let k = label + 1; k < lines.length && k - from <= (bylines.length ? CARD_LINES : FIRST_BYLINE); k++) {
    if (!lines[k].byline || !/^by\s/.test(lines[k].label)) continue;
    bylines.push(k);
    from = k;
  }
  return bylines.length >= 2 ? bylines[bylines.length - 1] : label;
}

/** Words beyond which a line under a rank is a paragraph, no headline. */
const RANKED_TITLE_WORDS = 25;

/**
 * `Most Read`, then `1` / `Battle-Scarred Viking Shield-Maiden Gets Facial Reconstruction` / `2` / `Here's What Sugar Does
 * to Your Brain` …: a ranked list of other articles under a widget's label, each headline under its rank; three of them
 * make the list.
 */
function markRankedTeasers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const isRank = (k: number) => k < lines.length && /^\d{1,2}$/.test(lines[k].label);
  for (let i = head + 1; i < lines.length; i++) {
    // Under a widget's label (`Most Read`), not an article's own numbered list.
    if (!isRank(i)) continue;
    const label = lines[prevNonBlank(lines, i, -1)];
    if (!label || !(label.opener || label.kind === 'label' || label.section || label.labelShape)) continue;
    const titles: number[] = [];
    let k = i;
    while (isRank(k)) {
      const t = nextNonBlank(lines, k);
      if (t >= lines.length || isRank(t) || lines[t].words < 3 || lines[t].words > RANKED_TITLE_WORDS) break;
      titles.push(t);
      k = nextNonBlank(lines, t);
    }
    if (titles.length >= 3) for (const t of titles) marks[t] ??= { reason: 'teaser of another article', nav: true };
    i = Math.max(i, k - 1);
  }
}

/**
 * `The 4 Best Vegan Spots In DetroitHoodline crunched the numbers …`: lines each a headline run together with its
 * summary are a list of teaser cards, two of them at least (an article's own title glued to its text is one).
 */
function markGluedTeasers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const glued: number[] = [];
  for (let i = head + 1; i < lines.length; i++) if (lines[i].gluedSummary) glued.push(i);
  if (glued.length >= 2) for (const i of glued) marks[i] ??= { reason: 'teaser of another article', nav: true };
}

/** A table's cell of figures: a count, a share, a measure (`63`, `85%`, `4.5`). */
const FIGURE_CELL = /^[-+]?\d{1,4}(?:[.,]\d+)?%?$/;
/** Ranks of a list count up from 1 (`1`, `2` … `12`): a figure of a table is larger, a share or a measure. */
const MAX_RANK = 20;
const isMeasure = (label: string): boolean => FIGURE_CELL.test(label) && (/[%.,]/.test(label) || parseFloat(label) > MAX_RANK);
/** Figures enough (a widget's quote box of two stocks has six), and their share of the rows, for short lines to be a table; no cell of a table is longer. */
const TABLE = { minFigures: 8, figureShare: 0.25, maxWords: 20 };

/**
 * `Pos` / `Player` / `Plays` / `%` / `Stats`, then `DL` / `Larry Ogunjobi` / `63` / `85%` / `1 tackle …`: inside the
 * article, short lines a quarter of them figures (counts above a list's ranks, shares, measures) are a table of its
 * own, not a menu, whatever labels repeat in it.
 */
function unmarkTables(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number, lastContent: number): Set<number> {
  const tables = new Set<number>();
  for (let i = head + 1; i < lastContent; i++) {
    if (lines[i].words === 0 || lines[i].words > TABLE.maxWords) continue;
    let end = i;
    let figures = 0;
    let rows = 0;
    while (end < lastContent && lines[end].words <= TABLE.maxWords) {
      if (lines[end].words > 0 || lines[end].label) rows++;
      if (isMeasure(lines[end].label)) figures++;
      end++;
    }
    if (figures >= TABLE.minFigures && figures >= TABLE.figureShare * rows) {
      // (A line of its own kind stays so, unless it has no letter: a figure, `%`.)
      for (let k = i; k < end; k++) {
        if (lines[k].kind && /\p{L}/u.test(lines[k].label)) continue;
        marks[k] = undefined;
        tables.add(k);
      }
    }
    i = end;
  }
  return tables;
}

/** A day written in figures with its year (`11/20/2019`, `20.11.2019`). */
const NUMERIC_DAY = /\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b/;

/**
 * Inside or after the article, a headline and a line that is only its date (`Why Are New York City’s Streets Always
 * Under Construction?` over `Aug. 18, 2016`, a video's title over its date and length) are a link to another item.
 * Before the article's first paragraph, such pairs count only as a list of them: another pair at most three lines away
 * (`MORE STORIES LIKE THIS ONE`, then a section's label, a headline and its date, again and again). A byline may stand
 * between a headline and its date (`By REUTERS`): the teaser's author.
 */
function markDatedTeasers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  let content = false;
  const pairs: { title: number; date: number; by?: number; content: boolean }[] = [];
  for (let i = head + 1; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (l.content) content = true;
    if (marks[i] || l.words < 4 || l.words > 20 || l.content || l.stamp || l.quoted || (!l.headlineShape && !l.endsQuestion) || (l.byline && l.firstWord === 'by')) continue;
    let j = nextNonBlank(lines, i);
    // `Russia: Israeli strikes on Syria wrong move` / `By REUTERS` / `11/20/2019 10:08 AM`: the teaser's author between.
    const by = j < lines.length && !marks[j] && lines[j].byline && lines[j].firstWord === 'by' && lines[j].words <= 6 ? j : undefined;
    if (by !== undefined) j = nextNonBlank(lines, j);
    if (j >= lines.length || !(lines[j].stamp || DATE_ONLY.test(lines[j].label)) || marks[j] || lines[j].words > 8 || !(MONTH_WORD.test(lines[j].label) || NUMERIC_DAY.test(lines[j].label))) continue;
    pairs.push({ title: i, date: j, by, content });
  }
  pairs.forEach((p, k) => {
    const listed = (pairs[k + 1] && pairs[k + 1].title - p.date <= 3) || (pairs[k - 1] && p.title - pairs[k - 1].date <= 3);
    if (!p.content && !listed) return;
    marks[p.title] = { reason: 'teaser of another article', nav: true };
    if (p.by !== undefined) marks[p.by] = { reason: 'a teaser’s author', nav: true };
    marks[p.date] = { reason: 'the date of a teaser', nav: true };
  });
}

/** Cards a feed of dated cards needs, at least. */
const DATED_CARDS = 3;

/**
 * `Dec 19, 2025` / `Cathay Pacific Launches First Aria Suite Experience …` / `Cathay Pacific introduces its retrofitted …`:
 * a line that is only a date over a headline and its summary is a card of another article; three such cards at least make
 * a feed, whose headlines and summaries are the page's, not the article's (a section's kicker may stand over each date).
 */
function markDatedCards(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const cards: [number, number][] = [];
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.words === 0 || l.words > 8 || !(l.stamp || DATE_ONLY.test(l.label)) || !MONTH_WORD.test(l.label)) continue;
    const title = nextNonBlank(lines, i);
    if (title >= lines.length || lines[title].words < 4 || lines[title].words > 20 || !lines[title].headlineShape || lines[title].quoted) continue;
    const summary = nextNonBlank(lines, title);
    if (summary < lines.length && lines[summary].content) cards.push([title, summary]);
  }
  if (cards.length < DATED_CARDS) return;
  for (const [title, summary] of cards) {
    marks[title] ??= { reason: 'teaser of another article', nav: true };
    marks[summary] ??= { reason: 'a teaser’s summary', nav: true };
  }
}

/** Items a page's archive widget needs for its lines to be read as one. */
const ARCHIVE_ITEMS = 3;

/**
 * A blog's archive widget: `► 2017 (11)`, `▼ 2016 (136)`, `▼ December (17)` and the titles of the open month's posts under
 * it, to the next item. Every line of it is navigation.
 */
function markArchiveWidget(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  if (lines.filter((l) => l.disclosure).length < ARCHIVE_ITEMS) return;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.disclosure) {
      if (i !== head) marks[i] ??= { reason: 'archive of the blog’s posts', nav: true };
      open = l.disclosure === 'open';
    } else if (open && i !== head && l.words > 0 && l.words <= 15) marks[i] ??= { reason: 'archive of the blog’s posts: a title under its month', nav: true };
    else if (l.words > 0) open = false;
  }
}

/**
 * `Wednesday November 20, 2019` / … / `Tuesday November 19, 2019`: a page with several lines that are only a date has one
 * that dates the article, the first; the others date the items of its lists (teasers, posts, comments).
 */
function markDateLines(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const dates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (i !== head && l.words > 0 && l.words <= 8 && (l.stamp || DATE_ONLY.test(l.label)) && MONTH_WORD.test(l.label) && /\b(?:19|20)\d\d\b/.test(l.label)) dates.push(i);
  }
  if (dates.length < 2) return;
  for (const i of dates.slice(1)) marks[i] ??= { reason: 'the date of a teaser', nav: true };
}

/**
 * `Why farmers may want to paint their cows …` / `Some people thought the stripy cattle …` / `32M ago`: a headline, its
 * summary and its age are a card linking to another article; two such cards in a row at least are a list of teasers
 * (one age under a headline may be the article's own).
 */
function markAgedTeasers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  const cards: number[][] = [];
  let after = head;
  for (let j = head + 1; j < lines.length; j++) {
    if (!isAgeStamp(lines[j].label)) continue;
    const card: number[] = [];
    for (let k = prevNonBlank(lines, j, after); k > after && card.length < 2; k = prevNonBlank(lines, k, after)) card.unshift(k);
    if (card.length && lines[card[0]].headlineShape) cards.push([...card, j]);
    after = j;
  }
  // A card is listed when another one ends at most one line before it or starts at most one line after it.
  const near = (a: number[], b: number[]) => b[0] - a[a.length - 1] <= 2;
  cards.forEach((c, i) => {
    if (!((i > 0 && near(cards[i - 1], c)) || (i + 1 < cards.length && near(c, cards[i + 1])))) return;
    for (const k of c) marks[k] ??= { reason: k === c[c.length - 1] ? 'the age of a teaser' : 'teaser of another article', nav: true };
  });
}

/** A caption opens with what it shows (a name, a number, `Above`); prose that lost its full stop opens like a sentence. */
const SENTENCE_OPENER = /^(?:the|a|an|this|these|that|those|it|its|he|she|they|we|i|you|there|here|but|and|or|so|yet|however|among|in|on|at|for|with|from|by|after|before|during|while|when|if|as|although|though|since|until|of|to|our|their|his|her|my|your)$/;

/** A caption's length in words: longer than a subheading, shorter than a paragraph of prose. */
const CAPTION_WORDS = { min: 7, max: 60 };

/**
 * A line of some words with no final full stop standing between paragraphs of the
 * article (after the first one) is a photo caption (`Hori Parata at his farm, the place
 * where he was born`); a subheading is shorter, a paragraph ends in a full stop.
 */
function markCaptions(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number, lastContent: number): void {
  const prose = (k: number) => k >= 0 && lines[k].content && lines[k].endsSentence && !marks[k];
  // The nearest non-empty line before and after: a caption stands alone between two paragraphs
  // (not a run of list items, not a headline over a date stamp).
  const near = (k: number, step: number) => {
    for (let j = k + step; j > head && j < lines.length; j += step) if (lines[j].words > 0) return j;
    return -1;
  };
  for (let i = head + 1; i < lastContent; i++) {
    const l = lines[i];
    if (marks[i] || l.listItem || l.endsSentence || l.quoted || l.post || l.words < CAPTION_WORDS.min || l.words > CAPTION_WORDS.max) continue;
    const next = near(i, 1);
    if (!prose(near(i, -1)) || !prose(next) || SENTENCE_OPENER.test(l.firstWord)) continue;
    // (`Banking alliances tied into the agency channel` over `… entered a strategic alliance with U.S. Bank …`: a line whose
    // words the next paragraph takes up is the article's subheading over it.)
    if (sharedWords(l.label, lines[next].key ?? lines[next].label) >= SUBHEADING_SHARE) continue;
    marks[i] = { reason: 'photo caption: a line with no full stop between paragraphs', nav: false };
  }
  // `President Joe Biden speaks about … in Washington, Monday, Oct. 17, 2022.`: a news agency's caption ends with the
  // picture's weekday and date.
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!marks[i] && l.words >= CREDITED_CAPTION_WORDS.min + 5 && l.agencyCaption) marks[i] = { reason: 'photo caption: it ends with the picture’s weekday and date', nav: false };
  }
}

/** The share of a line's words that the paragraph under it takes up, from which the line is its subheading. */
const SUBHEADING_SHARE = 0.3;
/** Words of the paragraph read for a subheading's words (its opening). */
const PARAGRAPH_OPENING = 80;

/** The share of `line`'s words of four letters or more (by their first five) found in the opening of `paragraph`. */
function sharedWords(line: string, paragraph: string): number {
  const stems = (t: string) => new Set((t.match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
  const own = stems(line);
  if (!own.size) return 0;
  const theirs = stems(paragraph.split(/\s+/).slice(0, PARAGRAPH_OPENING).join(' '));
  return [...own].filter((w) => theirs.has(w)).length / own.size;
}

/** A line after a caption label (`Photo`) or a sentence over a credit line is a picture's caption, never the headline. */
function isCaption(lines: readonly LineInfo[], i: number): boolean {
  if (i > 0 && lines[i - 1].captionLabel) return true;
  let k = i + 1;
  while (k < lines.length && lines[k].words === 0) k++;
  return k < lines.length && lines[k].creditOnly && lines[i].endsSentence && !lines[i].endsColon && !lines[i].quoted;
}

/** A caption is longer than a label and shorter than most paragraphs (in words). */
const CREDITED_CAPTION_WORDS = { min: 3, max: 60 };

/**
 * The line right over a credit line (`Image: Vjeran Pavic / The Verge`, `Source: Supplied`)
 * is its picture's caption, when it is not the headline and not a quotation.
 */
function markCreditedCaptions(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].creditOnly) continue;
    let k = i - 1;
    while (k > 0 && lines[k].words === 0) k--;
    const l = lines[k];
    if (k < 0 || k === head || marks[k] || l.quoted || !l.endsSentence || l.endsColon || l.words < CREDITED_CAPTION_WORDS.min || l.words > CREDITED_CAPTION_WORDS.max) continue;
    marks[k] = { reason: 'photo caption: the line over its credit', nav: false };
    // (A photographer's name in capitals under it is the credit, which no line kind reads alone.)
    if (lines[i].capsName && !marks[i]) marks[i] = { reason: 'photo credit: a name in capitals under its caption', nav: false };
  }
}

const BYLINE_ROLE = /\b(?:reporter|correspondent|editor|writer|journalist|columnist|staff)$/;

/**
 * Lines `from`–`to` below the headline, after a paragraph of the article's prose, most of them in sentence case
 * (`UX draft`, `Load map`, `Quick bar Twinsen`): a table of the article, not a menu, whose items are written in title case.
 */
function tableInProse(lines: readonly LineInfo[], from: number, to: number, head: number): boolean {
  if (from <= head) return false;
  if (!lines[prevNonBlank(lines, from, head)].content) return false;
  let cells = 0;
  let sentenceCase = 0;
  for (let k = from; k < to; k++) {
    if (lines[k].words === 0) continue;
    cells++;
    if (lines[k].sentenceCase) sentenceCase++;
  }
  return sentenceCase * 2 > cells;
}

/** Consecutive lines this short (in words), with no sentence end, make a menu or a widget when there are enough of them. */
const WIDGET_WORDS = 3;
const WIDGET_RUN = 6;
/** Most words of a line already read as navigation that a run of very short lines goes on through. */
const NAV_LINE_IN_RUN = 6;

/**
 * A run of many very short lines with no sentence among them (`Back`, `Font`, `Aa`,
 * `Arial`, `Cancel` …) is a menu or a player widget, not article text.
 */
function markWidgetRuns(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number, isSignature: (i: number) => boolean): void {
  // Items of a numbered or bulleted list and a byline's role are article text however short;
  // a person's name inside a run is kept (a byline) without ending the run.
  const tiny = (l: LineInfo) => l.words > 0 && l.words <= WIDGET_WORDS && !l.content && !l.stamp && l.headlineShape && !l.listItem && !BYLINE_ROLE.test(l.label);
  let i = 0;
  while (i < lines.length) {
    if (!tiny(lines[i]) || i === head) {
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    // (A line marked already as the page's navigation, `Open the Resident page` between a menu's items, goes on with the run
    // when two very short lines follow it: not a breadcrumb over the article's date.)
    while (j < lines.length && j !== head && (tiny(lines[j]) || lines[j].words === 0 || (marks[j]?.nav && !lines[j].stamp && lines[j].words <= NAV_LINE_IN_RUN && j + 2 < lines.length && tiny(lines[j + 1]) && tiny(lines[j + 2])))) {
      if (lines[j].words > 0) count++;
      j++;
    }
    if (count >= WIDGET_RUN && !tableInProse(lines, i, j, head)) {
      for (let k = i; k < j; k++) if (!marks[k] && lines[k].words > 0 && !isSignature(k)) marks[k] = { reason: 'menu or widget: a run of very short lines', nav: true };
    }
    i = j;
  }
}

/**
 * From a list opener (`Related articles`, `Most read`) that follows some content and is
 * followed by teaser-shaped lines, everything to the end of the page is teasers.
 */
function markTeaserBlock(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  let content = 0;
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i];
    const enough = content >= CONTENT_BEFORE_LIST || (content >= 1 && i >= lines.length / 2);
    if (l.opener && enough && listFollows(lines, i)) {
      // Under a call to subscribe that closed the article (no prose of its own since), the list runs to the page's end:
      // an offer's sentences there are no article resuming.
      const closed = closedByCall(lines, marks, i, head);
      let j = i;
      for (; j < lines.length && (closed || !proseResumes(lines, j)); j++) {
        if (marks[j]) continue;
        const label = lines[j].section || (lines[j].labelShape && lines[j].words <= 3);
        marks[j] = { reason: label ? 'navigation label' : 'teaser of another article', nav: true };
      }
      i = j - 1;
      continue;
    }
    if (l.content && !marks[i]) content++;
  }
}

/** Between the article's last own line of prose and line `i`, a call to subscribe (`Sign up for our daily newsletter`). */
function closedByCall(lines: readonly LineInfo[], marks: readonly (Mark | undefined)[], i: number, head: number): boolean {
  for (let k = i - 1; k > head; k--) {
    if (lines[k].kind === 'call') return articleBefore(lines, marks, k, head);
    if (lines[k].content && !marks[k]) return false;
  }
  return false;
}

/** Paragraphs of the article's own prose before line `k`: enough to be an article that a call can close. */
function articleBefore(lines: readonly LineInfo[], marks: readonly (Mark | undefined)[], k: number, head: number): boolean {
  let n = 0;
  for (let a = head + 1; a < k && n < ARTICLE_BEFORE_CALL; a++) if (lines[a].content && !marks[a]) n++;
  return n >= ARTICLE_BEFORE_CALL;
}

/** Paragraphs of prose an article has at least before a call to subscribe can close it (a sign-in box's help has fewer). */
const ARTICLE_BEFORE_CALL = 5;

/** Headlines under an opener above the page's own that make a list. */
const TOP_TEASERS = 3;

/**
 * Above the headline, the headlines right under a list opener (`Trending`, `Most read`), up to the first line that is no
 * headline (nor a teaser's date) or is navigation already, are teasers of other articles when there are some of them.
 */
function markTopTeasers(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  for (let i = 0; i < head; i++) {
    if (!lines[i].opener) continue;
    const teasers: number[] = [];
    let j = i + 1;
    for (; j < head; j++) {
      const l = lines[j];
      if (l.words === 0) continue;
      if (marks[j] || !(l.headlineShape || l.stamp)) break;
      teasers.push(j);
    }
    // A list, not a breadcrumb's last item over the headline (`Latest News` / the headline set twice).
    if (teasers.length >= TOP_TEASERS) for (const k of teasers) marks[k] = { reason: 'teaser of another article', nav: true };
    i = j - 1;
  }
}

/** Words of a paragraph of article prose, longer than any teaser's standfirst. */
const PROSE_PARAGRAPH_WORDS = 30;

/** Paragraphs of prose in a row that end a box of links. */
const PROSE_RUN = 2;

/** Words of a short paragraph of prose (`Amri, speaking Italian, told police he had no documents with him.`). */
const SHORT_PROSE_WORDS = 8;

/** A sentence of prose: an article's paragraph, or a sentence of some words not in title case. */
// (A headline asking in title case is none: `Should You Earn a Master of Arts in Teaching or a Master of Education?`.)
const isProse = (l: LineInfo | undefined): boolean => !!l && l.endsSentence && !l.kind && !(l.titleCase && l.endsQuestion) && (l.content || (l.words >= SHORT_PROSE_WORDS && !l.titleCase));

/**
 * Paragraphs of prose in a row, or an embedded post: the article goes on after a box of links set into it (`More on coronavirus:`).
 * Together as long as a paragraph of prose at least, each a sentence of some words.
 */
function proseResumes(lines: readonly LineInfo[], i: number): boolean {
  // A post embedded in the story (its text over its author's sign-off) is the story going on.
  if (lines[i].post) return true;
  let run = 0;
  let words = 0;
  let k = i;
  for (; k < lines.length && run < PROSE_RUN; k++) {
    if (lines[k].words === 0) continue;
    if (!isProse(lines[k])) return false;
    words += lines[k].words;
    run++;
  }
  // A teaser's headline and standfirst over its date or byline (`07/18/2022`, `By Stan Schroeder`) are no prose.
  for (let a = nextNonBlank(lines, k - 1), n = 0; a < lines.length && n < 2; a = nextNonBlank(lines, a), n++) if (lines[a].stamp || lines[a].byline) return false;
  return run === PROSE_RUN && words >= PROSE_PARAGRAPH_WORDS;
}

/** The lines after an opener look like a list of teasers: labels or headlines, or a teaser's date or byline under its standfirst. */
function listFollows(lines: readonly LineInfo[], i: number): boolean {
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const l = lines[j];
    if (l.kind === 'label' || l.kind === 'teaser' || l.section || l.labelShape || (l.headlineShape && !l.stamp)) return true;
  }
  for (let j = i + 2; j < Math.min(lines.length, i + TEASER_LINES + 1); j++) if (lines[j].stamp || lines[j].byline) return true;
  return false;
}

/** Lines of one teaser at most: headline, standfirst, date, byline. */
const TEASER_LINES = 4;

/** Bare labels, section names and short ads beside navigation lines are navigation too (both directions). */
function joinNavigation(lines: readonly LineInfo[], bare: readonly boolean[], marks: (Mark | undefined)[], head: number): void {
  const join = (i: number, from: number) => {
    const l = lines[i];
    if (i === head || marks[i] || marks[from]?.nav !== true || !(l.section || bare[i] || l.adWords)) return;
    marks[i] = { reason: l.adWords ? 'advertisement' : 'navigation label', nav: true };
  };
  for (let i = 1; i < lines.length; i++) join(i, i - 1);
  for (let i = lines.length - 2; i >= 0; i--) join(i, i + 1);
}

/**
 * A bare label that recurs in the page (a repeated section header) is navigation; not where, below the headline, it heads
 * prose and an earlier copy of it stands in a table of contents: there it heads a section of the article (`Architecture`).
 */
function markRepeatedLabels(lines: readonly LineInfo[], bare: readonly boolean[], marks: (Mark | undefined)[], head: number): void {
  const counts = new Map<string, number>();
  lines.forEach((l, i) => {
    if (bare[i]) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  });
  const contents = tableOfContents(lines, bare, counts);
  // Labels listed in a table of contents, and those listed in one below the headline (the article's own).
  const seen = new Set<string>();
  const own = new Set<string>();
  lines.forEach((l, i) => {
    const listed = contents.has(i);
    if (i !== head && !marks[i] && bare[i] && (counts.get(l.label) ?? 0) > 1) {
      // (The article's own table is evidence enough: one sentence of prose under the heading will do, a figure or code may follow.)
      const next = nextNonBlank(lines, i);
      const heading = !listed && i > head && (own.has(l.label) ? isProse(lines[next]) : seen.has(l.label) && proseResumes(lines, next));
      if (!heading) marks[i] = { reason: 'repeated label', nav: true };
    }
    if (listed) seen.add(l.label);
    if (listed && i > head) own.add(l.label);
  });
}

/** A table of contents' heading alone on its line. */
const CONTENTS_HEADING = /^(?:table of contents|contents|in this (?:article|story|post|guide)|on this page)$/;
/** A credit line that opens an article under its title (`Written by Rob Ewaschuk`), as its label reads (in small letters). */
const CREDIT_LINE = /^(?:by|written by|edited by|reviewed by)\s+\S/;
/** Words of a table's entry at most. */
const ENTRY_WORDS = 15;

/**
 * `Table of Contents` over `1. Introduction`, `Part II - Principles`, `Appendix A. Availability Table`: the heading and the
 * short lines after it, up to the first sentence of prose, a title over its credit line or the headline, are navigation.
 */
function markTablesOfContents(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_HEADING.test(lines[i].label)) continue;
    const run: number[] = [];
    for (let j = nextNonBlank(lines, i), k = nextNonBlank(lines, j); j < lines.length && j !== head; j = k, k = nextNonBlank(lines, k)) {
      const l = lines[j];
      if (isProse(l) || l.words > ENTRY_WORDS || CREDIT_LINE.test(l.label) || (k < lines.length && CREDIT_LINE.test(lines[k].label))) break;
      run.push(j);
    }
    if (run.length < CONTENTS_LINES) continue;
    for (const k of [i, ...run]) marks[k] ??= { reason: 'table of contents', nav: true };
  }
}

/** Lines of a table of contents at least. */
const CONTENTS_LINES = 3;

/** Lines of a table of contents: bare labels in a row, each written elsewhere in the page too. */
function tableOfContents(lines: readonly LineInfo[], bare: readonly boolean[], counts: ReadonlyMap<string, number>): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= CONTENTS_LINES) for (const k of run) out.add(k);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].words === 0) continue;
    if (bare[i] && (counts.get(lines[i].label) ?? 0) > 1 && !run.some((k) => lines[k].label === lines[i].label)) run.push(i);
    else close();
  }
  close();
  return out;
}
