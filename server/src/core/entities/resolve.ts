/**
 * The document-level label pass: a surface seen with a clear label is labelled the
 * same elsewhere in the document and, failing that, as the other documents label it;
 * a lone surname or given name of a person named in full is that person. Mentions
 * still without a label are dropped. Linear in the number of mentions.
 */
import type { EntityLabel } from '../types';
import type { WorkspaceIndex } from '../workspace-index';
import { mention, type Mention, type StateCandidate } from './mention';
import { withoutLanguagePickers } from './language-pickers';
import { withoutInterviewInitials } from './interview-turns';
import { letterSignatures } from './letter-signatures';
import { teamNicknames } from './teams';
import { IN_TOWN, rankedTeamsEverywhere } from './box-scores';
import { speltPlusServices } from './spelt-plus';
import { withoutKnownProducts } from './known-products';
import { withoutNamedStorms } from './named-storms';
import { withoutWordsWrittenSmall } from './common-nouns';
import { ACRONYM_GUESS, BRAND_TIERS, COMMON_OPENING_GUESS, GIVEN_NAME_AFTER_RELATIVE, INSTITUTION_BY_KIND, PLACE_PREPOSITION, UNKNOWN_WORD_GUESS } from './piece';
import { cityInitials, citySurnames, cityNamedPeople, compoundPeoples, countryBranches, nationalLeagues, peoplesQuarters, stationTowns, countryInitialsBodies, honorificSurnames, languageServices, leadersBeforeBodies, particleSurnames, placeBodies, stateCodes, peopleSurnames } from './document-names';
import { foldName, nameParts, samePerson } from './similarity';
import type { WorkspaceNames } from './workspace-names';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';
import { BY_KIND_BEFORE, PROGRAMME_NAME } from './context-labels';
import { craftNames, letterRanges, commonNounInitials, numberedWorks, productNames, programmeAndLawNames, rolesPlayed, worksCalled } from './no-entity-names';
import { sentenceRanges } from '../quotes/sentences';
import { siteLists } from './site-lists';
import { areaMenus } from './area-menus';
import { tagLists } from './tag-lists';
import { isKnownOrg } from './known-orgs';
import { airlineShortNames } from './airlines';
import { hyphenedPeople } from './hyphened-people';
import { siteCueNames } from './site-cues';
import { networksBetween, networkX } from './share-bars';
import { GEO_PREFIXES, GEO_SUFFIXES, ORG_TAIL_HEADS, withoutLegalForm } from './org-words';
import { FEATURES_OF_A_TOWN, NO_NOUN_AFTER, PLACE_PREPOSITIONS, PUBLICATIONS, CITY_CONTEXT_BEFORE } from './vocabulary';
import { headWord, nameKey } from './keys';
import { cityDistricts } from './city-districts';
import { schoolsAfterAcronyms } from './acronym-schools';
import { streetsWithoutTheirWord } from './addresses';
import { gazetteer } from './gazetteer';
import { markServices } from './services';
import { citedOutlets, moreAtSources, withoutCardAddresses } from './cited-outlets';
import { editionPickers } from './edition-pickers';
import { withoutForeignGuesses } from './foreign-lines';
import { isProductSpelling, withoutCarModels, withoutLetterModels, withoutProducts, withoutVersionedProducts } from './product-lines';
import { SITE_NAME } from './tokenize';
import { cityBrands } from './city-brands';
import { aiBrands } from './ai-brands';
import { aloneOnLine, inCapitals, lineAt, titleCaseLineAt } from '../text';
import { withoutStatCodes } from './stat-tables';
import { famousFullName } from './famous-people';
import { namesAgain } from './names-again';
import { properCommons } from './proper-commons';
import { programNames, queryWords } from './program-names';
import { digitBrands } from './digit-brands';
import { radioStations } from './radio-stations';
import { quotedNicknames } from './quoted-nicknames';
import { capsNames } from './caps-names';
import { countryInitials } from './country-initials';
import { platformAccounts } from './platform-accounts';
import { prisons } from './prisons';
import { actingAcronyms, actingInitials } from './acting-acronyms';
import { saintsInstitutions } from './saints-institutions';
import { dashedCampuses } from './campuses';
import { commonWordBrands } from './common-word-brands';
import { afterDeterminer } from './determiners';
import { credentialRuns } from './credential-runs';
import { withoutAvatarInitials } from './avatar-initials';
import { withoutLanguagesSpoken } from './languages-spoken';
import { withoutDeities } from './deities';
import { capitalBrands } from './capital-brands';
import { workplaces } from './workplaces';

export interface DocMention extends Mention {
  /** Set when the mention is linked to a full personal name. */
  person?: string;
  /** Set when the mention is a short form of this organisation's name. */
  linked?: DocMention;
  /** The body's own name, when the mention carries its country's initials before it (`US Justice Department`). */
  body?: string;
}

