/**
 * Canonical names of organisations: an acronym's expansion (`Full Name (ACR)` in the
 * document, then the common table, then other documents), one spelling for the
 * variants of a name (`Organisation of the Turkic States`), a short expansion in
 * front (`UN General Assembly` → `United Nations General Assembly`), and the longer
 * organisation a short name ends or abbreviates (`General Assembly`, `CSTO Council`).
 * Work is per distinct name, so the pass stays linear in the document.
 */
import { ACRONYMS, KNOWN_ORG_NAMES } from './acronyms';
import { headWord, initials, isAllCaps, nameKey, variantKey } from './keys';
import { gazetteer } from './gazetteer';
import { CONNECTORS } from './vocabulary';
import { INSTITUTION_HEADS, SINGLE_INSTITUTIONS, WIRE_AGENCIES, withoutLegalForm } from './org-words';
import type { DocMention } from './resolve';
import { best, otherDocs, type WorkspaceNames } from './workspace-names';
import { ANY_SITE_NAME } from './tokenize';
import { isCommonWord } from './lexicon';

/** A name then a partnership's form (`Bloomberg L.P.`, `Carlyle Group LP`). */
const PARTNERSHIP_END = /^(.+?),? (?:L\.P\.|LP|LLP|L\.L\.P\.)$/;

const TABLE_NAMES = new Map(KNOWN_ORG_NAMES.map((n) => [variantKey(n), n]));

