/**
 * `University of Illinois at Chicago`, `California State University at Long Beach`: a university and the town of its
 * campus after `at` are one body's name.
 */
import { mention, replaceOverlapping, type Mention } from './mention';

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
