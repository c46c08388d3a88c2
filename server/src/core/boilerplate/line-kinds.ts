/**
 * What one line looks like on its own: a definite boilerplate kind (navigation label,
 * call to subscribe, credit …) and the shape features the page-level pass needs. Pure
 * function of the line text, so the detector caches it per paragraph.
 */
import { ARCHIVE_ITEM, BYLINE_NAME, CARD_ADDRESS, isProgramCode, REFERENCE_LINK, SCHEDULE_ENTRY, VIDEO_LENGTH, gluedSummaryStarts, paragraphKey } from '../text';
import { postSignOff, withoutPostLinks } from '../posts';
import { hasCapsNameShape } from '../entities/caps-names';
import {
  AD_MARKER, AD_WORDS, BARE_CREDIT, CAPTION, CAPTION_SLASH_CREDIT, CAPTION_LABELS, CALL_TO_ACTION, NAV_PHRASE, CALL_TRIGGER, CAPTION_CREDIT, COMMON_VERBS, COPYRIGHT, IMAGE_CREDIT, LIST_OPENERS, NAME_AGENCY_CREDIT, NAV_LABELS,
  RATING, SECTION_NAMES, SITE_NOTICE, SITE_DISCLOSURE, DISCLOSURE_TRIGGERS, COMMENT_WIDGET, BROWSER_NOTICE, GOVERNMENT_BANNER, REPUBLISH_NOTICE, SOCIAL, SOURCE_LINE, TAG_LIST, TEASER, TEASER_BARE, TEASER_DATED, TITLE_FUNCTION_WORDS, ARROW_LINK, AUTHOR_NOTE, BRACKETED, LETTER_SPACED, LETTERHEAD, LETTERHEAD_TAIL, LETTERHEAD_TITLE, RELEASE_CONTACT, WEB_ADDRESS, WIDGET_TEXT, SITE_WIDGET_LINE, PICTURED_CREDIT, NAME_SLASH_AGENCY } from './vocabulary';

/** A line found to be boilerplate, and why. */
export interface Mark {
  reason: string;
  /** Part of the page's navigation (a bare label beside it joins it). */
  nav: boolean;
}

export type LineKind = 'label' | 'teaser' | 'call' | 'credit' | 'source' | 'copyright' | 'rating' | 'ad' | 'notice' | 'price';

export const KIND_REASONS: Record<LineKind, string> = {
  label: 'navigation label',
  teaser: 'teaser of another article',
  call: 'call to subscribe',
  credit: 'image credit',
  source: 'source line',
  copyright: 'copyright notice',
  rating: 'rating widget',
  ad: 'advertisement',
  notice: 'site notice',
  price: 'a product’s price and shop button',
};

/** Kinds that belong to the page's navigation: a neighbouring bare label joins them (not a shopping list's price: the product's name above it is the article's). */
export const NAV_KINDS: ReadonlySet<LineKind> = new Set(['label', 'teaser', 'call', 'rating', 'ad', 'notice']);

