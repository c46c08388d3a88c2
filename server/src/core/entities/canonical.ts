/**
 * Canonical names for the mentions of one document, using the document first and the
 * workspace second: the longest full form of a person (transliteration variants
 * merged), country names to their common name, names in capitals to title case;
 * organisations in org-canonical.ts.
 */
import { withoutNickname } from './quoted-nicknames';
import { isAllCaps, nameKey, titleCase } from './keys';
import { isCommonWord } from './lexicon';
import { gazetteer } from './gazetteer';
import { isGivenName } from './given-names';
import { LOWER_ORG_HEADS } from './vocabulary';
import { GEO_SUFFIXES, TV_NETWORKS } from './org-words';
import { SITE_NAME } from './tokenize';
import { assignOrgCanonicals } from './org-canonical';
import { speltPlusCanonicals } from './spelt-plus';
import { stateOfAbbreviation } from './state-codes';
import { bodiesOfTheCountry, nationalBodies } from './national-bodies';
import type { DocMention } from './resolve';
import { foldName, initialledName, nameParts, samePerson } from './similarity';
import { best, otherDocs, type WorkspaceNames } from './workspace-names';
import { famousFullName } from './famous-people';
import { COMPASS_WORDS, STREET_ABBREVIATIONS } from './named-places';

/** A street's abbreviated word, and a compass initial before its name, written out. */
const STREET_ABBREVIATED = new RegExp(String.raw`^((?:[NSEW]\.?\s)?)(\S.*?)\s(${Object.keys(STREET_ABBREVIATIONS).join('|')})\.?((?:\s(?:East|West|North|South))?)$`);

/** `42nd St.` → 42nd Street, `W. Columbia St.` → West Columbia Street, `Bloor St East` → Bloor Street East (not `St Kilda`). */
function streetInFull(text: string): string | undefined {
  const x = STREET_ABBREVIATED.exec(text);
  if (!x) return undefined;
  const compass = x[1] ? `${COMPASS_WORDS[x[1][0]]} ` : '';
  return `${compass}${x[2]} ${STREET_ABBREVIATIONS[x[3]]}${x[4]}`;
}

export function assignCanonical(ms: DocMention[], aliases: readonly [DocMention, DocMention][], names: WorkspaceNames, text: string): void {
  const persons = personCanonicals(ms, names);
  linkLoneParts(ms);
  for (const m of ms) {
    // (`the Murdochs`: a family is named as resolve.ts named it, `Murdoch family`.)
    if (m.label === 'PERSON') m.canonical = withoutNickname(persons.get(m.person ?? m.text) ?? (m.person?.endsWith(' family') ? m.person : undefined) ?? personFromWorkspace(m.text, names) ?? famousFullName(m.text) ?? m.text);
    else if (m.label === 'PLACE') m.canonical = m.canonical ?? stateOfAbbreviation(m.text) ?? unhyphenedPlace(m.text) ?? streetInFull(m.text) ?? (isAllCaps(m.text) ? titleCase(m.text) : m.text);
    else if (m.label === 'NORP') m.canonical = m.canonical ?? (isAllCaps(m.text) && m.text.length > 3 ? titleCase(m.text) : m.text);
  }
  citiesNamedLikeTheirStates(ms, text);
  innerAcronyms(ms.filter((m) => m.label === 'PLACE'));
  placesByKind(ms.filter((m) => m.label === 'PLACE'));
  peersByName(ms);
  assignOrgCanonicals(ms.filter((m) => m.label === 'ORG'), aliases, names, text);
  nationalBodies(ms);
  bodiesOfTheCountry(ms);
  for (const m of ms) if (m.canonical) m.canonical = tidy(m.canonical, m.label);
  for (const m of ms) if (m.label === 'ORG' && m.canonical && CLUB_SHORT.test(m.canonical)) m.canonical = m.canonical.replace(/^Man /, 'Manchester ').replace(/ Utd$/, ' United');
  oneCasing(ms.filter((m) => m.label === 'ORG'));
  stationCallSigns(ms, text);
  speltPlusCanonicals(ms);
  // `US Justice Department`: the body is named without its country's initials.
  // `Leafs` short for `Maple Leafs`, the Toronto Maple Leafs: a short form takes the body its longer name is of.
  const bodies = new Map(ms.filter((m) => m.body).map((m) => [m.text, m.body!]));
  for (const m of ms) {
    if (m.body && m.canonical === m.text) m.canonical = m.body;
    // `troll Nationals team photos` beside `the Nationals`, read as the Washington Nationals: the same name is the same body.
    else if (m.label === 'ORG' && m.canonical === m.text && bodies.has(m.text)) m.canonical = bodies.get(m.text);
    else if (m.label === 'ORG' && m.canonical && m.canonical !== m.text && bodies.has(m.canonical)) m.canonical = bodies.get(m.canonical);
  }
}

