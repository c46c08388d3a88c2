/** The outlet a journalist works for, named after their job and `for`. */
import { mention, replaceInside, type Mention } from './mention';

/**
 * `covers Brookhaven for Rough Draft Atlanta`, `a reporter for Atlanta Intown`: the capitalised words after a journalist's
 * job (or a verb of their work) and `for` are the outlet, a city's name inside or at its end too; one place alone is a beat.
 */
const WORKS_FOR = /\b(?:reporter|writer|editor|columnist|correspondent|contributor|photographer|journalist|writes(?: [\p{Ll}]+){0,2}|covers [\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?) for (?:the )?((?:\p{Lu}[\p{L}'’&-]*)(?: \p{Lu}[\p{L}'’&-]*){1,3})(?=[ \t]*[.,;:\n]|[ \t]+(?:and|since|from|in|until)\b)/gu;

export function outletsWorkedFor(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(WORKS_FOR)) {
    const start = x.index + x[0].length - x[1].length;
    const end = start + x[1].length;
    const inside = ms.filter((m) => m.start < end && start < m.end);
    // A place alone (`correspondent for North America`), or a name already read as a body or a person, keeps its reading.
    if (inside.some((m) => m.start < start || m.end > end || m.label === 'ORG' || m.label === 'PERSON')) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end) continue;
    replaceInside(ms, mention(start, end, x[1], 'ORG', 2, 'an outlet a journalist works for'));
  }
}
