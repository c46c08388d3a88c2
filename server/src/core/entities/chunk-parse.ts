/** Titles of people elected for a seat (`Member for Griffith`). */
const ELECTED_FOR = new Set(['member', 'mp', 'senator', 'representative', 'congressman', 'congresswoman', 'mla', 'mhr']);

/**
 * Reads one chunk left to right: titles (outside the span, except fixed ones like
 * `Pope`), what a title is `of`, organisation names continued over connectors
 * (`Organization of Turkic States`, `United Nations Relief and Works Agency for …`),
 * and the pieces in between, each classified by piece.ts.
 */
import type { Token } from './tokenize';
import { SURNAME_AFTER_OFFICE, type Unit } from './chunks';
import { mention, type Mention } from './mention';
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';
import { CAR_MAKERS } from './known-orgs';
import { ABBREVIATED_HEADS, CORPORATE_PREFIXES, isLegalForm, NON_ENTITY_ACRONYMS, ORG_LEAD_HEADS, ORG_TAIL_HEADS, GEO_SUFFIXES, DROP_HEADS, isPluralHead } from './org-words';
import { FIXED_TITLES, HEADLINE_VERBS, NAME_PARTICLES, SURNAME_PARTICLES, SPEECH_VERBS, isRoman } from './vocabulary';
import { classifyPiece, type PieceContext } from './piece';

export interface ChunkContext {
  text: string;
  tokens: readonly Token[];
  titleCase: boolean;
  afterTitleComma: boolean;
}

const lower = (u: Unit) => u.text.toLowerCase();
const isWordIn = (u: Unit | undefined, s: Set<string>) => !!u && u.kind === 'word' && s.has(lower(u));
const isConn = (u: Unit | undefined, ...words: string[]) => !!u && u.kind === 'conn' && (!words.length || words.includes(u.text));

/** A legal form after a company's `Co.` (`Nation Publishing Co. Limited`). */
const SECOND_LEGAL_FORM = /^ (?:Limited|Ltd\.?|Inc\.?|LLC|Incorporated)(?![\p{L}\p{N}])/u;

/** Public broadcasters whose services are named for the places they serve. */
const BROADCASTERS = /^(?:BBC|ABC|CBC|RTÉ|RTE|ITV|STV|SBS)$/;

/** A modal or a subject's pronoun, written with its capital in a headline. */
const SUBJECT_OR_MODAL = /^(?:Should|Can|Could|Will|Would|Must|May|Might|Shall|We|You|They|I|Do|Does|Did)$/;

/** Words that qualify the title after them (`Parliamentary Secretary`, `Assistant Minister`). */
const TITLE_QUALIFIERS = new Set(['parliamentary', 'assistant', 'deputy', 'shadow', 'acting', 'associate', 'junior']);

/**
 * `Peter Garrett  Parliamentary Secretary for …` (a release's lines run together): the end of a name of two words or more
 * from `from`, short of a title's qualifier right before the title, which is no part of the name.
 */
function withoutTitleQualifier(units: readonly Unit[], from: number, end: number): number {
  return end - from >= 3 && units[end]?.kind === 'title' && isWordIn(units[end - 1], TITLE_QUALIFIERS) ? end - 1 : end;
}