/** A television station's call sign with its `-TV` (`KTRK-TV`, `WHDH-TV`). */
const CALL_SIGN_TV = /(?<![\p{L}\p{N}-])([KW][A-Z]{2,3})-TV(?![\p{L}\p{N}])/gu;
/** A network's station by its channel (`ABC13`, `NBC 4`, `ABC7 News`). */
const STATION_NAME = new RegExp(`^(?:${TV_NETWORKS})\\s?\\d{1,2}(?: News)?$`);

/**
 * `ABC13` on a page whose copyright names `KTRK-TV Houston`: where the document writes one station's call sign with its
 * `-TV` and names no other station by its call sign (a sister station's `WLVI`), the network-and-channel names are that
 * station, named as its call sign (the call sign alone keeps its own name).
 */
function stationCallSigns(ms: DocMention[], text: string): void {
  if (!text.includes('-TV')) return;
  const signs = new Set([...text.matchAll(CALL_SIGN_TV)].map((x) => x[1]));
  for (const m of ms) if (m.label === 'ORG' && /^[KW][A-Z]{2,3}$/.test(m.text)) signs.add(m.text);
  if (signs.size !== 1) return;
  const [sign] = signs;
  for (const m of ms) if (m.label === 'ORG' && STATION_NAME.test(m.text)) m.canonical = `${sign}-TV`;
}

/**
 * `NEW YORK (AP) —`, `11 West 42nd Street, New York, NY 10036`: a state's name that is also its city's, written as a
 * dateline's town or before its state's code, is the city.
 */
function citiesNamedLikeTheirStates(ms: readonly DocMention[], text: string): void {
  for (const m of ms) {
    if (m.label !== 'PLACE' || !/^new york$/i.test(m.text)) continue;
    if (m.reason?.startsWith('dateline') || /^,? (?:NY|N\.Y\.)(?![\p{L}])/u.test(text.slice(m.end, m.end + 7))) m.canonical = 'New York City';
  }
}

/**
 * `the Statehouse` after `Indiana Statehouse`, `the Gulf` after `the Gulf of Mexico`, `the North` after `North Korea`: a
 * place named by its kind or its compass word alone is the one place so named in full in the document, when it names only one.
 */
function placesByKind(places: readonly DocMention[]): void {
  const full = new Map<string, Set<string>>();
  for (const m of places) {
    const words = m.text.split(' ');
    const kind = words[words.length - 1];
    if (words.length >= 2 && GEO_SUFFIXES.has(kind.toLowerCase())) full.set(kind, (full.get(kind) ?? new Set()).add(m.canonical ?? m.text));
    // `the Gulf` after `the Gulf of Mexico`: the kind opening a name of the form `X of Y`.
    else if (words.length >= 3 && words[1] === 'of' && GEO_SUFFIXES.has(words[0].toLowerCase())) full.set(words[0], (full.get(words[0]) ?? new Set()).add(m.canonical ?? m.text));
    // `the North` after `North Korea`: a compass word opening a country's name (`North Korea`, `South Sudan`).
    else if (words.length === 2 && m.gazKind === 'country' && /^(?:North|South|East|West)$/.test(words[0])) full.set(words[0], (full.get(words[0]) ?? new Set()).add(m.canonical ?? m.text));
  }
  for (const m of places) {
    const named = !m.text.includes(' ') ? full.get(m.text) : undefined;
    if (named?.size === 1) m.canonical = [...named][0];
  }
}

