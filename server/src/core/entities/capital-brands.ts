/**
 * `SWISS’s First A350-900 with New SWISS Senses Experience`, `SWISS’s brand-new Airbus`: a people's word written in capitals
 * inside a line that is not (a heading in capitals shouts every word), before its possessive or a capitalised word, is a
 * brand's name, the airline's or the company's, no people.
 */
import type { DocMention } from './resolve';

/** Letters a people's word in capitals needs to be read as a brand (`UK`, `US` are initials). */
const MIN_LETTERS = 4;

export function capitalBrands(ms: DocMention[], text: string): void {
  for (const m of ms) {
    if (m.label !== 'NORP' || m.text.length < MIN_LETTERS || !/^\p{Lu}+$/u.test(m.text)) continue;
    const start = text.lastIndexOf('\n', m.start) + 1;
    const nl = text.indexOf('\n', m.end);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    // (Its possessive or a capitalised word after it, its product's: `SWISS’s`, `SWISS Senses`; not `the AMERICAN way`, a stress.)
    if (/\p{Ll}{2}/u.test(line) && /^(?:['’]s\b| \p{Lu}\p{Ll})/u.test(text.slice(m.end, m.end + 3))) Object.assign(m, { label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: 'a brand: a people’s word in capitals inside a line in small letters' });
  }
}
