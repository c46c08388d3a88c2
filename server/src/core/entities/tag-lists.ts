/**
 * A page's list of tags, each line a word or two before one word they share (`Cosplay Onlyfans`, `Ebony Onlyfans`,
 * `College Girl Onlyfans`): no people, though each line reads as a name of two capitalised words. The word the lines
 * share, no common word (not a menu's `Tech Feed`, `Sports Feed`), is what they are about, a brand (a body); the words
 * before it name nothing.
 */
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';
import { mention } from './mention';
import type { DocMention } from './resolve';

/** The fewest lines, each with its own first words, that make a tag list. */
const TAG_LINES = 4;

/** A line of a word or three before its last word, all capitalised. */
const TAG_LINE = /^[ \t]*((?:[\p{Lu}\d][\p{L}\d'’-]*[ \t]+){1,3})(\p{Lu}[\p{L}'’-]+)[ \t]*$/gmu;
const ONE_TAG_LINE = new RegExp(TAG_LINE.source, 'u');

/** The line around the mention, when the mention closes it. */
function lineClosedBy(m: DocMention, text: string): string | undefined {
  const before = text.lastIndexOf('\n', m.start - 1) + 1;
  const after = text.indexOf('\n', m.end);
  return text.slice(m.end, after < 0 ? text.length : after).trim() ? undefined : text.slice(before, m.end);
}

/** The words that close at least TAG_LINES lines, each after its own first words, few of them given names. */
function sharedLastWords(text: string): Set<string> {
  const firsts = new Map<string, Set<string>>();
  for (const x of text.matchAll(TAG_LINE)) {
    const set = firsts.get(x[2]) ?? new Set<string>();
    set.add(x[1].trim());
    firsts.set(x[2], set);
  }
  const out = new Set<string>();
  for (const [last, set] of firsts) {
    // (`Tech Feed`, `Sports Feed`, `IG Talk`: a menu's lines sharing a common word, no brand.)
    if (set.size < TAG_LINES || isCommonWord(last)) continue;
    // (`Venus Williams`, `Serena Williams`: people of one family, named by their given names.)
    const given = [...set].filter((f) => {
      const first = f.split(/\s+/)[0];
      return isGivenName(first) && !isCommonWord(first);
    }).length;
    if (given * 4 <= set.size) out.add(last);
  }
  return out;
}

export function tagLists(ms: DocMention[], text: string): DocMention[] {
  const shared = sharedLastWords(text);
  if (!shared.size) return ms;
  // The brand as the page writes it elsewhere with an inner capital (`OnlyFans` over `Teen Onlyfans`) names it.
  const spellings = new Map<string, string>();
  for (const w of shared) {
    // (Edges read as letters of any script, not the ASCII ones of a word boundary: `Élan` too.)
    const camel = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'))?.find((x) => x !== w && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(x));
    if (camel) spellings.set(w, camel);
  }
  return ms.map((m) => {
    if ((m.label !== undefined && m.label !== 'PERSON') || m.strength === 2 || !m.text.includes(' ')) return m;
    // (`Free Femdom Onlyfans`: the name read may start after the line's first words.)
    const line = lineClosedBy(m, text);
    if (line === undefined || !ONE_TAG_LINE.test(line)) return m;
    const space = m.text.lastIndexOf(' ');
    const last = m.text.slice(space + 1);
    if (!shared.has(last)) return m;
    const spelt = spellings.get(last);
    return mention(m.start + space + 1, m.end, last, 'ORG', 1, 'the word the lines of a tag list share', spelt ? { canonical: spelt, ownName: true } : {});
  });
}
