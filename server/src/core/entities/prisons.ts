/**
 * `HMP Belmarsh`, `HMP Northward`: a prison named after `HMP` (Her or His Majesty's Prison) or `HMYOI` is a place; so is a
 * name before `prison` or `jail` in small letters (`Northward prison`, `Evin prison`), and that name alone wherever the
 * document writes it (`escape from Northward`).
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';

const HMP = /(?<![\p{L}\p{N}])HM(?:P|YOI|P\/YOI)[ \t](\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
const BEFORE_PRISON = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t](?:prison|jail|gaol|penitentiary)(?![\p{L}])/gu;
const HAS_PRISON = /\bHM(?:P|YOI)\b|\b(?:prison|jail|gaol|penitentiary)\b/;

export function prisons(ms: DocMention[], text: string): void {
  if (!HAS_PRISON.test(text)) return;
  // Each prison's name alone, and its name in full (`HMP Northward`) when the document writes one.
  const names = new Map<string, string | undefined>();
  for (const x of text.matchAll(HMP)) {
    replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'PLACE', 2, 'a prison named after HMP'));
    names.set(x[1], x[0]);
  }
  for (const x of text.matchAll(BEFORE_PRISON)) {
    const name = x[1];
    const start = x.index;
    const end = start + name.length;
    // (Not a known place's or body's name, nor a word of the language opening a sentence: `State prison`, `The prison`.)
    if (name.split(/[ \t]/).some((w) => isCommonWord(w.toLowerCase()))) continue;
    const at = ms.find((m) => m.start < end && start < m.end);
    // (Nor a person's full name: `the Jeffrey Epstein jail cell`.)
    if (at && (at.gazKind || at.label === 'ORG' || (at.label === 'PERSON' && at.text.includes(' ') && isGivenName(at.text.slice(0, at.text.indexOf(' ')))) || at.start !== start || at.end !== end)) continue;
    if (!names.has(name)) names.set(name, undefined);
  }
  if (!names.size) return;
  for (const [name, full] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      const at = ms.find((m) => m.start < end && i < m.end);
      if (at && (at.start < i || at.end > end || at.label === 'PLACE')) continue;
      replaceOverlapping(ms, mention(i, end, name, 'PLACE', 2, 'a prison’s name', full ? { canonical: full } : {}));
    }
  }
}
