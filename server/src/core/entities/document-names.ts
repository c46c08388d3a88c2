/**
 * Names a document establishes for itself, read before and after the label votes:
 * surnames made by an honorific (`Mr Shiga`) or by a particle (`Luis de Miranda` →
 * `de Miranda`), states named by their postal codes (`New York City, NY`, a table of
 * `NSW`, `VIC` …), and a company's branch named by its country (`Yahoo Japan`).
 */
import { mention, type StateCandidate } from './mention';
import { binarySearch } from '../search';
import type { DocMention } from './resolve';
import { federationOfState, stateOf, stateOfAbbreviation, TABLE_OF_STATES } from './state-codes';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';
import { CONTINENTS, HONORIFIC_BEFORE, NAME_PARTICLES } from './vocabulary';
import { isGivenName } from './given-names';
import { CITY_THEN_UNKNOWN } from './piece';

/**
 * Two mentions side by side, one space apart, read as one name: where `join` returns the joined mention's
 * fields for a pair, the second takes them (its start, text, label …) and the first is dropped.
 */
function joinPairs(ms: DocMention[], text: string, join: (a: DocMention, b: DocMention) => Partial<DocMention> | undefined): DocMention[] {
  const gone = new Set<DocMention>();
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const b = ms[k];
    if (text.slice(a.end, b.start) !== ' ') continue;
    const joined = join(a, b);
    if (!joined) continue;
    Object.assign(b, { start: a.start, text: `${a.text} ${b.text}` }, joined);
    gone.add(a);
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}

/** `Yahoo Japan`, `Google China`, `Quartz Africa`: a company's name then a country's or a continent's is the company's branch there, one organisation. */
export function countryBranches(ms: DocMention[], text: string): DocMention[] {
  return joinPairs(ms, text, (o, c) =>
    (c.gazKind !== 'country' && !CONTINENTS.has(c.text)) || o.label !== 'ORG' || o.text.includes(' ') || o.acronym || (o.gazKind && o.gazKind !== 'org') || c.text.includes(' ')
      ? undefined
      : { label: 'ORG', strength: 1, gazKind: undefined, canonical: undefined, reason: `the branch of ${o.text} in ${c.text}` },
  );
}

/**
 * `US Justice Department`, `U.S. Federal Reserve`: a country's initials before a body's name of several words are
 * part of it, one organisation (`US Congress` stays two: the body's one word is its name wherever it is).
 */
export function countryInitialsBodies(ms: DocMention[], text: string): DocMention[] {
  return joinPairs(ms, text, (c, o) =>
    c.gazKind !== 'country' || !/^(?:US|U\.S\.|UK|U\.K\.)$/.test(c.text) || o.label !== 'ORG' || !o.text.includes(' ') || o.acronym
      ? undefined
      : { body: o.text, reason: `${o.text}, named with its country's initials` },
  );
}

/** Languages a broadcaster names a service by. */
const SERVICE_LANGUAGES = new Set(['Arabic', 'English', 'French', 'Spanish', 'Persian', 'Russian', 'Urdu', 'Hindi', 'Turkish', 'Chinese', 'Mandarin', 'Portuguese', 'German', 'Swahili']);

/**
 * `Al Jazeera English`, `BBC Arabic`: a body's name then a language, with no noun after it, is the body's service in
 * that language, one organisation (`a BBC English lesson` stays apart).
 */
export function languageServices(ms: DocMention[], text: string): DocMention[] {
  return joinPairs(ms, text, (o, l) =>
    o.label !== 'ORG' || l.label !== 'NORP' || !SERVICE_LANGUAGES.has(l.text) || /^[ \t]+\p{Ll}/u.test(text.slice(l.end, l.end + 3))
      ? undefined
      : { label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: `${o.text}'s service in ${l.text}` },
  );
}

/**
 * `English Premier League`, `German Bundesliga`, `Chinese Super League`: a people's adjective before a league's name is
 * that nation's league, one organisation.
 */
export function nationalLeagues(ms: DocMention[], text: string): DocMention[] {
  return joinPairs(ms, text, (n, l) =>
    n.label === 'NORP' && !n.text.includes(' ') && l.label === 'ORG' && /(?:League|liga)$/.test(l.text) ? { label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: `${n.text} league` } : undefined,
  );
}

