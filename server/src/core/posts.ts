/**
 * The shape of a social network's post embedded in a scraped page: its text ends with the
 * post's short links, and its author signs it on the next line
 * (`— Elon Musk (@elonmusk) September 9, 2016`). Read by the quote detector (the post is
 * its author's words) and by the boilerplate lines (the post is the story's, no link list).
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** `— Name (@handle) Month D, YYYY`: group 1 is the author's name. */
const SIGN_OFF = new RegExp(`^\\s*[—–-]\\s*(\\S.*?)\\s*\\(@\\w+\\)\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\s*$`, 'u');
/** The links a post ends with, glued to its last word or not (`… @hillreporterhttps://t.co/x pic.twitter.com/y`). */
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/t\.co\/|pic\.twitter\.com\/)\S*)+$/u;

/** The author's name when the line is a post's sign-off. */
export function postSignOff(line: string): string | undefined {
  return SIGN_OFF.exec(line)?.[1];
}

/** The line without the short links a post ends with (the line itself when it ends with none). */
export function withoutPostLinks(line: string): string {
  return line.replace(TRAILING_LINKS, '');
}