export function assignOrgCanonicals(orgs: readonly DocMention[], aliases: readonly [DocMention, DocMention][], names: WorkspaceNames, text: string): void {
  const aliasFull = new Map<string, DocMention>();
  for (const [full, short] of aliases) if (!aliasFull.has(short.text)) aliasFull.set(short.text, full);
  // Distinct long names (several words, not an acronym) and where they occur.
  const positions = new Map<string, number[]>();
  for (const m of orgs) {
    if (m.acronym || !m.text.includes(' ')) continue;
    const list = positions.get(m.text);
    if (list) list.push(m.start);
    else positions.set(m.text, [m.start]);
  }
  const expanded = new Map<string, string | undefined>();
  const docCounts = new Map<string, Map<string, number>>();
  for (const [text, starts] of positions) {
    const exp = expandLeadingAcronym(text, aliasFull, positions.keys());
    expanded.set(text, exp);
    const key = variantKey(exp ?? text);
    const counts = docCounts.get(key) ?? new Map<string, number>();
    counts.set(text, starts.length);
    docCounts.set(key, counts);
  }
  const longCanon = new Map<string, string>();
  for (const text of positions.keys()) {
    const exp = expanded.get(text);
    const key = variantKey(exp ?? text);
    const counts = new Map(docCounts.get(key));
    for (const [name, n] of names.orgVariants(exp ?? text) ?? []) counts.set(name, (counts.get(name) ?? 0) + n);
    let canonical = TABLE_NAMES.get(key) ?? best(counts) ?? text;
    if (exp && canonical === text) canonical = exp;
    // `Marks and Spencer` beside `Marks & Spencer`: the body's own ampersand, however often the text writes `and`.
    const amp = canonical.replace(/ and /g, ' & ');
    if (amp !== canonical && counts.has(amp)) canonical = amp;
    longCanon.set(text, canonical);
  }
  const canonOf = (m: DocMention) => longCanon.get(m.text) ?? m.canonical ?? m.text;
  // Common words confirmed as a name and linked to their full form (`Whole Foods`) are that full form wherever written so.
  const linkedByText = new Map<string, DocMention>();
  for (const m of orgs) if (m.linked && m.phrase && !linkedByText.has(m.text)) linkedByText.set(m.text, m.linked);
  for (const [full, short] of aliases) short.canonical = canonOf(full);
  const index = indexLongNames([...positions.keys()]);
  let initialsIndex: Map<string, string[]> | undefined;
  /** The document's one long name whose initials spell `acronym`, if any. */
  const spelt = (acronym: string) => byInitials(acronym, (initialsIndex ??= indexByInitials(positions.keys())), longCanon);
  // `TimeWarner` is `Time Warner` written as one word (`CBCNews.ca` too, its domain aside).
  const joined = new Map([...positions.keys()].map((t) => [t.replace(/\s+/g, '').toLowerCase(), longCanon.get(t) ?? t]));
  // `the Forward’s editor`: a publication the document names by one word after `the` is `The …` wherever it names it.
  const publications = new Set(orgs.filter((m) => m.canonical === `The ${m.text}` && !m.text.includes(' ')).map((m) => m.text));
  // `©2016 Bloomberg L.P.`: a partnership's name with its form is what its name alone stands for in the document.
  const partnerships = new Map<string, string>();
  for (const t of positions.keys()) {
    const x = PARTNERSHIP_END.exec(t);
    if (x && /\p{L}/u.test(x[1])) partnerships.set(x[1], longCanon.get(t) ?? t);
  }
  // Bodies named in one word, by their small letters: what a site's name without its domain may be; built only on a page
  // naming a site.
  let singles: Map<string, string> | undefined;
  const singlesOf = (): Map<string, string> => {
    if (singles) return singles;
    singles = new Map(orgs.filter((m) => !m.text.includes(' ') && !ANY_SITE_NAME.test(m.text)).map((m) => [m.text.toLowerCase(), m.text]));
    // … or the first word of a longer name the page gives (`BuzzFeed.com` beside `BuzzFeed News`: the brand).
    for (const t of positions.keys()) {
      const first = t.slice(0, t.indexOf(' '));
      // Not a town's or a word's (`Syracuse University`, `Cricket Australia`).
      if (!singles.has(first.toLowerCase()) && !isCommonWord(first.toLowerCase()) && gazetteer().get(nameKey(first))?.label !== 'PLACE') singles.set(first.toLowerCase(), first);
    }
    return singles;
  };
  const siteNamed = (t: string) => (ANY_SITE_NAME.test(t) ? (joined.get(t.replace(ANY_SITE_NAME, '$1').toLowerCase()) ?? singlesOf().get(t.replace(ANY_SITE_NAME, '$1').toLowerCase())) : undefined);
  for (const m of orgs) {
    if (m.ownName) continue;
    if (publications.has(m.text)) {
      m.canonical = `The ${m.text}`;
      continue;
    }
    const partnership = partnerships.get(m.text);
    if (partnership) {
      m.canonical = partnership;
      continue;
    }
    const long = longCanon.get(m.text);
    const full = aliasFull.get(m.text);
    const linked = m.linked ?? linkedByText.get(m.text);
    if (long && long !== m.text) m.canonical = long;
    else if (linked) m.canonical = canonOf(linked);
    else if (full) m.canonical = canonOf(full);
    else if (m.acronym) m.canonical = spelt(m.text) ?? ACRONYMS.get(m.text.replace(/\./g, '')) ?? otherDocs(m.text, names) ?? m.text;
    // (`HNN Staff`, `By HNN`: initials read by another rule than an acronym's spell the document's long name too.)
    else if (/^\p{Lu}{2,6}$/u.test(m.text) && spelt(m.text)) m.canonical = spelt(m.text);
    // `Snopes.com` in a page that names `Snopes`: the site is the name the page gives it without its domain.
    else if (siteNamed(m.text)) m.canonical = siteNamed(m.text);
    else if (long) m.canonical = longerOrg(m, index, positions, longCanon, names) ?? long;
    // `Navy`, `Senate`: a body named by its kind is another document's only if this one says so.
    else if (SINGLE_INSTITUTIONS.has(m.text.toLowerCase())) m.canonical = sameBody(m.text, longerOrg(m, index, positions, longCanon) ?? containing(m.text, positions, longCanon)) ?? m.text;
    // A known organisation is itself, not a longer name around it (`Reuters` in a page of `Thomson Reuters`).
    else if (m.gazKind === 'org' && m.canonical) continue;
    else m.canonical = longerOrg(m, index, positions, longCanon, names) ?? joined.get(m.text.replace(ANY_SITE_NAME, '$1').toLowerCase()) ?? otherDocs(m.text, names) ?? m.text;
  }
  withMastheadThe(orgs, names, text);
  theOfTheName(orgs, text);
  withoutLegalForms(orgs);
  australianLabor(orgs, text);
  labourParty(orgs);
}

/** A party's names spelt as Britain, Ireland and New Zealand spell it. */
const LABOUR_NAMES = /^(?:Labour|LABOUR|Labour Party)$/;

/**
 * `Labour`, `the Labour Party`: a party of that name (Britain's, Ireland's, New Zealand's …), named so whatever longer
 * name of a branch the document also writes (`Scottish Labour`, `New Labour`, its own names).
 */
function labourParty(orgs: readonly DocMention[]): void {
  for (const m of orgs) if (LABOUR_NAMES.test(m.text)) m.canonical = 'Labour Party';
}

