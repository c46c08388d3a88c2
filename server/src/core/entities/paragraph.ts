/**
 * Entities of one paragraph from its text alone (memoised by the detector on the
 * text): datelines, title-case headings, chunks classified, short forms in
 * parentheses, and lists whose members share a label.
 */
import { cityReaders, CITY_PAPER_TEST, magazines, NEWSPAPER_TEST, newspapers, PAPER_OF_PLACE, papersOfPlaces } from './newspapers';
import { CAMPUS_TEST, campuses } from './campuses';
import { UNIT_TEST, militaryUnits } from './military-units';
import { NATION_TEST, nativeNations } from './native-nations';
import { CAMPAIGN_TEST, campaignGroups } from './campaign-groups';
import { RENAMED_TEST, renamedBodies } from './renamed-bodies';
import { COURT_TEST, townsCourts } from './courts';
import { UNIVERSITY_LIST_TEST, universityLists } from './university-lists';
import { ADMINISTRATION_TEST, administrations } from './administrations';
import { DOMAINS, tokenize, type Token } from './tokenize';
import { findChunks, splitCompounds } from './chunks';
import { classifyChunk } from './chunk-parse';
import { postSignOff } from '../posts';
import { mention, replaceInside, replaceOverlapping, replaceUnlessCrossed, type Alias, type Mention, type ParagraphEntities, type StateCandidate } from './mention';
import { gazetteer } from './gazetteer';
import { headWord, initials, nameKey, titleCase } from './keys';
import { cityCountry } from './cities';
import { CONNECTORS, COUNT_WORDS, FUNCTION_WORDS, MONTHS, NEWSPAPER_WORDS, NO_NOUN_AFTER, TITLES } from './vocabulary';
import { pluralGeoNounAfter, pluralGeoNounBefore } from './cues';
import { relabelByContext } from './context-labels';
import { boxScores } from './box-scores';
import { referenceLinks, vancouverReferences } from './references';
import { nestedBodies } from './nested-bodies';
import { ABBREVIATED_HEADS, INSTITUTION_HEADS, isLegalForm, NON_ENTITY_ACRONYMS, TV_NETWORKS, WIRE_AGENCIES } from './org-words';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';
import { DOTTED_STATES, stateOf, stateOfAbbreviation } from './state-codes';
import { hasRoyalTitle, royalTitles } from './royal-titles';
import { outletsWorkedFor } from './outlets-worked-for';
import { TRADE_TEST, tradeFirms } from './trade-firms';
import { initialsBeforeBodies } from './initials-before-bodies';
import { ownersShops } from './owners-shops';
import { citiesOf, compassInAddress, homeAddresses, namesBeforeAge, postalAddresses, streetQuarters, universityAddress, washingtonDC } from './addresses';
import { cityTeams } from './teams';
import { shareBars } from './share-bars';
import { postAuthors } from './post-authors';
import { sourceTags } from './source-tags';
import { hallsOfFame } from './halls-of-fame';
import { chivalryOrders, compassInitials, countyLists, placeCodes, realms, STREET_ABBREVIATION_END, towers } from './named-places';
import { ABBREVIATES_COMMON_WORDS, actsIn, speltSmall, speltWords } from './acting-acronyms';
import { CAMEL_CASE_BRAND } from './piece';