/**
 * `Minnesota Wild` where the document also names the `Wild` alone: a town's or a region's name before a body's
 * one-word name the document uses by itself is that body's full name (a team's, a chamber's), one organisation.
 * Where the place's name is also a given name (`Virginia Giuffre`, then `Giuffre`), the two are a person's names.
 */
export function placeBodies(ms: DocMention[], text: string): DocMention[] {
  const lone = new Map<string, number>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label === 'ORG' && !m.text.includes(' ') && !m.acronym && !(k > 0 && ms[k - 1].label === 'PLACE' && text.slice(ms[k - 1].end, m.start) === ' ')) lone.set(m.text, (lone.get(m.text) ?? 0) + 1);
  }
  if (!lone.size) return ms;
  const persons = new Map<string, string>();
  const joined = joinPairs(ms, text, (p, o) => {
    if (p.label !== 'PLACE' || (p.gazKind !== 'city' && p.gazKind !== 'region') || o.label !== 'ORG' || o.text.includes(' ') || o.acronym || o.gazKind || !lone.has(o.text)) return undefined;
    if (!isGivenName(p.text)) return { strength: 2, canonical: undefined, reason: `${o.text}, named with its place` };
    persons.set(o.text, `${p.text} ${o.text}`);
    return { label: 'PERSON', strength: 2, gazKind: undefined, canonical: undefined, reason: `${p.text} ${o.text}: a given name that is also a place's, and a surname used alone` };
  });
  for (const m of joined) {
    const full = m.label === 'ORG' ? persons.get(m.text) : undefined;
    if (full) Object.assign(m, { label: 'PERSON', strength: 1, person: full, reason: `part of “${full}”` });
  }
  return joined;
}

/**
 * `S.A.` where the document names `San Antonio`, `L.A.` after `Los Angeles`: initials written with their full stops that
 * spell a city of several words the document names in full are that city (not a company's legal form, not a body).
 */
export function cityInitials(ms: DocMention[]): void {
  const cities = new Map<string, DocMention>();
  for (const m of ms) {
    if (m.label !== 'PLACE' || m.gazKind !== 'city') continue;
    const words = m.text.split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) cities.set(words.map((w) => w[0]).join(''), m);
  }
  if (!cities.size) return;
  for (const m of ms) {
    if (m.label === 'PLACE' || !/^(?:\p{Lu}\.){2,3}$/u.test(m.text)) continue;
    const city = cities.get(m.text.replace(/\./g, ''));
    if (city) Object.assign(m, { label: 'PLACE', strength: 2, gazKind: 'city', canonical: city.canonical ?? city.text, reason: `the initials of ${city.text}` });
  }
}

/** `NBC 5` where the document also names `NBC 5 Dallas-Fort Worth`: a local station by its number alone is the station named with its town. */
export function stationTowns(ms: DocMention[]): void {
  const full = ms.filter((m) => m.label === 'ORG' && /^\S+ \d{1,2} \p{Lu}/u.test(m.text));
  if (!full.length) return;
  for (const m of ms) {
    if (m.label !== 'ORG' || !/^\S+ \d{1,2}$/.test(m.text)) continue;
    const named = full.find((f) => f.text.startsWith(`${m.text} `));
    if (named) m.linked = named;
  }
}

