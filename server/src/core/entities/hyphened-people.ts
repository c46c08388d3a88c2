/**
 * Two people joined by a hyphen (`the Biden-Harris 2020 run`, `Johnny Depp-Amber Heard Halloween costume`,
 * `three Trump-Kim summits`): each side is a person of its own where each names one by itself (a person the document or
 * the workspace names, a head of state by the surname, or a given name and a surname); a double-barrelled surname
 * (`Rees-Mogg`, `Ocasio-Cortez`) has sides that name no one alone, and a given name of two (`Anne-Marie`) is one.
 */
import { isGivenName } from './given-names';
import { mention, replaceOverlapping } from './mention';
import type { DocMention } from './resolve';

/** Two capitalised single words joined by a hyphen, written as no mention holds them (`Biden-Harris`). */
const WORD_PAIR = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{Ll}'’]+)[-–](\p{Lu}[\p{Ll}'’]+)(?![\p{L}\p{N}-])/gu;

/** `personOf(name)`: the full name of the person `name` alone names, if any. */
export function hyphenedPeople(ms: DocMention[], text: string, personOf: (name: string) => string | undefined): DocMention[] {
  if (!/\p{Lu}\p{Ll}*[-–]\p{Lu}/u.test(text)) return ms;
  const pairs: DocMention[][] = [];
  const split = (start: number, left: string, right: string): DocMention[] | undefined => {
    // (`Anne-Marie Slaughter`, `Rose-Lynn Harlan`: a given name of two, hyphened.)
    if (!left.includes(' ') && isGivenName(left) && isGivenName(right.split(' ')[0])) return undefined;
    const a = personOf(left);
    const b = a && personOf(right);
    if (!a || !b || a === b) return undefined;
    const rightStart = start + left.length + 1;
    return [
      { ...mention(start, start + left.length, left, 'PERSON', 2, 'one of two people joined by a hyphen'), person: a },
      { ...mention(rightStart, rightStart + right.length, right, 'PERSON', 2, 'one of two people joined by a hyphen'), person: b },
    ];
  };
  for (const m of ms) {
    const dash = m.text.search(/(?<=\p{L})[-–](?=\p{Lu})/u);
    if (dash < 0 || m.text.slice(dash + 1).search(/[-–]/) >= 0) continue;
    const two = split(m.start, m.text.slice(0, dash), m.text.slice(dash + 1));
    if (two) pairs.push(two);
  }
  for (const x of text.matchAll(WORD_PAIR)) {
    // (A longer name holding the pair is read whole above: `Victor Rask-Nino Niederreiter`.)
    if (ms.some((m) => m.start <= x.index && m.end >= x.index + x[0].length && (m.strength === 2 || m.text.length > x[0].length))) continue;
    const two = split(x.index, x[1], x[2]);
    if (two) pairs.push(two);
  }
  if (!pairs.length) return ms;
  const out = ms.slice();
  for (const two of pairs) for (const m of two) replaceOverlapping(out, m);
  return out;
}
