/**
 * Two people joined by a hyphen (`the Biden-Harris 2020 run`, `Johnny Depp-Amber Heard Halloween costume`,
 * `three Trump-Kim summits`): each side is a person of its own where each names one by itself (a person the document or
 * the workspace names, a head of state by the surname, or a given name and a surname); a double-barrelled surname
 * (`Rees-Mogg`, `Ocasio-Cortez`) has sides that name no one alone, and a given name of two (`Anne-Marie`) is one.
 */
import { isGivenName } from './given-names';
import { mention } from './mention';
import type { DocMention } from './resolve';

/** A capital letter, which opens the word after a hyphen of a pair. */
const UPPER = /\p{Lu}/u;
/**
 * Two capitalised single words joined by a hyphen, written as no mention holds them (`Biden-Harris`): the word before
 * the hyphen, alone (nothing of a word before it)…
 */
const LEFT_WORD = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{Ll}'’]+)$/u;
/** … and the word after it, alone (nothing of a word after it). */
const RIGHT_WORD = /^(\p{Lu}[\p{Ll}'’]+)(?![\p{L}\p{N}-])/u;

/** Where the text's hyphens and en dashes stand, in order. */
function dashes(text: string): number[] {
  const out: number[] = [];
  for (const ch of ['-', '–']) for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) out.push(at);
  return out.sort((a, b) => a - b);
}

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
    if (!m.text.includes('-') && !m.text.includes('–')) continue;
    const dash = m.text.search(/(?<=\p{L})[-–](?=\p{Lu})/u);
    if (dash < 0 || m.text.slice(dash + 1).search(/[-–]/) >= 0) continue;
    const two = split(m.start, m.text.slice(0, dash), m.text.slice(dash + 1));
    if (two) pairs.push(two);
  }
  // (Mentions in order of their starts, walked once beside the pairs found in order; the hyphens found by a plain search,
  // a long document holding many.)
  let k = 0;
  for (const at of dashes(text)) {
    if (!UPPER.test(text[at + 1] ?? '')) continue;
    const left = LEFT_WORD.exec(text.slice(Math.max(0, at - 40), at));
    const right = left && RIGHT_WORD.exec(text.slice(at + 1, at + 41));
    if (!left || !right) continue;
    const start = at - left[1].length;
    const end = at + 1 + right[1].length;
    while (k < ms.length && ms[k].end <= start) k++;
    // (A name holding the pair is read whole above: `Victor Rask-Nino Niederreiter`, `Biden-Harris` read as one.)
    if (ms.slice(k, k + 3).some((m) => m.start <= start && m.end >= end)) continue;
    const two = split(start, left[1], right[1]);
    if (two) pairs.push(two);
  }
  if (!pairs.length) return ms;
  // The mentions the pairs overlap give way to them (one pass: both lists are in order).
  const added = pairs.flat().sort((a, b) => a.start - b.start);
  let j = 0;
  const kept = ms.filter((m) => {
    while (j < added.length && added[j].end <= m.start) j++;
    return !added.slice(j, j + 3).some((x) => x.start < m.end && m.start < x.end);
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