/** A capitalised name, a comma and `the` right before a title: the title is in apposition to that name. */
const NAME_THEN_THE = /\p{Lu}[\p{L}'’.-]*,[ \t]+the[ \t]+$/u;

export function analyseParagraph(text: string): ParagraphEntities {
  const tokens = splitCompounds(tokenize(text));
  const heading = isTitleCaseLine(tokens);
  if (heading) for (const t of tokens) if (t.kind === 'word' && t.cap) t.initial = true;
  const mentions: Mention[] = [];
  const skip = dateline(text, tokens, mentions);
  let prevTitled = false;
  let prevPortfolio = false;
  let prevEnd = -1;
  for (const chunk of findChunks(text, tokens)) {
    if (chunk[0].tok < skip) continue;
    const start = chunk[0].tok;
    const end = chunk[chunk.length - 1].tokEnd;
    const commaBetween = prevEnd >= 0 && start === prevEnd + 1 && tokens[prevEnd].text === ',';
    const after = tokens[end];
    const closes = !after || (after.kind === 'punct' && /^[,.;(:)]$/.test(after.text));
    // `Minister for Fisheries, Forestry and Conservation`: a list of fields after the comma, no person (names have no `and`).
    const listed = chunk.some((u) => u.kind === 'conn' && u.text === 'and');
    // After a portfolio (`Minister for Fisheries,`) such a list goes on naming fields: no entity in it.
    const fields = prevPortfolio && commaBetween && listed && chunk.every((u) => u.kind !== 'gaz' && u.kind !== 'title' && !u.caps && !isGivenName(u.text));
    if (!fields) mentions.push(...classifyChunk(chunk, { text, tokens, titleCase: heading, afterTitleComma: prevTitled && commaBetween && closes && !listed }));
    prevTitled = chunk[chunk.length - 1].kind === 'title' || (chunk.some((u) => u.kind === 'title') && chunk[0].kind === 'title');
    // `Mr. Try, the Officer in Charge, Wutung`: a title in apposition after a name is that one's; the name after it is the office's place.
    if (prevTitled && NAME_THEN_THE.test(text.slice(Math.max(0, chunk[0].start - 40), chunk[0].start))) prevTitled = false;
    // `Houssaini, Chief Cyber Solutions Officer, Cloudflare`: after a company's officer, the name is the company's.
    if (prevTitled && /^Chief .*Officer$/.test(chunk[chunk.length - 1].text)) prevTitled = false;
    // (`Parliamentary Secretary for Agriculture,`: a title after its qualifier.)
    prevPortfolio = chunk.some((u, k) => u.kind === 'title' && (k === 0 || k === 1) && chunk[k + 1]?.kind === 'conn' && chunk[k + 1].text === 'for');
    prevEnd = end;
  }
  mentions.sort((a, b) => a.start - b.start);
  shareListLabels(text, mentions);
  if (/[Ff]rom /.test(text)) fromPlaceToPlace(text, mentions);
  // (`Don’t change too much`: a word before a contraction's `’t` is a verb, no name.)
  let kept = relabelByContext(text, mentions).filter((m) => !inLawName(text, m) && !isQuotedTitle(text, m) && !CONTRACTED_NOT.test(text.slice(m.end, m.end + 3)));
  kept = speakingAcronyms(text, kept);
  markCommonAcronyms(text, kept);
  nameWithThe(text, tokens, kept);
  officesOfPosts(text, kept);
  numberedRoads(text, kept);
  if (/(?:Kingdom|Empire|Sultanate|Principality|Khanate|Caliphate) of /.test(text)) realms(text, kept);
  if (text.includes('Order of the ')) chivalryOrders(text, kept);
  if (hasRoyalTitle(text)) royalTitles(text, kept);
  if (/ Towers?\b/.test(text)) towers(text, kept);
  if (text.includes('Hall of Fame')) hallsOfFame(text, kept);
  if (/\b[NSEW]\.? \p{Lu}/u.test(text)) compassInitials(text, kept);
  if (/ (?:counties|parishes|boroughs)\b/.test(text)) countyLists(text, kept);
  if (/Washington,? D/.test(text)) washingtonDC(text, kept);
  if (/(?:City|Town) of \p{Lu}/u.test(text)) citiesOf(text, kept);
  if (/\d [NSEW]\.? /.test(text)) compassInAddress(text, kept);
  if (/, [NS][EW]\b/.test(text)) streetQuarters(text, kept);
  if (/ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/.test(text)) postalAddresses(text, kept);
  if (/, (?:aged )?\d{1,3}, (?:(?:of|from) )?\p{Lu}/u.test(text)) {
    namesBeforeAge(text, kept);
    homeAddresses(text, kept);
  }
  if (text.includes(': ')) lineUps(text, kept);
  boxScores(text, kept);
  if (text.includes(', ') || text.includes(';')) vancouverReferences(text, kept);
  if (text.includes('PubMed') || text.includes('Scholar')) referenceLinks(text, kept);
  if (CLUB_WORD_AFTER_TOWN.test(text)) cityClubs(text, kept);
  // (` Sun` alone, not every paragraph naming a Sunday.)
  if (CITY_PAPER_TEST.test(text)) cityReaders(text, kept);
  if (NEWSPAPER_TEST.test(text)) {
    newspapers(text, kept);
    magazines(text, kept);
  }
  if (PAPER_OF_PLACE.test(text)) papersOfPlaces(text, kept);
  if (CAMPUS_TEST.test(text)) campuses(text, kept);
  if (UNIT_TEST.test(text)) militaryUnits(text, kept);
  if (NATION_TEST.test(text)) nativeNations(text, kept);
  if (CAMPAIGN_TEST.test(text)) campaignGroups(text, kept);
  if (RENAMED_TEST.test(text)) renamedBodies(text, kept);
  if (COURT_TEST.test(text)) townsCourts(text, kept);
  if (UNIVERSITY_LIST_TEST.test(text)) universityLists(text, kept);
  cityTeams(text, kept);
  shareBars(text, kept);
  // A listing's row is a short line: prose paragraphs are not read for it.
  if (text.length <= ROW_LENGTH && text.includes(',')) nameThenPlace(text, kept);
  if (text.includes(' News')) newsSections(text, kept);
  if (/\p{L}['’]s \p{Lu}/u.test(text)) ownersShops(text, kept);
  numberedStations(text, kept);
  numberedChannels(text, kept);
  if (text.includes('+')) plusServices(text, kept);
  if (text.includes('/')) {
    slashCredits(text, kept);
    sourceTags(text, kept);
  }
  if (/©|Copyright/.test(text)) {
    copyrightHolders(text, kept);
    copyrightYearHolders(text, kept);
  }
  if (text.includes(' to ')) bodiesToDo(text, kept);
  if (text.includes(' on ')) sourceOnAggregator(text, kept);
  if (text.includes(' for ')) outletsWorkedFor(text, kept);
  if (TRADE_TEST.test(text)) tradeFirms(text, kept);
  initialsBeforeBodies(text, kept);
  if (text.includes('University of ')) {
    universityCampus(text, kept);
    universityAddress(text, kept);
  }
  if (text.includes(' of the ')) nestedBodies(text, kept);
  if (ADMINISTRATION_TEST.test(text)) administrations(text, kept);
  if (text.includes(' (')) placeCodes(text, kept);
  if (text.endsWith('Sponsored')) sponsor(text, kept);
  if (/[Ss]ponsored by|[Bb]rought to you by/.test(text)) sponsoredBy(text, kept);
  if (text.includes('(@')) postAuthor(text, kept);
  postAuthors(text, kept);
  if (text.includes(' & Co')) andCompany(text, kept);
  if (text.includes(' Century ')) centuryNames(text, kept);
  if (LOWER_SITE_TEST.test(text)) lowercaseSites(text, kept);
  // `Remain Co.`: an abbreviated company suffix keeps its full stop.
  for (const m of kept) if (m.label === 'ORG' && text[m.end] === '.' && ABBREVIATED_HEADS.has(headWord(m.text))) Object.assign(m, { end: m.end + 1, text: m.text + '.' });
  // `18th Street Distillery`, `5th Avenue Theatre`: a body named after a numbered street opens with the street's number.
  for (const m of kept) {
    if (m.label !== 'ORG' || !/^(?:Street|Avenue|Ave\.?|St\.?|Road)\s/.test(m.text)) continue;
    const x = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th) $/u.exec(text.slice(Math.max(0, m.start - 6), m.start));
    if (x) Object.assign(m, { start: m.start - x[0].length, text: x[0] + m.text });
  }
  // `Sixth Ave.`, `Main St.`: a street's abbreviated word keeps its full stop too.
  for (const m of kept) if (m.label === 'PLACE' && text[m.end] === '.' && STREET_ABBREVIATION_END.test(m.text)) Object.assign(m, { end: m.end + 1, text: m.text + '.' });
  withoutCurrenciesAndSpeakers(text, kept);
  if (text.includes(', ')) regionsAfterTowns(text, kept);
  if (/(?:^|[^\p{L}])(?:de|van|von|di|da|du|der|del|dos|ter|ten) \p{Lu}/u.test(text)) particleSurnames(text, kept);
  if (/ (?:LLP|LLC|PLLC|P\.C\.)/.test(text)) partnerships(text, kept);
  withCommaLegalForm(text, kept);
  if (text.includes(' plc')) lowercasePlc(text, kept);
  splitRepeatedNames(text, kept);
  if (text.includes(' (')) initialsInBrackets(text, kept);
  withPlaceKind(text, kept);
  const listed = EXCHANGE_COLON.test(text) ? withoutTickers(text, kept) : kept;
  const all = text.includes('working group') ? workingGroups(text, listed) : listed;
  // Capitalised common words stay as candidates: the document may show they are names (`Cook` after `Tim Cook`).
  const states = stateCandidates(text);
  return states.length ? { mentions: all, aliases: findAliases(text, all), states } : { mentions: all, aliases: findAliases(text, all) };
}

/**
 * `in Truro, Cornwall, has been …`: an unknown word set off by commas (or ending the sentence) right after a place is
 * the region or the country it lies in.
 */
function regionsAfterTowns(text: string, ms: Mention[]): void {
  for (let k = 1; k < ms.length; k++) {
    const [town, m] = [ms[k - 1], ms[k]];
    if (town.label !== 'PLACE' || !m.guess || m.label !== 'ORG' || /\s/.test(m.text) || text.slice(town.end, m.start) !== ', ') continue;
    if (!/^[,.;:)](?:\s|$)/.test(text.slice(m.end, m.end + 2)) || isGivenName(m.text)) continue;
    // `In Paris, Johnson, the minister, …`: a sentence opening on its place, then a person set off by commas.
    if (/(?:^|[.!?]\s+)\p{Lu}\p{Ll}*\s+$/u.test(text.slice(Math.max(0, town.start - 12), town.start)) || /^,\s+(?:the|a|an|who|whose|said|says)\b/.test(text.slice(m.end, m.end + 12))) continue;
    Object.assign(m, { label: 'PLACE', strength: 1, guess: false, reason: `the region of ${town.text}, after a comma` });
  }
}

/**
 * `Later de Blasio said`, `He met von Weizsäcker`: a surname's particle in small letters, not after a capitalised word
 * (`Port de Barcelona`, `Rio de Janeiro`), before one capitalised word that names no place (`tour de France`), is a
 * person's surname with its particle.
 */
const PARTICLE_SURNAME = /(?<![\p{Lu}][\p{L}.'’-]*\s)(?<![\p{L}\p{N}])(?:de|van|von|di|da|du|der|del|dos|ter|ten) (\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}\p{N}]| \p{Lu})/gu;
function particleSurnames(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(PARTICLE_SURNAME)) {
    const nameStart = x.index + x[0].length - x[1].length;
    const inside = ms.find((m) => m.start === nameStart && m.end === nameStart + x[1].length);
    if (ms.some((m) => m.start < nameStart + x[1].length && x.index < m.end && m !== inside)) continue;
    // `tour de France`, `above de Herengracht` (Dutch `de`, a canal): a place's name stays the place.
    if (inside?.label === 'PLACE' || gazetteer().get(nameKey(x[1]))?.label === 'PLACE') continue;
    const end = x.index + x[0].length;
    replaceInside(ms, mention(x.index, end, x[0], 'PERSON', 2, 'a surname with its particle in small letters'));
  }
}

/** `21st Century Fox`, `20th Century Studios`: a century's ordinal and `Century` before one capitalised word open a company's name. */
const CENTURY_NAME = /(?<![\p{L}\p{N}])\d{2}(?:st|nd|rd|th) Century \p{Lu}\p{Ll}+(?![\p{L}\p{N}]| \p{Lu})/gu;
function centuryNames(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(CENTURY_NAME)) replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a company named by a century’s ordinal'));
}

/**
 * `Skadden, Arps, Slate, Meagher & Flom LLP`: partners' names between commas, an ampersand before the last (or three
 * names or more), then a firm's legal form. (`Unsurprisingly, Arduino LLC`: an adverb and one name are no partners.)
 */
const PARTNER = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const PARTNERSHIP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${PARTNER},\s){1,5}${PARTNER}\s(?:&|and)\s${PARTNER}|(?:${PARTNER},\s){2,5}${PARTNER}),?\s(?:LLP|LLC|PLLC|P\.C\.)(?![\p{L}\p{N}])`,
  'gu',
);
function partnerships(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(PARTNERSHIP)) {
    const end = x.index + x[0].length;
    for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start < end && x.index < ms[k].end) ms.splice(k, 1);
    replaceInside(ms, mention(x.index, end, x[0], 'ORG', 2, 'a partnership: its partners’ names and its legal form'));
  }
}

/** `US$1 billion`, `A$5`: a country's letters before a dollar sign name its currency; `Turkish-speaking`: who speaks a language. No entities. */
const CURRENCY_LETTERS = /^(?:US|A|C|NZ|HK|S|NT|R)$/;
/** Who speaks a language (`Turkish-speaking`): no people, no body. */
const SPEAKERS_OF = /-speaking$/;
function withoutCurrenciesAndSpeakers(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if ((text[m.end] === '$' && CURRENCY_LETTERS.test(m.text)) || SPEAKERS_OF.test(m.text) || pronounUs(text, m) || moreInSection(text, m)) ms.splice(k, 1);
  }
}

/** `CONTACT US`, `Follow US`, `TELL US.`, `CONNECT WITH US`: the reader's call to the site, `us` in capitals; `$799 US`: the dollar's country. */
const CALL_BEFORE_US = /(?:\b(?:CONTACT|FOLLOW|ABOUT|TELL|JOIN|EMAIL|E-MAIL|CALL|WRITE TO|CONNECT WITH|SUPPORT)|(?:^|[|•]\s*)(?:Contact|Follow|About|Tell|Join|Connect with|Connect With))\s+$/;
const PRICE_BEFORE_US = /\$\s?\d[\d,.]*\s+$/;
function pronounUs(text: string, m: Mention): boolean {
  if (m.text !== 'US') return false;
  const before = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
  return CALL_BEFORE_US.test(before) || PRICE_BEFORE_US.test(before);
}

/** `More in Trending`, `More in Science & Health`: a guessed name after `More in`, alone to the line's end, is a section's. */
function moreInSection(text: string, m: Mention): boolean {
  return !!m.guess && /^[ \t]*More in[ \t]+$/.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start)) && /^[ \t]*(?:\n|$)/.test(text.slice(m.end));
}

/** `More on syracuse.com`, `Also on rt.com`: a site named by its domain in small letters (not inside an address, an e-mail or brackets, nor an image's credit). */
const LOWER_SITE = new RegExp(String.raw`(?<![\p{L}\p{N}@/=.:(_-])\p{Ll}[\p{L}\p{N}-]*${DOMAINS}(?![\p{L}\p{N}/@_)-]|\.[\p{L}\p{N}])`, 'gu');
const LOWER_SITE_TEST = new RegExp(String.raw`\p{Ll}${DOMAINS}\b`, 'u');
const CREDIT_BEFORE = /(?:\b(?:Images?|Photos?|Pictures?|Credit|Source)\s*[|:]|©)\s*$/i;

function lowercaseSites(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(LOWER_SITE)) {
    const start = x.index;
    const end = start + x[0].length;
    if (ms.some((m) => m.start < end && start < m.end)) continue;
    if (CREDIT_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf('\n', start) + 1, start - 30), start))) continue;
    ms.push(mention(start, end, x[0], 'ORG', 2, 'a site named by its domain'));
  }
  ms.sort((a, b) => a.start - b.start);
}

/** An exchange's name and a colon, before a share's ticker (`(NYSE: SDR)`, `(NASDAQ:BBRY)(TSX:BB)`). */
const EXCHANGE = String.raw`(?:NYSE|NASDAQ|Nasdaq|TSX|LSE|AMEX|ASX|OTC)\s*:`;
const EXCHANGE_COLON = new RegExp(EXCHANGE);
const EXCHANGE_BEFORE = new RegExp(`${EXCHANGE}\\s*$`);

/** A share's ticker after its exchange is a code, no name (the company is named before it). */
function withoutTickers(text: string, ms: Mention[]): Mention[] {
  return ms.filter((m) => !(/^[A-Z][A-Z.]{0,5}$/.test(m.text) && EXCHANGE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))));
}

const WORKING_GROUP = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:(?:and|&)[ \u00a0]+)?\p{Lu}[\p{L}'’-]*)*[ \u00a0]+working[ \u00a0]+groups?\b/gu;

/**
 * `the Arms Control and Regional Security working group`, `the Refugees working groups`: the
 * fields a working group is named after, and its lowercase kind, are one organisation's name.
 */
function workingGroups(text: string, ms: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const x of text.matchAll(WORKING_GROUP)) {
    // A sentence's first word (`The`, `In`) is no part of the name.
    const lead = /^(?:The|A|An|In|At|For|Of|To|On|By|Its|Their|This|That)[ \u00a0]+/.exec(x[0]);
    const start = x.index + (lead ? lead[0].length : 0);
    const end = x.index + x[0].length;
    if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) continue;
    found.push(mention(start, end, text.slice(start, end), 'ORG', 2, 'the fields a working group is named after', {}));
  }
  if (!found.length) return ms;
  const out = ms.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
  out.push(...found);
  return out.sort((a, b) => a.start - b.start);
}

/** `the Yampi peninsula`, `Ninety Mile beach`: a peninsula or a beach is named with its lowercase kind (a beach after two words or more). */
function withPlaceKind(text: string, ms: Mention[]): void {
  for (const m of ms) {
    // `gay group OutRage! said`, `OutRage!'s Mr Lock`: an exclamation mark inside a sentence is the name's own.
    if (m.label === 'ORG' && text[m.end] === '!' && /^!(?:['’]s\b|,| \p{Ll})/u.test(text.slice(m.end, m.end + 4))) Object.assign(m, { end: m.end + 1, text: m.text + '!' });
    // (A town's one word before `beach` is the town: `found on Penarth beach`.)
    const kind = m.label === 'PLACE' ? (m.text.includes(' ') ? /^ (?:peninsula|beach)\b/ : /^ peninsula\b/).exec(text.slice(m.end, m.end + 12)) : null;
    if (kind) Object.assign(m, { end: m.end + kind[0].length, text: text.slice(m.start, m.end + kind[0].length) });
  }
}

/**
 * `Jennifer Rubin Jennifer Rubin writes …`, `Dan Goodin Dan is …`: an author box prints the name, then starts
 * again with it; two names, the second all or the start of the first.
 */
function splitRepeatedNames(text: string, ms: Mention[]): void {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.label !== 'PERSON') continue;
    const words = [...m.text.matchAll(/\S+/g)];
    if (words.length < 3) continue;
    const k = words.findIndex((w, j) => j >= 2 && w[0] === words[0][0] && words.slice(j).every((x, n) => x[0] === words[n][0]));
    if (k < 0) continue;
    const cut = m.start + words[k].index!;
    const second = mention(cut, m.end, text.slice(cut, m.end), 'PERSON', m.strength, m.reason, { initial: false });
    const end = m.start + words[k - 1].index! + words[k - 1][0].length;
    Object.assign(m, { end, text: text.slice(m.start, end) });
    ms.splice(i + 1, 0, second);
  }
}