/** Titles whose `for`/`of` names a portfolio (`Minister for Fisheries`), not an organisation. */
const PORTFOLIO_TITLES = new Set(['minister', 'ministers', 'secretary', 'secretaries', 'undersecretary', 'under-secretary', 'shadow', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Index past the run of units starting at `i` that contains no connector (and no title unless allowed). */
function pieceEnd(units: readonly Unit[], i: number, titles = false): number {
  let e = i;
  while (e < units.length && units[e].kind !== 'conn' && (titles || units[e].kind !== 'title')) e++;
  return e;
}

/** Like pieceEnd, but a personal name goes on over particles (`Ursula von der Leyen`, `Charles de Gaulle`). */
function nameEnd(units: readonly Unit[], i: number): number {
  let e = pieceEnd(units, i);
  for (;;) {
    let k = e;
    while (k < units.length && k < e + 2 && units[k].kind === 'conn' && NAME_PARTICLES.has(units[k].text)) k++;
    const next = units[k];
    const before = units[e - 1];
    // `Joost van Hoof`: after a name word and a surname's particle, a common word is the surname.
    const surname = k === e + 1 && SURNAME_PARTICLES.has(units[e].text) && before.kind === 'word' && !isCommonWord(before.text) && !ORG_TAIL_HEADS.has(lower(next));
    if (k === e || !next || next.kind !== 'word' || next.caps || (isCommonWord(next.text) && !surname) || (isCommonWord(before.text) && !NAME_PARTICLES.has(lower(before)))) return e;
    e = pieceEnd(units, k);
  }
}

/** A title word that opens an organisation's name instead (`Justice Department`). */
function titleOfOrg(units: readonly Unit[], i: number): boolean {
  const e = pieceEnd(units, i, true);
  return e > i + 1 && isWordIn(units[e - 1], ORG_TAIL_HEADS);
}

/** A unit that is a name on its own: a country or city, or a real acronym. */
function standalone(u: Unit | undefined): boolean {
  if (!u) return false;
  if (u.kind === 'gaz') return u.gaz?.kind !== 'norp';
  return u.kind === 'word' && u.caps && !NON_ENTITY_ACRONYMS.has(lower(u));
}

/**
 * A run of name words closed by a legal form is one company, whatever its words
 * are on their own (`Suisse` is no country there). Returns where the run starts,
 * or -1: it goes back over name words, places and particles, never over a title.
 */
function companyStart(units: readonly Unit[], j: number): number {
  let k = j;
  while (k > 0) {
    const p = units[k - 1];
    // `Commonwealth Accommodation and Catering Services Limited`: `and` between two words of the language, too (not between
    // two names: `the Nature and Springer Nature Limited Privacy Policy`).
    const andBetweenWords = p.kind === 'conn' && p.text === 'and' && units[k - 2]?.kind === 'word' && isCommonWord(units[k - 2].text) && units[k]?.kind === 'word' && isCommonWord(units[k].text);
    if (p.kind === 'word' || p.kind === 'gaz' || andBetweenWords || (p.kind === 'conn' && (NAME_PARTICLES.has(p.text) || p.text === '&') && k - 1 > 0 && units[k - 2].kind !== 'conn')) k--;
    else break;
  }
  // (`© Copyright Cayman Compass Ltd.`: the notice's word is no part of the name.)
  while (k < j && (units[k].kind === 'conn' || (units[k].kind === 'word' && /^Copyright$/i.test(units[k].text)))) k++;
  return k < j ? k : -1;
}

/** Three small letters then a capital inside a word: two words whose space was lost (not `McKinsey`, `MacArthur`). */
const RUN_INTO_NEXT = /\p{Ll}{3}\p{Lu}/u;

/**
 * `Procter & Gamble`, `Marks & Spencer`, `Standard & Poor's Financial Services`: names joined by an ampersand (and the
 * words after them) are a firm's one name. Not common words only (`Food & Drink`, a section) nor given names only.
 * When all are common words, a possessive after them is the name's own (`Standard & Poor's`).
 */
function ampersandFirm(units: readonly Unit[], i: number, text: string): { mention: Mention; next: number } | undefined {
  // Not places (`US & Canada`) nor acronyms (`TV & Film`, `Funds & ETFs`).
  // `Pacific Gas & Electric Co.`: a place's or a people's name may open a firm's name that a company's form ends.
  const opensFirm = (u: Unit | undefined) => !!u && u.kind === 'gaz' && (u.gaz?.label === 'PLACE' || u.gaz?.label === 'NORP');
  const named = (u: Unit | undefined) => !!u && u.kind === 'word' && !u.caps;
  if (!(named(units[i]) || opensFirm(units[i]))) return undefined;
  // `Pacific Gas & Electric Co.`: two words before the ampersand when a company's form ends the name.
  const two = !isConn(units[i + 1], '&') && named(units[i + 1]) && isConn(units[i + 2], '&') && named(units[i + 3]);
  if (!two && (!isConn(units[i + 1], '&') || !named(units[i + 2]))) return undefined;
  let e = two ? i + 2 : i + 1;
  while (isConn(units[e], '&') && named(units[e + 1])) e += 2;
  while (e < units.length && units[e].kind === 'word' && !units[e].caps) e++;
  const words = units.slice(i, e).filter((u) => u.kind !== 'conn');
  // (`MusicTV & Movies`, `BusinessUS & WorldHealth`: a word run into the next after three small letters or more is a
  // menu's items whose spaces were lost, no firm; `McKinsey`, `MacArthur` are names of their own.)
  if (words.some((u) => RUN_INTO_NEXT.test(u.text))) return undefined;
  const last = units[e - 1];
  const formEnds = /^(?:Co|Corp|Inc|Ltd|LLC|Company|Corporation)\.?$/.test(last.text) && words.length >= 3;
  if ((opensFirm(units[i]) || two) && !formEnds) return undefined;
  const common = words.every((u) => u.kind === 'gaz' || isCommonWord(u.text));
  const possessive = common && /^['’]s\b/.test(text.slice(last.end, last.end + 3));
  if (common && !possessive && !formEnds) return undefined;
  // (`Scott & Scott`: one name twice is a firm's, a given name too.)
  if (words.every((u) => isGivenName(u.text)) && !(words.length === 2 && words[0].text === words[1].text)) return undefined;
  // A line of its own with a common word is a menu's section (`Telecom & Utilities`), unless its other words are given names
  // (`Marks & Spencer`, a shop in a menu of shops).
  const lineStart = text.lastIndexOf('\n', units[i].start - 1) + 1;
  const lineEnd = text.indexOf('\n', last.end);
  const personal = words.filter((u) => !isCommonWord(u.text)).every((u) => isGivenName(u.text));
  if (words.some((u) => isCommonWord(u.text)) && !personal && text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() === text.slice(units[i].start, last.end)) return undefined;
  const end = last.end + (possessive ? 2 : formEnds && /\p{Lu}\p{Ll}+$/u.test(last.text) && text[last.end] === '.' && !/^Company|^Corporation/.test(last.text) ? 1 : 0);
  return { mention: mention(units[i].start, end, text.slice(units[i].start, end), 'ORG', 2, 'names joined by an ampersand: a firm', { initial: units[i].initial }), next: e };
}

/**
 * `Johnson & Wales University`, `International Gay & Lesbian Travel Association`, `Boys & Girls Clubs of Miami-Dade`:
 * in a sentence, words joined by an ampersand and closed by a body's head word are one body, whatever the words are
 * alone (places, words of the language), with the place or name its `of` brings.
 */
function ampersandBody(units: readonly Unit[], i: number, text: string): { mention: Mention; next: number } | undefined {
  // A word or a known name, not a people's name in capitals.
  const part = (u: Unit | undefined) => !!u && (u.kind === 'word' || u.kind === 'gaz') && (!u.caps || (u.kind === 'gaz' && u.gaz?.label !== 'NORP'));
  let e = i;
  while (e < i + 3 && part(units[e])) e++;
  if (e === i || !isConn(units[e], '&') || !part(units[e + 1])) return undefined;
  while (isConn(units[e], '&') && part(units[e + 1])) e += 2;
  while (e < units.length && part(units[e])) e++;
  const last = units[e - 1];
  if (last.kind !== 'word' || !(ORG_TAIL_HEADS.has(last.text.toLowerCase()) || isPluralHead(last.text))) return undefined;
  // `… Clubs of Miami-Dade`: the place or the name after `of`.
  if (isConn(units[e], 'of') && part(units[e + 1])) {
    e += 2;
    while (e < units.length && part(units[e])) e++;
  }
  const end = units[e - 1].end;
  // Only in a sentence: a menu's line or a heading in title case joins its sections so (`Politics & Government`).
  const lineStart = text.lastIndexOf('\n', units[i].start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const around = text.slice(lineStart, units[i].start) + ' ' + text.slice(end, lineEnd < 0 ? undefined : lineEnd);
  if (!/(?:^|\s)\p{Ll}{3,}\b/u.test(around)) return undefined;
  return { mention: mention(units[i].start, end, text.slice(units[i].start, end), 'ORG', 2, 'words joined by an ampersand before a body’s head word', { initial: units[i].initial }), next: e };
}

/** `according to` right before a name. */
const ACCORDING_TO = /\baccording to $/;

function trimConnectors(units: readonly Unit[]): readonly Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && units[a].kind === 'conn') a++;
  while (b > a && units[b - 1].kind === 'conn') b--;
  return units.slice(a, b);
}

/** Last words that make a capitalised run a disease's name (`Eastern Equine Encephalitis`, `West Nile Virus`): no entity. */
const DISEASE_HEADS = new Set(['Encephalitis', 'Syndrome', 'Disease', 'Virus', 'Flu', 'Influenza', 'Sclerosis', 'Palsy', 'Dystrophy', 'Hepatitis', 'Pneumonia']);

/** Verbs a page's buttons and links open with, before what they act on. */
const UI_VERBS: ReadonlySet<string> = new Set(['Search', 'Visit', 'Subscribe', 'Follow', 'Download', 'Contact']);
/** Imperatives a headline opens with (`Use IK Multimedia's rings to make music`). */
const HEADLINE_IMPERATIVES: ReadonlySet<string> = new Set(['Use', 'Meet', 'Try', 'Watch', 'Read', 'See', 'Get', 'Join', 'Ask', 'Buy']);
const lineStartAt = (text: string, at: number) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 8), at));

