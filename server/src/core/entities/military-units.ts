/**
 * `2nd Battalion Royal Gurkha Rifles`, `102nd Rescue Squadron`, `82nd Airborne Division`: a unit named by its number, a
 * word or two of its kind and its formation's word is a body, with the regiment its name goes on to.
 */
import { mention, replaceOverlapping, type Mention } from './mention';

export const UNIT_TEST = /\d(?:st|nd|rd|th) (?:\p{Lu}\p{Ll}+ ){0,2}(?:Battalion|Brigade|Regiment|Division|Squadron|Wing|Fleet|Corps)\b/u;
const UNIT = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)(?: \p{Lu}\p{Ll}+){0,2} (?:Battalion|Brigade|Regiment|Division|Squadron|Wing|Fleet|Corps)(?: (?:\p{Lu}\p{Ll}+ ){0,3}(?:Rifles|Regiment|Guards|Marines|Fusiliers|Lancers|Hussars|Dragoons|Highlanders|Infantry|Artillery|Engineers|Signals|Rangers))?(?![\p{L}\p{N}])/gu;

export function militaryUnits(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(UNIT)) replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a military unit: its number and its formation'));
}