/** `, Inc.`, `, LLC`, `, L.P.` right after a name: its company's legal form, written after a comma (a sentence's full stop left out). */
function commaLegalForm(after: string): string | undefined {
  const x = /^, ([\p{L}.]+)/u.exec(after);
  if (!x) return undefined;
  const form = isLegalForm(x[1]) ? x[1] : x[1].endsWith('.') && isLegalForm(x[1].slice(0, -1)) ? x[1].slice(0, -1) : undefined;
  return form && `, ${form}`;
}

/** `Future plc`, `Tesco plc`: capitalised words and a public company's legal form in small letters. */
const LOWERCASE_PLC = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3} plc\b/gu;

function lowercasePlc(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(LOWERCASE_PLC)) {
    replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'company: its legal form “plc”'));
  }
}

/** `©2005-2015 WebMD, LLC.`, `Morningstar, Inc. All Rights Reserved`: the legal form after the comma closes the company's name. */
function withCommaLegalForm(text: string, ms: Mention[]): void {
  if (!text.includes(', ')) return;
  for (const m of [...ms]) {
    // (`Inner Northern Adelaide, SA`: a place read whole, then its state.)
    if (!ms.includes(m) || m.label === 'NORP' || (m.label === 'PLACE' && (m.gazKind || m.strength === 2))) continue;
    const form = commaLegalForm(text.slice(m.end, m.end + 16));
    if (!form) continue;
    const end = m.end + form.length;
    // The legal form read as a word of its own (`Inc`) is no mention beside its company.
    const inside = ms.filter((o) => o.start >= m.end && o.start < end);
    if (inside.some((o) => o.end > end || (o.label && o.label !== 'ORG'))) continue;
    for (const o of inside) ms.splice(ms.indexOf(o), 1);
    // `Meta Platforms, Inc.`: a body's or an unknown name right before, a space apart, is the company's name's first word.
    const prev = ms[ms.indexOf(m) - 1];
    if (prev && prev.end === m.start - 1 && text[prev.end] === ' ' && (prev.label === 'ORG' || !prev.label) && /^\p{Lu}/u.test(prev.text)) {
      ms.splice(ms.indexOf(prev), 1);
      m.start = prev.start;
    }
    Object.assign(m, { end, text: text.slice(m.start, end), label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, guess: false, reason: `company: its legal form after a comma “${form.slice(2)}”` });
  }
}

/**
 * `the Baldwin County Sheriff's office`, `the Alabama Attorney General's office`: a place's
 * post and its office or department, lowercase noun included, are one organisation.
 */
const POST_OFFICE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}.'’-]*[ \t]){1,3})(?:[Ss]heriff|(?:Attorney|District Attorney|Solicitor|Inspector|Auditor)[ -]General|District Attorney|Coroner|Prosecutor|Comptroller|Treasurer|Marshal)['’]s (?:office|department|Office|Department)(?![\p{L}])/gu;

const POST_LEAD = new RegExp(`^(?:The|A|An|${COUNT_WORDS})\\s`);

function officesOfPosts(text: string, ms: Mention[]): void {
  if (!/['’]s (?:office|department)/i.test(text)) return;
  for (const x of text.matchAll(POST_OFFICE)) {
    let start = x.index;
    // Not `The` opening the sentence, nor a number counting what follows: the name starts at the place.
    const lead = POST_LEAD.exec(x[1]);
    if (lead) start += lead[0].length;
    if (start >= x.index + x[1].length) continue;
    const end = x.index + x[0].length;
    const inside = ms.filter((m) => m.start >= start && m.end <= end);
    if (inside.length === 0 || inside.some((m) => m.label !== 'PLACE' && m.label !== 'ORG' && m.label !== undefined) || ms.some((m) => m.start < start && m.end > start)) continue;
    replaceInside(ms, mention(start, end, text.slice(start, end), 'ORG', 2, 'a place’s post and its office'));
  }
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}`;
/** One player in a line-up: a name, a minute (`Dunne 75 og`), a substitute in brackets (`Mills (Bradley Wright-Phillips 83)`). */
const PLAYER = String.raw`${NAME}(?:[ \t]\d{1,3}(?:[ \t](?:og|pen))?)?(?:[ \t]\(${NAME}(?:[ \t]\d{1,3})?\))?`;
/** A label and its colon, then players separated by commas up to a full stop: `Man City: James, Mills (…), Dunne.` */
const LINE_UP = new RegExp(String.raw`(?<=:[ \t])${PLAYER}(?:,[ \t]${PLAYER})+(?=[.;]|$)`, 'gu');
const PLAYER_NAME = new RegExp(`${NAME}`, 'gu');

/**
 * A sports report's line-ups: after a label and its colon, a list of names (each perhaps
 * with a minute or a substitute in brackets) is a list of players, whatever their names
 * read as alone (`Mills`, `Flood`, `Fortune`). Once one list of the paragraph holds five
 * players or more, its shorter lists (`Booked: Rooney, Scholes.`) are read the same way.
 * A list naming a known place or people (`Members: France, Germany, Italy.`) is none.
 */
function lineUps(text: string, ms: Mention[]): void {
  const lists = [...text.matchAll(LINE_UP)].map((x) => [...x[0].matchAll(PLAYER_NAME)].map((n) => ({ start: x.index + n.index, end: x.index + n.index + n[0].length, text: n[0] })));
  const known = (n: { start: number; end: number }) => ms.some((m) => m.start < n.end && n.start < m.end && (m.gazKind === 'country' || m.gazKind === 'region' || m.label === 'NORP' || (m.label === 'ORG' && m.strength === 2)));
  const players = lists.filter((names) => !names.some(known));
  if (!players.some((names) => names.length >= 5)) return;
  for (const n of players.flat()) {
    for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start < n.end && n.start < ms[k].end) ms.splice(k, 1);
    replaceInside(ms, mention(n.start, n.end, n.text, 'PERSON', 2, 'a player in a line-up'));
  }
}

/** Characters a listing's row may have. */
const ROW_LENGTH = 120;

/** A line of a name, a comma and a known place only: `Westpac,   Victoria`, `Just Better Care Canberra,  ACT`. */
const NAME_COMMA_PLACE = /^([ \t]*)((?:\p{Lu}[\p{L}'’.&-]*|\d+)(?:[ \t]+(?:\p{Lu}[\p{L}'’.&-]*|\d+|of|and|for|the|in)){0,5}),[ \t]+\S[^,\n]*?[ \t]*$/u;

/**
 * A listing's row (winners by state, offices by town): a name, a comma and a known place, nothing else, is the name of
 * someone or something from there: a person when it opens with a given name, else an organisation (`Westpac`,
 * `Train 2 Learn`, `Just Better Care Canberra`). A place before the comma (`Paris, France`) stays a place.
 */
function nameThenPlace(text: string, ms: Mention[]): void {
  const x = NAME_COMMA_PLACE.exec(text);
  if (!x) return;
  const start = x[1].length;
  const end = start + x[2].length;
  const place = ms.find((m) => m.start > end && m.label === 'PLACE' && text.slice(m.end).trim() === '');
  if (!place || text.slice(end, place.start).replace(/[, \t]/g, '') !== '') return;
  const inside = ms.filter((m) => m.start >= start && m.end <= end);
  if (inside.some((m) => m.start === start && m.end === end && m.label) || inside.some((m) => m.label === 'PLACE' && m.start === start)) return;
  const words = x[2].split(/[ \t]+/);
  const person = words.length >= 2 && words.length <= 3 && isGivenName(words[0]) && !isCommonWord(words[words.length - 1]);
  replaceInside(ms, mention(start, end, x[2], person ? 'PERSON' : 'ORG', 1, 'a name before a comma and its place, alone on a line', { guess: !person }));
}

/** Prepositions of where something happens, not of a transfer (`to Manchester City`, `from Stoke City`). */
/** Countries whose football clubs take their town's name and `City` (`Leicester City`, `Cork City`, `Melbourne City`, `Orlando City`). */
const CLUB_CITY_COUNTRIES: ReadonlySet<string> = new Set(['GB', 'IE', 'AU', 'NZ', 'US', 'CA']);
const CITY_PLACE_BEFORE = /\b(?:in|near|outside|around|across)[ \t]+$/;

/**
 * A town's name (or `Man`, Manchester's short form) then `City`, or a word British clubs take after their town's
 * (`Ipswich Town`, `Bristol Rovers`, `Oldham Athletic`), ending the name: a football club.
 */
const CLUB_WORDS = 'City|Town|United|Rovers|Athletic|Wanderers|Albion|Argyle';
const CITY_CLUB = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) (${CLUB_WORDS})(?![\\p{L}\\p{N}]|[ \\t]+\\p{Lu}|['’]s[ \\t]+\\p{Lu})`, 'gu');
const CLUB_WORD_AFTER_TOWN = new RegExp(` (?:${CLUB_WORDS})\\b`);

/**
 * `Manchester City`, `Man City`, `Stoke City`: a town known to the gazetteer then `City`
 * is its club, when the two are no city's name together (`Mexico City` is found whole
 * by the gazetteer) and nothing capitalised follows (`Hull City Council`).
 */
function cityClubs(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(CITY_CLUB)) {
    const town = ms.find((m) => m.start === x.index && m.end === x.index + x[1].length);
    // (`Cardiff City`, `Swansea City`: a county town the gazetteer lists as its region's name too.)
    if (x[1] !== 'Man' && (!town || town.label !== 'PLACE' || (town.gazKind !== 'city' && town.gazKind !== 'region'))) continue;
    // `Chesapeake City, MD`: before a comma and a state's code, the town's own name.
    const state = x[2] === 'City' ? /^, (\p{Lu}{2})\b/u.exec(text.slice(x.index + x[0].length, x.index + x[0].length + 5)) : null;
    if (state && stateOf(state[1]).length) {
      replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'PLACE', 2, 'a town named with “City”, before its state'));
      continue;
    }
    // `Gaza City`, `Davao City`: a town of a country whose clubs take no such name is named so itself.
    const country = x[2] === 'City' && x[1] !== 'Man' ? cityCountry(nameKey(x[1])) : undefined;
    if (country && !CLUB_CITY_COUNTRIES.has(country)) {
      replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'PLACE', 2, 'a town named with “City”, in a country whose clubs are not so named'));
      continue;
    }
    // `fighting heats up in Gaza City`, `strikes pound Gaza City, where …`: where something happens, the city.
    const end = x.index + x[0].length;
    if (x[2] === 'City' && ((CITY_PLACE_BEFORE.test(text.slice(Math.max(0, x.index - 10), x.index)) && !/^['’]s\b/u.test(text.slice(end, end + 3))) || /^,[ \t]+where\b/.test(text.slice(end, end + 9)))) {
      replaceUnlessCrossed(ms, mention(x.index, end, x[0], 'PLACE', 2, 'a town named with “City”, where something happens'));
      continue;
    }
    replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, `a town then “${x[2]}”: its football club`, { team: true }));
  }
}