export function classifyChunk(units: readonly Unit[], cx: ChunkContext): Mention[] {
  if (!units.length) return [];
  // `Search Luxurious Magazine`, `Visit Deutsche Welle`: a page's button or link opening the line with a verb is no part of the name after it.
  if (units.length >= 2 && units[0].initial && units[0].kind === 'word' && !units[0].caps && UI_VERBS.has(units[0].text) && lineStartAt(cx.text, units[0].start)) {
    return classifyChunk(trimConnectors(units.slice(1)), cx);
  }
  // `NAMM 2014: Use IK Multimedia's rings`, `Meet IBM Watson`: a headline's imperative opening it, before initials, is no part of the name.
  if (units.length >= 2 && units[0].initial && units[0].kind === 'word' && !units[0].caps && HEADLINE_IMPERATIVES.has(units[0].text) && units[1].caps) {
    return classifyChunk(trimConnectors(units.slice(1)), cx);
  }
  // `Who Should Use Coinbase`, `How We Evaluated Coinbase`: in a headline's capitals, a word of the language after a modal or a
  // subject's pronoun is the verb, no part of the name after it.
  if (units.length >= 2 && units[0].kind === 'word' && !units[0].caps && isCommonWord(units[0].text) && SUBJECT_OR_MODAL.test(cx.tokens[units[0].tok - 1]?.text ?? '') && cx.tokens[units[0].tok - 1].end + 1 === units[0].start) {
    return classifyChunk(trimConnectors(units.slice(1)), cx);
  }
  // `BBC Radio Scotland`, `ABC Radio Melbourne`, `BBC Northern Ireland`: a broadcaster's initials, its medium, and the place its service is for, are one body.
  if (units.length >= 2 && units.length <= 3 && units[0].kind === 'word' && BROADCASTERS.test(units[0].text) && (units.length === 2 || (units[1].kind === 'word' && /^(?:Radio|Television|TV)$/.test(units[1].text))) && units[units.length - 1].kind === 'gaz' && units[units.length - 1].gaz?.label === 'PLACE') {
    const end = units[units.length - 1].end;
    return [mention(units[0].start, end, cx.text.slice(units[0].start, end), 'ORG', 2, 'a broadcaster’s service for a place', { initial: units[0].initial })];
  }
  // `Pro-Trump Network`, `Anti-Putin Rally`: a name after a prefix it was cut from says what the words after it are for;
  // it stands alone.
  if (units.length >= 2 && units[0].kind === 'word' && /(?:^|[^\p{L}])(?:Anti|Pro)-$/u.test(cx.text.slice(Math.max(0, units[0].start - 5), units[0].start))) {
    return [...classifyChunk(units.slice(0, 1), cx), ...classifyChunk(trimConnectors(units.slice(1)), cx)];
  }
  const last = units[units.length - 1];
  // `the Fair Work Ombudsman`, `Private Health Insurance Ombudsman`: an ombudsman named by a field, no one named after, is the office.
  if (units.length >= 2 && last.text === 'Ombudsman' && units.slice(0, -1).every((u) => (u.kind === 'word' && !u.caps) || u.kind === 'gaz')) {
    return [mention(units[0].start, last.end, cx.text.slice(units[0].start, last.end), 'ORG', 2, 'an ombudsman named by a field: the office', { initial: units[0].initial })];
  }
  const disease = units.findIndex((u, n) => n > 0 && DISEASE_HEADS.has(u.text) && (units[n - 1].kind === 'word' || units[n - 1].kind === 'gaz'));
  if (disease > 0) {
    let k = disease;
    while (k > 0 && (units[k - 1].kind === 'word' || units[k - 1].kind === 'gaz')) k--;
    return [...classifyChunk(trimConnectors(units.slice(0, k)), cx), ...classifyChunk(trimConnectors(units.slice(disease + 1)), cx)];
  }
  // `Fiat Chrysler`: two carmakers' names together are the company they made.
  if (units.length === 2 && units.every((u) => CAR_MAKERS.has(u.text)) && units[1].start - units[0].end === 1) {
    return [mention(units[0].start, last.end, cx.text.slice(units[0].start, last.end), 'ORG', 2, 'two carmakers’ names: their company', { initial: units[0].initial })];
  }
  // `the Hammond Distilling Co.`: `Co.` ends a company's name where it ends the chunk (before a name, `Co. Cork`, it is a county's).
  const j = units.findIndex((u, n) => n > 0 && u.kind === 'word' && (isLegalForm(u.text, u.caps) || (u.text === 'Co' && n === units.length - 1 && cx.text[u.end] === '.')));
  const k = j > 0 ? companyStart(units, j) : -1;
  if (k >= 0 && units.slice(k, j).some((u) => u.kind !== 'conn')) {
    let end = units[j].end + (ABBREVIATED_HEADS.has(lower(units[j])) && cx.text[units[j].end] === '.' ? 1 : 0);
    // `Nation Publishing Co. Limited`: a second legal form after the first closes the name.
    if (j === units.length - 1) end += SECOND_LEGAL_FORM.exec(cx.text.slice(end, end + 16))?.[0].length ?? 0;
    return [
      ...(k > 0 ? classifyChunk(units.slice(0, k), cx) : []),
      mention(units[k].start, end, cx.text.slice(units[k].start, end), 'ORG', 2, `company: its legal form “${units[j].text}”`, { initial: units[k].initial }),
      ...(j + 1 < units.length ? classifyChunk(units.slice(j + 1), cx) : []),
    ];
  }
  const out: Mention[] = [];
  let titled = false;
  let lastPerson = false;
  const ctx = (extra: Partial<PieceContext>): PieceContext => ({
    tokens: cx.tokens,
    titled,
    personSlot: false,
    complement: false,
    afterTitleComma: false,
    titleCase: cx.titleCase,
    ...extra,
  });
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    if (u.kind === 'conn') {
      i++;
      continue;
    }
    if (u.kind === 'title' && !titleOfOrg(units, i)) {
      titled = true;
      lastPerson = false;
      if (FIXED_TITLES.has(lower(u))) {
        // `Princess Elizabeth Home for Handicapped Children`: a royal's home named after them is a body, its complement with it.
        if (/^(?:prince|princess)$/.test(lower(u)) && units[i + 1]?.kind === 'word' && isGivenName(units[i + 1].text) && units[i + 2]?.kind === 'word' && units[i + 2].text === 'Home') {
          let k = i + 3;
          if (isConn(units[k], 'for') && units[k + 1]?.kind === 'word') {
            k += 2;
            while (units[k]?.kind === 'word') k++;
          }
          const end = units[k - 1].end;
          out.push(mention(u.start, end, cx.text.slice(u.start, end), 'ORG', 2, 'a royal’s home named after them', { initial: u.initial }));
          lastPerson = false;
          i = k;
          continue;
        }
        let j = i + 1;
        // `Lord Conrad Black`: after the title and a given name, a common word is the surname (not a place's or a body's word).
        const surname = (k: number) => k === i + 2 && isGivenName(units[k - 1].text) && !isWordIn(units[k], ORG_TAIL_HEADS) && !isWordIn(units[k], GEO_SUFFIXES) && !isWordIn(units[k], DROP_HEADS);
        while (j < units.length && units[j].kind === 'word' && (!isCommonWord(units[j].text) || isRoman(units[j].text) || surname(j))) j++;
        // `Lord Falconer told …`, `Lady Hale said`: a peer's title and one word of the language, then a verb of saying, are the peer.
        if (j === i + 1 && /^(?:lord|lady)$/.test(lower(u)) && units[j]?.kind === 'word' && !units[j].caps && !PEERS_NOT_NAMES.has(lower(units[j])) && (j + 1 === units.length || units[j + 1].kind === 'conn') && SPEECH_VERBS.has(cx.tokens[units[j].tokEnd]?.text ?? '')) j++;
        // `Lord Callaghan of Cardiff`: a peer's title names his place.
        if (j > i + 1 && lower(u) !== 'pope' && isConn(units[j], 'of') && (units[j + 1]?.kind === 'gaz' || units[j + 1]?.kind === 'word') && !units[j + 2]) j += 2;
        if (j > i + 1) {
          const end = units[j - 1].end;
          out.push(mention(u.start, end, cx.text.slice(u.start, end), 'PERSON', 2, 'name with its fixed title', { initial: u.initial }));
          lastPerson = true;
        }
        i = j;
        continue;
      }
      if (isConn(units[i + 1], 'of', 'for')) {
        let k = i + 2;
        if (isConn(units[k], 'the')) k++;
        // `Minister for Justice and Customs`: a portfolio, not a body; a place in it still counts.
        // `Deputy Secretary of the Department of …`: a body's name, no portfolio.
        if (PORTFOLIO_TITLES.has(lower(u)) && !(isWordIn(units[k], ORG_LEAD_HEADS) && isConn(units[k + 1], 'of', 'for'))) {
          const from = k;
          while (k < units.length && ((units[k].kind === 'word' || units[k].kind === 'title') && !units[k].caps ? true : isConn(units[k], 'and', 'the'))) k++;
          // `Undersecretary of State John Bolton`: after a given name, a town's name is the surname.
          if (units[k]?.kind === 'gaz' && units[k].gaz?.kind === 'city' && units[k - 1]?.kind === 'word' && isGivenName(units[k - 1].text)) k++;
          // Two or more unknown words closing it are the minister's name (`Minister of Culture and Information Aida Balayeva`).
          let t = k;
          // A given name that is also a word (`John`) and a surname that is also a town (`Bolton`) still close it.
          const nameWord = (x: Unit) => (x.kind === 'word' && (!isCommonWord(x.text) || isGivenName(x.text))) || (x.kind === 'gaz' && x.gaz?.kind === 'city' && t === k && k - 2 >= from && isGivenName(units[k - 2].text));
          while (t > from && nameWord(units[t - 1])) t--;
          if (k - t >= 2) out.push(...classifyPiece(units.slice(t, k), cx.text, ctx({ personSlot: true })));
          i = k;
          continue;
        }
        // `Federal Member for Griffith`, `MP for Sheffield Hallam`: what a member is `for` is the seat, a place.
        if (ELECTED_FOR.has(lower(u)) && isConn(units[i + 1], 'for') && k < units.length && (units[k].kind === 'word' || units[k].kind === 'gaz') && !units[k].caps) {
          let e = nameEnd(units, k);
          // `MP for Kensington and Chelsea`: a place and one word after `and`, ending the chunk, are one seat.
          if (isConn(units[e], 'and') && (units[e + 1]?.kind === 'word' || units[e + 1]?.kind === 'gaz') && !units[e + 1].caps && e + 2 === units.length) e = units.length;
          const end = units[e - 1].end;
          out.push(mention(units[k].start, end, cx.text.slice(units[k].start, end), 'PLACE', 2, 'a seat: what a member is “for”', { initial: units[k].initial }));
          i = e;
          continue;
        }
        if (k < units.length && units[k].kind !== 'conn' && units[k].kind !== 'title') {
          const org = parseOrg(units, k, cx.text);
          if (org) {
            out.push(...org.mentions);
            i = org.next;
            continue;
          }
          // The name after the complement goes on over particles (`… Commission Ursula von der Leyen`).
          const e = nameEnd(units, k);
          out.push(...classifyPiece(units.slice(k, e), cx.text, ctx({ complement: true })));
          i = e;
          continue;
        }
      }
      const e = withoutTitleQualifier(units, i + 1, nameEnd(units, i + 1));
      // `Minister Bishop said`: a title word read as the surname after an office (chunks.ts) names the person.
      if (e === i + 2 && units[i + 1].kind === 'word' && SURNAME_AFTER_OFFICE.has(units[i + 1].text)) {
        out.push(mention(units[i + 1].start, units[i + 1].end, units[i + 1].text, 'PERSON', 2, 'a title word that is a surname, after an office', { initial: units[i + 1].initial }));
        lastPerson = true;
        i = e;
        continue;
      }
      if (e > i + 1) {
        const ms = classifyPiece(units.slice(i + 1, e), cx.text, ctx({ personSlot: true }));
        out.push(...ms);
        lastPerson = ms.length > 0 && ms[ms.length - 1].label === 'PERSON';
      }
      i = Math.max(e, i + 1);
      continue;
    }
    const firm = ampersandBody(units, i, cx.text) ?? ampersandFirm(units, i, cx.text);
    if (firm) {
      out.push(firm.mention);
      i = firm.next;
      lastPerson = false;
      continue;
    }
    const org = parseOrg(units, i, cx.text);
    if (org) {
      out.push(...org.mentions);
      i = org.next;
      lastPerson = false;
      continue;
    }
    const e = u.kind === 'title' ? pieceEnd(units, i, true) : withoutTitleQualifier(units, i, nameEnd(units, i));
    const coordinated = lastPerson && isConn(units[i - 1], 'and');
    const ofPerson = lastPerson && isConn(units[i - 1], 'of');
    // `according to Sui-Lee Wee of the New York Times`: the source cited, then where they work, is a person.
    const source = i === 0 && e < units.length && isConn(units[e], 'of') && e - i === 2 && ACCORDING_TO.test(cx.text.slice(Math.max(0, u.start - 14), u.start));
    const ms = classifyPiece(units.slice(i, e), cx.text, ctx({ personSlot: coordinated || source, ofPerson, afterTitleComma: i === 0 && cx.afterTitleComma }));
    out.push(...ms);
    lastPerson = ms.length > 0 && ms[ms.length - 1].label === 'PERSON';
    i = e;
    // A name read on past its piece (`Antoine Court de Gébelin`) takes the units it covers.
    const reach = ms.length ? ms[ms.length - 1].end : 0;
    while (i < units.length && units[i].start < reach) i++;
  }
  return out;
}