/**
 * `Github` and `GitHub` in one document: an organisation's name written in two casings is one name, spelt as the
 * document spells it most often (the more capitals on a tie), or as a rule spelt it. Names in capitals alone (`ARM`,
 * `Arm`) are left apart.
 */
function oneCasing(orgs: readonly DocMention[]): void {
  const forms = new Map<string, Map<string, number>>();
  for (const m of orgs) {
    if (!m.canonical || !/\p{Ll}/u.test(m.canonical)) continue;
    const key = m.canonical.toLowerCase();
    const counts = forms.get(key) ?? new Map<string, number>();
    counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    forms.set(key, counts);
  }
  const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, '').length;
  const spelling = new Map<string, string>();
  for (const [key, counts] of forms) if (counts.size > 1) spelling.set(key, [...counts].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]))[0][0]);
  // A name a rule spelt itself (`OnlyFans`, as the page writes the brand its tag list names `Onlyfans`) is the spelling.
  for (const m of orgs) if (m.ownName && m.canonical && (forms.get(m.canonical.toLowerCase())?.size ?? 0) > 1) spelling.set(m.canonical.toLowerCase(), m.canonical);
  // `POLITICO`, `WIRED`, `SLATE`: a word of the language in capitals is no acronym; its name is written as a name is, in title case.
  for (const m of orgs) if (m.canonical && WORD_IN_CAPITALS.test(m.canonical) && isCommonWord(m.canonical.toLowerCase())) spelling.set(m.canonical.toLowerCase(), spelling.get(m.canonical.toLowerCase()) ?? titleCase(m.canonical));
  if (!spelling.size) return;
  for (const m of orgs) m.canonical = (m.canonical && spelling.get(m.canonical.toLowerCase())) || m.canonical;
}
/** One word in capitals, long enough to be no initials. */
const WORD_IN_CAPITALS = /^\p{Lu}{5,}$/u;

/** A club's short name written out (`Man City` → Manchester City, `Man Utd`, `Leeds Utd` → … United). */
const CLUB_SHORT = /^(?:Man (?:City|United|Utd)|\p{Lu}[\p{L} ]* Utd)$/u;

/**
 * `Emanuel AME Church` is `Emanuel African Methodist Episcopal Church` when the document names it so: an acronym inside
 * a name stands for the words whose initials it spells between the same words.
 */
function innerAcronyms(ms: DocMention[]): void {
  const full = [...new Set(ms.map((m) => m.text))].filter((t) => t.split(/\s+/).length >= 3);
  if (!full.length) return;
  for (const m of ms) {
    const words = m.text.split(/\s+/);
    const k = words.findIndex((w) => /^\p{Lu}{2,5}$/u.test(w));
    if (k < 0 || words.length < 2) continue;
    const acronym = words[k];
    for (const t of full) {
      const tw = t.split(/\s+/);
      const middle = tw.length - words.length + 1;
      if (middle !== acronym.length) continue;
      const same = words.slice(0, k).every((w, n) => w === tw[n]) && words.slice(k + 1).every((w, n) => w === tw[k + middle + n]);
      if (same && tw.slice(k, k + middle).map((w) => w[0]).join('') === acronym) {
        m.canonical = t;
        break;
      }
    }
  }
}