/** Resolves labels in place and returns the mentions that keep one. */
export function resolveLabels(ms: DocMention[], ws: WorkspaceIndex, uri: string, names: WorkspaceNames, text: string, states: readonly StateCandidate[] = []): DocMention[] {
  // `the Starmer project` beside `Keir Starmer`: a programme's word that is the surname of someone named in full stays theirs.
  // (Read only where a programme's word is found: analysis runs on every keystroke.)
  const programmes = ms.some((m) => m.reason === PROGRAMME_NAME);
  const surnames = new Set(programmes ? ms.filter((m) => m.label === 'PERSON' && m.strength > 0 && m.text.includes(' ') && isGivenName(m.text.slice(0, m.text.indexOf(' ')))).map((m) => m.text.slice(m.text.lastIndexOf(' ') + 1)) : []);
  actingInitials(ms, text);
  // `the Lords`: the House of Lords where the document names the House; elsewhere peers, or judges (`the Law Lords`).
  if (ms.some((m) => m.text === 'Lords') && !text.includes('House of Lords')) ms = ms.filter((m) => !(m.text === 'Lords' && m.reason === INSTITUTION_BY_KIND));
  const noEntities = new Set(ms.filter((m) => m.noEntity && !(m.reason === PROGRAMME_NAME && surnames.has(m.text))).map((m) => m.text));
  const initials = commonNounInitials(text);
  for (const name of [...programmeNames(text), ...programmeAndLawNames(text), ...initials, ...productNames(text), ...worksCalled(text), ...numberedWorks(text)]) noEntities.add(name);
  // (`ESL-NA` beside `English as a second language (ESL)`: those initials with a suffix are none either.)
  if (initials.length) for (const m of ms) if (m.acronym && initials.some((i) => m.text.startsWith(`${i}-`))) noEntities.add(m.text);
  markServices(ms, text, noEntities);
  programNames(ms, text, noEntities);
  queryWords(ms, text, noEntities);
  if (noEntities.size) ms = ms.filter((m) => !noEntities.has(m.text));
  const crafts = craftNames(text);
  if (crafts.size) ms = ms.filter((m) => m.label === 'NORP' || !crafts.has(m.text));
  const ranges = letterRanges(text);
  if (ranges.size) ms = ms.filter((m) => !ranges.has(m.text));
  const roles = rolesPlayed(text);
  if (roles.size) ms = ms.filter((m) => !roles.has(m.text));
  ms = withoutProducts(ms, text);
  ms = withoutKnownProducts(ms, text);
  ms = withoutNamedStorms(ms, text);
  ms = withoutTimeZones(ms, text);
  ms = withoutTerms(ms, text);
  ms = withoutWordsWrittenSmall(ms, text);
  ms = withoutForeignGuesses(ms, text);
  ms = withoutVersionedProducts(ms, text);
  ms = withoutLetterModels(ms);
  ms = ms.filter((m) => !quotedPlaceTitle(m, text));
  ms = withoutCarModels(ms, text);
  ms = withoutStatCodes(ms, text);
  ms = withoutLanguagePickers(ms, text);
  ms = withoutLanguagesSpoken(ms, text);
  ms = withoutDeities(ms, text);
  ms = withoutInterviewInitials(ms, text);
  ms = letterSignatures(ms, text);
  ms = teamNicknames(ms, text);
  ms = rankedTeamsEverywhere(ms, text);
  ms = schoolsAfterAcronyms(ms, text);
  workplaces(ms, text);
  expandedAcronyms(ms);
  personInitials(ms, text);
  ms = leadersBeforeBodies(ms);
  ms = honorificSurnames(ms, text);
  particleSurnames(ms, text);
  citySurnames(ms, text);
  cityNamedPeople(ms);
  ms = stateCodes(ms, text, states);
  ms = siteLists(ms, text);
  ms = areaMenus(ms, text);
  ms = tagLists(ms, text);
  ms = siteCueNames(ms, text);
  ms = networksBetween(ms, text);
  ms = networkX(ms, text);
  ms = citedOutlets(ms, text);
  ms = moreAtSources(ms, text);
  ms = withoutCardAddresses(ms, text);
  ms = editionPickers(ms, text);
  commonWordBrands(ms, text);
  capitalBrands(ms, text);
  ms = credentialRuns(ms, text);
  ms = withoutAvatarInitials(ms, text);
  const shortForms = orgShortForms(ms);
  brandProducts(ms, shortForms);
  speakingShortForms(ms, text);
  ms = commonSurnames(ms, text);
  companiesByLegalForm(ms, text);
  siteBrands(ms, text);
  cityBrands(ms, text);
  aiBrands(ms, text);
  camelCaseVariants(ms);
  const places = evidencedPlaces(ms);
  namesEndingInPlaces(ms, places);
  const parts = personParts(ms, places);
  const placeForms = placeShortForms(ms);
  confirmPhrases(ms, text);
  clubsEverywhere(ms, parts, text);
  regionCompanies(ms, text);
  ms = extendToKnownNames(ms, text);
  cityDistricts(ms);
  streetsWithoutTheirWord(text, ms);
  speakersReferredToAsIts(ms, parts, ws, uri, names, text);
  ownersOfHis(ms, text);
  // Guesses from no evidence (an unknown capitalised word, a word only next to a verb of saying) are counted apart:
  // they count only where nothing else does.
  const votes = new Map<string, Map<EntityLabel, number>>();
  const guesses = new Map<string, Map<EntityLabel, number>>();
  for (const m of ms) {
    if (!m.label || m.strength === 0) continue;
    // A word that only stands next to a verb of saying (`Putin said Baikal was …`), or a name read as a person's by its shape
    // alone, is as weak as a guess.
    const table = m.guess || m.speechOnly || m.shapeOnly ? guesses : votes;
    let v = table.get(m.text);
    if (!v) table.set(m.text, (v = new Map()));
    v.set(m.label, (v.get(m.label) ?? 0) + (m.strength === 2 ? 3 : 1));
  }
  // `in Shelby, N.C.` after `the Shelby Police Department`: a name then a comma and a state is the town.
  const placeAt = new Map(ms.filter((m) => m.label === 'PLACE').map((m) => [m.start, m]));
  const clearBodies = new Set(ms.filter((m) => m.label === 'ORG' && m.strength === 2 && !m.gazKind && !m.guess && !m.text.includes(' ')).map((m) => m.text));
  const townBeforeState = (m: DocMention) => text.slice(m.end, m.end + 2) === ', ' && placeAt.has(m.end + 2);
  // `growing up in Consett` beside `Consett Magazine`, `Consett News`, `Consett Cat Rescue`: the town a place's bodies are
  // named after, no brand (not `at Fox`, where one works, nor `in Jeongdong Promotion`, a name running on, nor `a stake in
  // Ithaca`, a company one owns part of).
  const towns = new Set(ms.filter((m) => m.reason === PLACE_PREPOSITION && !m.text.includes(' ') && /\b(?:in|near|outside|around|across)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start)) && !OWNED_IN.test(text.slice(Math.max(0, m.start - 24), m.start)) && !/^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3))).map((m) => m.text));
  // `says Pamela Lyon`, then `Lyon sees …`, `Lyon points out`: a city's name alone that is the surname of a person the
  // document names in full is that person, where the document never writes it as a place (`in Lyon`, `Lyon, France`).
  // (The known places the document writes as places somewhere.)
  const writtenAsPlaces = new Set(ms.filter((m) => m.gazKind && m.label === 'PLACE' && (CITY_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) || CITY_CONTEXT_AFTER.test(text.slice(m.end, m.end + 8)))).map((m) => m.text));
  // (`Manpreet Mann`, then `Mann agreed`: so is a country's other spelling of one word, which names a person far more often.)
  const surnameCity = (m: DocMention) => (m.gazKind === 'city' || (m.gazKind === 'country' && !!gazetteer().get(nameKey(m.text))?.alternate)) && !m.text.includes(' ') && !writtenAsPlaces.has(m.text);
  let evidenced: Set<string> | undefined;
  const evidencedPerson = (full: string) => (evidenced ??= new Set(ms.filter((o) => o.label === 'PERSON' && !o.shapeOnly && !o.guess).map((o) => o.text))).has(full);
  // `she and sister Venus`, then `Venus went out`: a place's name the document gives a person after a relative's word is
  // that person alone too, where the document never writes it as a place.
  const givenNames = new Set(ms.filter((m) => m.reason === GIVEN_NAME_AFTER_RELATIVE).map((m) => m.text));
  for (const m of ms) {
    if (m.gazKind && m.label === 'PLACE' && givenNames.has(m.text) && !writtenAsPlaces.has(m.text)) Object.assign(m, { label: 'PERSON', strength: 2, person: m.text, reason: `named so after a relative’s or an artist’s word elsewhere in the document` });
  }
  // `Berkshire runs a broad insurance portfolio` beside `Berkshire Hathaway`: a region's or a town's name that opens a known
  // company's two-word name is that company where it stands alone as no place stands (not after `in`, `to`, `from`, nor
  // before a comma and a bigger place).
  for (const m of ms) {
    const org = m.label === 'PLACE' && (m.gazKind === 'region' || m.gazKind === 'city') ? shortForms.get(m.text) : undefined;
    if (!org || org.full.gazKind !== 'org' || org.full.start === m.start || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || /^,\s*\p{Lu}/u.test(text.slice(m.end, m.end + 4))) continue;
    Object.assign(m, { label: 'ORG', strength: 2, linked: org.full, gazKind: undefined, reason: `short form of “${org.full.text}”, a known company` });
  }
  let canonicals: Map<string, string> | undefined;
  for (const m of ms) {
    if (m.strength === 2 && m.label !== 'PERSON' && !surnameCity(m)) continue;
    const words = nameParts(m.text);
    // A part of a person named in full in this document (`Tokayev`, `Xi`).
    // Not after a determiner: `the Bill` is not Bill Shorten.
    // … unless it is a surname modifying the noun after it (`the Bellamy situation`, `the Obama administration`).
    const determined = afterDeterminer(text, m.start);
    // (`TRUMP` in a headline in capitals is Donald Trump's surname, though it reads as an acronym.)
    const shouted = m.acronym && /^\p{Lu}{4,}$/u.test(m.text);
    const cityAlone = surnameCity(m) && !determined;
    const lone = words.length < 3 && (!m.gazKind || cityAlone) && (!m.acronym || shouted) && (!determined || (words.length === 1 && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))));
    let full = lone ? partOf(words, parts, names) : undefined;
    // (The surname of a person this document names: not a given name, nor another document's person.)
    // (… and a person the document gives evidence for: not `Rosewood London`, a hotel read as a name by its shape alone.)
    if (full && cityAlone && (foldName(nameParts(full).slice(-1)[0]) !== foldName(words[0]) || !parts.get(foldName(words[0]))?.includes(full) || (m.gazKind === 'city' && !evidencedPerson(full)))) full = undefined;
    if (full && determined && foldName(nameParts(full).slice(-1)[0]) !== foldName(words[0])) full = undefined;
    // A given name alone right after another capitalised word belongs to that name (`the Data Retention Bill`), not to the person.
    if (full && words.length === 1 && foldName(nameParts(full)[0]) === foldName(words[0]) && afterCapitalised(text, m.start)) full = undefined;
    if (full && m.surnameOnly && foldName(nameParts(full).slice(-1)[0]) !== foldName(words[0])) full = undefined;
    // `the band Kasabian`, then `Kasabian moved …` in a story that names Linda Kasabian: a word the document clearly calls a
    // body is the body where it stands alone, not the person's surname.
    if (full && words.length === 1 && clearBodies.has(m.text)) full = undefined;
    // `President Obama`, `the Obama administration` on a page that names only Michelle Obama in full: the leader the surname
    // names alone, by the title or the office after it, not the relative.
    const famous = full && words.length === 1 ? famousFullName(m.text) : undefined;
    if (famous && famous !== full && (LEADER_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || LEADER_OFFICE_AFTER.test(text.slice(m.end, m.end + 16)))) full = famous;
    if (full) {
      Object.assign(m, { label: 'PERSON', strength: 2, person: full, reason: `part of “${full}”` });
      continue;
    }
    const family = determined && !m.gazKind && words.length === 1 ? familySurname(m.text, parts) : undefined;
    if (family) {
      Object.assign(m, { label: 'PERSON', strength: 2, person: `${family} family`, reason: `the ${family} family, named by its surname` });
      continue;
    }
    if (m.strength === 2 || m.surnameOnly) continue;
    // `Apple` after `Apple Inc.`, `Xinhua` after `Xinhua News Agency`.
    const org = shortForms.get(m.text);
    // `Andrew Lloyd Webber` beside `the Andrew Lloyd Webber Foundation`: the person the foundation is named after.
    if (org && words.length >= 2 && isGivenName(words[0]) && NAMED_AFTER_SOMEONE.test(org.full.text.slice(m.text.length))) {
      Object.assign(m, { label: 'PERSON', strength: 1, reason: `the person “${org.full.text}” is named after` });
      continue;
    }
    if (org && !m.gazKind && (!m.lexical || org.corporate) && !townBeforeState(m)) {
      if (towns.has(m.text)) Object.assign(m, { label: 'PLACE', strength: 1, guess: false, reason: 'the town the document’s organisations are named after' });
      else if (org.brand) Object.assign(m, { label: 'ORG', strength: 1, reason: 'a brand: the first word of several organisations’ names' });
      else Object.assign(m, { label: 'ORG', strength: 1, linked: org.full, reason: `short form of “${org.full.text}”` });
      continue;
    }
    // `Balkhash` after `Lake Balkhash`.
    const place = placeForms.get(m.text);
    if (place && !m.lexical) {
      Object.assign(m, { label: 'PLACE', strength: 1, canonical: place.canonical ?? place.text, reason: `short form of “${place.text}”` });
      continue;
    }
    const mine = m.label && m.strength && !m.guess && !m.shapeOnly ? 1 : 0; // a guess, or a shape alone, yields to any evidence in the document
    const docBest = top(votes.get(m.text)) ?? top(guesses.get(m.text));
    if (m.lexical) {
      // A capitalised common word is a name only where the document says so clearly.
      if (docBest && docBest.score >= 3) Object.assign(m, { label: docBest.label, strength: 1, reason: `labelled ${docBest.label} elsewhere in the document` });
      continue;
    }
    if (docBest && docBest.label !== m.label && docBest.score > mine) {
      // (`CA Plumbing Codes` after `Los Angeles, CA`: named as the clear mention is, `California`.)
      const canonical = (canonicals ??= clearCanonicals(ms)).get(`${docBest.label} ${m.text}`);
      Object.assign(m, { label: docBest.label, strength: 1, reason: `labelled ${docBest.label} elsewhere in the document` }, canonical ? { canonical } : {});
      continue;
    }
    if (docBest && docBest.label === m.label && docBest.score > mine) continue;
    const wsBest = top(ws.surfaceLabels(m.text, uri));
    if (wsBest && (!m.label || (wsBest.label !== m.label && wsBest.score >= 2))) {
      Object.assign(m, { label: wsBest.label, strength: 1, reason: `labelled ${wsBest.label} in other documents` });
      continue;
    }
    if ((!m.label || m.guess) && words.length === 1 && !m.acronym && !afterDeterminer(text, m.start)) {
      const person = single(spelledAlike(m.text, names.personsByPart(m.text)));
      if (person) Object.assign(m, { label: 'PERSON', strength: 1, person, reason: `part of “${person}” in other documents` });
    }
  }
  // `support Trump’s claim`: a head of state's surname alone, read as an unknown word, is the person.
  for (const m of ms) if (m.label !== 'PERSON' && m.strength < 2 && !m.acronym && famousFullName(m.text)) Object.assign(m, { label: 'PERSON', strength: 1, reason: 'a head of state known by the surname' });
  // `Under the Trump Administration`: a head of state's government by the surname is the person, the word after it none.
  for (const m of ms) {
    const x = / Administration$/.exec(m.text);
    const surname = x && m.label === 'ORG' ? m.text.slice(0, x.index) : '';
    if (surname && famousFullName(surname)) Object.assign(m, { end: m.start + surname.length, text: surname, label: 'PERSON', strength: 1, reason: 'a head of state known by the surname, before the word for their government' });
  }
  // `Energy officials` after `Energy Department`: a department's first word, once an organisation, is that department.
  for (const m of ms) {
    const org = m.label === 'ORG' && !m.linked ? shortForms.get(m.text) : undefined;
    if (org?.department) m.linked = org.full;
  }
  // A side of `Biden-Harris` names a person by itself: one the document names, a head of state, a given name and a surname.
  const personOf = (name: string): string | undefined => {
    const words = nameParts(name);
    return (words.length < 3 ? partOf(words, parts, names) : undefined) ?? famousFullName(name) ?? (words.length >= 2 && isGivenName(words[0]) && !isCommonWord(words[0]) ? name : undefined);
  };
  ms = hyphenedPeople(ms, text, personOf);
  ms = peopleSurnames(ms, text);
  ms = joinedNameParts(ms, text);
  initialsBefore(ms, text);
  cityInitials(ms);
  countryInitials(ms, text);
  stationTowns(ms);
  // (Branches again after names found again: `Quartz India` where `Quartz` is a name only from `About Quartz`.)
  const joined = speltPlusServices(digitBrands(countryBranches(namesAgain(properCommons(peoplesQuarters(compoundPeoples(nationalLeagues(languageServices(countryInitialsBodies(placeBodies(countryBranches(ms.filter((m) => m.label), text), text), text), text), text), text), text), text), text), text), text), text);
  const out = quotedNicknames(joined.filter((m) => !loneGuess(m, text) && !shoutedGuess(m, text)), text);
  initialsFullStops(out, text);
  possessiveBrands(out, text);
  airlineShortNames(out, text);
  radioStations(out, text);
  capsNames(out, text);
  platformAccounts(out, text);
  prisons(out, text);
  actingAcronyms(out, text);
  saintsInstitutions(out, text);
  return dashedCampuses(out, text);
}