/** The quarters of a country or a continent a people's adjective names as one region (`the American West`, `the Russian Far East`). */
const QUARTERS = new Set(['North', 'South', 'East', 'West', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Far East', 'Deep South']);

/** `the American South`, `the Russian Far East`: a people's adjective then a quarter is one region, a place. */
export function peoplesQuarters(ms: DocMention[], text: string): DocMention[] {
  return joinPairs(ms, text, (n, q) =>
    n.label !== 'NORP' || /s$/.test(n.text) || !QUARTERS.has(q.text) || /^[ \t]+\p{Ll}/u.test(text.slice(q.end, q.end + 3))
      ? undefined
      : { label: 'PLACE', strength: 2, gazKind: 'region', canonical: undefined, reason: `${n.text} ${q.text}: a people’s adjective and a quarter, one region` },
  );
}

/**
 * Two peoples' names side by side are one people (`Arab Israeli voters`, `African Americans`):
 * the first an adjective (no plural, `Swiss` aside), one space between. A nation's faithful or
 * party members stay two (`Egyptian Copts`, `Tunisian Islamists`, `British Muslims`).
 */
const FAITH_OR_PARTY =
  /^(?:neo-)?(?:Muslim|Christian|Jew|Jewish|Catholic|Orthodox|Protestant|Sunni|Shia|Shiite|Islamist|Islamic|Jihadist|Salafi|Wahhabi|Copt|Coptic|Evangelical|Mormon|Alawite|Druze|Yazidi|Zionist|Maoist|Marxist|Tory|Tories|Anglican|Lutheran|Freemason|Rosicrucian|Jesuit|Calvinist|Puritan|Huguenot|Unitarian|Episcopalian|Adventist|Scientologist|Pentecostal|Hasidic|Buddhist|Hindu|Sikh|Democrat|Democratic|Republican|Communist|Socialist|Fascist|Nazi|Conservative|Liberal|Labour)/;

export function compoundPeoples(ms: DocMention[], text: string): DocMention[] {
  const gone = new Set<DocMention>();
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const b = ms[k];
    if (a.label !== 'NORP' || b.label !== 'NORP' || gone.has(a) || text.slice(a.end, b.start) !== ' ' || (/s$/.test(a.text) && a.text !== 'Swiss') || FAITH_OR_PARTY.test(b.text)) continue;
    Object.assign(b, { start: a.start, text: `${a.text} ${b.text}`, canonical: undefined, reason: `one people: ${a.text} and ${b.text}` });
    gone.add(a);
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}

/**
 * `Mr Shiga` makes `Shiga` a surname throughout the document, even where it is a known
 * place's name: alone it is the person, and after one name word (`Toshiyuki Shiga`) it
 * ends that person's full name.
 */
export function honorificSurnames(ms: DocMention[], text: string): DocMention[] {
  const surnames = new Set<string>();
  for (const m of ms) if (m.label === 'PERSON' && !m.text.includes(' ') && HONORIFIC_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) surnames.add(m.text);
  if (!surnames.size) return ms;
  const gone = new Set<DocMention>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (!surnames.has(m.text) || HONORIFIC_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const p = ms[i - 1];
    const adjacent = p && p.end + 1 === m.start && text[p.end] === ' ' && !p.text.includes(' ') && !p.acronym && !(p.gazKind === 'country');
    // A people's name that is also a given name opens the person's name (`Christian Porter` after `Mr Porter`).
    const given = adjacent && (p.label !== 'NORP' || isGivenName(p.text)) && (m.label !== 'PERSON' || p.label === 'NORP');
    if (m.label === 'PERSON' && !given) continue;
    if (given) gone.add(p);
    Object.assign(m, given ? { start: p.start, text: `${p.text} ${m.text}` } : {}, { label: 'PERSON', strength: 2, gazKind: undefined, canonical: undefined, guess: false, lexical: false, reason: `${m.text} is a surname after an honorific in this document` });
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}
/**
 * `de Miranda`, `De Miranda` after `Luis de Miranda`: the surname with its particle is the
 * person, though `Miranda` alone is also a known place's name.
 */
/** A lowercase word between two others (`Luis de Miranda`): the only names a particle can be in. */
const LOWER_WORD_INSIDE = / \p{Ll}+ /u;

export function particleSurnames(ms: DocMention[], text: string): void {
  const surnames = new Map<string, { particle: string; full: string }>();
  for (const m of ms) {
    if (m.label !== 'PERSON' || m.strength === 0 || !LOWER_WORD_INSIDE.test(m.text)) continue;
    const words = m.text.split(' ');
    const k = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w) && w === w.toLowerCase());
    if (k > 0) surnames.set(words.slice(k + 1).join(' '), { particle: words[k], full: m.text });
  }
  if (!surnames.size) return;
  for (const m of ms) {
    const s = surnames.get(m.text);
    if (!s || m.person) continue;
    const before = new RegExp(`(?:^|[^\\p{L}])(${s.particle}) $`, 'iu').exec(text.slice(Math.max(0, m.start - s.particle.length - 2), m.start));
    if (!before) continue;
    const start = m.start - s.particle.length - 1;
    Object.assign(m, { start, text: text.slice(start, m.end), label: 'PERSON', strength: 2, person: s.full, gazKind: undefined, canonical: undefined, guess: false, lexical: false, reason: `part of “${s.full}”` });
  }
}

/**
 * States named by their postal codes: each code opening a row of figures when the
 * document has such rows for three codes of one federation or more (a table of states),
 * and a code after a place and a comma (`New York City, NY`). Existing mentions of those
 * codes are relabelled; codes read as no name (`ACT`, a common word) become mentions.
 */
export function stateCodes(ms: DocMention[], text: string, candidates: readonly StateCandidate[]): DocMention[] {
  if (!candidates.length) return ms;
  const found = new Map<number, { end: number; name: string }>();
  const rows = new Map<string, Map<number, { end: number; name: string }>>();
  for (const c of candidates) {
    if (c.kind !== 'row') continue;
    for (const st of stateOf(text.slice(c.start, c.end))) {
      const row = rows.get(st.federation) ?? new Map();
      row.set(c.start, { end: c.end, name: st.name });
      rows.set(st.federation, row);
    }
  }
  const tableCodes = new Map<string, string>();
  for (const row of rows.values()) {
    if (new Set([...row.values()].map((v) => v.name)).size < TABLE_OF_STATES) continue;
    for (const [start, v] of row) {
      found.set(start, v);
      tableCodes.set(text.slice(start, v.end), v.name);
    }
  }
  // `New York City, NY`, `Birmingham, Ala.`: a postal code or the AP's abbreviation after a place and a comma.
  for (const c of candidates) {
    const before = endingAt(ms, c.start - 2)?.label;
    const code = text.slice(c.start, c.end);
    // `Rep. Steny H. Hoyer, Md., said`: the AP's abbreviation of a lawmaker's state between commas.
    const lawmaker = before === 'PERSON' && code.includes('.') && text[c.end] === ',';
    if (before !== 'PLACE' && !lawmaker) continue;
    const name = code.includes('.') ? stateOfAbbreviation(code) : stateOf(code)[0]?.name;
    if (name) found.set(c.start, { end: c.end, name });
  }
  // `Seattle, WA` among `Tampa, FL`, `Denver, CO`: a code of two federations is the one the document's other codes are of.
  const votes = new Map<string, number>();
  for (const [start, v] of found) {
    const feds = stateOf(text.slice(start, v.end));
    if (feds.length === 1) votes.set(feds[0].federation, (votes.get(feds[0].federation) ?? 0) + 1);
  }
  if (votes.size) {
    for (const [start, v] of found) {
      const feds = stateOf(text.slice(start, v.end));
      if (feds.length < 2) continue;
      const best = feds.reduce((a, b) => ((votes.get(b.federation) ?? 0) > (votes.get(a.federation) ?? 0) ? b : a));
      if ((votes.get(best.federation) ?? 0) > 0) v.name = best.name;
    }
  }
  ms = listedTowns(ms, text, candidates, found);
  ms = townLines(ms, text, candidates, found);
  // `Sally Moylan,   ACT` in a list of winners by state: a code ending a line after a comma, in a document naming two
  // states of its federation or more in full (`Queensland`, `Victoria`).
  const lineEnds = candidates.filter((c) => c.kind === 'after-comma' && !found.has(c.start) && /^[ \t]*(?:\n|$)/.test(text.slice(c.end, c.end + 8)));
  if (lineEnds.length) {
    const named = new Map<string, Set<string>>();
    for (const m of ms) {
      const f = m.label === 'PLACE' ? federationOfState(m.text) : undefined;
      if (f) named.set(f, (named.get(f) ?? new Set()).add(m.text));
    }
    for (const c of lineEnds) {
      const st = stateOf(text.slice(c.start, c.end)).find((x) => (named.get(x.federation)?.size ?? 0) >= 2);
      if (st) found.set(c.start, { end: c.end, name: st.name });
    }
  }
  // `Canberra ACT 2600`: a code after a known place and before a postcode of its federation's length (four digits in
  // Australia, five in the United States).
  for (const c of candidates) {
    if (c.kind !== 'postcode') continue;
    const gap = /,?[ \t]+$/.exec(text.slice(Math.max(0, c.start - 4), c.start));
    const town = gap && endingAt(ms, c.start - gap[0].length);
    if (!town) continue;
    const digits = /^[ \t]+(\p{N}+)/u.exec(text.slice(c.end))?.[1].length;
    const st = stateOf(text.slice(c.start, c.end)).find((x) => (digits === 4 && x.federation === 'AU') || (digits === 5 && x.federation === 'US'));
    if (!st) continue;
    // `Woburn, MA 01801`: a town the gazetteer does not know, read on weak evidence, before a comma, a state's code and a postcode.
    if (town.label !== 'PLACE') {
      if (!gap[0].startsWith(',') || town.strength > 1 || town.label === 'PERSON') continue;
      Object.assign(town, { label: 'PLACE', strength: 2, acronym: false, guess: false, lexical: false, reason: 'a town before its state’s code and postcode' });
    }
    found.set(c.start, { end: c.end, name: st.name });
  }
  // `Without Calif. & N.Y.`: an abbreviation that spells nothing else is its state anywhere.
  for (const c of candidates) {
    const name = c.kind === 'dotted' ? stateOfAbbreviation(text.slice(c.start, c.end)) : undefined;
    if (name) found.set(c.start, { end: c.end, name });
  }
  // `CA Notice`, `Your CA Privacy Rights`: a US state's code before its privacy notice.
  for (const c of candidates) {
    if (c.kind !== 'privacy') continue;
    const us = stateOf(text.slice(c.start, c.end)).find((st) => st.federation === 'US');
    if (us) found.set(c.start, { end: c.end, name: us.name });
  }
  // `(R-Iowa)`, `(D-Calif.)`: a lawmaker's party and state.
  const tags: [number, number][] = [];
  for (const c of candidates) {
    if (c.kind !== 'party') continue;
    const part = text.slice(c.start, c.end);
    const name = stateOfAbbreviation(part) ?? stateOf(part)[0]?.name ?? (gazetteer().get(nameKey(part))?.kind === 'region' ? part : undefined);
    if (!name) continue;
    found.set(c.start, { end: c.end, name });
    tags.push([c.start - 2, c.end]);
  }
  if (tags.length) ms = ms.filter((m) => !tags.some(([a, b]) => m.start >= a && m.end <= b));
  // The tag's letter is the party, a political group: `R` Republican, `D` Democrat, `I` independent.
  const parties: DocMention[] = [];
  for (const [a] of tags) {
    const letter = text[a];
    if (letter === 'I') continue;
    parties.push({ ...mention(a, a + 1, letter, 'NORP', 2, `a lawmaker's party: ${letter === 'R' ? 'Republican' : 'Democrat'}`), canonical: letter === 'R' ? 'Republican' : 'Democrat' });
  }
  // The table's codes are those states wherever the document names them (`the ACT`).
  for (const [code, name] of tableCodes) {
    for (const r of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${code}(?![\\p{L}\\p{N}])`, 'gu'))) if (!found.has(r.index!)) found.set(r.index!, { end: r.index! + code.length, name });
  }
  if (!found.size) return ms;
  const out = [...ms, ...parties];
  for (const [start, v] of found) {
    // An existing mention inside the code's span (`Ala` of `Ala.`) becomes the state; one that overlaps it otherwise wins.
    const m = out.find((x) => x.start >= start && x.end <= v.end);
    const fields = { start, end: v.end, text: text.slice(start, v.end), label: 'PLACE' as const, strength: 2 as const, canonical: v.name, acronym: false, guess: false, lexical: false, reason: `the short name of ${v.name}` };
    if (m) Object.assign(m, fields);
    else if (!out.some((x) => x.start < v.end && start < x.end)) out.push({ ...mention(start, v.end, text.slice(start, v.end), undefined, 0, ''), ...fields });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre`: in a listing of towns with their states' codes (codes of three
 * states of one federation or more read after known places), a town the gazetteer does not know, written before a
 * comma and a code of that federation ending the entry, is a town too, and the code its state. A person's name read
 * on strong evidence stays one.
 */
function listedTowns(ms: DocMention[], text: string, candidates: readonly StateCandidate[], found: Map<number, { end: number; name: string }>): DocMention[] {
  const listed = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== 'after-comma' || !found.has(c.start)) continue;
    for (const st of stateOf(text.slice(c.start, c.end))) listed.set(st.federation, (listed.get(st.federation) ?? new Set()).add(st.name));
  }
  if (![...listed.values()].some((names) => names.size >= TABLE_OF_STATES)) return ms;
  const towns: DocMention[] = [];
  for (const c of candidates) {
    if (c.kind !== 'after-comma' || found.has(c.start) || !LISTED_ENTRY_END.test(text.slice(c.end, c.end + 3))) continue;
    const st = stateOf(text.slice(c.start, c.end)).find((x) => (listed.get(x.federation)?.size ?? 0) >= TABLE_OF_STATES);
    if (!st) continue;
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const town = LISTED_TOWN.exec(text.slice(lineStart, c.start - 2));
    if (!town) continue;
    const start = lineStart + town.index + town[0].length - town[1].length;
    const end = c.start - 2;
    const inside = ms.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.strength === 2 && m.label !== 'PLACE') || inside.some((m) => m.start < start || m.end > end)) continue;
    if (!(inside.length === 1 && inside[0].label === 'PLACE' && inside[0].start === start && inside[0].end === end)) {
      ms = ms.filter((m) => !inside.includes(m));
      towns.push({ ...mention(start, end, text.slice(start, end), 'PLACE', 2, 'a town in a listing of towns and their states’ codes'), initial: false });
    }
    found.set(c.start, { end: c.end, name: st.name });
  }
  // `Wantagh, NY @ Northwell Health at Jones Beach Theater`: the words after `@` and a listed state's code, to the
  // entry's end, name the venue, a place.
  for (const c of candidates) {
    if (c.kind !== 'after-comma' || !found.has(c.start)) continue;
    const v = LISTED_VENUE.exec(text.slice(c.end, c.end + 80));
    if (!v) continue;
    const start = c.end + v[0].length - v[1].length;
    const end = start + v[1].length;
    const inside = ms.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.start < start || m.end > end)) continue;
    ms = ms.filter((m) => !inside.includes(m));
    towns.push({ ...mention(start, end, text.slice(start, end), 'PLACE', 2, 'a venue after “@” in a listing of towns'), initial: false });
  }
  // `June 29 -- PNC Bank Arts Center, Holmdel, NJ`: the words between an entry's dash and a listed town name the venue.
  for (const c of candidates) {
    if (c.kind !== 'after-comma' || !found.has(c.start)) continue;
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const v = VENUE_BEFORE_TOWN.exec(text.slice(lineStart, c.start));
    if (!v) continue;
    const start = lineStart + v.index + v[0].indexOf(v[1]);
    const end = start + v[1].length;
    const inside = ms.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.start < start || m.end > end || (m.strength === 2 && m.label === 'PERSON'))) continue;
    ms = ms.filter((m) => !inside.includes(m));
    towns.push({ ...mention(start, end, text.slice(start, end), 'PLACE', 2, 'a venue before its town in a listing of towns'), initial: false });
  }
  return towns.length ? [...ms, ...towns].sort((a, b) => a.start - b.start) : ms;
}
/** A venue after a listed town's code: `@` and capitalised words to the entry's end (a bracket, a dash, the line's end). */
const LISTED_VENUE = /^[ \t]*@[ \t]*(\p{Lu}[^\n()–—@]{0,60}?)[ \t]*(?=$|\n|\(|[ \t][–—][ \t])/u;
/** An entry's dash, the venue's capitalised words (a bracket after them aside), a comma, the town and its comma. */
const VENUE_BEFORE_TOWN = /[ \t](?:--|–|—|-)[ \t]+(\p{Lu}(?:(?![ \t]-{1,2}[ \t])[^\n,@()–—]){1,70}?)(?:[ \t]*\([^()\n]*\))?,[ \t]*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3},[ \t]*$/u;
/** What may follow a listed town's state code: the entry's end, a venue after `@`, a bracket, a dash. */
/** A line that is only a town (one to three capitalised words), a comma and a state's code in capitals. */
const TOWN_LINE = /^[ \t]*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}), (\p{Lu}{2})[ \t]*$/u;

