/**
 * The people a post's or a comment's header names, by name or by a handle in small letters or with digits:
 * `Rarst · March 10, 2017 at 1:26 AM`, `Alexander Petrov wrote on March 11th, 2015 at 02:57:`, `enoch68 says:`,
 * `justin coleman September 22, 2015 at 5:56 am` (the name, the day and the time alone on the line),
 * `Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15`, an artwork's credit `(Artist: 3ihard)`, and a Reddit user
 * by the handle after `u/` (`reddit by u/superp0rk`, the site a body however written).
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';
import { MAKER_LABEL } from '../text';

/** A handle or a name's word: a letter or a digit, then letters, digits and a handle's marks. */
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}_.'’-]*`;
/** A name of one word (any handle) or of two to four capitalised words (`Barry Kooij`). */
const NAME = String.raw`${WORD}|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
/** How a date opens: a month's name or a number (`March 10, 2017`, `11.03.2015`, `2019-02-15`). */
const DATE_OPENS = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}(?:[./-]|\s+\p{L})|\d{4}-\d)`;

/** A comment's header: the name, then a dot and the date, `wrote on` and the date, or `says:` ending the line. */
const COMMENT_HEADER = new RegExp(String.raw`^[ \t]*(${NAME})(?:[ \t]+·[ \t]+(?=${DATE_OPENS})|[ \t]+wrote on[ \t]+(?=${DATE_OPENS})|[ \t]+(?:says|said|wrote):[ \t]*$)`, 'u');
/** The day and the time closing a comment's header: `June 28, 2015 at 10:25 pm`. */
const DAY_AT_TIME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]\d{1,2},[ \t]\d{4}[ \t]at[ \t]\d{1,2}:\d\d[ \t]?(?:[ap]\.?m\.?|[AP]M)`;
/** A header of the name (up to three words, in any case) and its day and time alone on the line. */
const NAME_DAY_TIME = new RegExp(String.raw`^[ \t]*(${WORD}(?:[ \t]${WORD}){0,2})[ \t]+(?=${DAY_AT_TIME}[ \t]*$)`, 'u');
/** A page's own words before a day and a time, no reader's name: `Published`, `Last updated`, `Posted on`. */
const PAGE_WORDS = /^(?:published|updated|last|posted|modified|edited|written|submitted|created|date|by|on)\b/i;
/** What parts a byline's authors: a comma, `and`, or both. */
const SEPARATOR = String.raw`,[ \t]*|,?[ \t]+and[ \t]+`;
/** A post's byline of several authors: `Posted by A, B, C and D on` a date. */
const POSTED_BY = new RegExp(String.raw`^[ \t]*Posted by[ \t]+((?:${NAME})(?:(?:${SEPARATOR})(?:${NAME}))*)[ \t]+on[ \t]+(?=${DATE_OPENS})`, 'u');
/** The byline's authors and, between them, its separators (kept by the capture). */
const AUTHORS_AND_SEPARATORS = new RegExp(`(${SEPARATOR})`);
/** An artwork's or a picture's maker after the credit's label, alone in brackets or on its line (`(Artist: Elearia)`). */
const ARTIST = new RegExp(String.raw`(?:^|\()[ \t]*${MAKER_LABEL}[ \t]*:[ \t]*(${NAME})[ \t]*(?=\)|$)`, 'gmu');
/** A Reddit user: `u/` and the handle (not inside an address: `example.com/u/x`). */
const REDDIT_USER = /(?<![\p{L}\p{N}/.])u\/([A-Za-z0-9][A-Za-z0-9_-]{2,19})(?![\p{L}\p{N}/])/gu;
/** The site crediting a post to its user: `reddit by u/…` (in small letters as pages print the source). */
const REDDIT_BY = /(?<![\p{L}\p{N}])[Rr]eddit(?=[ \t]by[ \t]u\/)/gu;
/** Words any of the headers, credits and handles above holds, found fast. */
const CUE = new RegExp(String.raw` · | wrote on | (?:says|said|wrote):|Posted by |${MAKER_LABEL}[ \t]*:|\d at \d{1,2}:\d\d|u/`);
/** The last word of an agency's or a studio's name, no person's. */
const AGENCY_END = /(?:Images|Pictures|Photos?|Photography|Studios?|Press|Agency|News|Media|Archives?|Collection|Library|Museum|Foundation)$/;

const COMMENTER = 'a comment’s author in its header';
const POSTER = 'a post’s author in its byline';
const MAKER = 'an artwork’s maker in its credit';
/** Reasons of this file's people: a handle so named is that person wherever the document writes it (names-again.ts). */
export const AUTHOR_REASONS: ReadonlySet<string> = new Set([COMMENTER, POSTER, MAKER]);

export function postAuthors(text: string, ms: Mention[]): void {
  if (!CUE.test(text)) return;
  const header = COMMENT_HEADER.exec(text) ?? NAME_DAY_TIME.exec(text);
  if (header && !PAGE_WORDS.test(header[1])) person(text, ms, header.index + header[0].indexOf(header[1]), header[1], COMMENTER);
  const posted = POSTED_BY.exec(text);
  if (posted) {
    let at = posted.index + posted[0].indexOf(posted[1]);
    posted[1].split(AUTHORS_AND_SEPARATORS).forEach((part, k) => {
      if (k % 2 === 0) person(text, ms, at, part, POSTER);
      at += part.length;
    });
  }
  for (const u of text.matchAll(REDDIT_USER)) {
    const start = u.index + 2;
    replaceOverlapping(ms, mention(start, start + u[1].length, u[1], 'PERSON', 2, POSTER));
  }
  for (const r of text.matchAll(REDDIT_BY)) {
    replaceOverlapping(ms, { ...mention(r.index, r.index + 6, r[0], 'ORG', 2, 'the site crediting a post to its user', { canonical: 'Reddit' }), body: 'Reddit' } as Mention);
  }
  for (const x of text.matchAll(ARTIST)) {
    if (!AGENCY_END.test(x[1])) person(text, ms, x.index + x[0].lastIndexOf(x[1]), x[1], MAKER);
  }
}

/** A person at `start`, unless the words are a common one alone (`Admin says:`) or a body the paragraph knows for sure. */
function person(text: string, ms: Mention[], start: number, name: string, reason: string): void {
  if (!name.includes(' ') && isCommonWord(name.toLowerCase()) && !isGivenName(name)) return;
  const end = start + name.length;
  if (ms.some((m) => m.start === start && m.end === end && m.label === 'ORG' && m.strength === 2 && !m.guess)) return;
  replaceOverlapping(ms, mention(start, end, text.slice(start, end), 'PERSON', 2, reason));
}
