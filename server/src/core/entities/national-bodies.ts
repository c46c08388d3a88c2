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
  const counts = new Map<string, number>();
  for (const m of ms) if (m.label === 'PLACE' && m.gazKind === 'country') counts.set(m.canonical ?? m.text, (counts.get(m.canonical ?? m.text) ?? 0) + 1);
  const main = best(counts);
  for (const m of bodies) {
    const [, adjective, kind] = NATIONAL_BODY.exec(m.text)!;
    const country = adjective ? countryOfAdjective(adjective, counts.keys()) : main;
    if (!country) continue;
    m.canonical = `${FULL_FORM[kind]} of ${WITH_THE.has(country) ? 'the ' : ''}${country}`;
  }
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
