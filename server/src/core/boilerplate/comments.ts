/**
 * Readers' comments under an article: from the label that opens them (`Top Rated Comments`,
 * `12 Comments`, `361 48 Comments` after a count of reactions, `Visitor comments Add your comment`) to the last line of their
 * furniture (a comment's age, `6y`, its score, `Reply`, `Reply Sign in to reply to this comment`, `Read All Comments`, a
 * commenter's header: `Posted by: Florida CPA, 27 Sep 2011 | 15:22`, `Eagle 4 (1 day ago)`, `August 22, 2018 at 5:57 am`,
 * `February 20, 2019 at 3:42 pm | Reply`, `Armanox June 28, 2015 at 10:25 pm`, `← Previous Comments`) or the line that closes the
 * thread (`Comments are closed.`), every line is boilerplate — the commenters' names and words too. A blog's thread opens
 * with its count (`6 thoughts on “How to …”`, `{ 38 comments… read them below or add one }`).
 */
import type { LineInfo, Mark } from './line-kinds';

/** The label that opens the comments (normalised: lowercase, no final colon). */
const COMMENTS_LABEL = /^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|responses?|comments?|replies) (?:on|to) .{1,200}|\{ ?\d+ comments?(?:…|\.\.\.)? read them below or add one ?\}|(?:(?:view|show|read|see)\s+)?(?:(?:top[- ]rated|most[- ](?:liked|popular|recent)|latest|newest|oldest|readers?'?|visitor|user|all|(?:\d[\d,.]*k?\s+)*\d[\d,.]*k?)\s+)?comments?(?:\s*\(\d[\d,]*\))?(?:\s+add your comment)?)$/;
/** The form a thread opens with: its fields (`Your name *`) and the text-format help of a CMS (`Allowed HTML tags: …`). */
const COMMENT_FORM = /[^*]{1,30} \*|(?:more information about )?text formats?(?: options)?|(?:basic|filtered|full) html|plain text|allowed html tags:.*|no html tags allowed\.?|lines and paragraphs break automatically\.?|web page addresses and e-mail addresses turn into links automatically\.?|leave this field blank|read the terms of use/;
/**
 * A forum's comment header, a thread's furniture that also opens it where no label does (Slashcode's `Re: What could go
 * wrong? (Score:3, Interesting)`, `by ozmartian ( 5754788 ) writes: on Friday …`), and its buttons (`Reply to This Parent
 * Share`, `Flag as Inappropriate`).
 */
const COMMENT_HEADER = String.raw`.{0,120}\(score:\s*-?\d+(?:,\s*[\p{L} ]{1,20})?\)|by .{1,40} \(\s*\d+\s*\) writes(?::.*)?`;
const HEADER = new RegExp(`^(?:${COMMENT_HEADER})$`, 'u');
/** Is the (normalised) line a forum's comment header? Its words tested first: the pattern scans back over the line. */
const isHeader = (label: string): boolean => (label.includes('(score:') || label.includes(') writes')) && HEADER.test(label);
const FORUM_BUTTONS = String.raw`reply to this(?: parent)?(?: share)?|flag as inappropriate`;
/** Headers a thread opened by one shows at least, among its furniture. */
const MIN_HEADERS = 4;
/** A comment's furniture: its age, its score or votes, its buttons, the link to the rest. */
const FURNITURE = new RegExp(String.raw`^(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\d{1,2}(?:s|m|h|d|w|mo|y|yr)|(?:(?:like|reply|report)\s+)?(?:sign in to\s+)?(?:like|reply to|report)\s+this comment|score:?\s+-?\d+.*|-?\d+\s+(?:votes?|likes?|points?)|reply|like|report|flag|share|report comment|add your comment|\d+ comments? displayed|(?:read|view|see|show|load)\s+(?:all|more)\s+comments?|posted by:? .{1,60}, \d{1,2} \p{L}{3,9} \d{4}(?: \| \d{1,2}:\d\d)?|.{1,40} \(\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}(?:,? at \d{1,2}:\d\d ?(?:am|pm)?)?(?: \| reply)?|.{1,40} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4},? at \d{1,2}:\d\d ?(?:am|pm)|(?:← ?)?(?:previous|older|newer|next) comments(?: ?→)?|\d{1,2}:\d\d ?(?:am|pm)|${COMMENT_HEADER}|${FORUM_BUTTONS}|${COMMENT_FORM.source})$`, 'u');
/** What closes a thread: the last comment's words run to it (`Comments are closed.`, `Leave a Reply`). */
const THREAD_END = /^(?:comments are (?:now )?closed\.?|leave a (?:reply|comment)(?: cancel reply)?)$/;
/** Furniture lines a thread shows at least, and the most lines of a comment's name and words between two of them. */
const MIN_FURNITURE = 2;
/** The link that shows the rest of a thread (`Show more comments`, `Load all comments`). */
const MORE_COMMENTS = /^(?:show|load|view|see|read)\s+(?:all|more)\s+comments?$/;
/** The most lines a comment takes, for a thread with no furniture but its count and its link to the rest. */
const LINES_PER_COMMENT = 3;
const MAX_GAP = 8;
/** A thread whose furniture came this often already: one comment may run to twice the lines (a reader's own top ten). */
const LONG_THREAD = 5;
/** The most lines between two pieces of a thread's furniture, after `count` of them. */
const gap = (count: number): number => (count >= LONG_THREAD ? 2 * MAX_GAP : MAX_GAP);

/** A bare label, the button each item of a news list shows where it is printed again and again (`Comment`). */
const BARE_LABEL = /^comments?$/;
/** How often a bare label is printed for it to be each item's button, no thread's label. */
const BUTTON_REPEATS = 3;

export function markCommentThreads(lines: readonly LineInfo[], marks: (Mark | undefined)[], head: number): void {
  let bare: number | undefined;
  for (let i = head + 1; i < lines.length; i++) {
    const header = isHeader(lines[i].label);
    if (!header && !COMMENTS_LABEL.test(lines[i].label)) continue;
    // `Comment` under each item of a news list, its date after it: a button, not the thread's label.
    if (BARE_LABEL.test(lines[i].label) && (bare ??= lines.filter((l) => BARE_LABEL.test(l.label)).length) >= BUTTON_REPEATS) continue;
    let last = -1;
    let count = 0;
    let headers = 0;
    for (let j = i + 1; j < lines.length && j - Math.max(last, i) <= gap(count); j++) {
      if (!FURNITURE.test(lines[j].label)) continue;
      last = j;
      count++;
      if (isHeader(lines[j].label)) headers++;
    }
    // A header opens a thread only among others (a forum's page), not alone.
    if (header && headers + 1 < MIN_HEADERS) continue;
    // `27 Comments`, the comments' words with no furniture between them, then `Show more comments`: the thread runs to that
    // link, within a few lines for each comment the label counts.
    if (count < MIN_FURNITURE) {
      const n = Number(/^(\d{1,4}) comments?$/.exec(lines[i].label)?.[1] ?? 0);
      let more = -1;
      for (let j = i + 1; n >= 2 && j < lines.length && j - i <= LINES_PER_COMMENT * n; j++) {
        if (MORE_COMMENTS.test(lines[j].label)) {
          more = j;
          break;
        }
      }
      if (more < 0) continue;
      last = more;
    }
    // `6 thoughts on “…”`, a name, its time stamp, its words: the last comment's words after its stamp, to the thread's end.
    for (let j = last + 1; j < lines.length && j - last <= gap(count); j++) {
      if (!THREAD_END.test(lines[j].label)) continue;
      last = j;
      break;
    }
    for (let j = i; j <= last; j++) marks[j] ??= { reason: 'readers’ comments', nav: false };
    i = last;
  }
}