/**
 * An organisation name starting at unit `i` that goes on past a connector: a head
 * that takes a complement (`Council of …`, `Agency for …`), possibly after a first
 * part joined by `and` (`Relief and Works Agency`). Undefined when there is none.
 */
function parseOrg(units: readonly Unit[], i: number, text: string): { mentions: Mention[]; next: number } | undefined {
  let e = pieceEnd(units, i);
  // `JSC Samruk`, `TOO Astana`: a legal form written before the name, in capitals (`Too Hot` is English).
  if (e - i >= 2 && isWordIn(units[i], CORPORATE_PREFIXES) && (units[i].caps || lower(units[i]) !== 'too')) return finish(units, i, e - 1, i, text, e);
  // `CNBC, a Division of NBCUniversal`: a company's part, named by no words of its own, is no body.
  if (e - i === 1 && lower(units[i]) === 'division' && /(?:^|\s)an?\s+$/i.test(text.slice(Math.max(0, units[i].start - 4), units[i].start)) && isConn(units[i + 1], 'of')) return { mentions: [], next: i + 2 };
  // `Oklahoma Sheriffs' Association Board of Directors`: a body's board takes a complement after the body's name (not `Board of SOVICO Group`).
  // `Business Group on Health`, `Working Group on Arbitrary Detention`: a group takes its topic, words of the language, after `on`
  // (not `Adani Group on Twitter`).
  // (An initiative takes what it is on or for, not whose it is: `Initiative of Black People in Germany` translates a name.)
  const takesComplement = (end: number) => ((isWordIn(units[end - 1], ORG_LEAD_HEADS) || (end - 1 > i && lower(units[end - 1]) === 'board')) && isConn(units[end], 'of', 'for', 'on') && !(lower(units[end - 1]) === 'initiative' && isConn(units[end], 'of'))) || (end - 1 > i && lower(units[end - 1]) === 'group' && isConn(units[end], 'on') && units[end + 1]?.kind === 'word' && isCommonWord(units[end + 1].text));
  if (!takesComplement(e)) {
    // `TV and Radio Complex of …`, `… Relief and Works Agency for …`
    if (e - i === 1 && standalone(units[i])) return undefined;
    // `Li Keqiang and National People’s Congress`: a person's name of two words or more (none a word of the language)
    // opens no first part.
    if (e - i >= 2 && units.slice(i, e).every((u) => u.kind === 'word' && !u.caps && !isCommonWord(u.text))) return undefined;
    if (isWordIn(units[e - 1], ORG_TAIL_HEADS) || !isConn(units[e], 'and') || e + 1 >= units.length || units[e + 1].kind === 'conn') return undefined;
    const e2 = pieceEnd(units, e + 1);
    // The part after `and` must not be a name of its own (`Samsung Electronics and Huawei Technologies`).
    const after = units[e + 1];
    if (after.kind !== 'word' || (!after.caps && !isCommonWord(after.text))) return undefined;
    // `Food and Drug Administration`: a head that usually takes a complement may end such a name too.
    if (!takesComplement(e2) && !isWordIn(units[e2 - 1], ORG_TAIL_HEADS) && !isWordIn(units[e2 - 1], ORG_LEAD_HEADS)) return undefined;
    e = e2;
    if (!takesComplement(e)) return finish(units, i, e - 1, i, text, e);
  }
  let c = e;
  let last = e - 1;
  let lastPiece = i;
  let first = true;
  while (c < units.length && units[c].kind === 'conn') {
    let d = c;
    const words: string[] = [];
    while (d < units.length && units[d].kind === 'conn' && words.length < 2) words.push(units[d++].text);
    if (d >= units.length || units[d].kind === 'conn') break;
    if (first && !['of', 'for', 'on'].includes(words[0])) break;
    // `Office of Senator the Hon Michaelia Cash`, `Office of the Hon John Barilaro`: a common head alone whose complement
    // is a titled person is that person's office, no body's name; the person is read from the title.
    if (first && words[0] === 'of' && units[d].kind === 'title' && e - i === 1 && units[i].kind === 'word' && isCommonWord(units[i].text)) {
      let k = d;
      while (k < units.length && (units[k].kind === 'title' || isConn(units[k], 'the'))) k++;
      const name = units[k];
      if (name?.kind === 'word' && !name.caps && !isCommonWord(name.text)) return { mentions: [], next: d };
    }
    // `Department of Broadband, Communications and the Digital Economy`: a list of fields after a comma ends with `and the …`
    // (once: the next `and the` opens another name).
    if (words[0] === 'and' && ((words[1] === 'the' && !endsFieldList(units, i, c)) || standalone(units[d]))) break;
    if (words[0] === 'and' && units[d].kind === 'title' && !isWordIn(units[pieceEnd(units, d, true) - 1], ORG_TAIL_HEADS)) break; // a new title phrase
    let pe = pieceEnd(units, d, true);
    // `Spanish Foundation Of Jamaica Provides Scholarships …`: a headline's verb in title case ends the complement.
    const verb = units.findIndex((u, k) => k > d && k < pe && u.kind === 'word' && !u.caps && HEADLINE_VERBS.has(u.text));
    if (verb > 0) pe = verb;
    // `American Federation of Government Employees President J. David Cox`: a title after the complement's words opens a person.
    const t = units.findIndex((u, k) => k > d && k < pe - 1 && u.kind === 'title' && units[k + 1].kind === 'word');
    if (t > 0) pe = t;
    // `the University of California and Dan Gillmor`: a given name and a surname (no word of the language) after `and` name a
    // person, no part of the body's name.
    if (words[0] === 'and' && words.length === 1 && pe - d >= 2 && pe - d <= 3 && units[d].kind === 'word' && isGivenName(units[d].text) && units.slice(d, pe).every((u) => u.kind === 'word' && !u.caps && !isCommonWord(u.text))) break;
    if (words[0] === 'in' && pe === d + 1 && units[d].kind === 'gaz' && units[d].gaz?.kind !== 'region') break;
    // `Earth Institute of Columbia University`: a university or a college named whole after `of` is a body of its own
    // (not after a head word alone: `Academy of Art University` is one name).
    if (first && words[0] === 'of' && pe > d + 1 && e - i > 1 && /^(?:University|College)$/.test(units[pe - 1].text) && !/^(?:University|College)$/.test(units[e - 1].text)) break;
    // `Security Council on Kashmir`: a known place after `on` is the topic, not the body's name.
    if (words[0] === 'on' && pe === d + 1 && units[d].kind === 'gaz' && units[d].gaz?.label === 'PLACE') break;
    // `Council of Economic Advisers in the Carter administration`: `in the` opens what the body sits in, not its name
    // (a region may end a name: `… Palestine Refugees in the Near East`).
    if (words[0] === 'in' && words[1] === 'the' && !(units[d].kind === 'gaz' && units[d].gaz?.kind === 'region')) break;
    last = pe - 1;
    lastPiece = d;
    c = pe;
    first = false;
    if (t > 0) break;
  }
  return finish(units, i, last, lastPiece, text, c);
}

