/**
 * `UC Davis Health`, `MIT Sloan School`: a body's initials in capitals right before the name of an institution (one
 * space between, not an acronym itself, its last word an institution's head) open that institution's name: a school,
 * an institute or a health system of the body. Not a product or a section of a body (`HPE ProLiant`, `EU Presidency`).
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import { NAME_ENDING_HEADS } from './org-words';

/** The last words of an institution of a body: an institution's head, its school, centre, trust, society, clinic or health system. */
const institutionLast = (name: string): boolean => {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return name.includes(' ') && (NAME_ENDING_HEADS.test(last) || /^(?:Health|School|Center|Centre|Trust|Society|Clinic)$/.test(last));
};

export const INITIALS_BEFORE_BODY = 'a body’s initials opening the name of a body';

export function initialsBeforeBodies(text: string, ms: Mention[]): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.label !== 'ORG' || !a.acronym || !/^\p{Lu}{2,5}$/u.test(a.text) || b.label !== 'ORG' || b.acronym || !institutionLast(b.text) || b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    // (Not a list of bodies: `NFL MLB`, nor a body's initials before its own name spelt out, `UN United Nations`.)
    if (/^\p{Lu}+$/u.test(b.text) || b.text.split(/\s+/).map((w) => w[0]).join('') === a.text) continue;
    replaceOverlapping(ms, mention(a.start, b.end, text.slice(a.start, b.end), 'ORG', b.strength, INITIALS_BEFORE_BODY, { initial: a.initial }));
  }
}