/** The party's names and initials, spelt as Australia spells it (`Labor`, not Britain's `Labour`). */
const LABOR_NAMES = /^(?:Labor|LABOR|Labor Party|ALP|Australian Labor)$/;
/** The other countries whose labour parties American English writes `Labor`. */
const OTHER_LABOR = /\b(?:Israeli?|Norway|Norwegian)\b/;

/**
 * `Labor`, `the ALP`: the Australian Labor Party, the one party whose own name is spelt so (general knowledge), but in
 * a document naming Israel or Norway, whose labour parties American English writes so too.
 */
function australianLabor(orgs: readonly DocMention[], text: string): void {
  if (!orgs.some((m) => LABOR_NAMES.test(m.text)) || OTHER_LABOR.test(text)) return;
  for (const m of orgs) if (LABOR_NAMES.test(m.text)) m.canonical = 'Australian Labor Party';
}

/**
 * `Pfizer Inc.` → `Pfizer`: a company's canonical name drops its legal form, unless the document names one name with two
 * legal forms (`Arduino LLC` and `Arduino SRL`, two companies that the form alone tells apart).
 */
function withoutLegalForms(orgs: readonly DocMention[]): void {
  const bases = new Map<DocMention, string>();
  const forms = new Map<string, Set<string>>();
  for (const m of orgs) {
    if (!m.canonical) continue;
    const base = withoutLegalForm(m.canonical);
    if (base === m.canonical) continue;
    bases.set(m, base);
    const set = forms.get(base) ?? new Set<string>();
    forms.set(base, set.add(m.canonical.slice(base.length).replace(/^,?\s+/, '').replace(/\.$/, '').toLowerCase()));
  }
  for (const [m, base] of bases) if (forms.get(base)!.size < 2) m.canonical = base;
}

/** A capital `The` right before a name, after a lowercase word or none, not after a capitalised word (`Get The Astana Times`, a title's). */
const THE_BEFORE = /(?:^|[\n/:;|©\d\p{P}][ \u00a0]?|(?<!\p{L})\p{Ll}+[ \u00a0])The[ \u00a0]$/u;

/**
 * A name the workspace writes with its `The` (`obtained by The New York Times`) takes a
 * capital `The` right before it wherever the sentence gives no other reason for one: at
 * a line's start, after a colon, a year or a credit's slash (`Chang W. Lee/The New York
 * Times`, `Mr. Wizard: The New York Times reported`).
 */