/** After a given name: its possessive and one or two capitalised words (`'s Hardware`). */
const POSSESSIVE_WORDS = /^['’]s((?:[ \t]\p{Lu}\p{Ll}+){1,2})(?![\p{L}\p{N}'’])/u;

/**
 * `Tom's Hardware`, `(Image credit: Tom's Hardware)`: a given name the document reads as a body is a brand named with its
 * possessive, and the words after it are the brand's too. Not a known company's name (`Dell's Black Friday`).
 */
/** The canonical names the clear mentions of each label and text carry (`CA` → California after `Los Angeles, CA`), one each. */
function clearCanonicals(ms: readonly DocMention[]): Map<string, string> {
  const out = new Map<string, string>();
  const many = new Set<string>();
  for (const m of ms) {
    if (m.strength !== 2 || !m.label || !m.canonical || m.canonical === m.text) continue;
    const key = `${m.label} ${m.text}`;
    if (out.has(key) && out.get(key) !== m.canonical) many.add(key);
    out.set(key, m.canonical);
  }
  for (const k of many) out.delete(k);
  return out;
}

function possessiveBrands(ms: DocMention[], text: string): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label !== 'ORG' || m.text.includes(' ') || !isGivenName(m.text) || isKnownOrg(m.text)) continue;
    const x = POSSESSIVE_WORDS.exec(text.slice(m.end, m.end + 40));
    // (Not over the next mention: `Tom's Hardware` where `Hardware` is a name of its own.)
    const next = ms[k + 1];
    if (!x || (next && next.start < m.end + x[0].length)) continue;
    const name = m.text + x[0];
    Object.assign(m, { end: m.end + x[0].length, text: name, canonical: m.canonical === undefined ? undefined : name });
  }
}

/**
 * `Selam G.'s post`, `Ed B. -Netherlands`: a person's surname initial keeps its full stop where no sentence ends there
 * (a word or a number after it opens one: `Nguyen M. p53 mutation in plasma`, a reference's title after its authors).
 */
function initialsFullStops(ms: DocMention[], text: string): void {
  for (const m of ms) {
    if (m.label !== 'PERSON' || !/^\p{Lu}\p{Ll}+ \p{Lu}$/u.test(m.text) || text[m.end] !== '.' || /^\.(?:\s+[\p{L}\p{N}]|\s*$)/u.test(text.slice(m.end, m.end + 4))) continue;
    Object.assign(m, { end: m.end + 1, text: m.text + '.' });
  }
}

/**
 * `ELLESA THROWDEN:` in the transcript of a report by Ellesa Throwden: her given name and surname in capitals, each read
 * apart as her name's part, are her whole name where they stand together in its order.
 */
function joinedNameParts(ms: DocMention[], text: string): DocMention[] {
  const gone = new Set<DocMention>();
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    if (a.label !== 'PERSON' || !a.person || gone.has(a)) continue;
    const parts = nameParts(a.person).map(foldName);
    for (let j = i + 1; j < ms.length; j++) {
      const b = ms[j];
      if (b.label !== 'PERSON' || b.person !== a.person || text.slice(a.end, b.start) !== ' ') break;
      const words = nameParts(`${a.text} ${b.text}`).map(foldName);
      const at = parts.indexOf(words[0]);
      if (at < 0 || words.some((w, k) => parts[at + k] !== w)) break;
      Object.assign(a, { end: b.end, text: text.slice(a.start, b.end) });
      gone.add(b);
    }
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}

/** `NARA` after `the National Archives and Records Administration (NARA)`: the body wherever the document writes it, not the city. */
function expandedAcronyms(ms: DocMention[]): void {
  const bodies = new Map(ms.filter((m) => m.expands).map((m) => [m.text, m]));
  if (!bodies.size) return;
  for (const m of ms) {
    const b = bodies.get(m.text);
    if (!b || m === b || m.label === 'ORG') continue;
    Object.assign(m, { label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, expands: true, reason: b.reason });
  }
}

/**
 * `About Ziff Davis` after `… trademarks of Ziff Davis, LLC`: a name the document writes with a company's legal form
 * is that company wherever it stands alone, though it reads as a person's name; its first word alone on a line is its brand (not one opening with a given name:
 * `Charles Schwab` may be the founder of `Charles Schwab, Inc.`).
 */
