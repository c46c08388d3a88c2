/**
 * Canonical names of a country's bodies named by their kind (`the Constitutional
 * Court`, `the Kazakh Foreign Ministry`): the country's, in the form of the full name.
 */
import type { DocMention } from './resolve';
import { best } from './workspace-names';

/** A country's own bodies named by their kind, with the form of their full name. */
const NATIONAL_BODY = /^(?:(\p{Lu}[\p{L}-]+)\s+)?(Foreign Ministry|Constitutional Court|Supreme Court|Presidency)$/u;
const FULL_FORM: Record<string, string> = {
  'Foreign Ministry': 'Ministry of Foreign Affairs',
  'Constitutional Court': 'Constitutional Court',
  'Supreme Court': 'Supreme Court',
  Presidency: 'Presidency',
};
/** Countries named with `the` (`Supreme Court of the United States`). */
const WITH_THE = new Set(['United States', 'United Kingdom', 'Netherlands', 'Philippines', 'United Arab Emirates', 'Czech Republic', 'Dominican Republic', 'Central African Republic', 'Bahamas', 'Gambia', 'Maldives']);

/**
 * `the Constitutional Court`, `the Presidency`, `the Kazakh Foreign Ministry`: a country's
 * body named by its kind is that of the country its adjective names, or else of the
 * country the document names most, in the form of its full name (`Ministry of Foreign
 * Affairs of Kazakhstan`). Left alone when the document gives no country or a longer
 * name was found.
 */
export function nationalBodies(ms: readonly DocMention[]): void {
  const bodies = ms.filter((m) => m.label === 'ORG' && (m.canonical ?? m.text) === m.text && NATIONAL_BODY.test(m.text));
  if (!bodies.length) return;
  const counts = countryCounts(ms);
  const main = best(counts);
  for (const m of bodies) {
    const [, adjective, kind] = NATIONAL_BODY.exec(m.text)!;
    const country = adjective ? countryOfAdjective(adjective, counts.keys()) : main;
    if (!country) continue;
    m.canonical = `${FULL_FORM[kind]} of ${WITH_THE.has(country) ? 'the ' : ''}${country}`;
  }
}

/**
 * Bodies news names by their kind alone (`Congress`, `the Senate`, `the Army`), by country: the full name a reader knows
 * each by (general knowledge of states' institutions, as the acronym table is). `Congress` in India is the party.
 */
const KIND_BODIES: Record<string, Record<string, string>> = {
  'United States': {
    Congress: 'United States Congress', Senate: 'United States Senate', House: 'United States House of Representatives',
    Army: 'United States Army', Navy: 'United States Navy', 'Air Force': 'United States Air Force', Marines: 'United States Marine Corps',
    'Marine Corps': 'United States Marine Corps',
  },
  Australia: { Senate: 'Australian Senate', Army: 'Australian Army', Navy: 'Royal Australian Navy', 'Air Force': 'Royal Australian Air Force' },
  India: { Congress: 'Indian National Congress', Parliament: 'Parliament of India' },
  Canada: { Parliament: 'Parliament of Canada', Senate: 'Senate of Canada' },
};

/**
 * `Congress`, `the Senate`, `the Navy` in a document about one country: that country's body, by the name a reader
 * knows it by, unless the document links the name to a fuller one. The country is the one the document names most,
 * and names at least twice as often as any other.
 */
export function bodiesOfTheCountry(ms: readonly DocMention[]): void {
  const bodies = ms.filter((m) => m.label === 'ORG' && (m.canonical ?? m.text) === m.text && KIND_WORDS.has(m.text));
  if (!bodies.length) return;
  const ranked = [...countryCounts(ms)].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return;
  const table = KIND_BODIES[ranked[0][0]];
  if (!table) return;
  for (const m of bodies) if (table[m.text]) m.canonical = table[m.text];
}
const KIND_WORDS = new Set(Object.values(KIND_BODIES).flatMap((t) => Object.keys(t)));

/** How often the document names each country (by its canonical name). */
function countryCounts(ms: readonly DocMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.label === 'PLACE' && m.gazKind === 'country') counts.set(m.canonical ?? m.text, (counts.get(m.canonical ?? m.text) ?? 0) + 1);
  return counts;
}

/** `Kazakh` → Kazakhstan, `Russian` → Russia: the document's country whose name the adjective opens like. */
function countryOfAdjective(adjective: string, countries: Iterable<string>): string | undefined {
  let found: string | undefined;
  let shared = 3;
  for (const c of countries) {
    let k = 0;
    while (k < c.length && k < adjective.length && c[k] === adjective[k]) k++;
    if (k > shared) [found, shared] = [c, k];
  }
  return found;
}
