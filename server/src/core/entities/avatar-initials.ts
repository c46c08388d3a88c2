/**
 * `Author\nCP\nChengcheng Pei\nStaff Software Engineer`: initials alone on their line, next to a line that opens with a
 * name whose words begin with those letters, are the person's avatar (a scraped page's round picture of the initials),
 * no body's acronym.
 */
import type { DocMention } from './resolve';
import { ACRONYM_GUESS } from './piece';
import { aloneOnLine } from '../text';

/** Two or three capitals, alone on their line. */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** The capitalised words opening a line, up to four. */
const NAME_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}/u;

export function withoutAvatarInitials(ms: DocMention[], text: string): DocMention[] {
  let avatars: Set<DocMention> | undefined;
  for (const m of ms) {
    if (m.reason !== ACRONYM_GUESS || !INITIALS.test(m.text) || !aloneOnLine(text, m.start, m.end)) continue;
    const next = lineAfter(text, m.end);
    const prev = lineBefore(text, m.start);
    if (namedBy(m.text, next) || namedBy(m.text, prev)) (avatars ??= new Set()).add(m);
  }
  return avatars ? ms.filter((m) => !avatars!.has(m)) : ms;
}

/** The next line with words on it (the line after the mention's). */
function lineAfter(text: string, end: number): string {
  const nl = text.indexOf('\n', end);
  if (nl < 0) return '';
  const rest = text.slice(nl + 1, nl + 121).replace(/^\s+/, '');
  return rest.slice(0, (rest.indexOf('\n') + 1 || rest.length + 1) - 1);
}

function lineBefore(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1);
  if (lineStart <= 0) return '';
  const before = text.slice(Math.max(0, lineStart - 120), lineStart).replace(/\s+$/, '');
  return before.slice(before.lastIndexOf('\n') + 1);
}

/** The line opens with a name of as many words as the initials, each word beginning with its letter (`CP`: `Chengcheng Pei`). */
function namedBy(initials: string, line: string): boolean {
  const x = NAME_WORDS.exec(line);
  if (!x) return false;
  const words = x[0].split(/[ \t]+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  return words.length === initials.length && words.every((w, k) => w[0] === initials[k]);
}
