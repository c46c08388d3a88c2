/**
 * `Renaldo “Peewee” Gilkes`, `Tim “Ripper” Owens`: a nickname in quote marks between a given name and a surname is part of
 * the person's name; the person is named without it (`Renaldo Gilkes`).
 */
import type { DocMention } from './resolve';
import { isGivenName } from './given-names';

/** The nickname in its marks, then the surname's capitalised word, right after the given name. */
const NICKNAME_THEN_SURNAME = /^[ \t]([“"‘'])(\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*)?)([”"’'])[ \t](\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}])/u;
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

export function quotedNicknames(ms: DocMention[], text: string): DocMention[] {
  const gone = new Set<DocMention>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label !== 'PERSON' || m.text.includes(' ') || !isGivenName(m.text)) continue;
    const x = NICKNAME_THEN_SURNAME.exec(text.slice(m.end, m.end + 60));
    if (!x || CLOSING[x[1]] !== x[3]) continue;
    const surnameStart = m.end + x[0].length - x[4].length;
    // The surname as a mention found there may be longer (`Keith “Grell” Griffith Jr`): the person's name ends where it does.
    const next = ms[k + 1];
    const surname = next && next.start === surnameStart && (next.label === 'PERSON' || next.label === undefined) ? next : undefined;
    const end = surname ? surname.end : m.end + x[0].length;
    if (surname) gone.add(surname);
    Object.assign(m, { end, text: text.slice(m.start, end), reason: `a given name, a nickname in quote marks and a surname` });
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}

const NICKNAME_INSIDE = /[ \t](?:“[^”\n]{1,30}”|"[^"\n]{1,30}"|‘[^’\n]{1,30}’|'[^'\n]{1,30}')(?=[ \t]\p{Lu})/u;

/** A person's name without the nickname inside it (`Renaldo Gilkes`). */
export function withoutNickname(name: string): string {
  return NICKNAME_INSIDE.test(name) ? name.replace(NICKNAME_INSIDE, '') : name;
}
