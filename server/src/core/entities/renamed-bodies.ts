/**
 * `X, formerly known as Twitter`, `Meta (formerly Facebook)`: a name beside the body's former name, which the text
 * reads as a body, is that body's new name, though a single letter (`X`) or a word would be no name alone.
 */
import { mention, replaceOverlapping, type Mention } from './mention';

export const RENAMED_TEST = /formerly (?:known as |called )?\p{Lu}/u;
const RENAMED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,2})(?:, | \()formerly (?:known as |called )?(?=\p{Lu})/gu;

export function renamedBodies(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(RENAMED)) {
    const formerAt = x.index + x[0].length;
    const former = ms.find((m) => m.start === formerAt && m.label === 'ORG');
    if (!former) continue;
    const end = x.index + x[1].length;
    // (A name the text already reads as a person's or a place's is no body's new name.)
    if (ms.some((m) => m.start < end && x.index < m.end && m.label && m.label !== 'ORG' && m.strength === 2)) continue;
    replaceOverlapping(ms, mention(x.index, end, x[1], 'ORG', 2, `the new name of ${former.text}, named beside it`));
  }
}
