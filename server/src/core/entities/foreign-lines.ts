/**
 * A line in another language on an English page (a German edition's menu: `Durch die Nutzung dieser Website zeigen Sie
 * an, …`): its capitalised nouns are no names, so the guesses read from capitals alone (an unknown capitalised word) are
 * dropped there. A line is foreign when few of its small words are English words.
 */
import { isCommonWord } from './lexicon';
import type { DocMention } from './resolve';

/** Small words a line needs before its language is judged, and the share of them English must reach. */
const JUDGED_WORDS = 5;
const ENGLISH_SHARE = 0.4;

/** Small words judged at most, from the line's start (a paragraph may be long; its language shows early). */
const MAX_JUDGED = 24;

function isForeign(line: string): boolean {
  const words = (line.slice(0, 400).match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’]+/gu) ?? []).slice(0, MAX_JUDGED);
  if (words.length < JUDGED_WORDS) return false;
  return words.filter((w) => isCommonWord(w)).length < ENGLISH_SHARE * words.length;
}

export function withoutForeignGuesses(ms: DocMention[], text: string): DocMention[] {
  const verdicts = new Map<number, boolean>();
  const foreign = (m: DocMention) => {
    const start = text.lastIndexOf('\n', m.start) + 1;
    let v = verdicts.get(start);
    if (v === undefined) {
      const nl = text.indexOf('\n', m.end);
      v = isForeign(text.slice(start, nl < 0 ? text.length : nl));
      verdicts.set(start, v);
    }
    return v;
  };
  return ms.some((m) => m.guess) ? ms.filter((m) => !(m.guess && !m.gazKind && foreign(m))) : ms;
}