const PEER = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)\s+(\p{Lu}[\p{L}'’-]+)(?:\s+of\s+.+)?$/u;

/** `Lord Callaghan (of Cardiff)` is `Jim Callaghan` when the document names one person so, by given name and surname. */
function peersByName(ms: DocMention[]): void {
  let byName: Map<string, Set<string>> | undefined;
  for (const m of ms) {
    const peer = m.label === 'PERSON' ? PEER.exec(m.text) : null;
    if (!peer) continue;
    if (!byName) {
      byName = new Map();
      for (const x of ms) {
        const parts = x.label === 'PERSON' && !PEER.test(x.text) ? nameParts(x.text) : [];
        if (parts.length < 2 || !isGivenName(parts[0])) continue;
        const key = parts[parts.length - 1];
        let set = byName.get(key);
        if (!set) byName.set(key, (set = new Set()));
        set.add(x.canonical ?? x.text);
      }
    }
    const named = byName.get(peer[1]);
    if (named?.size === 1) m.canonical = [...named][0];
  }
}

/** `Los-Angeles` → `Los Angeles`: a known place written with hyphens for its spaces. */
function unhyphenedPlace(text: string): string | undefined {
  if (!text.includes('-') || /(?:North|South|East|West)-/.test(text)) return undefined; // `South-East Asia` is spelt so
  const spaced = text.replace(/-/g, ' ');
  const e = gazetteer().get(nameKey(spaced));
  return e?.label === 'PLACE' ? (e.canonical ?? spaced) : undefined;
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

/** A given name written small, then a surname in capitals. */
const CAPS_SURNAME = /^\p{Lu}\p{Ll}+ (?:\p{Lu}{2,} )?(?![IVXLC]+$)\p{Lu}{3,}$/u;

/** A prince's title before a full name of two words or more (`Prince Sadruddin Aga Khan`); `Prince Harry` keeps it. */
const ROYAL_BEFORE_FULL_NAME = /^Prince(?:ss)? (?=\S+ \S)/;

/**
 * One space between words; a person's name in capitals in title case, without a prince's title before a full name.
 * A site's name keeps its domain (`WordPress.com`) unless the page names the site without it (see org-canonical.ts).
 */
function tidy(name: string, label: DocMention['label']): string {
  const spaced = /\s\s|[^\S ]|^\s|\s$/.test(name) ? name.replace(/\s+/g, ' ').trim() : name;
  if (label === 'PERSON' && isAllCaps(spaced)) return titleCase(spaced);
  // `Ezequiel BECERRA` → `Ezequiel Becerra`: a surname in capitals after a given name written small.
  if (label === 'PERSON' && CAPS_SURNAME.test(spaced)) return spaced.replace(/(?<= )(?![IVXLC]+(?![\p{L}]))\p{Lu}{3,}(?![\p{L}])/gu, (w) => titleCase(w)).replace(ROYAL_BEFORE_FULL_NAME, '');
  if (label === 'PERSON') return spaced.replace(ROYAL_BEFORE_FULL_NAME, '');
  if (label !== 'ORG') return spaced;
  // `West Mercia police` → `West Mercia Police`.
  if (LOWER_ORG_HEADS.has(spaced.slice(spaced.lastIndexOf(' ') + 1))) return titleCase(spaced);
  // `Consumer Electronics Assn.` → `… Association`: a newspaper's abbreviation of the head, written out.
  if (/ Ass(?:n|oc)\.?$/.test(spaced)) return spaced.replace(/Ass(?:n|oc)\.?$/, 'Association');
  // `Refugees working group` → `Refugees Working Group`.
  if (/ working groups?$/.test(spaced)) return spaced.replace(/working (groups?)$/, (_, g: string) => `Working ${g[0].toUpperCase()}${g.slice(1)}`);
  // `Baldwin County Sheriff's office` → `… Sheriff's Office`, `Morton County sheriff’s department` → `… Sheriff’s Department`.
  if (/['’]s (?:office|department)$/.test(spaced)) return spaced.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
  return spaced;
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
    // `Carlos Dobkin`, not the initials a paper's byline repeats more often (`C. Dobkin`).
    if ([...pool.keys()].some((n) => !initialledName(n))) for (const n of [...pool.keys()]) if (initialledName(n)) pool.delete(n);
    out.set(full, best(pool) ?? full);
  }
  return out;
}

/** A lone name part known in other documents as part of one full name. */
function personFromWorkspace(text: string, names: WorkspaceNames): string | undefined {
  if (nameParts(text).length !== 1) return undefined;
  const found = names.personsByPart(text);
  if (!found) return otherDocs(text, names);
  // A given name alone (`Frederick and David`) is no other document's `David Bruck`: only a surname names one person across documents.
  const counts = isGivenName(text) ? [...found].filter(([full]) => foldName(nameParts(full)[0]) !== foldName(text)) : [...found];
  if (!counts.length) return undefined;
  const sorted = counts.sort((a, b) => b[1] - a[1]);
  return sorted.length === 1 || sorted[0][1] >= 2 * sorted[1][1] ? sorted[0][0] : undefined;
}