function companiesByLegalForm(ms: DocMention[], text: string): void {
  const companies = new Set<string>();
  const brands = new Set<string>();
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength < 2) continue;
    const name = withoutLegalForm(m.text);
    if (name === m.text) continue;
    companies.add(name);
    if (/^\p{Lu}\p{Ll}+ /u.test(name)) brands.add(name.slice(0, name.indexOf(' ')));
  }
  if (!companies.size) return;
  for (const m of ms) {
    if (m.label === 'ORG' || (m.strength === 2 && m.label !== 'PERSON') || isGivenName(m.text.split(' ')[0])) continue;
    if (companies.has(m.text)) Object.assign(m, { label: 'ORG', strength: 2, guess: false, lexical: false, person: undefined, reason: `the company ${m.text}, named with its legal form in this document` });
    // `Deadline` alone on a line of a page signed `© 2022 Deadline Hollywood, LLC`: the site's masthead.
    else if (brands.has(m.text) && aloneOnLine(text, m.start, m.end)) Object.assign(m, { label: 'ORG', strength: 2, guess: false, lexical: false, person: undefined, reason: 'the brand of a company named with its legal form in this document, alone on its line' });
  }
}

/** `Fact checkers at Snopes said …`, `the Nature Briefing` on a page naming `Snopes.com`, `Nature.com`: a site's name without its domain is the site, not a person. */
function siteBrands(ms: DocMention[], text: string): void {
  const sites = new Set(ms.filter((m) => m.label === 'ORG' && SITE_NAME.test(m.text)).map((m) => m.text.replace(SITE_NAME, '$1')));
  if (!sites.size) return;
  for (const m of ms) {
    // A common word alone on its line, or ending a short one, is a menu's section or a topic (`Health` beside `Health.com`,
    // `What is Psychiatry?` beside `Psychiatry.org`), not the site; in a title-case heading it is the heading's word
    // (`Scientific Trends in Psychiatry and How Will They Impact Care?`).
    if (m.label !== 'ORG' && m.strength < 2 && !m.text.includes(' ') && sites.has(m.text) && !(isCommonWord(m.text.toLowerCase()) && (endsShortLine(text, m.end) || titleCaseLineAt(text, m.start)))) Object.assign(m, { label: 'ORG', strength: 2, guess: false, lexical: false, person: undefined, reason: `the site ${m.text}, named with its domain in this document` });
  }
}

/** Whether only punctuation follows `end` on its line, a line of a few words. */
function endsShortLine(text: string, end: number): boolean {
  return /^[?!.:]?(?:\n|$)/.test(text.slice(end, end + 2)) && lineAt(text, end).split(' ').length <= SHORT_LINE_WORDS;
}

const SHORT_LINE_WORDS = 6;

/**
 * `Blackberry then goes on …` in a story about `BlackBerry Limited`: a word spelt as a body's camel-case name in other
 * casing is that body (a writer's slip), wherever nothing else labels it.
 */
function camelCaseVariants(ms: DocMention[]): void {
  const camel = new Map<string, DocMention>();
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength < 1) continue;
    const first = m.text.split(' ')[0];
    // The name written alone (`FactSet`) before a longer one that opens with it (`FactSet Research Systems Inc`).
    const known = camel.get(first.toLowerCase());
    if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(first) && (!known || (known.text !== first && m.text === first))) camel.set(first.toLowerCase(), m);
  }
  if (!camel.size) return;
  for (const m of ms) {
    if (m.label || m.text.includes(' ')) continue;
    const body = camel.get(m.text.toLowerCase());
    if (body && m.text !== body.text.split(' ')[0]) Object.assign(m, { label: 'ORG', strength: 1, guess: false, lexical: false, linked: body, reason: `“${body.text}” in other casing` });
  }
}

/** A head of state's or government's title right before a surname. */
const LEADER_TITLE_BEFORE = /\b(?:President|Prime Minister|Chancellor|Premier|Vice President)\s+$/;
/** The office a leader's surname names right before it (`the Obama administration`, `the Obama White House`). */
const LEADER_OFFICE_AFTER = /^[ \u00a0]+(?:administration|White House|presidency|government|era|years)\b/;

/**
 * `Richard M. Stallman (RMS)`: initials a person's name is followed by, in brackets, are that person wherever the
 * document writes them (`RMS' resignation`), not a body's acronym.
 */
function personInitials(ms: DocMention[], text: string): void {
  const people = new Map<string, string>();
  for (const m of ms) {
    if (m.label !== 'PERSON') continue;
    const x = /^ \((\p{Lu}{2,4})\)/u.exec(text.slice(m.end, m.end + 8));
    const words = m.text.split(/[\s.]+/).filter(Boolean);
    if (x && words.length >= 2 && isGivenName(words[0]) && words.map((w) => w[0]).join('') === x[1]) people.set(x[1], m.person ?? m.text);
  }
  if (!people.size) return;
  for (const m of ms) {
    const person = people.get(m.text);
    if (person) Object.assign(m, { label: 'PERSON', strength: 2, person, acronym: false, expands: false, canonical: undefined, reason: `the initials of “${person}”` });
  }
}

/** `HON S J WEST MP`: initials without full stops before a surname in capitals belong to the person's name. */
const INITIALS_BEFORE = /(?:^|[ \t])((?:\p{Lu}\.? ){1,3})$/u;

function initialsBefore(ms: DocMention[], text: string): void {
  for (const m of ms) {
    if (m.label !== 'PERSON' || !/^\p{Lu}{2,}$/u.test(m.text)) continue;
    const x = INITIALS_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!x) continue;
    const start = m.start - x[1].length;
    if (ms.some((o) => o !== m && o.end > start && o.start < m.start)) continue;
    Object.assign(m, { start, text: text.slice(start, m.end) });
  }
}

/**
 * A word that only speaks, is never named as a person (no full name here or elsewhere,
 * no title) and is referred to as `its`, is an organisation (`Roscosmos said … its experts`).
 */
function speakersReferredToAsIts(ms: DocMention[], parts: ReadonlyMap<string, string[]>, ws: WorkspaceIndex, uri: string, names: WorkspaceNames, text: string): void {
  const speakers = ms.filter((m) => m.speechOnly);
  if (!speakers.length) return;
  const personEvidence = new Set(ms.filter((m) => m.label === 'PERSON' && m.strength > 0 && !m.speechOnly && !m.guess).map((m) => m.text));
  const pronouns = pronounsAfter(speakers, text);
  for (const m of speakers) {
    if (personEvidence.has(m.text) || pronouns.get(m.text) !== 'its' || partOf(nameParts(m.text), parts) || names.personsByPart(m.text)) continue;
    if (top(ws.surfaceLabels(m.text, uri))?.label === 'PERSON') continue;
    Object.assign(m, { label: 'ORG', strength: 1, speechOnly: false, reason: 'speaks and is an “its”, never named as a person' });
  }
}

/** A name's verb, then `his` or `her` within its clause: `Luboku released his new EP`, `Luboku takes off … with his new EP`. */
const OWNS_AS_PERSON = /^[ \t]+(?!(?:and|or|of|in|for|to|from|by|at|on|as|is|was|are|were)\b)\p{Ll}+(?:[ \t]+\p{Ll}+){0,5}?[ \t]+(his|her|its|their)\b/u;

/**
 * An unknown word guessed a body (`Luboku`, a musician never named in full) that the text goes on to refer to as
 * `his` or `her` in the clause it opens, and never as `its`, is a person: its mentions so followed vote PERSON.
 */
function ownersOfHis(ms: DocMention[], text: string): void {
  const guessed = ms.filter((m) => m.guess && m.reason === UNKNOWN_WORD_GUESS && !m.text.includes(' '));
  if (!guessed.length) return;
  const owners = new Map<string, DocMention[]>();
  const its = new Set<string>();
  for (const m of guessed) {
    const o = OWNS_AS_PERSON.exec(text.slice(m.end, m.end + 60));
    if (!o) continue;
    if (o[1] === 'its' || o[1] === 'their') its.add(m.text);
    else owners.set(m.text, [...(owners.get(m.text) ?? []), m]);
  }
  for (const [name, owned] of owners) {
    if (its.has(name)) continue;
    for (const m of owned) Object.assign(m, { label: 'PERSON', strength: 1, guess: false, reason: 'refers to itself as “his” or “her”' });
  }
}

/**
 * How the text goes on to refer to each speaker: `its` when, after any of its mentions,
 * the first third-person pronoun of the next two sentences is `its` and never, after
 * another, a personal one (`he`, `her` …); `person` when a personal one comes first.
 */
function pronounsAfter(ms: readonly DocMention[], text: string): Map<string, 'its' | 'person'> {
  const out = new Map<string, 'its' | 'person'>();
  for (const m of ms) {
    if (out.get(m.text) === 'person') continue;
    const after = text.slice(m.end, m.end + 300);
    const window = after.slice(0, sentenceRanges(after, [])[1]?.end ?? after.length);
    const p = /\b(?:(its)|he|she|his|her|him|hers|himself|herself)\b/i.exec(window);
    if (p) out.set(m.text, p[1] ? 'its' : 'person');
  }
  return out;
}

