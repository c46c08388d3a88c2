/**
 * `MIT Sloan`, `NYU Stern`, `UCLA Anderson`: a word read as a given name alone, right after a body's acronym and with no
 * surname after it, names a part of that body (a school named after its donor), not a person, where the document names
 * the school in full (`MIT Sloan School of Management`); not an aircraft's (`an RAAF Orion`).
 */
import type { DocMention } from './resolve';
import { GIVEN_NAME_GUESS } from './piece';

const ACRONYM = /^\p{Lu}{2,5}$/u;
/** The head of a school's full name after the acronym and the donor's name. */
const SCHOOL = '(?:School|College|Institute)';

export function schoolsAfterAcronyms(ms: DocMention[], text: string): DocMention[] {
  if (!ms.some((m) => m.reason === GIVEN_NAME_GUESS)) return ms;
  const out: DocMention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (b && a.label === 'ORG' && ACRONYM.test(a.text) && b.label === 'PERSON' && b.reason === GIVEN_NAME_GUESS && b.start === a.end + 1 && text[a.end] === ' ' && !/^\s+\p{Lu}/u.test(text.slice(b.end, b.end + 3)) && text.includes(`${a.text} ${b.text} `) && new RegExp(`\\b${a.text} ${b.text} ${SCHOOL}\\b`).test(text)) {
      // (Its canonical name is the school's full name, where the document writes it: `MIT Sloan School of Management`.)
      const full = ms.find((m) => m.label === 'ORG' && m.text.startsWith(`${a.text} ${b.text} `));
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), acronym: false, canonical: full?.text, linked: full, guess: false, reason: 'a body’s acronym and the name of one of its schools' });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}
