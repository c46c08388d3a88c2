/**
 * Canonical names for the mentions of one document, using the document first and the
 * workspace second: the longest full form of a person (transliteration variants
 * merged), country names to their common name, names in capitals to title case;
 * organisations in org-canonical.ts.
 */
import { isAllCaps, titleCase } from './keys';
import { LOWER_ORG_HEADS } from './vocabulary';
import { SITE_NAME } from './tokenize';
import { assignOrgCanonicals } from './org-canonical';
import type { DocMention } from './resolve';
import { foldName, nameParts, samePerson } from './similarity';
import { best, otherDocs, type WorkspaceNames } from './workspace-names';

export function assignCanonical(ms: DocMention[], aliases: readonly [DocMention, DocMention][], names: WorkspaceNames, text: string): void {
  const persons = personCanonicals(ms, names);
  linkLoneParts(ms);
  for (const m of ms) {
    if (m.label === 'PERSON') m.canonical = persons.get(m.person ?? m.text) ?? personFromWorkspace(m.text, names) ?? m.text;
    else if (m.label === 'PLACE') m.canonical = m.canonical ?? (isAllCaps(m.text) ? titleCase(m.text) : m.text);
    else if (m.label === 'NORP') m.canonical = m.text;
  }
  assignOrgCanonicals(ms.filter((m) => m.label === 'ORG'), aliases, names, text);
  nationalBodies(ms);
  for (const m of ms) if (m.canonical) m.canonical = tidy(m.canonical, m.label);
}

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
function nationalBodies(ms: readonly DocMention[]): void {
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

/**
 * A one-word PERSON mention labelled by other evidence (a given name, the document's
 * votes) is still the one person of the document with that name part (`Graeme` →
 * `Graeme Souness`).
 */
function linkLoneParts(ms: DocMention[]): void {
  const lone = ms.filter((m) => m.label === 'PERSON' && !m.person && !/\s/.test(m.text));
  if (!lone.length) return;
  const byPart = new Map<string, Set<string>>();
  for (const m of ms) {
    if (m.label !== 'PERSON' || !/\s/.test(m.text) || nameParts(m.text).length < 2) continue;
    for (const p of nameParts(m.text)) {
      const key = foldName(p);
      if (key.length < 2) continue;
      let set = byPart.get(key);
      if (!set) byPart.set(key, (set = new Set()));
      set.add(m.text);
    }
  }
  for (const m of lone) {
    if (nameParts(m.text).length !== 1) continue;
    const full = byPart.get(foldName(m.text));
    if (full?.size === 1) m.person = [...full][0];
  }
}

/** One space between words; a person's name in capitals in title case; a site's name without its domain (`BuzzFeed.com` → `BuzzFeed`). */
function tidy(name: string, label: DocMention['label']): string {
  const spaced = /\s\s|[\t\n\r]|^\s|\s$/.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
  if (label === 'PERSON' && isAllCaps(spaced)) return titleCase(spaced);
  if (label !== 'ORG') return spaced;
  // `West Mercia police` → `West Mercia Police`.
  if (LOWER_ORG_HEADS.has(spaced.slice(spaced.lastIndexOf(' ') + 1))) return titleCase(spaced);
  return spaced.includes('.') ? spaced.replace(SITE_NAME, '$1') : spaced;
}

/** Each full personal name of the document → its canonical form, merging spelling variants. */
function personCanonicals(ms: readonly DocMention[], names: WorkspaceNames): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.label === 'PERSON' && nameParts(m.text).length >= 2) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const full of counts.keys()) {
    const pool = new Map<string, number>();
    for (const [other, n] of counts) if (other === full || samePerson(full, other)) pool.set(other, n);
    for (const [other, n] of names.personsBySurname(full) ?? []) {
      if (other === full || samePerson(full, other)) pool.set(other, (pool.get(other) ?? 0) + n);
    }
    out.set(full, best(pool) ?? full);
  }
  return out;
}

/** A lone name part known in other documents as part of one full name. */
function personFromWorkspace(text: string, names: WorkspaceNames): string | undefined {
  if (nameParts(text).length !== 1) return undefined;
  const counts = names.personsByPart(text);
  if (!counts) return otherDocs(text, names);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.length === 1 || sorted[0][1] >= 2 * sorted[1][1] ? sorted[0][0] : undefined;
}
