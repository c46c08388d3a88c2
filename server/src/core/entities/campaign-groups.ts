/**
 * `Surfers Against Sewage`, `Mothers Against Drunk Driving`, `Campaign Against Arms Trade`: a group named for what it
 * opposes, its members' plural (or a campaign's word) then `Against` capitalised inside a sentence and what it is against,
 * is a body. Not in a line whose words are capitalised anyway (`Protesters Rally Against War`, a headline in title case).
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { FUNCTION_WORDS } from './vocabulary';

export const CAMPAIGN_TEST = / Against \p{Lu}/u;
const GROUP = /(?<![\p{L}\p{N}’'-])((?:\p{Lu}\p{Ll}+ ){0,2}(?:\p{Lu}\p{Ll}+s|Campaign|Coalition|Alliance|Action|Movement|Network)) Against((?: (?:the|and|of) )?(?: ?\p{Lu}[\p{L}-]+){1,3})(?![\p{L}\p{N}])/gu;

export function campaignGroups(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(GROUP)) {
    const end = x.index + x[0].length;
    if (titleCaseLine(text, x.index, end)) continue;
    replaceOverlapping(ms, mention(x.index, end, x[0], 'ORG', 2, 'a group named for what it is against: its members and `Against`'));
  }
}

/** Hardly a word of the line around the name, the name's aside, is in small letters but function words: a headline or a menu, where `Against` is capitalised anyway. */
function titleCaseLine(text: string, from: number, to: number): boolean {
  const start = text.lastIndexOf('\n', from - 1) + 1;
  let end = text.indexOf('\n', to);
  if (end < 0) end = text.length;
  const words = (text.slice(start, from) + ' ' + text.slice(to, end)).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // (Title case keeps its function words small: `to`, `of`, `and`.)
  return words.filter((w) => /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w)).length < 2;
}