function theOfTheName(orgs: readonly DocMention[], text: string): void {
  for (const m of orgs) {
    if (m.canonical !== `The ${m.text}` || !THE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    m.start -= 4;
    m.text = text.slice(m.start, m.end);
  }
}

/** A capitalised `The` after a lowercase word or a comma on the same line: part of the name (`Get The Astana Times stories`). */
const THE_MIDSENTENCE = /[\p{Ll},;][ \u00a0]+The[ \u00a0]+$/u;

/**
 * A name that the workspace writes with a capitalised `The` in mid-sentence carries it
 * in its canonical name (`Astana Times` → `The Astana Times`), as mastheads and bands
 * do; the span stays the name's own words.
 */
function withMastheadThe(orgs: readonly DocMention[], names: WorkspaceNames, text: string): void {
  const here = new Set<string>();
  for (const m of orgs) {
    if (!m.canonical) continue;
    // A mention read with its `The` (`The Scottish Sun` on a line of its own) tells the bare name's too (`Scottish Sun`).
    if (m.canonical.startsWith('The ')) {
      if (m.text === m.canonical && m.text.length > 4) here.add(m.text.slice(4));
      continue;
    }
    // Before the name, or in its span (`for The New York Times`, read with its `The`).
    // Or alone on its line after its `The` (a publisher's list of its titles: `The Scottish Sun`).
    const lineThe = /(?:^|\n)[ \t]*The[ \t]+$/.test(text.slice(Math.max(0, m.start - 8), m.start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.end, m.end + 3));
    if (THE_MIDSENTENCE.test(text.slice(Math.max(0, m.start - 20), m.start)) || lineThe || m.text === `The ${m.canonical}`) here.add(m.canonical);
  }
  for (const m of orgs) {
    const c = m.canonical;
    // `The Spanish Football Federation`: an institution's name keeps no `The`, however the text writes it.
    // Nor a wire agency (`the Associated Press`, written with its `The` under a photo).
    if (!c || c.startsWith('The ') || m.acronym || INSTITUTION_HEADS.has(headWord(c)) || WIRE_AGENCIES.test(c)) continue;
    if (here.has(c) || names.orgVariants(c)?.has(`The ${c}`)) m.canonical = `The ${c}`;
  }
}

/**
 * `Customs` → `Australian Customs Service`: the one long name of the document with that
 * word after its first (`Customs Coastwatch` is a part named after the body).
 */
/**
 * A longer name ending in a body's kind is that body only when the kind is what it is
 * `of` (`House of Commons`) or its other words name a country or a people (`US Senate`,
 * `Russian Army`): `White House` is no `House`.
 */
function sameBody(kind: string, longer: string | undefined): string | undefined {
  if (!longer || !longer.endsWith(' ' + kind)) return longer;
  const before = longer.slice(0, -kind.length - 1);
  if (/ (?:of|of the)$/.test(before)) return longer;
  // `Royal Australian Navy`, `US Senate`: the words right before the kind name a country or a people.
  const words = before.split(' ');
  const known = [words.slice(-2).join(' '), words[words.length - 1]].map((w) => gazetteer().get(nameKey(w))).find(Boolean);
  return known && (known.kind === 'country' || known.kind === 'norp') ? longer : undefined;
}

function containing(word: string, positions: ReadonlyMap<string, number[]>, longCanon: ReadonlyMap<string, string>): string | undefined {
  let found: string | undefined;
  for (const name of positions.keys()) {
    if (!name.split(/\s+/).slice(1).includes(word)) continue;
    if (found !== undefined) return undefined;
    found = name;
  }
  return found && (longCanon.get(found) ?? found);
}

/** `AFMA` → `Australian Fisheries Management Authority`: the one long name of the document whose initials spell the acronym. */
function byInitials(acronym: string, index: ReadonlyMap<string, string[]>, longCanon: ReadonlyMap<string, string>): string | undefined {
  // `PG&E`: an ampersand between the initials stands for the one between the words.
  const letters = acronym.replace(/[.&]/g, '');
  let found = letters.length >= 2 ? index.get(letters) ?? index.get(`~${letters}`) : undefined;
  // `PCSU` with `Public and Commercial Services Union` and `PCS Union`: the name written out, not one opening with an acronym.
  if (found && found.length > 1) {
    const written = found.filter((n) => !isAllCaps(n.split(' ')[0]));
    if (written.length === 1) found = written;
  }
  // `Houston Chronicle` and `The Houston Chronicle`: one name with and without its article.
  if (found && found.length > 1 && new Set(found.map((n) => (longCanon.get(n) ?? n).replace(/^The /, ''))).size === 1) found = [found[0]];
  // Two letters are too few to tell a name of three words or more (`BA` is `British Airways`).
  // (`M&S` is `Marks & Spencer`: the ampersand, or `and`, is no word.)
  if (found?.length !== 1 || (letters.length === 2 && found[0].replace(/^The /, '').split(/[\s-]+/).filter((w) => w !== '&' && w !== 'and').length !== 2)) return undefined;
  return longCanon.get(found[0]) ?? found[0];
}

function indexByInitials(names: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, name: string) => {
    const list = out.get(key);
    if (!list) out.set(key, [name]);
    else if (!list.includes(name)) list.push(name);
  };
  for (const name of names) {
    const plain = initials(name);
    add(plain, name);
    // `NYT` is `The New York Times`, `PG&E` is `Pacific Gas & Electric Co.`: an article opening the name and a company's
    // form ending it give no letter; `FCC` is the `U.S. Federal Communications Commission`: nor does its country's initials.
    const bare = name.replace(/^(?:The|U\.S\.|US|U\.K\.|UK) /, '').replace(/,? (?:Co|Corp|Inc|Ltd|LLC|plc)\.?$/, '');
    // (Read only when no name spells the acronym with all its words.)
    if (bare !== name && bare.includes(' ')) add(`~${initials(bare)}`, name);
    // `TOI` is `The Times of Israel`, `CFR` the `Council for Relationships`: some initials keep the `of` or the `for`
    // between the words.
    const withJoin = / (?:of|for) /.test(bare) ? initials(bare.replace(/ (of|for) /g, (_, w: string) => ` ${w[0].toUpperCase()}${w.slice(1)} `)) : '';
    if (withJoin && withJoin !== plain) add(`~${withJoin}`, name);
    // `UKIP` is `UK Independence Party`: a word in capitals gives all its letters.
    const spelt = initials(name, true);
    if (spelt !== plain) add(spelt, name);
  }
  return out;
}

