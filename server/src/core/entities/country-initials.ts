/**
 * `TT dollar`, `contributions to T&T` on a page that names Trinidad: a country of several words by its initials (with an
 * ampersand or full stops) where the document writes the country's first word, is that country, not a body's acronym.
 */
import type { DocMention } from './resolve';
import { countriesByInitials } from './gazetteer';

const INITIALS = /^(?:\p{Lu}(?:&|\.)?){2,4}$/u;

export function countryInitials(ms: DocMention[], text: string): void {
  let byInitials: ReadonlyMap<string, string> | undefined;
  // Whether the document writes each country's first word, read once per country (the text may be long).
  const written = new Map<string, boolean>();
  for (const m of ms) {
    if (m.label === 'PLACE' || m.label === 'PERSON' || !INITIALS.test(m.text)) continue;
    byInitials ??= countriesByInitials();
    const country = byInitials.get(m.text.replace(/[&.]/g, ''));
    if (!country) continue;
    const first = country.split(' ')[0];
    if (!written.has(first)) written.set(first, new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(text));
    if (!written.get(first)) continue;
    Object.assign(m, { label: 'PLACE', strength: 2, gazKind: 'country', canonical: country, acronym: false, reason: `the initials of ${country}, which the document names` });
  }
}