/** A town the document names as a club (`Newcastle have fined …`) is the club wherever the document names it alone; so is `City` after `Manchester City`. */
function clubsEverywhere(ms: DocMention[], parts: ReadonlyMap<string, string[]>, text: string): void {
  // `Trump supporters` after `Donald Trump`: a name of a person of the document is no club.
  for (const m of ms) if (m.team && !m.text.includes(' ') && parts.has(foldName(m.text))) Object.assign(m, { label: undefined, strength: 0, team: false, reason: 'a person’s name before a group of people' });
  const clubs = new Set(ms.filter((m) => m.team).map((m) => m.text));
  if (!clubs.size) return;
  // `Manchester City` … `City's best chance`: the club's last word alone is the club.
  for (const c of [...clubs]) if (/ City$/.test(c)) clubs.add('City');
  for (const m of ms) {
    if (m.team || !clubs.has(m.text) || m.label === 'PERSON') continue;
    // `the City of London`, `City Hall`: a name of its own.
    if (m.text === 'City' && /^ (?:of\b|\p{Lu})/u.test(text.slice(m.end, m.end + 4))) continue;
    // `They met in Erie`: after a place's preposition the town, not its club.
    if (m.label === 'PLACE' && IN_TOWN.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    Object.assign(m, { label: 'ORG', strength: 2, reason: 'a club elsewhere in the document', lexical: false, guess: false, canonical: undefined });
  }
}

/** `6.55pm SAST`, `09:00 CET`: capitals right after a clock time are its time zone, no body. */
/** A disease or a syndrome named after someone or somewhere, in small letters after the name (`Lyme disease`, `Alzheimer's disease`). */
const EPONYM_AFTER = /^(?:['’]s)?[ \t]+(?:disease|syndrome|disorder)\b/;
/** A time zone named in words (`Eastern Time`, `Pacific Standard Time`). */
const ZONE_WORD = /^(?:Eastern|Pacific|Central|Mountain)$/;
const ZONE_TIME_AFTER = /^(?:[ \t](?:Standard|Daylight))?[ \t]Time\b/;
/** A decimal amount before a unit's or a coin's letters (`0.001 BTC`, `0.15 EUR`). */
const AMOUNT_BEFORE = /(?<![\d,.])\d+\.\d+[ \t]$/;

/**
 * Names that the characters around them make terms: a disease named after someone (`Lyme disease`), a unit or a coin
 * after an amount (`0.01 ETH`), a time zone's word (`Eastern Time`), a word in capitals of a program's identifier (`MOBILE_USER_AGENT`).
 */
function withoutTerms(ms: DocMention[], text: string): DocMention[] {
  return ms.filter((m) => {
    if (m.acronym && (text[m.start - 1] === '_' || text[m.end] === '_')) return false;
    if (m.acronym && AMOUNT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
    // `10 a.m. Eastern Time`: a time zone's word.
    if (ZONE_WORD.test(m.text) && ZONE_TIME_AFTER.test(text.slice(m.end, m.end + 18))) return false;
    return !(m.label !== 'NORP' && !m.text.includes(' ') && EPONYM_AFTER.test(text.slice(m.end, m.end + 12)));
  });
}

function withoutTimeZones(ms: DocMention[], text: string): DocMention[] {
  return ms.filter((m) => !(m.acronym && TIME_ZONE.test(m.text) && CLOCK_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))));
}

/** A time zone's abbreviation: capitals ending in `T` (`SAST`, `CET`, `EDT`), or `UTC`. */
const TIME_ZONE = /^(?:\p{Lu}{1,4}T|UTC)$/u;
/** A clock time right before a word: `6.55pm `, `09:00 `, `3 p.m. `. */
const CLOCK_BEFORE = /(?:\d{1,2}[:.]\d\d(?:[ \t]?(?:[ap]\.?m\.?|[AP]\.?M\.?))?|\d{1,2}[ \t]?(?:[ap]\.?m\.?|[AP]\.?M\.?))[ \t]$/;

/** A place's preposition right before a name: the region itself (`hiked in Patagonia`). */
const IN_REGION = /\b(?:in|across|through|to|from|of|around|near)[ \t]+$/;

/**
 * `apparel giant Patagonia` … `Patagonia’s UK customers`: a region's name the document calls a company by its kind is
 * that company wherever else it stands, but after a place's preposition (`hiked in Patagonia`).
 */
function regionCompanies(ms: DocMention[], text: string): void {
  const names = new Set(ms.filter((m) => m.label === 'ORG' && m.reason === BY_KIND_BEFORE && gazetteer().get(nameKey(m.text))?.kind === 'region').map((m) => m.text));
  if (!names.size) return;
  for (const m of ms) {
    if (m.label !== 'PLACE' || !names.has(m.text) || IN_REGION.test(text.slice(Math.max(0, m.start - 10), m.start))) continue;
    Object.assign(m, { label: 'ORG', strength: 2, reason: 'a company elsewhere in the document', gazKind: undefined, canonical: undefined });
  }
}

/** How often the document must speak of the common word as someone for the pair to be a person's name. */
const SURNAME_USES = 2;

/**
 * `Dylann Roof` when the document goes on `Roof said …`, `Roof, who was 21, …`, `Roof told her`: an unknown word and a
 * capitalised common one are a person's given name and surname once the common word alone speaks or is described as
 * a person at least twice; then its lone mentions are that person's (personParts).
 */
function commonSurnames(ms: DocMention[], text: string): DocMention[] {
  const pairs = ms.filter((m) => m.commonSurname);
  if (!pairs.length) return ms;
  // The common word's own mentions (candidates kept for such evidence), each with what follows it.
  const surnames = new Set(pairs.map((m) => m.text.slice(m.text.lastIndexOf(' ') + 1)));
  const uses = new Map<string, number>();
  for (const m of ms) {
    if (!surnames.has(m.text) || !SPEAKS_AS_PERSON.test(text.slice(m.end, m.end + 16))) continue;
    uses.set(m.text, (uses.get(m.text) ?? 0) + 1);
  }
  // (A pair read as a person where it stands, in a list of people, is that person wherever the document writes it.)
  const people = new Set(pairs.filter((m) => m.label === 'PERSON').map((m) => m.text));
  for (const m of pairs) {
    const n = uses.get(m.text.slice(m.text.lastIndexOf(' ') + 1)) ?? 0;
    if (n >= SURNAME_USES) Object.assign(m, { label: 'PERSON', strength: 1, reason: `given name and surname: the surname speaks ${n} times` });
    else if (m.label !== 'PERSON' && people.has(m.text)) Object.assign(m, { label: 'PERSON', strength: 1, reason: 'given name and surname: a person where a list names it' });
  }
  // A confirmed pair replaces its unknown word's own reading; an unconfirmed one goes.
  const confirmed = pairs.filter((m) => m.label === 'PERSON');
  return ms.filter((m) => (m.commonSurname ? m.label === 'PERSON' : !confirmed.some((c) => c.start <= m.start && m.end <= c.end)));
}

/** What a body named after someone adds to the name: `Foundation`, `Initiative`, `Prize`, `Center`. */
const NAMED_AFTER_SOMEONE = /^ (?:Foundation|Initiative|Institute|Trust|Fund|Prize|Awards?|Scholarships?|Fellowships?|Center|Centre|Library|Museum|Lecture)$/;

/** `its Commercial Lunar Payload Services program (CLPS)`: capitalised words before a programme's lowercase word, and its initials. */
const PROGRAMME = /((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,6})(?:program|programme|initiative|scheme)[ \t]+\((\p{Lu}{2,8})\)/gu;

/**
 * A programme named before its lowercase word and its initials is no body, its initials nowhere in the document (`The
 * CLPS initiative was designed …`).
 */
function programmeNames(text: string): string[] {
  const names: string[] = [];
  // `the StepUP low interest loan program`: a name spelt as brands are, then what the programme is, is the programme's.
  if (/ (?:program|programme|scheme)\b/.test(text)) for (const x of text.matchAll(SPELT_PROGRAMME)) if (isProductSpelling(x[1])) names.push(x[1]);
  if (!/\b(?:program|programme|initiative|scheme) \(/.test(text)) return names;
  // (The United Nations' programmes are bodies: `World Food Programme`.)
  return names.concat([...text.matchAll(PROGRAMME)].filter((x) => !/^(?:(?:The|A|An|Its|Their) )?(?:World|UN|United)\b/.test(x[1])).flatMap((x) => [x[1].trim(), x[2]]));
}

/** `the StepUP low interest loan program`: `the`, one name, up to four small words and the programme's noun. */
const SPELT_PROGRAMME = /\bthe[ \t]+(\p{Lu}[\p{L}\p{N}'’-]*)[ \t]+(?:[\p{Ll}-]+[ \t]+){1,4}(?:program|programme|scheme)\b/gu;

/**
 * `a song like “Glasgow,”`, `the Chicago set of “Fargo,”`: a known place's name alone between quote marks is a title (a
 * song's, a show's), no place.
 */
function quotedPlaceTitle(m: DocMention, text: string): boolean {
  return m.label === 'PLACE' && !!m.gazKind && /[“‘"]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^[,.!?]?[”’"](?!\p{L})/u.test(text.slice(m.end, m.end + 3)) && !/\p{L}['’]$/u.test(text.slice(Math.max(0, m.start - 2), m.start));
}

/** After a city's name, what shows the place (`Lyon, France`, `Lyon-based`; before it, CITY_CONTEXT_BEFORE). */
const CITY_CONTEXT_AFTER = /^(?:,\s+\p{Lu}|-based|\s+(?:area|region|city|suburbs?|airport))/u;

/** After a word, what says it is someone: a verb of saying, `, who`, an age between commas. */
const SPEAKS_AS_PERSON = /^(?:,\s+(?:who|\d{1,3},)|\s+(?:said|says|told|asked|added|explained|testified|insisted|admitted)\b)/;

/** Heads of what a page, an event or a government is made of, which no body’s name ends with (`Training Awards`, `Green Paper`, `Full Article`, `Status Bar`, `Special Editions`, a site's `Privacy Policy`, a licence's `Open Community License`). */
const NOT_A_BODY_HEAD = / (?:Awards?|Papers?|Plans?|Strateg(?:y|ies)|Prizes?|Articles?|Bars?|Buttons?|Menus?|Pages?|Links?|Editions?|Episodes?|Chapters?|Sections?|Polic(?:y|ies)|Notices?|Terms|Guidelines|Settings|Preferences|Licen[cs]es?)$/;

/** A page's button, opening with the verb it does (`Get Started`, `Learn More`, `Sign Up Today`): no body, however often written. */
const BUTTON_VERB = /^(?:Get|Learn|Sign|Subscribe|Join|Try|Start|Buy|Shop|Download|Watch|Click|View|Explore|Discover|Play|Listen|Read|Find)\s/;

/**
 * `Open Source` beside `open source`: words the document writes in small letters, as words of the language, half as
 * often as capitalised or more, are a term some of its writers capitalise, no name (`Stack Overflow`, thirteen times, is
 * still one beside a `stack overflow` once). How often it does so.
 */
function smallLetterWritings(phrase: string, text: string): number {
  const small = phrase.toLowerCase();
  let n = 0;
  for (let k = text.indexOf(small); k >= 0; k = text.indexOf(small, k + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[k - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[k + small.length] ?? '')) n++;
  }
  return n;
}

/** How often a document must capitalise the same common words mid-sentence for them to be a name. */
const PHRASE_REPEATS = 3;

/**
 * Common words a document capitalises mid-sentence again and again (`Whole Foods` twenty
 * times) are a name: an organisation, as such names mostly are (`White House`, `Home Office`).
 */
function confirmPhrases(ms: DocMention[], text: string): void {
  const counts = new Map<string, number>();
  // (`English as a Second Language`, `as a Senior Analyst`: words after `as a` say what something is, no name.)
  // (A menu printed again and again is one writing: a line written again counts once.)
  const firstLine = new Map<string, number>();
  for (const m of ms) {
    if (!m.phrase || /\bas an? $/i.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.start);
    const key = m.text + '\n' + text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if ((firstLine.get(key) ?? lineStart) !== lineStart) continue;
    firstLine.set(key, lineStart);
    counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  }
  // `Apple Vision Pro`: common words right after a company's name are its product, not a name of their own.
  const products = new Set<string>();
  for (let k = 1; k < ms.length; k++) if (ms[k].phrase && ms[k - 1].label === 'ORG' && text.slice(ms[k - 1].end, ms[k].start) === ' ') products.add(ms[k].text);
  const confirmed = [...counts].filter(([t, n]) => n >= PHRASE_REPEATS && !products.has(t) && !NOT_A_BODY_HEAD.test(t) && !BUTTON_VERB.test(t) && !(smallLetterWritings(t, text) * 2 >= n)).map(([t]) => t);
  if (!confirmed.length) return;
  // Its full form, once (`Whole Foods Market`), is the same name and its canonical.
  const fullOf = new Map<string, DocMention>();
  for (const m of ms) {
    if (!m.phrase) continue;
    const short = confirmed.find((t) => m.text.startsWith(t + ' '));
    if (short && m.text.length > (fullOf.get(short)?.text.length ?? 0)) fullOf.set(short, m);
  }
  for (const m of ms) {
    if (!m.phrase) continue;
    const short = confirmed.find((t) => m.text === t || m.text.startsWith(t + ' '));
    if (!short) continue;
    const full = fullOf.get(short);
    // `Powder River Basin`: such a name ending in a geographic word is a place.
    const label = GEO_SUFFIXES.has(headWord(short)) ? 'PLACE' : 'ORG';
    Object.assign(m, { label, strength: 1, lexical: false, linked: full !== m ? full : undefined, reason: `common words capitalised mid-sentence ${counts.get(short)} times` });
  }
  withTheirNationality(ms, confirmed, text);
}

/**
 * `The American Theatre Wing announced …`, `the American Theatre Wing is investing …`: common words the document capitalises
 * as a name, after the same nationality's word wherever written, are named with it (one body, not a people and a body).
 */
function withTheirNationality(ms: DocMention[], confirmed: readonly string[], text: string): void {
  // (Names of three words at most: `Syrian Forces Blocking Refugee Return` is a headline read again, no body.)
  const names = new Set(confirmed.filter((t) => t.split(' ').length <= 3));
  if (!names.size) return;
  const byEnd = new Map(ms.filter((m) => m.label === 'NORP').map((m) => [m.end, m]));
  const usesOf = new Map<string, DocMention[]>();
  for (const m of ms) {
    if (!m.phrase || !names.has(m.text)) continue;
    const uses = usesOf.get(m.text);
    if (uses) uses.push(m);
    else usesOf.set(m.text, [m]);
  }
  const dropped = new Set<DocMention>();
  for (const uses of usesOf.values()) {
    const before = uses.map((m) => (text[m.start - 1] === ' ' ? byEnd.get(m.start - 1) : undefined));
    if (before.some((b) => !b || b.text !== before[0]!.text)) continue;
    uses.forEach((m, k) => {
      const norp = before[k]!;
      Object.assign(m, { start: norp.start, text: text.slice(norp.start, m.end), linked: undefined, reason: `${m.reason}, always after “${norp.text}”` });
      dropped.add(norp);
    });
  }
  if (!dropped.size) return;
  // (Each name now starts where its nationality's word did, the word gone: the order holds.)
  for (let k = ms.length - 1; k >= 0; k--) if (dropped.has(ms[k])) ms.splice(k, 1);
}

/**
 * `Time Warner said` at the start of a sentence, where `Time` was dropped as a common
 * word: a mention whose preceding words complete a longer name of the document is that
 * name (the mention of the preceding word, if any, goes).
 */
function extendToKnownNames(ms: DocMention[], text: string): DocMention[] {
  const byLast = new Map<string, DocMention[]>();
  const seen = new Set<string>();
  for (const m of ms) {
    if (!m.label || m.strength === 0 || m.label === 'NORP' || seen.has(m.text)) continue;
    seen.add(m.text);
    const k = m.text.lastIndexOf(' ');
    if (k <= 0 || m.text.includes('\n')) continue;
    const last = m.text.slice(k + 1);
    const list = byLast.get(last);
    if (list) list.push(m);
    else byLast.set(last, [m]);
  }
  if (!byLast.size) return ms;
  const gone = new Set<DocMention>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const longer = byLast.get(m.text);
    if (!longer || m.text.includes(' ')) continue;
    for (const o of longer) {
      const start = m.end - o.text.length;
      if (start < 0 || text.slice(start, m.end) !== o.text || !/^\s*$|[^\p{L}\p{N}]$/u.test(text.slice(Math.max(0, start - 1), start))) continue;
      // `The Australian government`: a people's adjective before its noun stays the adjective.
      if (m.label === 'NORP' && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && !NO_NOUN_AFTER.test(text.slice(m.end, m.end + 12))) continue;
      for (let j = i - 1; j >= 0 && ms[j].end > start; j--) gone.add(ms[j]);
      // The name it completes gives its canonical name too (`Maple Leafs` → Toronto Maple Leafs).
      Object.assign(m, { start, text: o.text, label: o.label, strength: 1, guess: false, speechOnly: false, reason: `completes “${o.text}”, a name of the document` }, o.body ? { canonical: o.canonical, body: o.body } : {});
      break;
    }
  }
  // `Atlas` read alone before `Obscura` on a page that names `Atlas Obscura`: a body's word runs on to the body's
  // name where the text around it holds the rest of it (`Hechinger` in `The Hechinger Report` on a page naming it so).
  const byWord = new Map<string, DocMention[]>();
  for (const o of ms) {
    if (o.label !== 'ORG' || o.strength === 0 || !/^\S+ \S+(?: \S+)?$/.test(o.text)) continue;
    for (const w of new Set(o.text.split(' '))) {
      const list = byWord.get(w);
      if (!list) byWord.set(w, [o]);
      else if (!list.some((x) => x.text === o.text)) list.push(o);
    }
  }
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if ((m.label && m.label !== 'ORG') || m.strength === 2 || m.lexical || m.text.includes(' ') || m.gazKind || gone.has(m)) continue;
    let start = -1;
    // (Initials run on only to a name of strong evidence: `CNX` to `CNX Software`, not `AMD` to a guessed `AMD Ryzen`.)
    const o = byWord.get(m.text)?.find((x) => !(m.acronym && x.strength < 2) && (start = writtenAround(text, m, x.text)) >= 0);
    if (!o) continue;
    const end = start + o.text.length;
    for (let j = i - 1; j >= 0 && ms[j].end > start; j--) gone.add(ms[j]);
    for (let j = i + 1; j < ms.length && ms[j].start < end; j++) gone.add(ms[j]);
    Object.assign(m, { start, end, text: o.text, label: 'ORG', strength: 1, guess: false, lexical: false, reason: `runs on to “${o.text}”, a name of the document` }, o.body ? { canonical: o.canonical, body: o.body } : {});
  }
  return gone.size ? ms.filter((m) => !gone.has(m)) : ms;
}

/** Where `name`, one of whose words `m` is, stands written whole around `m` as a word of its own; -1 where it does not. */
function writtenAround(text: string, m: DocMention, name: string): number {
  const words = name.split(' ');
  for (let k = 0, off = 0; k < words.length; off += words[k].length + 1, k++) {
    if (words[k] !== m.text) continue;
    const start = m.start - off;
    const end = start + name.length;
    if (start >= 0 && text.slice(start, end) === name && !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) return start;
  }
  return -1;
}

/**
 * Short forms of organisation names made of one name word and head words:
 * `Xinhua News Agency` → `Xinhua`, `Apple Inc.` → `Apple` (a common word only before a company suffix).
 */
interface ShortForm {
  full: DocMention;
  corporate: boolean;
  /** The first word of two or more organisations' names (`Bloomberg Institute`, `Bloomberg Government`): the brand, linked to none. */
  brand?: boolean;
  /** A government department's (`Energy Department`): its first word, a common one, links only where the document labels it an organisation (`Energy officials`). */
  department?: boolean;
  /** `Rutgers University` among `Rutgers Athletics`, `Rutgers News`: the university the others belong to, the word's full name. */
  university?: boolean;
}

/**
 * `Bloomberg Tradebook`, `Bloomberg Indices` guessed as persons where `Bloomberg` opens
 * organisations' names in the document: the brand and its product; the brand alone is the name.
 */
function brandProducts(ms: DocMention[], shortForms: ReadonlyMap<string, ShortForm>): void {
  for (const m of ms) {
    if (m.label !== 'PERSON' || m.strength >= 2 || m.person) continue;
    const words = m.text.split(' ');
    const form = shortForms.get(words[0]);
    if (words.length !== 2 || !(form?.brand || form?.university) || isGivenName(words[0])) continue;
    Object.assign(m, { end: m.start + words[0].length, text: words[0], label: 'ORG', strength: 1, guess: false, reason: 'a brand before its product' });
  }
}

function orgShortForms(ms: readonly DocMention[]): Map<string, ShortForm> {
  const out = new Map<string, ShortForm>();
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength < 2 || m.acronym) continue;
    const words = m.text.replace(/\.$/, '').split(' ');
    if (words.length < 2) continue;
    const known = out.get(words[0]);
    // `Rutgers` beside `Rutgers University`, `Rutgers Athletics` and `Rutgers News`: the university, whose the others are.
    const university = words.length === 2 && /^(?:University|College)$/.test(words[1]) && !isCommonWord(words[0]);
    if (university && !known?.university) {
      out.set(words[0], { full: m, corporate: false, university: true });
      continue;
    }
    if (known) {
      if (!known.university && known.full.text !== m.text && !known.corporate && !isCommonWord(words[0])) known.brand = true;
      continue;
    }
    // `Baikal Finance Group`: head words, or a business's field before the last head.
    if (!words.slice(1).every((w, k) => ORG_TAIL_HEADS.has(w.toLowerCase()) || (k < words.length - 2 && BUSINESS_FIELDS.has(w.toLowerCase())))) continue;
    // `CNET Magazine`: a brand's publication; the brand alone is the brand.
    if (PUBLICATIONS.has(words[words.length - 1].toLowerCase())) continue;
    const corporate = words.length === 2 && CORPORATE.has(words[1].toLowerCase());
    const department = words.length === 2 && /^(?:department|ministry)$/i.test(words[1]) && isCommonWord(words[0]);
    if (corporate || department || !isCommonWord(words[0])) out.set(words[0], { full: m, corporate, department });
  }
  // `Samruk Kazyna` after `Samruk Kazyna Sovereign Wealth Fund`: the name words before the head words.
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength < 2 || m.acronym) continue;
    const words = m.text.split(' ');
    const k = words.findIndex((w, i) => i > 0 && (ORG_TAIL_HEADS.has(w.toLowerCase()) || isCommonWord(w) || !/^\p{Lu}/u.test(w)));
    // (`Napa County Board of Supervisors`: `Napa County` alone is the county, a place.)
    if (k < 2 || isCommonWord(words[0]) || GEO_SUFFIXES.has(words[k - 1].toLowerCase())) continue;
    const prefix = words.slice(0, k).join(' ');
    if (!out.has(prefix)) out.set(prefix, { full: m, corporate: false });
  }
  // `Goldman` after `Goldman Sachs`: the first word of a company's two-word name, no given name and no common word (not
  // `Coinbase` beside `Coinbase Pro`, the brand beside its tier).
  for (const m of ms) {
    if (m.label !== 'ORG' || m.acronym || (m.gazKind && m.gazKind !== 'org')) continue;
    const words = m.text.split(' ');
    if (words.length !== 2 || out.has(words[0]) || isCommonWord(words[0]) || isGivenName(words[0]) || BRAND_TIERS.test(words[1]) || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) continue;
    out.set(words[0], { full: m, corporate: false });
  }
  return out;
}

