/**
 * `Farmers` beside `Farmers Insurance Group`, `Farmers Insurance Exchange` and `Farmers Group, Inc.`: a word of the
 * language that opens two or more of the document's bodies' names, and that the document writes alone with its capital
 * inside a sentence (`make Farmers unique`), is that body wherever it stands alone, at a sentence's start too (`Farmers
 * also sells …`). Not after a determiner (`the State`), nor a known place or people, nor a word of a heading in capitals.
 */
import type { DocMention } from './resolve';
import { isCommonWord } from './lexicon';
import { gazetteer, isCommonWordCity } from './gazetteer';
import { nameKey } from './keys';
import { ORG_TAIL_HEADS } from './org-words';
import { afterDeterminer } from './determiners';

/** Bodies' names the word must open, at least. */
const NAMES = 2;

export function commonWordBrands(ms: DocMention[], text: string): void {
  const opened = new Map<string, Set<string>>();
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength < 2 || m.acronym || m.gazKind) continue;
    const space = m.text.indexOf(' ');
    const first = space < 0 ? '' : m.text.slice(0, space);
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(first) || !isCommonWord(first) || ORG_TAIL_HEADS.has(first.toLowerCase()) || gazetteer().get(nameKey(first)) || isCommonWordCity(first)) continue;
    const names = opened.get(first) ?? new Set<string>();
    names.add(m.text.replace(/,.*$/, ''));
    opened.set(first, names);
  }
  for (const [word, names] of opened) {
    if (names.size < NAMES) continue;
    const alone = ms.filter((m) => m.text === word && !m.gazKind && !(m.label && m.label !== 'ORG') && !afterDeterminer(text, m.start));
    if (!alone.some((m) => inProse(text, m))) continue;
    for (const m of alone) Object.assign(m, { label: 'ORG', strength: 2, guess: false, lexical: false, surnameOnly: false, phrase: false, reason: `a brand: a word of the language opening ${names.size} of the document’s bodies’ names, written alone inside a sentence` });
  }
}

/** Between a word in small letters and a word in small letters or a possessive: inside a sentence's prose, no menu's line. */
function inProse(text: string, m: DocMention): boolean {
  return /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^(?:['’]s\b|[ \t]+\p{Ll})/u.test(text.slice(m.end, m.end + 3));
}
