/**
 * `2nd Battalion Royal Gurkha Rifles`, `102nd Rescue Squadron`, `82nd Airborne Division`: a unit named by its number, a
 * word or two of its kind and its formation's word is a body, with the regiment its name goes on to.
 */
import { mention, replaceOverlapping, type Mention } from './mention';

/** A unit's number, a word or two of its kind and its formation's word (`102nd Rescue Squadron`). */
const NUMBERED = '\\d{1,3}(?:st|nd|rd|th)(?: \\p{Lu}\\p{Ll}+){0,2} (?:Battalion|Brigade|Regiment|Division|Squadron|Wing|Fleet|Corps)';
const REGIMENT = '(?: (?:\\p{Lu}\\p{Ll}+ ){0,3}(?:Rifles|Regiment|Guards|Marines|Fusiliers|Lancers|Hussars|Dragoons|Highlanders|Infantry|Artillery|Engineers|Signals|Rangers))?';
export const UNIT_TEST = new RegExp(`${NUMBERED}\\b`, 'u');
const UNIT = new RegExp(`(?<![\\p{L}\\p{N}])${NUMBERED}${REGIMENT}(?![\\p{L}\\p{N}])`, 'gu');

export function militaryUnits(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(UNIT)) replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a military unit: its number and its formation'));
}