/**
 * `UN General Assembly` → `United Nations General Assembly` when the expansion is short; `PCS Union` → `Public and
 * Commercial Services Union`, a long name of the document whose first words' initials spell the acronym before the same words.
 */
function expandLeadingAcronym(text: string, aliasFull: ReadonlyMap<string, DocMention>, longNames: Iterable<string>): string | undefined {
  const [first, ...rest] = text.split(' ');
  if (!rest.length || !isAllCaps(first)) return undefined;
  const alias = aliasFull.get(first);
  const full = alias ? alias.canonical ?? alias.text : ACRONYMS.get(first.replace(/\./g, ''));
  if (full) return full.split(' ').length <= 2 ? `${full} ${rest.join(' ')}` : undefined;
  const letters = first.replace(/\./g, '');
  for (const name of longNames) {
    const words = name.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w));
    if (words.length !== letters.length + rest.length || words.slice(letters.length).join(' ') !== rest.join(' ')) continue;
    if (initials(words.slice(0, letters.length).join(' ')) === letters) return name;
  }
  return undefined;
}

/** Distinct long names indexed by their last words and by their first word. */
interface LongIndex {
  bySuffix: Map<string, string[]>;
  byFirst: Map<string, string[]>;
}

function indexLongNames(texts: readonly string[]): LongIndex {
  const bySuffix = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, text: string) => {
    const list = map.get(key);
    if (list) list.push(text);
    else map.set(key, [text]);
  };
  for (const text of texts) {
    const words = text.split(' ');
    // Not the part after a connector: `European Union` is what `Council of the European Union` is of, not its short form.
    for (let k = 1; k < words.length; k++) if (!CONNECTORS.has(words[k - 1]) && !CONNECTORS.has(words[k])) push(bySuffix, variantKey(words.slice(k).join(' ')), text);
    push(byFirst, words[0], text);
  }
  return { bySuffix, byFirst };
}

/** The organisation of the document (or workspace) this shorter name ends or abbreviates. */
function longerOrg(
  m: DocMention,
  index: LongIndex,
  positions: ReadonlyMap<string, number[]>,
  longCanon: ReadonlyMap<string, string>,
  names?: WorkspaceNames,
): string | undefined {
  const words = m.text.split(' ');
  const last = words[words.length - 1];
  const candidates = new Set(index.bySuffix.get(variantKey(m.text)));
  for (const o of index.byFirst.get(words[0]) ?? []) {
    // `CSTO Council` abbreviates `CSTO Collective Security Council`; `National Bank` opens `National Bank of Kazakhstan`.
    // (Not by dropping words of what follows `of`: `School of Management` is another school than `School of Hospitality &
    // Tourism Management`, `University of California` than `University of Southern California`.)
    const abbreviates = o.toLowerCase().endsWith(' ' + last.toLowerCase()) && subsequence(words.map(lower), o.split(' ').map(lower)) && sameComplement(m.text, o);
    // A name of three words or more before `for` (`Pew Research Center` in a page of `Pew Research Center for the People &
    // the Press`) is its own body; two common words (`National Bank`) are the longer name's short form.
    const opens = o.startsWith(m.text + ' of ') || (o.startsWith(m.text + ' for ') && words.length <= 2 && words.every((w) => isCommonWord(w.toLowerCase())));
    if (abbreviates || opens) candidates.add(o);
  }
  let found: string | undefined;
  let rank = Infinity;
  for (const o of candidates) {
    const extra = o.split(' ').length - words.length;
    if (extra <= 0) continue;
    // Fewest extra words first, then the nearest occurrence (one before counts as nearer).
    const r = extra * 1e9 + nearest(positions.get(o) ?? [], m.start);
    if (r < rank) [found, rank] = [o, r];
  }
  if (found) return longCanon.get(found) ?? found;
  return names && best(names.orgsEndingWith(m.text));
}

/** What follows the first `of` in each name is the same (or neither has one). */
function sameComplement(short: string, long: string): boolean {
  const a = short.indexOf(' of ');
  if (a < 0) return true;
  const b = long.indexOf(' of ');
  return b >= 0 && short.slice(a).toLowerCase() === long.slice(b).toLowerCase();
}

/** Distance from `at` to the nearest of the sorted `starts`; occurrences after it count double. */
function nearest(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? at - starts[lo - 1] : Infinity;
  const after = lo < starts.length ? 2 * (starts[lo] - at) : Infinity;
  return Math.min(before, after);
}

const lower = (w: string) => w.toLowerCase();

function subsequence(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}