/** Words after `Lord` or `Lady` that name no peer (`Lord Mayor`, `Lord God`, `Lady Luck`). */
const PEERS_NOT_NAMES = new Set(['god', 'jesus', 'christ', 'almighty', 'mayor', 'chancellor', 'justice', 'chief', 'provost', 'lieutenant', 'advocate', 'president', 'protector', 'speaker', 'commissioner', 'luck', 'chamberlain', 'privy', 'high', 'lord']);

/** A comma among the name's units from `i` to `c`, and no `and` since the last one: `and the` there closes a list of fields. */
function endsFieldList(units: readonly Unit[], i: number, c: number): boolean {
  let comma = c - 1;
  while (comma >= i && !isConn(units[comma], ',')) comma--;
  return comma >= i && !units.slice(comma, c).some((u) => isConn(u, 'and'));
}

/** The ORG mention, with a trailing personal name split off (`… of Turkic States Kubanychbek Omuraliyev`). */
function finish(units: readonly Unit[], i: number, last: number, lastPiece: number, text: string, next: number) {
  let trailing = 0;
  while (last - trailing > lastPiece) {
    const u = units[last - trailing];
    if (u.kind !== 'word' || u.caps || isCommonWord(u.text)) break;
    trailing++;
  }
  // Four unknown words or more: the organisation's own words, then a two-word personal name.
  if (trailing >= 4) trailing = 2;
  const mentions: Mention[] = [];
  const orgLast = trailing >= 2 ? last - trailing : last;
  const start = units[i].start;
  const end = units[orgLast].end;
  mentions.push(mention(start, end, text.slice(start, end), 'ORG', 2, 'organisation name with its complement', { initial: units[i].initial }));
  if (orgLast < last) {
    const ps = units[orgLast + 1].start;
    const pe = units[last].end;
    mentions.push(mention(ps, pe, text.slice(ps, pe), 'PERSON', 2, 'personal name after a title and an organisation'));
  }
  return { mentions, next };
}
