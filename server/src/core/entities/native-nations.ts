/**
 * `the Quinault Indian Nation`, `the Pueblo of Isleta`: a Native American nation's government named by its people's own
 * word and `Indian Nation`, or a pueblo's by `Pueblo of`, is a body (its tribes are bodies too: `Tribe` is an
 * organisation's head). A word and `Nation` alone is left as it reads (a people, a fan base: `the Rainbow Nation`).
 */
import { isCommonWord } from './lexicon';
import { mention, replaceOverlapping, type Mention } from './mention';

export const NATION_TEST = /\bIndian Nation\b|\bPueblo of \p{Lu}/u;
const NATION = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}’'-]+) Indian Nation(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Pueblo of (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;

export function nativeNations(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(NATION)) {
    if (isCommonWord(x[1] ?? x[2])) continue;
    replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, x[2] ? 'a pueblo’s government: `Pueblo of` its name' : 'a native nation’s government: its word and `Indian Nation`'));
  }
}