/**
 * `Parkville, MO` on a line of its own, in a document whose other such line reads a known town before its state's code
 * (`Gilbert, AZ`): the words before the comma are a town the gazetteer does not know, and the code is its state. A
 * name read on strong evidence as no place stays as it is.
 */
function townLines(ms: DocMention[], text: string, candidates: readonly StateCandidate[], found: Map<number, { end: number; name: string }>): DocMention[] {
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineOf = (at: number) => text.slice(lineStart(at), (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  const alone = candidates.filter((c) => c.kind === 'after-comma' && TOWN_LINE.test(lineOf(c.start)));
  if (!alone.some((c) => found.has(c.start) && stateOf(text.slice(c.start, c.end)).some((st) => st.federation === 'US'))) return ms;
  const towns: DocMention[] = [];
  for (const c of alone) {
    if (found.has(c.start)) continue;
    const st = stateOf(text.slice(c.start, c.end)).find((x) => x.federation === 'US');
    if (!st) continue;
    const end = c.start - 2;
    // (The line matched the town's pattern: the town opens it, after any indent.)
    const start = lineStart(c.start) + (/^[ \t]*/.exec(text.slice(lineStart(c.start), end))?.[0].length ?? 0);
    const inside = ms.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => (m.strength === 2 && m.label !== 'PLACE') || m.start < start || m.end > end)) continue;
    if (!(inside.length === 1 && inside[0].label === 'PLACE' && inside[0].start === start && inside[0].end === end)) {
      ms = ms.filter((m) => !inside.includes(m));
      towns.push({ ...mention(start, end, text.slice(start, end), 'PLACE', 2, 'a town alone on its line before its state’s code'), initial: false });
    }
    found.set(c.start, { end: c.end, name: st.name });
  }
  return towns.length ? [...ms, ...towns].sort((a, b) => a.start - b.start) : ms;
}

