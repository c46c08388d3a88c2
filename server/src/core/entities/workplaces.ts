/**
 * Names read as people by their shape or a given name that the document treats as a place of work: one works at it,
 * joins it, comes to it from elsewhere, and it has clients and staff (`spent a decade at Kearney`, `to join Oliver
 * Wyman`, `Prior to Oliver Wyman,`, `Altman Solon plans to expand its local team`). A body, not a person, where nothing
 * in the document speaks of it as one (a title, `his`, `her`).
 */
import type { Mention } from './mention';
import { isGivenName } from './given-names';

/** The reason a name read as a person becomes the body where someone works. */
export const WORKPLACE = 'a workplace: one works at it, joins it or leaves it';

/** Before the name: `at` (not after a look, a gibe or a feeling aimed at someone), joining or coming from a body. */
const AT_BEFORE = /(?:^|[^\p{L}])(?:at|At)[ \t]+$/u;
const AIMED_AT = /\b(?:look(?:s|ed|ing)?|star(?:e|es|ed|ing)|glanc(?:e|es|ed|ing)|point(?:s|ed|ing)?|aim(?:s|ed|ing)?|direct(?:s|ed)?|angry|mad|furious|upset|annoyed|laugh(?:s|ed|ing)?|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|scream(?:s|ed|ing)?|smil(?:e|es|ed|ing)|wink(?:s|ed)?|nod(?:s|ded)?|wav(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|thr(?:ew|ow|ows|own)|lash(?:es|ed)? out|hit(?:s|ting)? out|swipe|dig|jab|shot|pop|fun|jeer(?:s|ed)?|boo(?:s|ed)?|snap(?:s|ped)?|sneer(?:s|ed)?|grin(?:s|ned)?|marvel(?:s|led)?|come|came|go|went|rush(?:es|ed)?|charg(?:e|es|ed)|sw(?:ing|ung)|kick(?:s|ed)?|grabb?(?:s|ed)?|peer(?:s|ed)?|gaz(?:e|es|ed)|hurl(?:s|ed)?)[ \t]+(?:at|At)[ \t]+$/i;
const JOINS_BEFORE = /\b(?:join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|[Pp]rior to|before joining|welcome [\p{Lu}][\p{L}-]+ to)[ \t]+$/u;
/** After the name: its clients, staff or offices; `, a … firm`; a verb then `its` within the clause. */
const OWNS_AFTER = /^['’]s?[ \t]+(?:workforce|headquarters|subsidiary|shareholders|\d+(?:st|nd|rd|th)[ \t]+(?:worldwide|office|hub|location|branch))\b/u;
const FIRM_AFTER = /^,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:company|firm|consultancy|group|agency|bank|insurer|carrier|retailer|manufacturer|chain|startup|start-up|arm|subsidiary|division|affiliate)\b(?!['’])/u;
const ITS_AFTER = /^[ \t]+(?!(?:and|or|of|in|for|to|from|by|at|on|as)\b)\p{Ll}+(?:[ \t]+\p{Ll}+){0,5}?[ \t]+(his|her|its|their)\b/u;
/** Speech of a person about the name: a title before it, `his` or `her` after it in its clause. */
const PERSON_TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?[ \t]+$/;

export function workplaces(ms: Mention[], text: string): void {
  // (A name with a verb of saying only is read on as the others are.)
  const guessed = ms.filter((m) => m.label === 'PERSON' && (m.strength < 2 || /verb of speech/.test(m.reason)) && !m.speechOnly && !m.author);
  if (!guessed.length) return;
  const names = new Set(guessed.map((m) => m.text));
  const work = new Map<string, number>();
  const person = new Set<string>();
  const clauseAfter = (m: Mention) => text.slice(m.end, m.end + 80).split(/[.;:!?\n]/)[0];
  // Where one works first (most names have no such place, and are read no further), then what speaks of a person.
  for (const m of ms) {
    if (!names.has(m.text)) continue;
    // (`global management consulting firm Oliver Wyman`: the same name read as a body on clear evidence counts twice.)
    // (Not a copyright's holder, often the author: `© Haki Benita 2016-2020`.)
    if (m.label === 'ORG' && m.strength === 2 && !/copyright/.test(m.reason)) work.set(m.text, (work.get(m.text) ?? 0) + 2);
    // (Short slices first: the patterns end at the name, and most names have nothing of the kind before them.)
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 60);
    // (Not before a possessive: `join Rashida Tlaib’s call`, `at Smith's home`.)
    const owned = /^['’]s?\b/u.test(after);
    const at = AT_BEFORE.test(before.slice(-6)) && !AIMED_AT.test(before);
    const joins = /(?:n|ng|ed|ns|to)[ \t]$/.test(before.slice(-4)) && JOINS_BEFORE.test(before);
    // (`its` after a verb counts for a name no given name opens: `Altman Solon plans to expand its local team`.)
    const its = /^[ \t]+\p{Ll}/u.test(after) && !isGivenName(m.text.split(' ')[0]) && ITS_AFTER.exec(clauseAfter(m))?.[1] === 'its';
    if (((at || joins) && !owned) || OWNS_AFTER.test(after) || FIRM_AFTER.test(after) || its) work.set(m.text, (work.get(m.text) ?? 0) + 1);
  }
  if (!work.size) return;
  for (const m of ms) {
    if (!work.has(m.text)) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // A verb of saying is no person's evidence against a body's (`Oliver Wyman adds …`, `… announced`); a title is (a
    // capitalised word right before the name on its line, for the reason that names both).
    if (m.label === 'PERSON' && m.strength === 2 && (!/verb of speech/.test(m.reason) || (/title/.test(m.reason) && /\p{Lu}[\p{L}.]*[ \t]+$/u.test(before)))) person.add(m.text);
    if (PERSON_TITLE_BEFORE.test(before)) person.add(m.text);
    const owns = ITS_AFTER.exec(clauseAfter(m));
    if (owns && owns[1] !== 'its' && owns[1] !== 'their') person.add(m.text);
    // (`John Fitzgerald Kennedy (JFK) said he would go`: `he` or `she` early in the clause after the name.)
    if (/^[^.;:!?\n]{0,25}?\b(?:he|she)\b/.test(text.slice(m.end, m.end + 40))) person.add(m.text);
  }
  // (`Kearney` on a page naming John Kearney is his surname.)
  const fulls = [...new Set(ms.filter((m) => m.label === 'PERSON' && m.text.includes(' ')).map((m) => m.text))];
  const partOfLonger = (name: string) => fulls.some((f) => f !== name && f.length > name.length && ` ${f} `.includes(` ${name} `));
  for (const m of guessed) {
    // A given name and a surname (`Oliver Wyman`) need two such places, as people are met at places too.
    const needed = m.text.includes(' ') && isGivenName(m.text.split(' ')[0]) ? 2 : 1;
    if ((work.get(m.text) ?? 0) < needed || person.has(m.text) || partOfLonger(m.text)) continue;
    Object.assign(m, { label: 'ORG', strength: 1, guess: false, shapeOnly: false, reason: WORKPLACE });
  }
}