/** A preposition that puts a place's name where a place stands: the cues' place prepositions and those of motion and belonging (`in Berkshire`, `from Berkshire to …`). */
const PLACE_PREPOSITION_BEFORE = new RegExp(`\\b(?:${[...PLACE_PREPOSITIONS, 'to', 'from', 'of', 'at', 'around', 'into', 'via'].join('|')})\\s+(?:the\\s+)?$`, 'i');

/** A share of a company before its name (`a stake in Ithaca`, `invested in Acme`). */
const OWNED_IN = /\b(?:stakes?|shares?|holdings?|interests?|invest(?:s|ed|ing|ment|ments)?)\s+in\s+$/i;

/** Fields a company names itself by before its head (`Baikal Finance Group`, `Acme Energy Holdings`). */
const BUSINESS_FIELDS = new Set(['finance', 'financial', 'capital', 'investment', 'investments', 'energy', 'oil', 'gas', 'mining', 'resources', 'trading', 'media', 'entertainment', 'property', 'shipping', 'steel', 'power']);

/** Verbs of saying after which the word before speaks as their subject. */
const SPEAKING = '(?:said|says|told|added|confirmed|announced|declined|insisted|stated)';
const SPEAKS_AFTER = new RegExp(`^\\s+${SPEAKING}\\b`);

