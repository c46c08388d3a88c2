/**
 * `University of Illinois at Chicago`, `California State University at Long Beach`: a university and the town of its
 * campus after `at` are one body's name (in a paragraph); so are a university and a town joined by a dash (in the
 * document, where a short form is known as the university's: `Rutgers–Newark`).
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import type { DocMention } from './resolve';

export const CAMPUS_TEST = /(?:University|College)(?: of(?: \p{Lu}\p{Ll}+)+)? at \p{Lu}/u;
/** The town: one to three capitalised words (`Chapel Hill`, `Urbana-Champaign`), then the line's or the clause's end. */
const CAMPUS = /(?<=(?:University|College)(?: of(?: \p{Lu}\p{Ll}+)+)?) at (\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){0,2})(?=[\n,.;)]|$)/gu;

export function campuses(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(CAMPUS)) {
    const body = ms.find((m) => m.label === 'ORG' && m.end === x.index);
    if (!body) continue;
    const end = x.index + x[0].length;
    replaceOverlapping(ms, mention(body.start, end, text.slice(body.start, end), 'ORG', 2, 'a university and its campus’s town', { initial: body.initial }));
  }
}

/**
 * `Rutgers–Newark`, `Rutgers University–New Brunswick`: a university (its name or its short form) and a town joined by a
 * dash without spaces are its campus there, one body (not a country: `Rutgers–Israel` is a pairing).
 */
export function dashedCampuses(ms: DocMention[], text: string): DocMention[] {
  let gone: Set<DocMention> | undefined;
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k];
    const town = ms[k + 1];
    if (m.label !== 'ORG' || town.label !== 'PLACE' || town.gazKind === 'country' || town.start !== m.end + 1 || !/[–-]/.test(text[m.end])) continue;
    const full = m.linked?.text ?? m.text;
    if (!/\b(?:University|College)\b/.test(full) || /[\p{L}\p{N}]/u.test(text[town.end] ?? '')) continue;
    // A new mention, so the university's own (which its short forms link to) keeps its name; named by that full name
    // and the town (`Rutgers–Newark` → Rutgers University–Newark).
    const body = m.linked ? `${m.linked.text}${text[m.end]}${town.text}` : undefined;
    ms[k] = { ...m, end: town.end, text: text.slice(m.start, town.end), reason: 'a university and its campus’s town joined by a dash', linked: undefined, canonical: undefined, body };
    (gone ??= new Set()).add(town);
  }
  return gone ? ms.filter((m) => !gone!.has(m)) : ms;
}