const LISTED_ENTRY_END = /^(?:[ \t]*(?:$|\n|@|\(|–|—)|[ \t]+-[ \t])/;
/** A town's capitalised words ending the text before its comma (up to four). */
const LISTED_TOWN = /(?:^|[\s–—-])((?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** The mention ending at `end` (mentions sorted by start, not overlapping). */
const endingAt = (ms: readonly DocMention[], end: number) => binarySearch(ms, (m) => m.end - end);


/**
 * `Allen was not involved` after `Katie Allen`: a city's name that is the surname of a
 * person the document names in full, standing as the subject of a verb or as an owner
 * (`Salinas’ home` after `Guadalupe Salinas Hernández`: the first of two surnames too), is
 * that person.
 */
export function citySurnames(ms: DocMention[], text: string): void {
  const cities = new Set<string>();
  for (const m of ms) if (m.gazKind === 'city') cities.add(m.text);
  if (!cities.size) return;
  const surnames = new Set<string>();
  for (const m of ms) {
    if (m.label !== 'PERSON' || m.strength === 0) continue;
    const words = m.text.split(' ');
    for (let k = words.length >= 3 ? 1 : words.length - 1; k > 0 && k < words.length; k++) if (cities.has(words[k])) surnames.add(words[k]);
  }
  if (!surnames.size) return;
  for (const m of ms) {
    if (m.gazKind !== 'city' || !surnames.has(m.text) || !(SUBJECT_VERB_AFTER.test(text.slice(m.end, m.end + 24)) || OWNER_AFTER.test(text.slice(m.end, m.end + 6)))) continue;
    Object.assign(m, { label: 'PERSON', strength: 1, gazKind: undefined, canonical: undefined, reason: `the surname of a person of the document, as a subject` });
  }
}

/**
 * `said theCUBE’s Savannah Peterson` before `Peterson noted`: a city then an unknown word, guessed a company, whose last word
 * the document names as a person is that person.
 */
export function cityNamedPeople(ms: DocMention[]): void {
  const guessed = ms.filter((m) => m.reason === CITY_THEN_UNKNOWN && m.guess);
  if (!guessed.length) return;
  const people = new Set(ms.filter((m) => m.label === 'PERSON' && m.strength > 0 && !m.guess && !m.shapeOnly).map((m) => m.text));
  for (const m of guessed) {
    if (!people.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) continue;
    Object.assign(m, { label: 'PERSON', strength: 1, guess: false, reason: 'a city’s name and the surname of a person of the document' });
  }
}
// (A headline's verbs in the present: `Davenport hits out at Wimbledon`; `Preston, who has been …`: one a relative `who` follows.)
const SUBJECT_VERB_AFTER = /^(?:,\s+who\b|(?:,[^,]{1,60},)?\s+(?:was|is|has|had|said|says|told|added|noted|explained|warned|argued|wrote|beat|shot|took|went|gave|met|hits|slams|urges|wins|backs|warns|blasts|admits|claims|denies|insists|vows|reveals|hails|defends|criticises|criticizes|attacks|rejects|quits|joins|leaves|\p{Ll}+ed\b(?! by)|as saying\b))/u;
const OWNER_AFTER = /^(?:['’]s?)\s+\p{Ll}/u;

/**
 * `other Obama White House officials` where the document names `President Obama` and `the White House`: a body's
 * name whose first word is a person's surname of the document and whose other words the document writes alone as
 * that body is the person's body, and two mentions (as `the Obama administration`).
 */
export function leadersBeforeBodies(ms: DocMention[]): DocMention[] {
  const bodies = new Set<string>();
  const surnames = new Set<string>();
  for (const m of ms) {
    if (m.label === 'ORG' && m.strength > 0 && m.text.includes(' ')) bodies.add(m.text);
    else if (m.label === 'PERSON' && m.strength > 0) surnames.add(m.text.slice(m.text.lastIndexOf(' ') + 1));
  }
  if (!bodies.size || !surnames.size) return ms;
  const split = (m: DocMention) => {
    const space = m.text.indexOf(' ');
    const rest = m.text.slice(space + 1);
    return m.label === 'ORG' && space > 0 && rest.includes(' ') && surnames.has(m.text.slice(0, space)) && bodies.has(rest) ? space : -1;
  };
  if (!ms.some((m) => split(m) > 0)) return ms;
  return ms.flatMap((m): DocMention[] => {
    const space = split(m);
    if (space < 0) return [m];
    const rest = m.text.slice(space + 1);
    return [
      { ...mention(m.start, m.start + space, m.text.slice(0, space), 'PERSON', 2, `a person of the document before the body “${rest}”`), initial: m.initial },
      { ...mention(m.start + space + 1, m.end, rest, 'ORG', 2, `the body “${rest}” the document names alone`), initial: false },
    ];
  });
}

/** What may follow a surname that is a people's word: the line's or the clause's end, or a verb (not a noun it would describe). */
const AFTER_SURNAME = /^(?:[ \t]*(?:\n|$)|[,.;:)]|\s+(?:and|said|says|told|wrote|writes|is|was|has|had|added)\b)/;
/** A given name right before, alone (not a name's last word). */
const GIVEN_BEFORE = /(?:^|[\s(“"])(\p{Lu}\p{Ll}+) $/u;

/**
 * `By Megan French`, `Julia English said`: a given name then a people's word, where the word describes nothing after
 * it, is a person's given name and surname.
 */
export function peopleSurnames(ms: DocMention[], text: string): DocMention[] {
  const gone = new Set<DocMention>();
  for (const m of ms) {
    if (m.label !== 'NORP' || m.text.includes(' ') || !AFTER_SURNAME.test(text.slice(m.end, m.end + 8))) continue;
    const g = GIVEN_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (!g || !isGivenName(g[1]) || gazetteer().get(nameKey(g[1])) !== undefined) continue;
    const start = m.start - g[1].length - 1;
    const inside = ms.filter((o) => o !== m && o.start >= start && o.end <= m.start);
    if (ms.some((o) => o !== m && !inside.includes(o) && o.start < m.start && o.end > start)) continue;
    for (const o of inside) gone.add(o);
    Object.assign(m, { start, text: text.slice(start, m.end), label: 'PERSON', strength: 1, gazKind: undefined, canonical: undefined, reason: 'a given name and a people’s word as its surname' });
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}