/** `Interstate 10`, `Route 66`, `I-95`: a road named by its number is a place. */
const NUMBERED_ROAD = /(?<![\p{L}\p{N}])(?:(?:Interstate|Highway|Route|Motorway)\s\d{1,3}|I-\d{1,3}|[AM]\d{1,3}(?=\s(?:motorway|road))|(?:(?:East|West|North|South|E\.|W\.|N\.|S\.)\s)?\d{1,3}(?:st|nd|rd|th)\s(?:Avenue|Street|(?:Ave|St)\.?))(?![\p{L}\p{N}])/gu;

function numberedRoads(text: string, ms: Mention[]): void {
  if (!/\d/.test(text)) return;
  for (const x of text.matchAll(NUMBERED_ROAD)) {
    replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'PLACE', 2, 'a road named by its number'));
  }
}

/** `BBC Radio 4`, `BBC News 24`, `Sky Sports 2`: a broadcaster's station or channel is named by its number. */
const STATION_NUMBER = /^ (\d{1,2})(?!\d|[.,:]\d|[%/-]|\s*(?:hours?|minutes?|days?|years?|per|of|times|percent|million|billion|people|stories)\b)/;
const STATION_HEADS = /(?:^|\s)(?:Radio|News|Channel|TV|Sports|Sport)$/;

/** ` & Company`, ` & Co.` right after a name: the firm's full name (`Dow Jones & Company`, `J.P. Morgan & Co.`). */
const AND_COMPANY = /^ & Co(?:mpany\b|\.)/;

function andCompany(text: string, ms: Mention[]): void {
  const firms: Mention[] = [];
  for (const m of ms) {
    const x = (m.label === 'ORG' || m.label === 'PERSON') && AND_COMPANY.exec(text.slice(m.end, m.end + 12));
    if (!x) continue;
    const end = m.end + x[0].length;
    firms.push(Object.assign(m, { end, text: text.slice(m.start, end), label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: 'a firm: a name and “& Company”' }));
  }
  // The `Co.` read as a name of its own is now inside the firm's.
  if (firms.length) ms.splice(0, ms.length, ...ms.filter((m) => !firms.some((f) => f !== m && m.start >= f.start && m.end <= f.end)));
}

/**
 * A line of one word then `News`: a site's section (`Strange News`, `Texas News`), unless the word is a known body's;
 * with common words before it too (`Truck & Bus News`).
 */
const NEWS_SECTION = /^[ \t]*((?:[\p{L}&]+[ \t]+){0,3})(\p{Lu}\p{Ll}+) News[ \t]*$/u;

/** `Drug News`, `Industry News` alone on a line are a page's sections, no body; a place's section keeps the place (`Texas News`). */
function newsSections(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (m.label !== 'ORG' || !m.text.endsWith(' News')) continue;
    const lineEnd = text.indexOf('\n', m.end);
    const x = NEWS_SECTION.exec(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, lineEnd < 0 ? text.length : lineEnd));
    if (!x || gazetteer().get(nameKey(m.text))) continue;
    // `Truck & Bus News`, `Ad hoc Group News`: common words before it, the section's too.
    if (!x[1].split(/[ \t]+/).filter(Boolean).every((w) => w === '&' || isCommonWord(w.toLowerCase()))) continue;
    const place = x[1] ? undefined : gazetteer().get(nameKey(x[2]));
    if (place?.label === 'PLACE') ms.splice(k, 1, mention(m.start, m.start + x[2].length, x[2], 'PLACE', 2, `gazetteer: ${place.kind}`, { canonical: place.canonical, gazKind: place.kind }));
    else if (!gazetteer().get(nameKey(x[2])) && isCommonWord(x[2].toLowerCase())) ms.splice(k, 1);
  }
}

/** A television network's initials, whose local station is named by its channel's number (`NBC 5`, `NBC 4 New York`). */
const NETWORKS = new RegExp(`^(?:${TV_NETWORKS})$`);

function numberedStations(text: string, ms: Mention[]): void {
  if (!/\d/.test(text)) return;
  const gone = new Set<Mention>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const network = NETWORKS.test(m.text);
    if (m.label !== 'ORG' || !(network || (STATION_HEADS.test(m.text) && m.text.includes(' ')))) continue;
    const x = STATION_NUMBER.exec(text.slice(m.end, m.end + 24));
    if (!x) continue;
    let end = m.end + x[0].length;
    // `NBC 4 New York`, `NBC 5 Dallas-Fort Worth`: the station's town right after its number is part of its name.
    const town = network ? ms[k + 1] : undefined;
    if (town && town.start === end + 1 && text[end] === ' ' && isTownName(town)) {
      end = town.end;
      gone.add(town);
    }
    Object.assign(m, { end, text: text.slice(m.start, end), reason: network ? 'a network’s local station: its channel’s number' : m.reason });
  }
  if (gone.size) ms.splice(0, ms.length, ...ms.filter((m) => !gone.has(m)));
}

/** A place's name, or two joined by a hyphen that open with one (`Dallas-Fort Worth`). */
function isTownName(m: Mention): boolean {
  if (m.label === 'PLACE') return true;
  const first = m.text.split('-')[0];
  return m.text.includes('-') && gazetteer().get(nameKey(first))?.label === 'PLACE';
}

/** `Channel 4`, `Channel 9`: a broadcaster named by `Channel` and its number, no capitalised name before it. */
const CHANNEL_NUMBER = /(?<![\p{L}\p{N}&]|\p{Lu}\p{L}*\s)Channel (\d{1,2})(?![\d.,:%/-]|\s+(?:hours?|minutes?|days?|years?|per|of|times|percent|million|billion|people)\b)/gu;

/** `BBC One`, `SBS One`: a broadcaster's initials and `One`, a word that never opens a name alone (`BBC Two` is read as a name). */
const CHANNEL_ONE = /(?<![\p{L}\p{N}])(?:BBC|SBS|ABC|RTÉ|RTE|S4C|TVNZ) One(?![\p{L}\p{N}])/gu;

