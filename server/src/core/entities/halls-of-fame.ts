/**
 * `the Rock and Roll Hall of Fame`, `the Pro Football Hall of Fame`: a hall of fame, named by what it honours, is a
 * body (it inducts, nominates, votes), its name running from the first capitalised word to `Fame`.
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { FUNCTION_WORDS } from './vocabulary';

const HALL = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}'’-]*[ \t]+(?:(?:and|&|of)[ \t]+)?){1,5})Hall of Fame(?![\p{L}\p{N}])/gu;

export function hallsOfFame(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(HALL)) {
    let start = x.index;
    let words = x[1];
    // `The Pro Football Hall of Fame`: a sentence's first function word is no part of it.
    const first = /^(\p{Lu}\p{Ll}*)[ \t]+/u.exec(words);
    if (first && FUNCTION_WORDS.has(first[1].toLowerCase())) {
      start += first[0].length;
      words = words.slice(first[0].length);
      if (!words) continue;
    }
    const end = x.index + x[0].length;
    // What was read across its edges (`Fame Induction`, `Fame’s Class`) gives way to it.
    replaceOverlapping(ms, mention(start, end, text.slice(start, end), 'ORG', 2, 'a hall of fame named by what it honours'));
  }
}