/**
 * `American said in a statement`, `United said it is …` after `American Airlines` and
 * `United Airlines`: the first word of a two-word company name, a people's adjective or a
 * common word on its own, is that company where it speaks.
 */
function speakingShortForms(ms: DocMention[], text: string): void {
  const full = new Map<string, DocMention>();
  for (const m of ms) {
    if (m.label !== 'ORG' || m.strength < 2 || m.acronym) continue;
    const words = m.text.split(' ');
    if (words.length === 2 && ORG_TAIL_HEADS.has(words[1].toLowerCase()) && !full.has(words[0])) full.set(words[0], m);
  }
  if (!full.size) return;
  const reason = (f: DocMention) => `short form of “${f.text}”, speaking`;
  const taken = new Set<number>();
  for (const m of ms) {
    taken.add(m.start);
    const f = full.get(m.text);
    if (!f || m.label === 'PERSON' || m.label === 'ORG' || !SPEAKS_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    Object.assign(m, { label: 'ORG', strength: 2, linked: f, gazKind: undefined, canonical: undefined, lexical: false, guess: false, reason: reason(f) });
  }
  // A word read as a head or a common word opening a sentence (`United said …`) was no candidate: add it.
  let added = false;
  for (const [word, f] of full) {
    for (const x of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s+${SPEAKING}\\b)`, 'gu'))) {
      if (taken.has(x.index) || ms.some((m) => m.start < x.index + word.length && m.end > x.index)) continue;
      ms.push({ ...mention(x.index, x.index + word.length, word, 'ORG', 2, reason(f)), linked: f });
      added = true;
    }
  }
  if (added) ms.sort((a, b) => a.start - b.start);
}

/** `Lake Balkhash` → `Balkhash`, `Ulytau Region` → `Ulytau`. */
function placeShortForms(ms: readonly DocMention[]): Map<string, DocMention> {
  const out = new Map<string, DocMention>();
  for (const m of ms) {
    if (m.label !== 'PLACE' || m.gazKind) continue;
    const words = m.text.split(' ');
    if (words.length !== 2) continue;
    if (GEO_PREFIXES.has(words[0].toLowerCase())) out.set(words[1], m);
    // `Whangārei Harbour`, `Bondi Beach`: a feature named after a town; the town alone is the town.
    else if (GEO_SUFFIXES.has(words[1].toLowerCase()) && !FEATURES_OF_A_TOWN.has(words[1].toLowerCase())) out.set(words[0], m);
  }
  return out;
}

/** A company's legal form or an NGO's last word: its first word alone is its short form, though a common word (`Amnesty` after `Amnesty International`). */
const CORPORATE = new Set(['inc', 'corp', 'ltd', 'co', 'ag', 'sa', 'nv', 'gmbh', 'plc', 'llc', 'jsc', 'group', 'holdings', 'corporation', 'international']);

/** The names the document reads as places with evidence (no guess). */
function evidencedPlaces(ms: readonly DocMention[]): Set<string> {
  return new Set(ms.filter((m) => m.label === 'PLACE' && m.strength > 0 && !m.guess).map((m) => m.text));
}

/**
 * `Nam Nghi Phu Quoc` on a page that reads `Phu Quoc` as a place (`Phu Quoc island`): a name of three words or more read as a
 * person's by its shape alone (no given name, title nor verb of saying) that ends in a place the document names with evidence
 * is named after the place: a body's (a hotel's, a resort's, a company's), no person's.
 */
function namesEndingInPlaces(ms: DocMention[], places: ReadonlySet<string>): void {
  if (!places.size) return;
  for (const m of ms) {
    if (m.label !== 'PERSON' || !m.shapeOnly) continue;
    const words = m.text.split(' ');
    if (words.length < 3) continue;
    if ([1, 2].some((k) => words.length - k >= 2 && places.has(words.slice(-k).join(' ')))) Object.assign(m, { label: 'ORG', strength: 1, guess: true, shapeOnly: false, reason: 'a name ending in a place the document names: a body named after it' });
  }
}

/** Folded name part → full names of the document's persons (two words or more). */
function personParts(ms: readonly DocMention[], places: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of ms) {
    // `Phu Quoc island`, `such as Phu Quoc, Nha Trang and Hoi An`: a name read as a person's by its shape alone is no
    // person's full name where the document reads it as a place with evidence.
    if (m.label !== 'PERSON' || m.strength === 0 || (m.shapeOnly && places.has(m.text))) continue;
    const words = nameParts(m.text);
    if (words.length < 2) continue;
    for (const w of words) {
      const key = foldName(w);
      if (key.length < 2) continue;
      const list = out.get(key) ?? [];
      if (!list.includes(m.text)) list.push(m.text);
      out.set(key, list);
    }
  }
  return out;
}

/**
 * `Laishevo`, `Twickenham`, `Wolfenstein` written once: an unknown capitalised word that nothing in the workspace
 * labels, written once in its document, is a body's name less often than a place's, a person's or a thing's; no guess.
 * Written twice or more, the document keeps speaking of it, and a body is the likelier guess. So with two capitals
 * written once (`a condition called HP`): a term or a code more often than a body, unless the document spells them
 * (`HC` after `Houston Chronicle`).
 */
function loneGuess(m: DocMention, text: string): boolean {
  if (m.label !== 'ORG') return false;
  const initials = m.reason === ACRONYM_GUESS && /^\p{Lu}{2}$/u.test(m.text);
  if (!initials && !(m.guess && (m.reason === UNKNOWN_WORD_GUESS || m.reason === COMMON_OPENING_GUESS))) return false;
  const first = text.indexOf(m.text);
  if (first < 0 || text.indexOf(m.text, first + m.text.length) >= 0) return false;
  if (initials && new RegExp(`(?<![\\p{L}])${m.text[0]}\\p{Ll}+[ \\t]+${m.text[1]}\\p{Ll}+`, 'u').test(text)) return false;
  // `Kan reported`, `Figaro reports`, `surveyed by Refinitiv`: a source that speaks or acts is a body, once too.
  return !REPORTS_AFTER.test(text.slice(m.end, m.end + 16)) && !AGENT_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}
/**
 * `THE FI RST JOI NT S I T T I N G`: in a line written all in capitals (a heading, a telex, an old release read by OCR
 * into broken words) capitals say nothing, so a word there is no acronym by its shape alone; it is one the document
 * writes again in a line of ordinary case (`MINISTERIAL PRESS RELEASE RAAF` beside `members of the RAAF`) or spells out.
 */
function shoutedGuess(m: DocMention, text: string): boolean {
  if (m.reason !== ACRONYM_GUESS || m.expands || !shoutedLine(text, m.start)) return false;
  const edge = (c: string | undefined) => !c || !/[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(m.text); at >= 0; at = text.indexOf(m.text, at + 1)) {
    if (edge(text[at - 1]) && edge(text[at + m.text.length]) && !shoutedLine(text, at)) return false;
  }
  return true;
}

/** The line at `at` holds at least four words, in capitals. */
/** A line of initials only, parted by commas, `&` or slashes. */
const INITIALS_LIST = /^[ \t]*\p{Lu}{2,5}(?:[ \t]*[,&/][ \t]*\p{Lu}{2,5})+[ \t]*$/u;

function shoutedLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end);
  // (`NFL, NBA, MLB & NHL`: a list of initials parted by commas, `&` or slashes is no line written in capitals.)
  return inCapitals(line) && (line.match(/\p{L}+/gu)?.length ?? 0) >= 4 && !INITIALS_LIST.test(line);
}

const REPORTS_AFTER = /^:[ \t]*["'“‘]|^,?[ \t]+(?:reported|reports|reveals|revealed|said|says|told|announced|wrote|writes|added|found|estimates|estimated)\b/;
const AGENT_BEFORE = /\b(?:by|according[ \t]+to)[ \t]+$/;

/** `the Murdochs` on a page naming Rupert Murdoch: a surname of the document's people in the plural names their family; the surname. */
function familySurname(word: string, parts: ReadonlyMap<string, string[]>): string | undefined {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return undefined;
  for (const surname of [word.slice(0, -1), word.slice(0, -2)]) {
    const full = parts.get(foldName(surname))?.find((c) => nameParts(c).length >= 2 && foldName(nameParts(c).slice(-1)[0]) === foldName(surname));
    if (full) return nameParts(full).slice(-1)[0];
  }
  return undefined;
}

/**
 * The full name whose parts include every word (`Tokayev` → `Kassym-Jomart Tokayev`); prefer surnames, then the person
 * the other documents name far more often, then the person named first.
 */
function partOf(words: readonly string[], parts: ReadonlyMap<string, string[]>, names?: WorkspaceNames): string | undefined {
  if (!words.length) return undefined;
  let candidates: string[] | undefined;
  for (const w of words) {
    const list = parts.get(foldName(w));
    if (!list) return undefined;
    candidates = candidates ? candidates.filter((c) => list.includes(c)) : list.slice();
  }
  if (!candidates?.length) return undefined;
  const last = foldName(words[words.length - 1]);
  const bySurname = candidates.filter((c) => foldName(nameParts(c).slice(-1)[0]) === last);
  const pool = bySurname.length ? bySurname : candidates;
  // `Trump` on a page naming `Ivanka Trump` first and `Donald Trump` after: the one the workspace names far more often.
  const known = names && pool.length > 1 ? elsewhereFavourite(pool, names.personsByPart(words[words.length - 1])) : undefined;
  // Two people of one family (`Hori Parata`, his son `Kauri … Parata`): the surname alone is the one named first.
  const first = known ?? pool[0];
  const same = pool.filter((c) => c === first || samePerson(first, c));
  return same.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Among full names of the document, the one other documents name at least twice as often as any other, if any. */
function elsewhereFavourite(pool: readonly string[], counts: ReadonlyMap<string, number> | undefined): string | undefined {
  if (!counts) return undefined;
  const scored = pool.map((c) => [c, [...counts].reduce((n, [other, k]) => n + (other === c || samePerson(c, other) ? k : 0), 0)] as const).sort((a, b) => b[1] - a[1]);
  return scored[0][1] > 0 && scored[0][1] >= 2 * scored[1][1] ? scored[0][0] : undefined;
}


/** The word before `start` (same sentence) is capitalised. */
function afterCapitalised(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start)) && !/[.!?:]\s+$/.test(text.slice(Math.max(0, start - 3), start));
}

function top(v: ReadonlyMap<EntityLabel, number> | undefined): { label: EntityLabel; score: number } | undefined {
  let out: { label: EntityLabel; score: number } | undefined;
  if (v) for (const [label, score] of v) if (!out || score > out.score) out = { label, score };
  return out;
}

/**
 * Full names of other documents that have `word` as a part spelled the same, or as their
 * surname in another transliteration (`Zhaparov` ~ `Japarov`): a given name spelled
 * otherwise (`Dylann`, `Dylan`) is someone else's.
 */
function spelledAlike(word: string, counts: ReadonlyMap<string, number> | undefined): ReadonlyMap<string, number> | undefined {
  if (!counts) return undefined;
  const lower = word.toLowerCase();
  const out = new Map<string, number>();
  for (const [full, n] of counts) {
    const parts = nameParts(full);
    if (parts.some((p) => p.toLowerCase() === lower) || foldName(parts[parts.length - 1]) === foldName(word)) out.set(full, n);
  }
  return out;
}

/** The one name of a table, when it is unambiguous (or clearly the most frequent). */
function single(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  if (!counts || counts.size === 0) return undefined;
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  return sorted.length === 1 || sorted[0][1] >= 2 * sorted[1][1] ? sorted[0][0] : undefined;
}