function numberedChannels(text: string, ms: Mention[]): void {
  if (text.includes(' One')) for (const x of text.matchAll(CHANNEL_ONE)) replaceOverlapping(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a broadcaster’s channel: its initials and `One`'));
  if (!text.includes('Channel ')) return;
  for (const x of text.matchAll(CHANNEL_NUMBER)) {
    replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a broadcaster: Channel and its number'));
  }
}

/** How every reason of a copyright's holder opens (names-again.ts reads the site's own name from such holders). */
export const COPYRIGHT_HOLDER_REASON = 'a copyright’s holder';

/** `© 2022 Deadline Hollywood, LLC`, `© Copyright Hearst Newspapers, LLC`: a copyright's holder, a company named with its legal form after a comma. */
const COPYRIGHT_HOLDER = /(?:©\s*Copyright\b|©|\bCopyright\b)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+)?((?:\p{Lu}[\p{L}&'’-]*\s){1,3})?/gu;

/** The holder's words before `, LLC` are its name, whatever they read as (a common word, a city: `Deadline Hollywood`). */
function copyrightHolders(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(COPYRIGHT_HOLDER)) {
    if (!x[1]) continue;
    const start = x.index + x[0].length - x[1].length;
    // (A small word may join the name's words: `Editorial Projects in Education, Inc.`)
    const name = /^(?:\p{Lu}[\p{L}&'’-]*\s(?:(?:in|of|for|and|on)\s)?){1,3}\p{Lu}[\p{L}&'’-]*(?=, )/u.exec(text.slice(start, start + 80))?.[0];
    const form = name && commaLegalForm(text.slice(start + name.length, start + name.length + 16));
    if (!name || !form) continue;
    const end = start + name.length + form.length;
    replaceUnlessCrossed(ms, mention(start, end, text.slice(start, end), 'ORG', 2, `${COPYRIGHT_HOLDER_REASON}: a company and its legal form “${form.slice(2)}”`));
  }
}

/**
 * `© Copyright 2019, The Spokesman-Review | Community Guidelines`, `© 2019 The Hollywood Reporter`, `© 2019 Sky UK`,
 * `© 2011 All Rights Reserved AOL News.`, `© 2018 Copyright India Post Media Pvt. Ltd.. All Rights reserved.`,
 * `Copyright 2022 © The New Republic.`, `© 2022 - Copyright Wisdom Digital Media, all rights reserved.`, `Copyright © The Press-Enterprise.`:
 * after the year (and a comma, a `©`, or a dash and the word `Copyright` again), or after `Copyright ©` and `The`, the holder's name (with its
 * abbreviated legal forms) to the line's end, a bar, a full stop, `®`, `All rights` or `is a registered trademark`,
 * whatever its words read as alone (a city, a country).
 */
const HOLDER_NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\/\p{Lu}[\p{L}&'’-]*)?(?:\s(?:and\s|&\s)?(?!(?:Pvt|Pte|Co|Corp|Inc|Ltd)\.)\p{Lu}[\p{L}&'’-]*){0,4}(?:\s(?:Pvt|Pte|Co|Corp|Inc|Ltd)\.)*`;
const COPYRIGHT_YEAR = String.raw`(?:©\s*Copyright\b|©|\bCopyright\b)\s*`;
const YEARS = String.raw`(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?`;
const COPYRIGHT_YEAR_HOLDER = new RegExp(
  String.raw`(?:${COPYRIGHT_YEAR}${YEARS}(?:\s*©)?,?\s+(?:[-–]\s+)?(?:Copyright\s+)?|Copyright\s*©\s*(?=The\s))(?:All\s+[Rr]ights\s+[Rr]eserved\.?\s+)?(?!All\s+[Rr]ights)(${HOLDER_NAME})` +
    String.raw`(?=\s*(?:\||$|\.(?:\s|$)|,\s*[Aa]ll [Rr]ights|®|\s[Aa]ll [Rr]ights|\s[-–]\s[Aa]ll [Rr]ights|\sis\sa\s))`,
  'gmud',
);
/** `© Copyright Gannett 2018`, `Sports data © STATS 2018`: the holder named before the year. */
const COPYRIGHT_HOLDER_YEAR = new RegExp(String.raw`${COPYRIGHT_YEAR}(${HOLDER_NAME})\s+${YEARS}(?![\p{L}\p{N}])`, 'gud');

function copyrightYearHolders(text: string, ms: Mention[]): void {
  for (const re of [COPYRIGHT_YEAR_HOLDER, COPYRIGHT_HOLDER_YEAR]) {
    for (const x of text.matchAll(re)) {
      if (x[1] === 'Copyright') continue;
      // `© 2019 The Associated Press`: a wire agency's name takes no `The`.
      const the = /^The\s+/.exec(x[1]);
      const holder = the && WIRE_AGENCIES.test(x[1].slice(the[0].length)) ? x[1].slice(the[0].length) : x[1];
      const start = x.indices![1][0] + x[1].length - holder.length;
      // `All Rights Reserved` before the holder is no part of any name read across it.
      const rights = /All\s+[Rr]ights/.exec(text.slice(x.index, start));
      if (rights) for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start < start + holder.length && x.index + rights.index < ms[k].end) ms.splice(k, 1);
      replaceUnlessCrossed(ms, mention(start, start + holder.length, holder, 'ORG', 2, `${COPYRIGHT_HOLDER_REASON} ${re === COPYRIGHT_YEAR_HOLDER ? 'after' : 'before'} its year`));
    }
  }
}

/** A picture's credit line of three parts or four between slashes (`Kane Skennar/Photodisc/Getty Images`), in brackets or not. */
const SLASH_CREDIT = /^(\(?)([\p{L}][\p{L}.' -]{0,40}?)((?:\/[\p{L}][\p{L}.' -]{0,40}?){2,3})\)?$/u;
/** A credited agency's words for pictures: the photographer named so is an agency (`Mike Watson Images`). */
const PICTURE_AGENCY = /\b(?:Images|Pictures|Photography|Photos)$/;

/**
 * `Kane Skennar/Photodisc/Getty Images`, `evgenyb/iStock/Getty Images`: the photographer (a person, by name or
 * by handle), then the agencies that hold the picture, each a body.
 */
function slashCredits(text: string, ms: Mention[]): void {
  const x = SLASH_CREDIT.exec(text.trim());
  if (!x) return;
  const lead = text.length - text.trimStart().length + x[1].length;
  const parts = [x[2], ...x[3].slice(1).split('/')];
  if (parts.some((p, k) => p.split(' ').length > 4 || p.trim() !== p || (k > 0 && !/\p{Lu}/u.test(p)))) return;
  // `Eat/Sip/Drive`: a menu's words, no credit.
  if (parts.every((p) => isCommonWord(p.toLowerCase()))) return;
  let at = lead;
  parts.forEach((p, k) => {
    const person = k === 0 && !PICTURE_AGENCY.test(p) && (/^\p{Ll}[\p{Ll}\p{N}]{3,}$/u.test(p) || /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}.'-]+){1,2}$/u.test(p));
    if (k > 0 || person || PICTURE_AGENCY.test(p)) replaceUnlessCrossed(ms, mention(at, at + p.length, p, person ? 'PERSON' : 'ORG', person ? 2 : 1, person ? 'a picture’s photographer' : 'an agency credited with a picture'));
    at += p.length + 1;
  });
}

/** `Discovery+`, `Paramount+`, `Apple TV+`: a name with a plus sign, a (streaming) service (`Disney+/Hulu` in a bundle too). */
const PLUS_SERVICE = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}+ TV|\p{Lu}\p{L}*)\+(?=[\s,.;:!?)'"’”/]|$)/gu;

function plusServices(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(PLUS_SERVICE)) {
    // `Manage Cookies+`: a menu's plural common word.
    if (/\p{Ll}s$/u.test(x[1]) && isCommonWord(x[1].toLowerCase())) continue;
    // `LGBT+`, `LGBQ+`: initials that name no body, with their plus.
    if (NON_ENTITY_ACRONYMS.has(x[0].toLowerCase())) continue;
    replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a service: a name with a plus sign'));
  }
}

/**
 * `the Committee to Protect Journalists`, `the Campaign to Protect Rural England`: a body's
 * head, `to` and a capitalised verb and its object name one body.
 */
const BODY_TO_DO = /(?<![\p{L}\p{N}])(?:(?:(?!(?:The|A|An|This|That|Our|Their) )\p{Lu}[\p{L}'’-]+ ){0,3}(?:Committee|Campaign|Coalition|Alliance|Foundation|Movement|Society|Fund|Council|Partnership|Initiative|Centre|Center|Project)) to (\p{Lu}\p{Ll}+)((?: (?:the |and |of |for )?\p{Lu}[\p{L}'’-]*){1,3})(?![\p{L}\p{N}])/gu;

function bodiesToDo(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(BODY_TO_DO)) {
    if (!isCommonWord(x[1].toLowerCase())) continue;
    replaceUnlessCrossed(ms, mention(x.index, x.index + x[0].length, x[0], 'ORG', 2, 'a body’s head, “to” and what it is to do'));
  }
}

/** `The Motley Fool on MSN`: a teaser's source line on a news aggregator's page names the outlet and the aggregator. */
const SOURCE_ON = /^[ \t]*((?:The )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,4}) on (MSN|Yahoo|AOL|Flipboard|Apple News|Google News|SmartNews)[ \t]*$/u;

function sourceOnAggregator(text: string, ms: Mention[]): void {
  const x = SOURCE_ON.exec(text);
  if (!x) return;
  const start = x.index + x[0].indexOf(x[1]);
  const at = x.index + x[0].lastIndexOf(x[2]);
  replaceInside(ms, mention(start, start + x[1].length, x[1], 'ORG', 2, 'a teaser’s source on a news aggregator'));
  replaceInside(ms, mention(at, at + x[2].length, x[2], 'ORG', 2, 'a news aggregator named after its source'));
}

/** `the University of California, Berkeley`: a university of a state and its campus's town after a comma are one name. */
function universityCampus(text: string, ms: Mention[]): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const u = ms[k];
    const town = ms[k + 1];
    if (u.label !== 'ORG' || !/^University of \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(u.text) || town.label !== 'PLACE' || town.gazKind !== 'city') continue;
    if (text.slice(u.end, town.start) !== ', ') continue;
    // The university's `of` names a state or a country (not a person: `the University of Goethe, Frankfurt` is two names).
    const of = gazetteer().get(nameKey(u.text.slice('University of '.length)));
    if (of?.label !== 'PLACE' || of.kind === 'city') continue;
    ms.splice(k, 2, mention(u.start, town.end, text.slice(u.start, town.end), 'ORG', 2, 'a university of a state and its campus'));
  }
}

/** `InnoGamesSponsored`, `BinaryUno Sponsored`: the advertiser's name before an advert's label, alone on its line. */
const SPONSOR = /^[ \t]*(\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*)?) ?Sponsored$/u;

function sponsor(text: string, ms: Mention[]): void {
  const x = SPONSOR.exec(text);
  if (!x || isCommonWord(x[1].toLowerCase())) return;
  const start = x.index + x[0].indexOf(x[1]);
  replaceInside(ms, mention(start, start + x[1].length, x[1], 'ORG', 2, 'an advertiser before the advert’s label'));
}

/**
 * `— Dele (@dele_official) November 19, 2019`, `— PFF CLE Browns (@PFF_Browns) …`: an embedded post's author, its whole
 * display name: a person when it opens with a given name (three words at most) or is one word, else an account's body.
 */
function postAuthor(text: string, ms: Mention[]): void {
  const name = postSignOff(text);
  if (!name || !/^\p{Lu}/u.test(name) || name.split(' ').length > 4 || /[@#:/]/.test(name)) return;
  const start = text.indexOf(name);
  // A name the paragraph already reads whole (`Elon Musk`, `Nintendo`), or a person in it (`Rep. Ilhan Omar`), keeps its reading.
  if (ms.some((m) => m.start >= start && m.end <= start + name.length && m.label && (m.label === 'PERSON' || (m.start === start && m.end === start + name.length)))) return;
  const words = name.split(' ');
  // One word not in capitals (`Dele`, `Rihanna`): a person's single name; brands write theirs in capitals or in several words.
  const person = words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) && (words.length === 1 || (isGivenName(words[0]) && !isCommonWord(words[0].toLowerCase())));
  replaceInside(ms, mention(start, start + name.length, name, person ? 'PERSON' : 'ORG', 1, 'an embedded post’s author'));
}

/** `Sponsored by State Farm`, `Brought to you by Acme Corp`: the sponsor's name, however common its words (not a model's number after it: `Lumify X9`). */
const SPONSORED_BY = /\b(?:[Ss]ponsored|[Bb]rought to you) by (\p{Lu}[\p{L}&.'’-]*(?: (?:\p{Lu}[\p{L}&.'’-]*|&)(?![\p{L}\p{N}]))*)(?![\p{L}\p{N}])/gu;

function sponsoredBy(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(SPONSORED_BY)) {
    const name = x[1].replace(/[.'’]+$/, '');
    // A person's name (a given name first) presents, no sponsor.
    if (isGivenName(name.split(' ')[0]) && name.includes(' ')) continue;
    const start = x.index + x[0].length - x[1].length;
    replaceInside(ms, mention(start, start + name.length, name, 'ORG', 2, 'a sponsor after “sponsored by”'));
  }
}

/** A word of a capital and a few letters, or of dotted capitals, with its full stop (`Calif.`, `N.Y.`, `W.Va.`). */
/** `in`, or a part of a state (`central`, `western`), right before its abbreviation. */
const IN_OR_PART_BEFORE = /(?:^|[^\p{L}])(?:in|central|northern|southern|eastern|western)[ \t]+$/u;
const DOTTED_STATE = /(?<![\p{L}\p{N}.])(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2}|W\.Va\.)(?![\p{L}\p{N}])/gu;

/** Where the paragraph may name a state by its code (see document-names.ts, which decides). */
function stateCandidates(text: string): StateCandidate[] {
  const out: StateCandidate[] = [];
  const row = /^[ \t]*(\p{Lu}{2,3})[ \t]+\p{N}/u.exec(text);
  if (row) out.push({ start: row[0].indexOf(row[1]), end: row[0].indexOf(row[1]) + row[1].length, kind: 'row' });
  if (text.includes(',')) for (const r of text.matchAll(/,[ \t]+((?:\p{Lu}\.){2}|\p{Lu}\.\p{Lu}[a-z]\.|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}{2,3})(?=[\s,.;:)]|$)/gu)) out.push({ start: r.index + r[0].length - r[1].length, end: r.index + r[0].length, kind: 'after-comma' });
  // `Canberra ACT 2600`, `New York, NY 10003`: a code between a town and its postcode.
  if (/\d{4}/.test(text) && /\p{Lu}{2,3},?[ \t]+\p{N}{4}/u.test(text)) for (const r of text.matchAll(/(?<=\p{L},?[ \t]+)(\p{Lu}{2,3})(?=[ \t]+\p{N}{4,5}(?!\p{N}))/gu)) out.push({ start: r.index, end: r.index + r[0].length, kind: 'postcode' });
  // `Without Calif. & N.Y.`: the AP's abbreviations that spell nothing else.
  // `brothels in Mass.`, `central Mass.`: one that spells a word too, after `in` or a part of the state.
  if (text.includes('.')) for (const r of text.matchAll(DOTTED_STATE)) if (DOTTED_STATES.has(r[0]) || (stateOfAbbreviation(r[0]) && IN_OR_PART_BEFORE.test(text.slice(Math.max(0, r.index - 10), r.index)))) out.push({ start: r.index, end: r.index + r[0].length, kind: 'dotted' });
  // `CA Notice`, `Your CA Privacy Rights`: a US site's footer naming a state's privacy law.
  if (/ Privacy| Notice/.test(text)) for (const r of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2}) (?=(?:Privacy|Notice)\b)/gu)) out.push({ start: r.index, end: r.index + 2, kind: 'privacy' });
  // `(R-Iowa)`, `Jason Chaffetz, R-Utah, said`.
  if (text.includes('-')) for (const r of text.matchAll(/(?:\(|, )[RDI]-([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?)(?=\)|,)/gu)) out.push({ start: r.index + r[0].length - r[1].length, end: r.index + r[0].length, kind: 'party' });
  return out;
}

/** A contraction's `n't` after a word (`Don’t`, `Won't`). */
const CONTRACTED_NOT = /^['’]t(?![\p{L}\p{N}])/u;
const CONTRACTION = /^(?:ll|s|re|ve|d|t|m)$/;

/** A heading where every content word is capitalised: capitals are then no evidence of a name. */
export function isTitleCaseLine(tokens: readonly Token[]): boolean {
  let caps = 0;
  let commas = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === ',' && ++commas >= 2) return false; // a list of names, not a heading
    if (t.address && /^[^\p{L}]*\p{Ll}/u.test(t.text)) return false; // `— Elon Musk (@elonmusk) …`: a lower-case handle is no heading's word
    if (t.kind !== 'word') continue;
    if (t.cap) caps++;
    else if (CONTRACTION.test(t.text) && k > 0 && /^['’]$/.test(tokens[k - 1].text) && tokens[k - 1].start === tokens[k].start - 1) continue; // `He’ll`
    else if (!CONNECTORS.has(t.text) && !FUNCTION_WORDS.has(t.text)) return false;
  }
  return caps >= 3;
}

/** `ASTANA –`, `NEW YORK, Nov 22 (Reuters) -`: the place a report was filed from, and the agency. */
const DATELINE_WORDS = 4;

function dateline(text: string, tokens: readonly Token[], out: Mention[]): number {
  let k = 0;
  while (k < tokens.length && tokens[k].kind === 'word' && tokens[k].caps && tokens[k].text.length > 1) k++;
  // A dateline's place is a few words (`SALT LAKE CITY –`); a headline in capitals before a dash is none. (A saint's
  // abbreviation opens one: `ST CATHERINE, Jamaica —`.)
  if (k === 0 || k > DATELINE_WORDS || (tokens[0].text.replace(/[^\p{L}]/gu, '').length < 3 && !(k >= 2 && /^(?:ST|MT|FT)$/.test(tokens[0].text)))) return 0;
  let d = k;
  while (d < tokens.length && d < k + 8 && !/^[-–—]$/.test(tokens[d].text)) {
    if (tokens[d].kind === 'word' && !tokens[d].cap && !tokens[d].caps) return 0;
    d++;
  }
  if (d >= tokens.length || !/^[-–—]$/.test(tokens[d].text)) return 0;
  const start = tokens[0].start;
  const end = tokens[k - 1].end;
  const surface = text.slice(start, end);
  const known = gazetteer().get(nameKey(surface));
  // `BUSINESS  Australian Apprenticeships - Employer Award`: a category's label in capitals, words of the language, is no place.
  if (!known && tokens.slice(0, k).every((t) => isCommonWord(t.text.toLowerCase()))) return 0;
  // `CNN —`, `AFP —`: an unknown short acronym opening the line is the agency, not a place.
  const agency = !known && k === 1 && /^\p{Lu}{2,5}$/u.test(surface);
  if (agency) out.push(mention(start, end, surface, 'ORG', 2, 'agency opening a dateline', { acronym: true }));
  else out.push(mention(start, end, surface, known?.label === 'NORP' ? 'NORP' : known?.label === 'ORG' ? 'ORG' : 'PLACE', 2, 'dateline', { canonical: known?.canonical ?? titleCase(surface) }));
  // `ASTANA. KAZINFORM –`, `ALMATY, KAZAKHSTAN –`: a country, or the agency that filed the report.
  for (let j = k; j < d; j++) {
    const t = tokens[j];
    // `HANOI, Vietnam (AP) —`, `HONOLULU, Hawaii (…) -`: the country or the state after the city, in title case.
    if (t.kind === 'word' && t.cap && !t.caps && tokens[j - 1]?.text === ',' && j - 1 === k && !MONTHS.has(t.text.toLowerCase()) && t.text !== 'May') { // not the month of `HONOLULU, Dec. 23 (UPI) —`
      let r = j;
      while (r + 1 < d && tokens[r + 1].kind === 'word' && tokens[r + 1].cap && !tokens[r + 1].caps && tokens[r + 1].start === tokens[r].end + 1) r++;
      const region = text.slice(t.start, tokens[r].end);
      const g = gazetteer().get(nameKey(region));
      if (!g || g.label === 'PLACE') out.push(mention(t.start, tokens[r].end, region, 'PLACE', 2, g ? `dateline: ${g.kind}` : 'the region after a dateline’s city', { canonical: g?.canonical ?? region }));
      j = r;
      continue;
    }
    // `(Reuters)`, `(AP)`: the agency in parentheses, whatever its case.
    const bracketed = tokens[j - 1]?.text === '(' && tokens[j + 1]?.text === ')' && (t.cap || t.caps);
    if (t.kind !== 'word' || (!t.caps && !bracketed) || t.text.length < 2) continue;
    const g = gazetteer().get(nameKey(t.text));
    const label = g?.label ?? 'ORG';
    out.push(mention(t.start, t.end, t.text, label, 2, g ? `dateline: ${g.kind}` : 'agency in a dateline', { canonical: g?.canonical ?? titleCase(t.text), acronym: !g && t.text.length <= 5 }));
  }
  return d;
}

/** `101 5th Ave 10th Floor, New York, NY`: a storey's or a suite's number opens an address's part, no list's member. */
const ORDINAL_BEFORE = /\d(?:st|nd|rd|th)\s+$/;

/** `Kokshetau, Semey, and Ust-Kamenogorsk`: members of a list share the label most of them have. */
function shareListLabels(text: string, all: Mention[]): void {
  // (A name's word kept inside it until resolve.ts decides, `Tengyu` of `Tengyu Ma`, is no member of its own.)
  const ms = all.filter((m, k) => k === 0 || !(m.start >= all[k - 1].start && m.end <= all[k - 1].end));
  let from = 0;
  for (let k = 1; k <= ms.length; k++) {
    const joined = k < ms.length && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(text.slice(ms[k - 1].end, ms[k].start));
    if (joined) continue;
    const nounAfter = k - from >= 2 && pluralGeoNounAfter(text, ms[k - 1].end);
    // `towns and cities including Cardiff, Bangor and Wrexham`: after the plural noun, a list holding a known place.
    const nounBefore = !nounAfter && k - from >= 3 && ms.slice(from, k).some((m) => m.label === 'PLACE' && m.gazKind) && pluralGeoNounBefore(text, ms[from].start);
    if (nounAfter || nounBefore) {
      const reason = nounAfter ? 'in a list before a geographic word' : 'in a list after a geographic word';
      for (const m of ms.slice(from, k)) if (!m.gazKind || m.label === 'PLACE') Object.assign(m, { label: 'PLACE', strength: 1, guess: false, reason });
    } else if (k - from >= 3) shareLabel(ms.slice(from, k).filter((m) => !ORDINAL_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))));
    // Two joined by `and` or `or` (`Intel and Hewlett Packard`), not a name in apposition after a comma (`the leader of Hamas, Ismail Haniyeh,`).
    else if (k - from === 2 && /\b(?:and|or)\b|&/.test(text.slice(ms[from].end, ms[from + 1].start))) companyPair(ms[from], ms[from + 1]);
    from = k;
  }
}

/** `From Urbino to Rome`, `flights from Zorba to Paris`: an unknown name going from or to a known place is a place. */
function fromPlaceToPlace(text: string, ms: Mention[]): void {
  const known = (m: Mention) => m.label === 'PLACE' && m.gazKind !== undefined;
  const unknown = (m: Mention) => m.guess === true && !m.text.includes(' ');
  for (let k = 0; k + 1 < ms.length; k++) {
    const [a, b] = [ms[k], ms[k + 1]];
    if (!/^ to $/.test(text.slice(a.end, b.start)) || !/(?:^|\s)[Ff]rom $/.test(text.slice(Math.max(0, a.start - 5), a.start))) continue;
    if (known(b) && unknown(a)) Object.assign(a, { label: 'PLACE', strength: 1, guess: false, reason: `from it to ${b.text}` });
    else if (known(a) && unknown(b)) Object.assign(b, { label: 'PLACE', strength: 1, guess: false, reason: `from ${a.text} to it` });
  }
}

/**
 * `Intel and Hewlett Packard`: a known company joined to a name of several words read as a person only by its
 * shape (no given name, no title, no verb of saying) makes it a company too.
 */
function companyPair(a: Mention, b: Mention): void {
  for (const [known, other] of [[a, b], [b, a]]) {
    if (other.label !== 'PERSON' || other.strength >= 2) continue;
    // `News Corporation and Fairfax`: an organisation by its head, joined to a lone word read as a person only as a given name.
    const lone = other.guess === true && !/\s/.test(other.text) && known.label === 'ORG' && known.strength === 2;
    if (!(known.gazKind === 'org' && other.shapeOnly) && !lone) continue;
    Object.assign(other, { label: 'ORG', strength: 1, guess: false, reason: `joined to the company ${known.text}` });
  }
}

/**
 * Labels found with evidence decide for the other members; failing those, the
 * default guesses decide for the capitalised common words (`Twitter, Facebook, Telegram`).
 */
function shareLabel(group: Mention[]): void {
  const evidence = majority(group.filter((m) => !m.guess));
  const guessed = evidence ? undefined : majority(group.filter((m) => m.guess));
  const best = evidence ?? guessed;
  if (!best) return;
  for (const m of group) {
    if (m.label === best || m.strength >= 2 || m.gazKind || m.surnameOnly || (guessed && !m.lexical)) continue;
    // `… Florida, and Vladimir Isachenkov`: a given name and a surname stay a person in any list.
    if (m.label === 'PERSON' && m.text.includes(' ') && isGivenName(m.text.slice(0, m.text.indexOf(' ')))) continue;
    // `Julian Moore, General Manager, Nam Nghi`: common words capitalised are a role beside the people, no one's name.
    if (best === 'PERSON' && m.label !== 'PERSON' && isRole(m.text)) continue;
    // `Chimère G. Holmes, MA, LPC`: a name, a middle initial and a surname stay a person too.
    if (m.label === 'PERSON' && MIDDLE_INITIAL_NAME.test(m.text)) continue;
    Object.assign(m, { label: best, strength: 1, guess: false, reason: `in a list of ${best} names` });
  }
}

/** Words that rank a role (`General Manager`, `Chief Executive`). */
const RANK_WORDS = /^(?:General|Chief|Senior|Executive|Managing|Deputy|Assistant|Vice|Associate)$/;
/** A role of two words or more: a rank or a title among words of the language (`General Manager`, not `The Edge`). */
function isRole(text: string): boolean {
  const words = text.split(' ');
  const rank = (w: string) => TITLES.has(w.toLowerCase()) || RANK_WORDS.test(w);
  return words.length >= 2 && words.some(rank) && words.every((w) => rank(w) || isCommonWord(w.toLowerCase()));
}
/** A name, one middle initial and a surname (`Chimère G. Holmes`). */
const MIDDLE_INITIAL_NAME = /^\p{Lu}[\p{Ll}'’-]+ \p{Lu}\. \p{Lu}[\p{Ll}'’-]+$/u;

function majority(ms: readonly Mention[]): Mention['label'] {
  const votes = new Map<Mention['label'], number>();
  for (const m of ms) if (m.label && m.strength > 0) votes.set(m.label, (votes.get(m.label) ?? 0) + 1);
  let best: Mention['label'];
  let n = 0;
  for (const [label, c] of votes) if (c > n) [best, n] = [label, c];
  return n >= 2 ? best : undefined;
}

/** Up to two capitalised words after a people's adjective, the last one captured (` Financial Review`, ` Conservative`). */
const PUBLICATION_AFTER_PEOPLE = /^(?: \p{Lu}\p{Ll}+)? (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]| \p{Lu})/u;
/** Last words of reviews' and magazines' names beside papers' (`The American Conservative`, `The Australian Financial Review`). */
const REVIEW_WORDS = new Set(['review', 'conservative', 'prospect', 'interest', 'scholar', 'monthly', 'weekly', 'quarterly', 'magazine', 'standard', 'record', 'mercury']);

/**
 * `at The Information`, `Vjeran Pavic / The Verge`: a capital `The` inside a sentence
 * belongs to the name after it, a publication's or a band's; with no label of its own
 * the name is an organisation.
 */
function nameWithThe(text: string, tokens: readonly Token[], ms: Mention[]): void {
  if (!text.includes('The ', 1)) return;
  const byEnd = new Map<number, Token>();
  for (const t of tokens) byEnd.set(t.end, t);
  for (const m of ms) {
    // `quoted in The Australian as saying`: a people's adjective with a capital `The` inside a sentence and no noun after it is a newspaper.
    if (m.label === 'NORP' && text.slice(m.start - 4, m.start) === 'The ' && !/s$/.test(m.text) && NO_NOUN_AFTER.test(text.slice(m.end, m.end + 12))) {
      const the = byEnd.get(m.start - 1);
      if (the && !the.initial && !isTitleCaseLine(tokens)) Object.assign(m, { start: the.start, text: text.slice(the.start, m.end), label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: 'a newspaper: a people’s adjective with its capital “The” inside a sentence' });
      continue;
    }
    // `in The American Spectator`, `The Australian Financial Review`: a people's adjective, then up to two capitalised
    // words, the last a paper's or a review's, after a capital `The` inside a sentence, is a publication.
    const title = m.label === 'NORP' && text.slice(m.start - 4, m.start) === 'The ' ? PUBLICATION_AFTER_PEOPLE.exec(text.slice(m.end, m.end + 40)) : null;
    if (title && title[1] !== 'People' && (NEWSPAPER_WORDS.has(title[1].toLowerCase()) || REVIEW_WORDS.has(title[1].toLowerCase()))) {
      const the = byEnd.get(m.start - 1);
      const end = m.end + title[0].length;
      if (the && !the.initial && !isTitleCaseLine(tokens)) {
        for (let k = ms.length - 1; k >= 0; k--) if (ms[k] !== m && ms[k].start >= m.end && ms[k].end <= end) ms.splice(k, 1);
        Object.assign(m, { start: the.start, end, text: text.slice(the.start, end), label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: 'a publication: a people’s adjective and a paper’s word after a capital “The” inside a sentence' });
      }
      continue;
    }
    if (m.label === 'NORP' || text.slice(m.start - 4, m.start) !== 'The ') continue;
    const the = byEnd.get(m.start - 1);
    // Only after a lowercase word, a comma or a slash (`obtained by The New York Times`, `Banner / The Seattle Times`):
    // after a capital the `The` is a title's (`Get The Astana Times stories`). Opening a sentence, it is a newspaper's own
    // (`The Telegraph has announced`, `The Guardian is hedging`), not a company's (`The Telegraph Group`).
    if (!the || the.text !== 'The' || isTitleCaseLine(tokens)) continue;
    // `fined by The Spanish Football Federation`, `The Forward Sports Fund`: a body named by its institution's head takes no `The` (newspapers and companies do).
    if (INSTITUTION_HEADS.has(headWord(m.text))) continue;
    // `Fatima Hussein, The Associated Press`: nor a wire agency.
    if (WIRE_AGENCIES.test(m.text)) continue;
    // A common word (`Guardian`, `Sun`) with no label of its own must then report or publish (`The Sun rose` is the star).
    // … or signing an embedded post after a dash (`— The New York Times (@nytimes) December 23, 2016`).
    const signOff = m.label === 'ORG' && /^\s*[—–-]\s*$/.test(text.slice(0, the.start));
    // … or credited with a picture (`Credit: The Siberian Times`, `Vesti/The Siberian Times`).
    const credited = CREDITED_BEFORE.test(text.slice(Math.max(0, the.start - 10), the.start));
    const masthead = NEWSPAPER_WORDS.has(headWord(m.text)) && ((the.initial && ((sentenceOpens(text, the.start) && (m.label === 'ORG' || REPORTS_AFTER.test(text.slice(m.end, m.end + 24)))) || signOff)) || credited);
    if (!masthead && (the.initial || !afterLowercase(text, the.start))) continue;
    if (credited && m.label !== 'ORG' && m.label !== undefined && m.strength === 2) continue;
    // `Lily Tuck's The News From Paraguay`, `Philip Roth's The Plot Against America`: after a name's possessive, a title
    // with its capital `The` is that person's work, no body; a newspaper the person owns keeps its name (`Murdoch's The Sun`).
    if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, the.start - 24), the.start)) && (!NEWSPAPER_WORDS.has(headWord(m.text)) || /^ \p{Lu}/u.test(text.slice(m.end, m.end + 2)))) {
      Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: 'a work’s title after its author’s possessive' });
      continue;
    }
    // A known or strongly marked name takes it when it is an organisation's (`The Hague` is the gazetteer's own).
    // (`at The SSE Arena`: a venue's name takes it.)
    if ((m.gazKind || (m.label && m.strength === 2)) && m.label !== 'ORG' && !m.reason?.startsWith('a venue:')) continue;
    // `produced by The Hechinger Report`: a capital `Report` after the name is the publication's (`the Galbally report` is a paper).
    const report = m.label === undefined || m.label === 'ORG' ? PUBLICATION_REPORT_AFTER.exec(text.slice(m.end, m.end + 12)) : null;
    const end = m.end + (report ? report[0].length : 0);
    Object.assign(m, { start: the.start, end, text: text.slice(the.start, end), label: m.label ?? 'ORG', strength: m.strength === 2 ? 2 : 1, lexical: false, guess: false, phrase: false, reason: masthead ? 'a newspaper with its capital “The” opening a sentence' : 'a name with its capital “The” inside a sentence' });
  }
}