/** A verb bidding the reader act, opening a line. */
const IMPERATIVE_CALL = /^(?:Get|Request|Book|Schedule|Try|See|Start|Contact|Talk to|Sign up|Join|Download|Learn more|Explore|Discover|Find out|Watch|Shop|Browse|Call|Email|Read more|View|Visit)(?![\p{L}\p{N}'’-])/u;
/** Words of such a line at most, and of one ended by a full stop. */
const MAX_CALL_WORDS = 10;
const MAX_CALL_SENTENCE_WORDS = 8;

/** A web server's error printed into the page: `Warning: session_start(): … in /home/…/class-thelib.php on line 145`. */
const SERVER_ERROR = /^(?:PHP )?(?:Warning|Notice|Fatal error|Deprecated|Parse error|Strict Standards|Catchable fatal error):\s+(?:\w+\(\)|Unknown:).*(?:\bon line \d+|\(\S+\)|session)/;

export interface LineInfo {
  /** A teaser's headline run together with its summary's first sentence (`… In DetroitHoodline crunched the numbers …`). */
  gluedSummary: boolean;
  /** `paragraphKey` of the line (undefined when too short to count as a repeat). */
  key: string | undefined;
  /** The line lowercased, bullets and trailing punctuation removed (see normaliseLabel). */
  label: string;
  /** Words (tokens with a letter or digit). */
  words: number;
  /** A boilerplate kind the line has by itself. */
  kind?: LineKind;
  /** An archive widget's item: a disclosure triangle, what it folds and its count (`► 2017 (11)`; `▼ December (17)` open). */
  disclosure?: 'open' | 'closed';
  /** A label that opens a list of other articles (`Related articles`, `Most read`). */
  opener: boolean;
  /** A bare section name (`News`, `Politics`): boilerplate only beside other navigation. */
  section: boolean;
  /** Short title-case words with no verb, digit or sentence punctuation (`The Daily Courier`). */
  labelShape: boolean;
  /** A short line with gambling or promotion words. */
  adWords: boolean;
  /** Reads as article prose: a long line, or a sentence of some length. */
  content: boolean;
  /** Ends with a byline and its date, run into the line of a deck (`… beyond the U.S. By Lisa Jennings on Dec. 19, 2025`). */
  bylineEnd: boolean;
  /** Two words in five at least open with a small letter, as prose's do (not a product's specification, a title-case teaser). */
  smallLetters: boolean;
  /** Short with no final sentence punctuation: could be a headline. */
  headlineShape: boolean;
  /** Mostly digits and punctuation (a date stamp such as `22.11.2023, 20:13 6296`). */
  stamp: boolean;
  /** A label after which the next line is a caption (`Media caption`). */
  captionLabel: boolean;
  /** Opens with a list number (`1. Finland`) or a schedule's date (`June 9 -- …`). */
  listItem: boolean;
  /** Ends as a sentence or a clause does (full stop, colon, comma, closing quote or bracket). */
  endsSentence: boolean;
  /** Ends with a colon: a lead-in or a form's label (`Search:`), never a headline. */
  endsColon: boolean;
  /** Ends with a question mark (a teaser's headline may ask: `Why Are New York City’s Streets …?`). */
  endsQuestion: boolean;
  /** Opens with a quote mark. */
  quoted: boolean;
  /** The first word, lowercased. */
  firstWord: string;
  /** A short line whose longer words are nearly all capitalised (a headline in title case). */
  titleCase: boolean;
  /** A short line of words of letters alone, the first capitalised and another not (a table's cell: `UX draft`, `Load map`). */
  sentenceCase: boolean;
  /** A byline or a date line: a short line opening with `By` or holding a full date. */
  byline: boolean;
  /** A credit line and nothing else (`Image: Vjeran Pavic / The Verge`, `Source: Supplied`): its picture's caption is the line before. */
  creditOnly: boolean;
  /** A person's name in capitals alone, its first word a given name (`KRISTIAN DE SILVA`): a photographer's credit under a caption. */
  capsName: boolean;
  /** A post embedded in the story: its text before its short links, or its author's sign-off (`— Name (@handle) Month D, YYYY`). */
  post: boolean;
  /** Ends as a news agency's caption does, with the picture's weekday and date (`…, Monday, Oct. 17, 2022.`). */
  agencyCaption: boolean;
  /**
   * A card's line of facts in a feed of other articles: its source's address, maybe its count of votes before it, and its
   * topics (`2 diggs theguardian.com Histories Culture`), or only a count and topics (`3 diggs Sports Video`).
   */
  cardMeta?: 'address' | 'count';
}

/** A card's count of votes and its topics, no address. */
const CARD_COUNT = /^\d{1,6} \p{Ll}+(?: \p{Lu}[\p{L}+&'’-]*)+$/u;

/** The end of a news agency's caption: `, Monday, Oct. 17, 2022.` */
const AGENCY_CAPTION_DATE = /, (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}\.?$/u;


/** Lines longer than this (in characters) are never labels, stamps or widgets. */
const SHORT_LINE = 100;

/** A release's reference number alone on its line (`MPS 104/88`, `No. 147/77`). */
const RELEASE_NUMBER = /^(?:\p{Lu}{1,5}\.?\s*)?(?:No\.?\s*)?\d{1,4}\s*\/\s*\d{2,4}$/u;

/** The words every letterhead holds: tested first, as the letterhead patterns backtrack long on a line of other words. */
const LETTERHEAD_WORDS = /RELEASE|MINISTER FOR|PARLIAMENTARY SECRETARY|OFFICE OF THE/;

/** Days a programme airs on, in the plural, and its hour in a time zone, ending a line. */
const PROGRAMME_SLOT = /(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|Weekdays|Weeknights|Weekends|Nightly)\s+\d{1,2}(?::\d\d)?\s?[AaPp]\.?[Mm]\.?\s+(?:ET|PT|CT|MT|EST|PST|EDT|PDT|GMT|BST)$/;

/** `By` and an author's name (two to four capitalised words), `on` and a full date in words, ending the line. */
const BYLINE_END = new RegExp(String.raw`${BYLINE_NAME}on\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}$`, 'u');

/** Do two words in five at least open with a small letter? */
function inSmallLetters(t: string): boolean {
  const words = t.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 5 >= words.length * 2;
}

export function classifyLine(text: string): LineInfo {
  // No-break and other wide spaces (PDF text puts them between words) read as spaces.
  const t = text.trim().replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ');
  const short = t.length <= SHORT_LINE;
  const tokens = short ? t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)) : [];
  const words = short ? tokens.length : countWords(t);
  const label = short ? normaliseLabel(t) : '';
  const quoted = /^(?:["“”«„‘’']|»(?=\S))/.test(t);
  const capsName = short && words >= 2 && words <= 4 && hasCapsNameShape(t);
  const info: LineInfo = {
    key: paragraphKey(text),
    label,
    words,
    opener: false,
    section: false,
    labelShape: short && !quoted && isLabelShape(t, tokens),
    adWords: !quoted && words <= 12 && AD_WORDS.test(t),
    content: (words >= 12 && /[.!?…"”’»)]$/u.test(t)) || words >= 25,
    smallLetters: inSmallLetters(t),
    bylineEnd: BYLINE_END.test(t),
    headlineShape: words > 0 && words <= 20 && !/[.!?;:]$/.test(t),
    stamp: short && isStamp(t),
    // `Image 2 of 5` over its picture's caption, as `Media caption`.
    captionLabel: CAPTION_LABELS.has(label) || GALLERY_COUNTER.test(t),
    listItem: /^\d{1,3}[.)]\s/u.test(t) || SCHEDULE_ENTRY.test(t),
    endsSentence: /[.!?…:;,"”’»)]$/u.test(t),
    endsColon: t.endsWith(':'),
    endsQuestion: t.endsWith('?'),
    quoted,
    firstWord: (/[\p{L}\p{N}]+/u.exec(t)?.[0] ?? '').toLowerCase(),
    titleCase: short && isTitleCase(tokens),
    sentenceCase: short && words >= 2 && /^\p{Lu}[\p{L}/-]*(?: [\p{L}/-]+)+$/u.test(t) && / \p{Ll}/u.test(t),
    byline: short && words <= 15 && (/^by\s+\p{Lu}/iu.test(t) || FULL_DATE.test(t)),
    creditOnly: short && words <= 10 && (CREDIT_ONLY.test(t) || capsName),
    capsName,
    post: postSignOff(t) !== undefined || isPostText(t),
    agencyCaption: words <= 60 && /\d\.?$/.test(t) && AGENCY_CAPTION_DATE.test(t),
    gluedSummary: /\p{Ll}\p{Lu}/u.test(t) && gluedSummaryStarts(t).length > 0,
    cardMeta: !short || words > 12 ? undefined : CARD_ADDRESS.test(t) ? 'address' : CARD_COUNT.test(t) ? 'count' : undefined,
  };
  const item = ARCHIVE_ITEM.exec(t);
  if (item) info.disclosure = item[1] === '▼' || item[1] === '▾' ? 'open' : 'closed';
  if (quoted) return info;
  info.opener = LIST_OPENERS.has(label) || (SITE_LIST_OPENER.test(label) && words <= 6) || /^(?:more|latest|must read)(?: [\p{L}&-]+){0,2} (?:news|stories|headlines|videos)$/u.test(label) || (words <= 6 && STORY_WORDS.has(label.slice(label.lastIndexOf(' ') + 1)) && OTHER_STORIES.test(label) && !/\p{Ll}\p{Lu}/u.test(t));
  if (info.opener || NAV_LABELS.has(label)) info.kind = 'label';
  else if (SECTION_NAMES.has(label)) info.section = true;
  else info.kind = kindOf(t, words);
  return info;
}

/**
 * A list's label naming its site or section: `More from BBC`, `Trending on Deadline`, `Popular in Business`, `Next Up In
 * Science & Health`, with what
 * it lists (`More Articles In Leadership`, `More Reviews for Lust for Youth`); not a byline's link to its author's
 * page (`More stories by Jeremy Herron`).
 */
/** `Financial Tips & Other Stories`, `Sport and more stories`: a heading that closes on other stories (not a name run into `View More Articles`). */
const STORY_WORDS = new Set(['stories', 'articles', 'posts', 'reads']);
const OTHER_STORIES = /(?:^|[ &])(?:other|more|related|similar|recommended) (?:stories|articles|posts|reads)$/;
const SITE_LIST_OPENER = /^(?:(?:read )?more|next(?: up)?|also|latest|elsewhere|trending|popular|most read|top stories)(?: (?:from|in|on|about|at|by) | (?:articles|stories|posts|reviews|videos|episodes) (?:from|in|on|about|at|for) )/;

/** Words enough before a post's links for a post's text, not a link list's label. */
const POST_WORDS = 5;

function isPostText(t: string): boolean {
  const body = withoutPostLinks(t);
  return body !== t && !WEB_ADDRESS.test(body) && countWords(body) >= POST_WORDS;
}

/** A line that only credits a picture: its label, then a name, an agency or `Supplied`. */
const CREDIT_ONLY = /^(?:(?:photo|image|picture|video)\s+)?(?:photo(?:graph)?s?|images?|pictures?|credits?|source|courtesy)\s*[:|/©]?\s+\p{Lu}[^.!?]*$/iu;

/** A date with its year: `2/26/2015`, `2015-02-26`, `March 11, 2015`, `11 March 2015`. */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';
/** A month's name (`Aug.`, `September`), any case: a date, not a table's row of years. */
export const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, 'i');
/** A line that is only a date with its year, its weekday maybe before it: `November 16, 2016`, `Tue, 5 March 2019`. */
export const DATE_ONLY = new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(?:19|20)\\d\\d)$`, 'i');
const FULL_DATE = new RegExp(`\\b(?:\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d|${MONTH}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d|\\d{1,2}\\s+${MONTH}\\.?,?\\s+(?:19|20)\\d\\d)\\b`, 'u');

function isTitleCase(tokens: readonly string[]): boolean {
  const long = tokens.filter((w) => /^['‘“"]?\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^['‘“"]?\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/** A run of a reference's links (one alone on its line, or after `search for this author in`). */
const REFERENCE_LINKS = new RegExp(String.raw`^(?:(?:You can also )?search for this author in )?${REFERENCE_LINK}(?: ${REFERENCE_LINK})*$`);
const ARTICLE_COUNT = /^\d[\d,.]*[kKmM]? (?:Accesses|Citations|Altmetric|Downloads|Mentions)$/;
const FIGURE_LABEL = /^(?:Fig\.|Figure|Table) \d{1,2}[a-z]?$/;
const PAYWALL_OFFER = /^(?:price includes vat\b|instant access to the full article\b|this is a preview of subscription content\b|rent this article via\b|learn more about institutional subscriptions$|immediate online access to all issues\b)|^\d{1,4}[.,]\d\d ?[€$£]$|^[€$£] ?\d{1,4}[.,]\d\d$/i;
const PAGE_NUMBER = /^[\s\-–—/.(|]*\d{1,3}[\s\-–—/.)|]*(?:\.\.\.|…)?$/u;
/** A sidebar's recent comment: its author, a colon and the comment's opening words cut before a `»` link. */
const RECENT_COMMENT = /^[\p{L}][\p{L}\p{N} .'’_-]{0,40}: .{2,120} »$/u;
/** A teaser's or a comment's age alone on its line (`7 hours ago`, `a day ago`, `32M ago`, `17H ago 50 photos`). */
const AGE_STAMP = /^(?:updated |posted )?(?:(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)|\d{1,3} ?(?:[SMHDW]|mins?|hrs?|mo)) ago(?: \d+ (?:photos|videos|images|pictures))?$/i;
/** Is the line (as `LineInfo.label`) a teaser's or a comment's age alone? */
export const isAgeStamp = (label: string): boolean => AGE_STAMP.test(label);

/** A row of page links: `Pages: 1 2 3 4`, `Page 1 2 3 Next`. */
const PAGE_LINKS = /^Pages?:?(?:\s+\d{1,3}){2,}(?:\s+(?:Next|Last|»|›))?$/;
const POSTAL_ADDRESS = /\b(?:ACT|NSW|VIC|QLD|SA|WA|TAS|NT|Vic|Qld|Tas)\.?\s+\d{4}\b|\b(?:G\.?P\.?O\.?|P\.?\s?O\.?)\s+Box\s+\d|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$/u;

/** A template's tag left in the page (`{* submitButton *}`, `{{ title }}`). */
const TEMPLATE_TAG = /\{\*[^{}]*\*\}|\{\{[^{}]*\}\}/;
/** An ISO time stamp with its time of day (`2019-11-19T07:23:12+01:00`). */
const MACHINE_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/;
/** A picture's credit run into its caption's last word (`… ate a rabbitCredit: Getty - Contributor`). */
const CHECKED_BY = /^(?:[Mm]edically [Rr]eviewed|[Ff]act[- ][Cc]hecked|[Vv]erified|[Rr]eviewed and [Ff]act[- ][Cc]hecked)(?: [Bb]y)?:?(?:\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*)*)?$/u;
const ABOUT_OUR = /^learn (?:more )?about our \p{L}/iu;
const MORE_BY = /^(?:[Ff]ind|[Ss]ee|[Rr]ead) more (?:by|from) \p{Lu}[\p{L}.'’ -]+$/u;
const READ_TIME = /^\d{1,3} ?min(?:ute)?s?$/i;
const PUBLISHING_FAMILY = /\bis (?:a )?part of the [\p{L}\p{N} &.'’-]{2,60} (?:publishing |media )?family\.?$/u;
const CATEGORY_COUNTS = /^(?:\p{L}[\p{L}&/.'’ -]{0,40}\s\(\d{1,5}\)\s*){3,}$/u;
const GLUED_CREDIT = /\p{Ll}[.)]?Credit: ?\p{Lu}[^.]{0,60}$/u;

function kindOf(t: string, words: number): LineKind | undefined {
  // `— :`, `r* .`, `.`: marks with no word and no number (scanning noise, a stray separator).
  if (t && !/\p{L}{2}|\p{N}/u.test(t)) return 'label';
  // `தமிழ்`, `தமிழில் படிக்க`: a short line with no Latin letter in an English page is a menu of editions.
  if (words <= 6 && /\p{L}/u.test(t) && !/\p{Script=Latin}/u.test(t) && !/[.!?。！？]$/u.test(t)) return 'label';
  // `28,25,140Cases`, `24,942 1490Active`: a counter's figures run into its label (a statistics widget).
  if (words <= 4 && /^[\d,.\s]*\d\p{Lu}\p{Ll}+$/u.test(t)) return 'label';
  // `{* loginWidget *}`, `{{ user.name }}`: a page template's tags printed as text, and the form's lines holding them.
  if (words <= 40 && t.includes('{') && TEMPLATE_TAG.test(t)) return 'label';
  // `var req = new Request("/index.html"); console.log(req.url); // "http://…"`: a program's code shown in the article is its
  // text, whatever addresses or words it holds.
  if (isProgramCode(t)) return undefined;
  // `2019-11-19T08:57:40+01:00`: a machine's time stamp alone on its line.
  if (words <= 6 && t.length <= 30 && MACHINE_STAMP.test(t)) return 'label';
  // `you are here: HomeNewsBusinessMarkets`: a breadcrumb trail.
  if (words <= 20 && (t[0] === 'y' || t[0] === 'Y') && /^you are here\s*:/i.test(t)) return 'label';
  // `… sought treatmentCredit: EPA`: a caption run into its picture's credit.
  if (words <= 80 && t.includes('Credit:') && GLUED_CREDIT.test(t)) return 'credit';
  // `©News Group Newspapers Limited in England No. 679215 …`: a publisher's copyright notice, however long.
  if (words <= 120 && t.startsWith('©') && /\b(?:rights reserved|registered (?:office|trademarks?)|trademarks?)\b/i.test(t)) return 'copyright';
  // `2,111.72`, `-14.43 (-0.68%)`: a market ticker's figures.
  if (words <= 3 && /^[-+−]?\d[\d,]*\.\d+(?:\s*\([-+−]?\d[\d,.]*%\))?$/u.test(t)) return 'label';
  // `CAS Article PubMed Google Scholar`, `You can also search for this author in PubMed Google Scholar`: a reference's links.
  if (words <= 14 && REFERENCE_LINKS.test(t)) return 'label';
  // `1786 Accesses`, `12 Altmetric`: an article's counts; `Fig. 1`: a figure's label left where the figure was.
  if (words <= 3 && (ARTICLE_COUNT.test(t) || FIGURE_LABEL.test(t))) return 'label';
  // `Price includes VAT for Germany`, `Rent this article via DeepDyve.`: a paywall's offer.
  if (words <= 20 && PAYWALL_OFFER.test(t)) return 'ad';
  // `2`, `- 2 -`, `2/`: a page number of a printed or scanned text.
  if (PAGE_NUMBER.test(t) || PAGE_LINKS.test(t) || VIDEO_LENGTH.test(t) || AGE_STAMP.test(t)) return 'label';
  // `Marion: Thanks for the feedback! »`: a recent comment's author and the opening of its text, cut, in a sidebar.
  if (words <= 30 && RECENT_COMMENT.test(t)) return 'teaser';
  // `Parliament House, Canberra ACT 2600`, `GPO Box 1920`: a postal address.
  if (words <= 15 && POSTAL_ADDRESS.test(t)) return 'source';
  if (AD_MARKER.test(t)) return 'ad';
  // `<!----- End of LinkedIn advertising Code -----!>`: a page's comment in its code, printed as text.
  if (words <= 20 && HTML_COMMENT.test(t)) return 'label';
  // `36°F`: a weather widget's temperature alone on its line.
  if (TEMPERATURE.test(t)) return 'label';
  // `YOU MAY ALSO LIKE: Partner Arrested …`, `Previous articleJennifer Lopez Opens Up …`: a link to another article behind its label.
  if (words <= 40 && (ALSO_LIKE.test(t) || PREVIOUS_NEXT.test(t))) return 'teaser';
  // `Rishi Sunak Urges Workers To Embrace AI As A Co-Pilot, Not...`: a headline in title case cut short, another article's link.
  if (words >= 3 && words <= 25 && CUT_SHORT.test(t) && isTitleCase(t.split(/\s+/))) return 'teaser';
  // `Medically reviewed by Alan Carter, PharmD`, `Fact checked by`: a page's checkers' credit; `Learn about our editorial policies`,
  // `find more by Matthew Davis`, `4 min`: its links about itself and its reading time.
  if (words <= 14 && CHECKED_BY.test(t)) return 'credit';
  if (words <= 8 && (ABOUT_OUR.test(t) || MORE_BY.test(t) || READ_TIME.test(t))) return 'label';
  // `The Balance is part of the Dotdash Meredith publishing family.`: the publisher's notice.
  if (words <= 16 && PUBLISHING_FAMILY.test(t)) return 'copyright';
  // `Product Reviews (576) Recipes (423) Beauty (346)`: a blog's categories with their counts of posts.
  if (CATEGORY_COUNTS.test(t)) return 'label';
  // `Learn more at Emerj.`: a round-up's pointer to its source.
  if (words <= 8 && LEARN_MORE_AT.test(t)) return 'source';
  // `Thank you for subscribing!`, `Sign UpNo thanks, close`, `Story Saved`, `Adjust text size`: a site's widgets' words.
  if (words <= 16 && (SITE_CHROME.test(t) || NO_THANKS.test(t) || t.includes('[email\u00a0protected]') || t.includes('[email protected]'))) return 'label';
  // `$39/month Get Started`, `Save 15%`, `2-10 Users`, `Group plans`: a subscription's plans and their prices.
  if (words <= 8 && SUBSCRIPTION_PLAN.test(t)) return 'call';
  // `3,215FollowersFollow`, `Comments (12 posted)`, `€50`: a widget's count, a comment link, a price alone.
  if (words <= 4 && (FOLLOWERS.test(t) || COMMENT_COUNT.test(t) || PRICE_ALONE.test(t))) return 'label';
  if (words <= 10 && VIA_AGENCY.test(t) && / via |Getty|Shutterstock|Alamy|Photo/.test(t)) return 'credit';
  // `Try MEN Premium for FREE by clicking here for no ads …`: an offer behind a click.
  if (words <= 30 && CLICK_OFFER.test(t)) return 'call';
  if (words <= 12 && (NAV_PHRASE.test(t) || ARROW_LINK.test(t) || WIDGET_TEXT.test(t))) return 'label';
  if (words <= 25 && SITE_WIDGET_LINE.test(t)) return 'label';
  if (words <= 14 && (PICTURED_CREDIT.test(t) || NAME_SLASH_AGENCY.test(t))) return 'credit';
  // A video player's notice for screen readers: `This is a modal window. This modal can be closed by pressing the Escape key …`.
  if (words <= 30 && /^this is a modal window\b/i.test(t)) return 'label';
  if (LETTER_SPACED.test(t) || (words <= 15 && LETTERHEAD_WORDS.test(t) && (LETTERHEAD.test(t) || LETTERHEAD_TAIL.test(t))) || (words <= 15 && LETTERHEAD_TITLE.test(t))) return 'label';
  // An embedded post's text ends with its short links (`… Open borders. https://t.co/8lh… pic.twitter.com/OZX…`): the post is the story's.
  if (words <= 30 && WEB_ADDRESS.test(t) && !isPostText(t)) return 'source';
  // `howard.blume@latimes.com`: a writer's address alone on a line; `(Mike Cason/mcason@al.com)`: a photographer's credit with it.
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(t)) return 'source';
  if (words <= 8 && /^\(\s*\p{Lu}[\p{L}.'’ -]+\/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\)$/u.test(t)) return 'credit';
  // `skimming scheme seized cash and cards.jpg`: an image's file name printed in place of the image.
  if (words <= 15 && /^[\p{L}\p{N} _,'’()-]+\.(?:jpe?g|png|gif|webp|tiff?)$/iu.test(t)) return 'label';
  // `for-phone-onlyfor-tablet-portrait-up…`: a stylesheet's class names printed as text.
  if (words === 1 && t.length >= 40 && /^[a-z]+(?:-[a-z]+){5,}$/.test(t)) return 'label';
  if ((words <= 25 && RELEASE_CONTACT.test(t)) || RELEASE_NUMBER.test(t)) return 'source';
  if (words <= 40 && BRACKETED.test(t)) return 'teaser';
  if (words <= 50 && AUTHOR_NOTE.test(t)) return 'source';
  if (words <= 80 && (CAPTION.test(t) || BARE_CREDIT.test(t) || CAPTION_SLASH_CREDIT.test(t))) return 'credit';
  if (RATING.test(t)) return 'rating';
  if (words <= 40 && TAG_LIST.test(t)) return 'label';
  if (words <= 60 && (TEASER.test(t) || TEASER_BARE.test(t) || TEASER_DATED.test(t))) return 'teaser';
  if (words <= 40 && SOURCE_LINE.test(t)) return 'source';
  if (words <= 80 && (IMAGE_CREDIT.test(t) || CAPTION_CREDIT.test(t) || NAME_AGENCY_CREDIT.test(t))) return 'credit';
  if (words <= 30 && COPYRIGHT.test(t)) return 'copyright';
  const lower = t.toLowerCase();
  // (A cookie banner's paragraphs run long: `This website uses cookies to improve your experience … Out of these cookies, …`.)
  if ((words <= 60 || (words <= 150 && lower.includes('cookies'))) && ((/cookie|javascript|disclaimer/.test(lower) && SITE_NOTICE.test(t)) || (/browser|chrome|firefox|safari/.test(lower) && BROWSER_NOTICE.test(t)))) return 'notice';
  if (words <= 40 && /\.gov|government|secure|https/.test(lower) && GOVERNMENT_BANNER.test(t)) return 'notice';
  if (words <= 120 && /republish|creative commons/.test(lower) && REPUBLISH_NOTICE.test(t)) return 'notice';
  if (words <= 120 && DISCLOSURE_TRIGGERS.some((w) => lower.includes(w)) && SITE_DISCLOSURE.test(t)) return 'notice';
  if (SERVER_ERROR.test(t)) return 'notice';
  if (words <= 30 && /notify|akismet|comment|repl|response|thoughts|hear what|published|save my|used only|thank you/.test(lower) && COMMENT_WIDGET.test(t)) return 'label';
  if (words <= 60 && CALL_TRIGGER.test(t) && (CALL_TO_ACTION.test(t) || listsSocialNetworks(t))) return 'call';
  // `$4.00 from AmazonSHOP`: a product's price and the shop's button.
  if (words <= 6 && PRICE_BUTTON.test(t)) return 'price';
  // `$32 $29 at Amazon` (the old price, then the sale's), `$115 at Wayfair$115 at Nordstrom` (shops' buttons run together),
  // `Now 20% Off`: a deal's prices and buttons.
  if (words <= 12 && /[$£€]\s?\d/.test(t) && priceButtons(t)) return 'price';
  if (words <= 4 && DEAL_OFF.test(t)) return 'price';
  // `Get it on Amazon for $39.99`, `Get Pokemon Shield for $58.56`: a deal's button to its shop.
  if (words <= 14 && BUY_BUTTON.test(t)) return 'price';
  // `Get a demo`, `See Spice in action`, `View author archive`, `Contact the author:`: a short line opening
  // with a verb that bids the reader act is a button or a link; a longer sentence with its full stop is advice (`Try
  // setting a regular eating schedule and sticking to it.`).
  // (Nor a headline of five words or more in title case: `Watch Danny Rand Use the Fire of the Fist`.)
  if (words <= MAX_CALL_WORDS && IMPERATIVE_CALL.test(t) && !(words > MAX_CALL_SENTENCE_WORDS && /\.$/.test(t)) && !(words >= 5 && isTitleCase(t.split(/\s+/)))) return 'label';
  // `Corrections and clarifications|Submit a news tip|Report error`: links set side by side.
  if (words <= 20 && isLinkRow(t)) return 'label';
  // `Twitter Facebook Email`, `Share Facebook Twitter Print`: a row of sharing buttons.
  if (words <= 10 && SHARE_ROW.test(t) && (t.match(SOCIAL) ?? []).length >= 2) return 'label';
  // `ShareTweet`, `Share Adjust Comment Print`, `SHARE 79 CONNECT 32 TWEETCOMMENTEMAILMORE`: sharing buttons' words, run
  // together or with their counts.
  if (t.length <= 60 && /shar/i.test(t) && SHARE_ACTIONS.test(t) && (t.match(SHARE_ACTION) ?? []).length >= 2) return 'label';
  // `Click to share on Reddit (Opens in new window)`: a button that opens a window.
  if (words <= 12 && OPENS_WINDOW.test(t)) return 'label';
  // `Join now Sign in`, `+ Follow`: a row of account buttons.
  if (words <= 6 && BUTTON_ROW.test(t)) return 'label';
  // `Rachel MaddowMondays 9PM ET`, `Morning Joe Weekdays 6am ET`: a channel's programme and when it airs, a schedule's line.
  if (words <= 10 && PROGRAMME_SLOT.test(t)) return 'label';
  // `Image 1 of 5`: a gallery's counter.
  if (GALLERY_COUNTER.test(t)) return 'label';
  // `191119052250266`: a long number alone on its line is a page's identifier.
  if (/^\d{9,}$/.test(t)) return 'label';
  // `1k`, `991 K`, `1.94 M`, `47.8K`: a count in thousands or millions alone on its line (shares, followers).
  if (/^\d{1,3}(?:[.,]\d{1,2})?\s?[KkM]$/.test(t)) return 'label';
  return undefined;
}

const SITE_CHROME = /^(?:thank you for (?:subscribing|signing up|registering)!?|adjust text size|click to enlarge|story saved|see our privacy (?:notice|policy)|start typing and press enter to search|search for:|close this module|more events|register now|want to write\?|disclosure statement|a password will be e-?mailed to you\.?|\* indicates required(?: fields?)?|report a correction or typo|embed <>more videos|in partnership with|jump to (?:main )?content|log ?in or sign ?up|sign in to favou?rite this|use the comment form below to begin a discussion about this content\.?|editors['’]? picks?|editor['’]s picks?|tweet this|article sources|you may also like these (?:articles|stories)|posting\.{2,})$/i;
const FOLLOWERS = /^\d[\d,.]*[KkM]?\s?(?:Followers?|Fans|Subscribers)\s?(?:Follow|Like|Subscribe)$/;
const COMMENT_COUNT = /^Comments \(\d+ posted\)$/;
/** A line of a subscription's offer: a price by the month, year or user, a saving, a number of users, a plan's name. */
const SUBSCRIPTION_PLAN = /^(?:(?:save|savings start at)\s+\d+%|(?:totals?|then|starting at)\s+(?=[$£€]\d[\d,.]*(?:\s*\/\s*|\s+(?:per|a)\s+)(?:months?|mo|years?|yr|weeks?|users?)\b)|[$£€]\d[\d,.]*(?:\s*\/\s*|\s+(?:per|a|for \d+)\s+)(?:months?|mo|years?|yr|weeks?|users?)\b|\d+(?:[-–]\d+|\+)\s+users$|(?:annually|monthly|yearly) per user$|(?:individual|group|team|business|enterprise|student|digital) plans$|for \d+ months?, then [$£€])/i;
const PRICE_ALONE = /^[€$£]\d[\d,]*(?:\.\d\d)?$/;
/** `AFP via Getty Images`, `Getty Images`: a picture's agency alone on its line. */
const VIA_AGENCY = /^(?:\p{Lu}[\p{L}.'’&/ -]{0,40} via )?(?:Getty Images|Shutterstock|AFP|AP Photo|Reuters|EPA|Alamy)(?: (?:Stock Photo|Photo))?$/u;
const NO_THANKS = /No thanks,? close$/;
const CLICK_OFFER = /\bfor free by clicking here\b|\bby clicking here for\b/i;
const HTML_COMMENT = /^<!-{2,}.*-{2,}!?>$/;
const TEMPERATURE = /^-?\d{1,3}(?:\.\d)? ?°(?:[FC]\b)?$/;
const ALSO_LIKE = /^(?:you may also like|you might also like|also read|read also|see also|related|recommended|more from us)\s*:\s*\S/i;
const PREVIOUS_NEXT = /^(?:Previous|Next) (?:article|post|story) ?\p{Lu}/u;
const CUT_SHORT = /\p{L}(?:\.\.\.|…)$/u;
const LEARN_MORE_AT = /^(?:Learn|Read|Find out) more (?:at|on|from) \p{Lu}[^.!?]*\.?$/u;

const BUTTON_ROW = /^(?:\+\s*)?(?:(?:join now|sign in|sign up|log in|log out|register|follow|like|reply)(?:\s+|$))+$/i;
const OPENS_WINDOW = /\(opens in (?:a )?new (?:window|tab)\)$/i;
export const GALLERY_COUNTER = /^(?:image|photo|picture|slide)\s+\d{1,3}\s+(?:of|\/)\s+\d{1,3}$/i;

/** A line of sharing buttons' words only, networks and actions. */
const SHARE_ROW = /^(?:(?:share|tweet|twitter|facebook|instagram|linkedin|whatsapp|pinterest|reddit|tumblr|flipboard|telegram|email|e-mail|print|copy link|copy url|bluesky|threads|comment|comments|messenger|sms|x)(?:[\s|•·,/]+|$))+$/i;

/** A sharing button's word. */
const SHARE_ACTION = /share|tweet|comments?|e-?mail|print|more|connect|adjust|pin|save|sharing|buttons|addthis/gi;
/** A line of sharing buttons' words only, glued or spaced, with their counts. */
const SHARE_ACTIONS = /^(?:(?:share|tweet|comments?|e-?mail|print|more|connect|adjust|pin|save|sharing|buttons|addthis|\d{1,6})[\s|•·,/]*)+$/i;

/** A shop's button under a deal: a verb of buying, the product or `it`, the shop maybe, the price ending the line. */
const BUY_BUTTON = /^(?:Get|Buy|Shop|Order|Grab)\s.{0,80}\sfor\s(?:US|A|C|NZ)?[$£€]\s?\d[\d,]*(?:\.\d\d)?$/u;
const PRICE_BUTTON = /^(?:US|A|C|NZ)?[$£€]\s?\d[\d,]*(?:\.\d\d)?\s+(?:at|from|on)\s+\S+(?:\s+(?:shop|buy)(?:\s+now)?)?$/iu;
/** A price alone, the old one a sale's price follows (`$32 ` in `$32 $29 at Amazon`). */
const BARE_PRICE = /^(?:US|A|C|NZ)?[$£€]\s?\d[\d,]*(?:\.\d\d)?\s*$/u;
/** A deal's saving alone on its line (`Now 20% Off`, `30% off`). */
const DEAL_OFF = /^(?:now\s+|save\s+)?\d{1,2}%\s+off$/i;

/** Shops' price buttons run together, an old price maybe before the first (`$115 at Wayfair$115 at Nordstrom`, `$32 $29 at Amazon`). */
function priceButtons(t: string): boolean {
  const pieces = t.split(/(?=(?:US|A|C|NZ)?[$£€]\s?\d)/u).filter((x) => x.trim());
  if (pieces.length < 2) return false;
  return pieces.every((x, k) => PRICE_BUTTON.test(x.trim()) || (k < pieces.length - 1 && BARE_PRICE.test(x)));
}

/** Two or more short links separated by `|`, none of them a sentence. */
function isLinkRow(t: string): boolean {
  const parts = t.split('|').map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 6 && !/[.!?,;:]$/.test(p) && /^\p{Lu}/u.test(p));
}

/** Lowercase, apostrophes folded, list bullets and trailing `:`/`»`/`…` removed. */
export function normaliseLabel(t: string): string {
  return t
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—•·*>»›|#]+|[\s:|»›>.…\-–—]+$/gu, '');
}

/** Whitespace-separated tokens with a letter or digit, stopping early: only thresholds up to 100 matter. */
function countWords(t: string): number {
  const word = /[^\s]*[\p{L}\p{N}][^\s]*/gu;
  let n = 0;
  while (n <= 100 && word.exec(t)) n++;
  return n;
}

function listsSocialNetworks(t: string): boolean {
  const found = new Set((t.match(SOCIAL) ?? []).map((s) => s.toLowerCase()));
  return found.size >= 3 && /\b(?:our|us|follow|subscribe|join)\b/i.test(t);
}

/**
 * 1–5 title-case words, no digits, no sentence punctuation, nothing that reads as a
 * verb; not a list item, a byline or a line introducing what follows (`- The Astana
 * Act`, `By Jane Doe`, `Question:`).
 */
/** Plurals in outlets' and sections' names (`Times`, `News`, `Sports`), no verbs. */
const OUTLET_PLURALS = new Set(['times', 'news', 'sports', 'arts', 'affairs', 'games', 'studios', 'services', 'jobs', 'events', 'deals']);

function isLabelShape(t: string, tokens: string[]): boolean {
  if (tokens.length === 0 || tokens.length > 5 || /\p{N}/u.test(t) || /[.!?;:,"“”]$/.test(t)) return false;
  if (/^(?:[-–—•·*▪►]|by\s)/iu.test(t)) return false;
  let capitals = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i];
    const first = /\p{L}/u.exec(w)?.[0];
    if (!first) continue;
    const lower = w.toLowerCase();
    if (COMMON_VERBS.has(lower.replace(/[^\p{L}]/gu, ''))) return false;
    // `L.A. Times Careers`: a plural that names an outlet is no verb.
    if (i < tokens.length - 1 && looksInflected(lower) && !OUTLET_PLURALS.has(lower)) return false;
    // `eNewspaper`, `iPhone`: a lowercase prefix before a capital counts as capitalised.
    if (first !== first.toLowerCase() || /^\p{Ll}{1,2}\p{Lu}/u.test(w)) capitals++;
    else if (i === 0 || !TITLE_FUNCTION_WORDS.has(lower)) return false;
  }
  return capitals > 0;
}

/** A word ending like a verb form (`-ed`, third-person `-s`) before the end of a label. */
function looksInflected(w: string): boolean {
  const word = w.replace(/[^\p{L}'’]/gu, '');
  if (word.length <= 3 || /['’]s$/.test(word)) return false;
  if (word.endsWith('ed')) return true;
  return word.endsWith('s') && !/(?:ss|us|is|ics|ous|news)$/.test(word);
}

function isStamp(t: string): boolean {
  const chars = t.replace(/\s+/g, '');
  if (!chars) return false;
  const letters = chars.match(/\p{L}/gu)?.length ?? 0;
  return letters / chars.length < 0.4 && /\p{N}/u.test(chars);
}
