/**
 * `the Universities of Cape Town, Johannesburg, Pretoria, and South Africa`, `the Universities of the Witwatersrand and
 * Western Cape`: after the plural `Universities of`, each name of the list is a university, though a place's name
 * (`University of Cape Town`).
 */
import { mention, replaceOverlapping, type Mention } from './mention';

export const UNIVERSITY_LIST_TEST = /\bUniversities of /;
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:[ -]\p{Lu}[\p{L}’'-]+){0,2}`;
const LIST = new RegExp(String.raw`\bUniversities of ((?:the )?${NAME}(?:, (?:the )?${NAME})*,? and (?:the )?${NAME})`, 'gu');
const ITEM = new RegExp(String.raw`(?:(the) )?(${NAME})`, 'gu');

export function universityLists(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(LIST)) {
    const from = x.index + x[0].length - x[1].length;
    for (const y of x[1].matchAll(ITEM)) {
      const start = from + y.index + (y[1] ? y[1].length + 1 : 0);
      const name = y[2];
      const canonical = `University of ${y[1] ? 'the ' : ''}${name}`;
      replaceOverlapping(ms, mention(start, start + name.length, name, 'ORG', 2, 'a university in a list after `Universities of`', { canonical, ownName: true }));
    }
  }
}