/** A capitalised name's possessive right before: `Philip Roth's `. */
/** A picture's credit right before a name (`Credit: `, `Source: `), or a slash between two credits. */
/** `Report` closing a publication's name, before no further capitalised word. */
const PUBLICATION_REPORT_AFTER = /^ Report(?![\p{L}\p{N}])(?! \p{Lu})/u;
const CREDITED_BEFORE = /(?:\b(?:Credits?|Source|Photo|Image|Picture)\s*:\s*|\/\s*)$/i;
const POSSESSIVE_BEFORE = /\p{Lu}[\p{L}.-]*['’]s[ \t]+$/u;

const REPORTS_AFTER = /^(?:['’]s\s|\s+(?:has|have|is|was|had|said|says|reported|reports|revealed|reveals|published|publishes|claimed|claims|quoted|understands|obtained|learned|learnt|added)\b)/;

/** `at` opens the paragraph or follows a sentence's end. */
function sentenceOpens(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?)\s*$/.test(text.slice(Math.max(0, at - 4), at));
}

/** The text before `at` ends in a lowercase word, a comma or a slash on the same line. */
function afterLowercase(text: string, at: number): boolean {
  return /(?:(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*|[,/])[ \u00a0]+$/u.test(text.slice(Math.max(0, at - 30), at));
}

/**
 * `“Thumper” ($20)`, `the “Blue House” compound`, `“Eve Valkyrie” does …`: a name that fills a pair of quote
 * marks is the title of a work or a nickname, no entity (the guidelines' scare quotes and mottos).
 */
function isQuotedTitle(text: string, m: Mention): boolean {
  const open = text[m.start - 1];
  if (open !== '“' && open !== '"' && open !== '‘') return false;
  // A known name or people quoted as a word (`without “Yahoo” in it`, `left out “Jews”`) stays one.
  if (m.gazKind || m.label === 'NORP' || m.strength === 2) return false;
  const close = /^[,.!?]?["”’](?!\p{L})/u.exec(text.slice(m.end, m.end + 3));
  return close !== null && (open !== '"' || close[0].endsWith('"')) && (open !== '‘' || close[0].endsWith('’'));
}

/** `the Investment Company Act of 1940`: common words naming a law are no organisation (`UN` in `UN Charter` stays one). */
function inLawName(text: string, m: Mention): boolean {
  return m.label === 'ORG' && m.text.includes(' ') && /^ (?:Act|Bill|Amendment|Law)\b/.test(text.slice(m.end, m.end + 11)) && m.text.split(' ').every((w) => isCommonWord(w));
}

/**
 * `Named Binary Tag (NBT)`, `chief executive officer (CEO)`, `Plug and Play (PnP)`, `volatile, uncertain, complex, and
 * ambiguous (VUCA)`, `MQTT (Message Queuing Telemetry Transport)`: an acronym beside words whose initials spell it
 * (function words skipped where its letters skip them), none of them part of a name, abbreviates a common noun; it is
 * no entity, here or elsewhere in the document. (A name read by its shape alone, `Normothermic Machine Perfusion`, or a
 * guess is no name here.)
 */
function markCommonAcronyms(text: string, ms: Mention[]): void {
  for (const m of ms) {
    if (!m.acronym && !((m.reason === CAMEL_CASE_BRAND || m.guess) && /^\p{Lu}\p{L}*\p{Lu}/u.test(m.text))) continue;
    const letters = m.text.replace(/[^\p{Lu}]/gu, '');
    if (letters.length < 2) continue;
    const spelt = spelledBefore(text, m, letters) ?? spelledAfter(text, m, letters);
    if (!spelt) continue;
    const [from, to, exact] = spelt;
    const inside = ms.filter((o) => o !== m && o.label && o.strength > 0 && o.end > from && o.start < to);
    if (inside.some((o) => !(o.guess || o.shapeOnly) || !o.text.split(/[\s-]+/).every((w) => isCommonWord(w.toLowerCase())))) continue;
    // (Spelt with function words skipped, after the acronym, or over a guess: not where a body's head word is among them,
    // `Intergovernmental Panel on Climate Change`, `Department of Defence and Veterans’ Affairs`.)
    if ((!exact || inside.length) && text.slice(from, to).split(/[\s,-]+/).some((w) => SPELT_BODY_HEADS.has(w.toLowerCase()))) continue;
    Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: ABBREVIATES_COMMON_WORDS });
  }
}

/** Head words of a body's name, which spelt-out initials name a body by (`Panel`, `Affairs`; not `Service`, a product's too). */
const SPELT_BODY_HEADS = new Set([...INSTITUTION_HEADS, 'panel', 'affairs', 'forum', 'academy', 'group', 'squadron', 'sciences', 'studies'].filter((w) => w !== 'service'));

/** Words that an acronym's letters may skip (`Plug and Play`, `Quantum Computing as a Service`). */
const SKIPPED_IN_ACRONYMS = new Set(['and', 'of', 'as', 'a', 'an', 'the', 'for', 'in', 'on', 'to']);

/** The initials of `words`, all of them or their content words only, are `letters`. */
function initialsSpell(words: readonly string[], letters: string): boolean {
  const of = (ws: readonly string[]) => ws.map((w) => w[0]?.toUpperCase()).join('');
  return of(words) === letters || of(words.filter((w) => !SKIPPED_IN_ACRONYMS.has(w.toLowerCase()))) === letters;
}

/**
 * The range of the words before the acronym (in brackets, or after `or`, `known as`) whose initials spell it, and whether
 * all its words do (none skipped).
 */
function spelledBefore(text: string, m: Mention, letters: string): [number, number, boolean] | undefined {
  const bracketed = text[m.start - 1] === '(' && text[m.end] === ')';
  const lead = bracketed ? '(' : ACRONYM_LEAD.exec(text.slice(Math.max(0, m.start - 14), m.start))?.[0];
  if (!lead) return undefined;
  const at = m.start - lead.length;
  const before = text.slice(Math.max(0, at - 12 * letters.length), at).trimEnd().replace(/,$/, '');
  const words = before.split(/[\s-]+/);
  // The fewest last words that spell it: as many as its letters, or more where function words are skipped.
  for (let n = letters.length; n <= Math.min(words.length, 2 * letters.length); n++) {
    const last = words.slice(-n).map((w) => w.replace(/,$/, ''));
    if (last.some((w) => !w)) break;
    if (initialsSpell(last, letters)) {
      if (SKIPPED_IN_ACRONYMS.has(last[0].toLowerCase())) break;
      return [at - (before.length - before.lastIndexOf(last[0])), at, n === letters.length];
    }
  }
  // One lower-case word holding the letters in order, a chemical's or a drug's name (`dinitrophenol` → DNP).
  const last = words[words.length - 1] ?? '';
  if (!bracketed && /^\p{Ll}{6,}$/u.test(last) && new RegExp(`^${[...letters.toLowerCase()].join('\\p{Ll}*')}`, 'u').test(last)) return [at - last.length, at, true];
  return undefined;
}

/** The range of the words in brackets right after the acronym that spell it, all the bracket holds (`PKOC (Public Key Open Credential)`). */
function spelledAfter(text: string, m: Mention, letters: string): [number, number, boolean] | undefined {
  const x = /^ \(([^()\n]{3,90})\)/.exec(text.slice(m.end, m.end + 100));
  if (!x) return undefined;
  const words = x[1].split(/[\s,-]+/).filter(Boolean);
  return initialsSpell(words, letters) ? [m.end + 2, m.end + 2 + x[1].length, false] : undefined;
}

/**
 * `Video game giant Electronic Arts (EA) says …`, `the British Retail Consortium. The BRC said …`: capitalised words whose
 * initials spell an acronym the paragraph has speak or act are a body, whatever their words read as alone (common
 * words, a people's adjective). Not where the paragraph also spells them in small letters, a term's.
 */
function speakingAcronyms(text: string, ms: Mention[]): Mention[] {
  let out = ms;
  for (const m of ms) {
    if (!m.acronym || !/^\p{Lu}{2,6}$/u.test(m.text) || !actsIn(m.text, text) || speltSmall(m.text, text)) continue;
    const spelt = new RegExp(speltWords(m.text), 'gu');
    for (const x of text.matchAll(spelt)) {
      const start = x.index!;
      const end = start + x[0].length;
      if (out.some((o) => o.start < end && o.end > start && (o.start < start || o.end > end || (o.label === 'PERSON' && o.strength === 2)))) continue;
      out = [...out.filter((o) => !(o.start >= start && o.end <= end)), mention(start, end, x[0], 'ORG', 2, `a body: its words spell “${m.text}”, which speaks or acts`, { initial: false })];
      Object.assign(m, { label: 'ORG', strength: 2, guess: false, reason: `short form of “${x[0]}”` });
    }
  }
  return out === ms ? ms : out.sort((a, b) => a.start - b.start);
}

/**
 * `Showa Denko K.K. (SDK)`: initials in brackets right after a body whose words they spell are its acronym, though they
 * spell a technical term elsewhere (`SDK`, a software kit) and no mention was read there.
 */
function initialsInBrackets(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    const x = m.label === 'ORG' ? /^ \((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 10)) : null;
    if (!x || ms[k + 1]?.start === m.end + 2 || !spellsInitials(m.text, x[1])) continue;
    ms.splice(k + 1, 0, mention(m.end + 2, m.end + 2 + x[1].length, x[1], 'ORG', 2, `initials in brackets after “${m.text}”`, { acronym: true, expands: true, initial: false }));
  }
}

/** An acronym introduced after its words without brackets. */
const ACRONYM_LEAD = /(?:,?\s(?:or|known as|called|abbreviated(?: as)?|also known as)\s)$/;

/** The capitals of `acronym` are the initials of the name's words, its function words skipped or not (`NARA`, `AT&T`). */
function spellsInitials(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const all = name.split(/[\s-]+/).filter(Boolean).map((w) => w[0].toUpperCase()).join('');
  return letters.length >= 2 && (letters === all || letters === initials(name));
}

/** `Organization of Turkic States (OTS)`, `National Kurultai (Congress)`, `UNRWA (United Nations …)`. */
function findAliases(text: string, ms: Mention[]): Alias[] {
  const out: Alias[] = [];
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k];
    const b = ms[k + 1];
    if (!/^\s*\($/.test(text.slice(a.end, b.start)) || text[b.end] !== ')') continue;
    const [full, short] = b.acronym || b.text.length < a.text.length ? [k, k + 1] : [k + 1, k];
    const f = ms[full];
    const s = ms[short];
    // A known place's name in capitals after the words it spells is their acronym (`… Records Administration (NARA)`).
    const spells = s.gazKind && f.label === 'ORG' && /^\p{Lu}{2,}$/u.test(s.text) && spellsInitials(f.text, s.text);
    if (!f.label || f.label === 'NORP' || (s.gazKind && s.label !== f.label && !spells)) continue;
    // `MOSCOW (AP)`, `NEW YORK (CNNMoney)`, `SANTA FE, N.M. (AP)`: a dateline's place (its state's initials too) and the agency that filed it.
    if ((f.label === 'PLACE' && s.label !== 'PLACE') || (f.acronym && s.acronym)) continue;
    // `Matt Francis (Ministerial)`: a common word in brackets after a person's name says which office, no alias;
    // `Julian Assange (AFP)`: initials after a person's name credit the picture's agency.
    if (f.label === 'PERSON' && ((!s.label && isCommonWord(s.text)) || s.acronym)) continue;
    // `Penny Farnsworth (Assistant Treasurer’s Office)`: a name, and a longer one of another kind in brackets (no acronym): who works where.
    if (short === k && s.label && !s.shapeOnly && s.label !== f.label && !s.acronym && !f.acronym && !spells) continue;
    // `Moscow (Russian Federation)`: two known places, the second where the first is.
    if (f.gazKind && s.gazKind && f.gazKind !== s.gazKind) continue;
    // `Mujahideen (Taliban)`: one word glossing another names a kind or a people, no short form.
    if (!a.text.includes(' ') && !b.text.includes(' ') && !a.acronym && !b.acronym) continue;
    s.label = f.label;
    s.strength = 2;
    s.reason = `short form of “${f.text}”`;
    if (spells) Object.assign(s, { gazKind: undefined, canonical: undefined, expands: true });
    out.push({ full, short });
  }
  return out;
}
