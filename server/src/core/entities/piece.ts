/**
 * Classifies one piece of a chunk — a run of capitalised units with no connector or
 * title inside — by its head word, its gazetteer parts, how many of its words are
 * common English words, and the cues around it.
 */
import { isMenuOfWords, SITE_NAME, type Token } from './tokenize';
import type { Unit } from './chunks';
import { mention, type Mention, type Strength } from './mention';
import { isCommonWord, isOpeningWord } from './lexicon';
import { ACRONYMS } from './acronyms';
import { ABBREVIATED_HEADS, CAPITALS_INSTITUTIONS, DROP_HEADS, EVENT_HEADS, GEO_PREFIXES, GEO_SUFFIXES, NAME_ENDING_HEADS, NON_ENTITY_ACRONYMS, ORG_MODIFIERS, ORG_TAIL_HEADS, PROPER_INSTITUTIONS, SINGLE_INSTITUTIONS, TV_NETWORKS, WEAK_TAIL_HEADS, isPluralHead } from './org-words';
import { STATE_ONLY_CODES, federationOfState, stateOf } from './state-codes';
import { AWARDS, CONTINENTS, isHonorific, isRoleWord, NAME_FUNCTION_WORDS, NO_ENTITY_WORDS, ROLE_NOUNS, isDegree, LISTED_CREDENTIALS, POST_NOMINALS, FUNCTION_WORDS, LOWER_ORG_HEADS, LOWER_PLACE_HEADS, MEDIA_KINDS, NAMED_PLACE_KINDS, NAME_PARTICLES, SURNAME_PARTICLES, PARTIES, PARTY_MEMBER, PEERAGE, SHOUTED_PAIRS, SPEECH_VERBS, THE_REGIONS, TITLES, isRoman, isGenerationalSuffix, MASTHEADS, NO_NOUN_AFTER, SAINT_WORD, SAINTS_INSTITUTIONS, HEADLINE_VERBS, SAYING_HEADLINE_VERBS } from './vocabulary';
import { isGivenName, isPinyinGivenName } from './given-names';
import { isProductSpelling } from './product-lines';
import { ADDRESS_WORD, aloneOnLine } from '../text';
import { postSignOff } from '../posts';
import { gazetteer, isCommonWordCity } from './gazetteer';
import { cityPopulation } from './cities';
import { CAR_MAKERS, PLACE_AFTER_THE, SHORT_AFTER_THE } from './known-orgs';
import { nameKey, titleCase } from './keys';
import { appositionAfter, bylineCue, creditCue, geoAppositionAfter, geoNounAfter, looksLikeSurname, placeCue, sitedIn, roleAfterCopula, roleBefore, speechCue, mindCue } from './cues';

export interface PieceContext {
  tokens: readonly Token[];
  /** A title came earlier in the chunk (`President of Kazakhstan Kassym-Jomart Tokayev`). */
  titled: boolean;
  /** The piece follows a title directly, or a person joined by `and`. */
  personSlot: boolean;
  /** The piece is what a title is `of` (`Chairman of the Khalk Maslakhaty`): a place or an organisation. */
  complement: boolean;
  /** The previous chunk ended in a title and a comma (`the President of China, Xi Jinping`). */
  afterTitleComma: boolean;
  titleCase: boolean;
  /** A run of a title-case heading's name words, split at its common words. */
  titleCaseRun?: boolean;
  /** The piece follows `<person> of` (`Mike Powell of Dresdner Kleinwort Wasserstein`): where the person works. */
  ofPerson?: boolean;
}

const lower = (u: Unit) => u.text.toLowerCase();
const isHead = (u: Unit, set: Set<string>) => u.kind === 'word' && set.has(lower(u));
export const isAcronym = (u: Unit) => u.kind === 'word' && u.caps;
/** The reasons of the two guesses from a word's shape alone, which resolve.ts weighs by how often the document writes them. */
export const ACRONYM_GUESS = 'acronym';
/** A name of capitalised words opening with a word of the language, with no cue: a body as a guess (`Time Warner`). */
export const COMMON_OPENING_GUESS = 'name opening with a common word';
export const UNKNOWN_WORD_GUESS = 'unknown capitalised word';
/** A word alone read as a person by its given name only (a guess). */
export const GIVEN_NAME_GUESS = 'given name';
/** The reason of a city then an unknown word read as a company (document-names.ts reads it again). */
export const CITY_THEN_UNKNOWN = 'a city then an unknown word: a company';
/** The reason of a place's name read as a given name after a relative's or an artist's word (resolve.ts reads it again). */
export const GIVEN_NAME_AFTER_RELATIVE = 'a place’s name after a relative’s or an artist’s word: a given name';
/** The reason of a word read as a brand by its camel case alone (program-names.ts reads it again). */
export const CAMEL_CASE_BRAND = 'a brand written in camel case';
/** The reason of a lone name read as a place by the preposition before it alone (resolve.ts reads it again). */
export const PLACE_PREPOSITION = 'after a place preposition';
/** A city's inner or outer part, before a compass word (`Inner North Adelaide`). */
const INNER_OUTER = /^(?:Inner|Outer)$/;
const COMPASS = /^(?:Lower|Upper|Greater|Central|North|South|East|West|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern|NORTH|SOUTH|EAST|WEST|NORTHERN|SOUTHERN|EASTERN|WESTERN)$/;
/** `East Central Illinois`, `North Central Texas`: a compass word before `Central`. */
const COMPASS_CENTRAL = (a: Unit, b: Unit) => a.kind === 'word' && /^(?:North|South|East|West)$/.test(a.text) && b.kind === 'word' && b.text === 'Central';
/** Dotted initials (`H.W.`, `J.`) between the words of a name. */
const middleInitials = (us: readonly Unit[], k: number) => k > 0 && k < us.length - 1 && us[k].kind === 'word' && /^(?:(?:\p{Lu}\.)+|\p{Lu})$/u.test(us[k].text);
/** `Khoa Do`, `Will Smith`: a function word the chunker took into a name (chunks.ts) is part of it, no common word. */
const nameFunctionWord = (u: Unit) => u.kind === 'word' && !u.caps && NAME_FUNCTION_WORDS.has(u.text);
const span = (us: readonly Unit[]) => ({ start: us[0].start, end: us[us.length - 1].end });

/** Nouns a body's lowercase head may modify (`hospital system`, `museum network`): the body's kind, not its name. */
const HEADED_KINDS = /^(?:system|systems|network|networks|chain|budget|budgets)$/;

/** Where the piece's first words (two or more, no connector) begin again (`Pew Research Pew Research Center`), or -1. */
function repeatAt(us: readonly Unit[]): number {
  if (us.length < 4) return -1;
  for (let k = 2; k * 2 <= us.length; k++) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = us[j].kind !== 'conn' && us[j].text === us[k + j].text;
    if (same) return k;
  }
  return -1;
}

export function classifyPiece(units: readonly Unit[], text: string, cx: PieceContext): Mention[] {
  // `(Formerly Verizon Amphitheatre)`, `(now Meta)`: an adverb of time opening a bracket says when the name was borne.
  if (units.length > 1 && /^(?:Formerly|Previously|Currently|Now|Later|Then)$/.test(units[0].text) && cx.tokens[units[0].tok - 1]?.text === '(') return classifyPiece(units.slice(1), text, cx);
  // `About Pew Research Pew Research Center is …`: a heading run into the text that repeats its words is two names.
  const again = repeatAt(units);
  if (again > 0) return [...classifyPiece(units.slice(0, again), text, cx), ...classifyPiece(units.slice(again), text, { ...cx, personSlot: false })];
  const n = units.length;
  // `NFL quarterback Christian Ponder`: after a role, a people's word that is a given name opens a person's name.
  if (n === 2 && units[0].kind === 'gaz' && units[0].gaz?.label === 'NORP' && isGivenName(units[0].text) && units[1].kind === 'word' && !units[1].caps && !ORG_TAIL_HEADS.has(lower(units[1])) && roleBefore(cx.tokens, units[0].tok)) {
    return [mention(units[0].start, units[1].end, text.slice(units[0].start, units[1].end), 'PERSON', 2, 'a given name after a role, though a people’s word, and a surname', { initial: units[0].initial })];
  }
  // `Tested by: John Milbank RRP: £23.99`, `John Milbank NASA`: initials after a given name and a surname are a name of their own.
  if (n >= 3 && isAcronym(units[n - 1]) && /^\p{Lu}{2,}$/u.test(units[n - 1].text) && !isRoman(units[n - 1].text) && units.slice(0, -1).every((u) => u.kind === 'word' && !u.caps) && isGivenName(units[0].text) && !isCommonWord(units[0].text) && !CAR_MAKERS.has(units[0].text) && !isHead(units[n - 2], ORG_TAIL_HEADS)) {
    return [...classifyPiece(units.slice(0, -1), text, cx), ...classifyPiece(units.slice(-1), text, { ...cx, personSlot: false })];
  }
  // `James Kennedy Jr.`: a generational suffix after two name words is read without them, then joins the person it ends.
  if (n >= 3 && units[n - 1].kind === 'word' && /^[JS]r\.$/.test(units[n - 1].text) && units[n - 2].kind === 'word') {
    const found = classifyPiece(units.slice(0, -1), text, cx);
    const last = found[found.length - 1];
    if (last?.label === 'PERSON' && last.end === units[n - 2].end && last.text.includes(' ')) {
      return [...found.slice(0, -1), { ...last, end: units[n - 1].end, text: text.slice(last.start, units[n - 1].end) }];
    }
  }
  // A headline in title case (`Obama Urges Congress To Pass …`, `SoftBank CEO Tells Trump …`): its verbs part the names.
  if (cx.titleCase && units.length > 1) {
    // (`Kim Reportedly Wants …`: an adverb before the verb parts them too.)
    const k = units.findIndex((u) => u.kind === 'word' && !u.caps && (HEADLINE_VERBS.has(u.text) || (/^\p{Lu}\p{Ll}{4,}ly$/u.test(u.text) && isCommonWord(u.text) && !isGivenName(u.text))));
    if (k >= 0) return [...classifyPiece(units.slice(0, k), text, cx), ...classifyPiece(units.slice(k + 1), text, cx)];
    // `… In Delhi Offering Fresh Air For Rs 300?`: a participle after a known place opens the headline's clause.
    const ing = units.findIndex((u, j) => j > 0 && units[j - 1].kind === 'gaz' && units[j - 1].gaz?.label === 'PLACE' && u.kind === 'word' && !u.caps && /\p{Ll}ing$/u.test(u.text) && isCommonWord(u.text));
    // Its object of common words in title case names nothing (`Fresh Air`).
    const object = units.slice(ing + 1);
    if (ing > 0) return [...classifyPiece(units.slice(0, ing), text, cx), ...(object.every((u) => u.kind === 'word' && isCommonWord(u.text)) ? [] : classifyPiece(object, text, cx))];
  }
  // `Paige McCartney Send an email`: a byline's link to write to its author is no word of the name.
  const lastOne = units[units.length - 1];
  if (units.length >= 2 && lastOne.text === 'Send' && /^ an? (?:e-?mail|message)\b/.test(text.slice(lastOne.end, lastOne.end + 12))) return classifyPiece(units.slice(0, -1), text, cx);
  // `lived at Clarkia Drive Wellington Road, Debe`: a street's word inside the words, then more words and a street's word, ends
  // a first street; the second follows it.
  const inner = units.findIndex((u, k) => k >= 1 && k <= units.length - 3 && u.kind === 'word' && STREET_HEADS.test(u.text) && !u.caps);
  if (inner > 0 && units.length <= 6 && STREET_HEADS.test(units[units.length - 1].text) && units.every((u) => u.kind !== 'conn')) {
    return [...classifyPiece(units.slice(0, inner + 1), text, cx), ...classifyPiece(units.slice(inner + 1), text, cx)];
  }
  // `between Ellijay Drive and Apple Valley Road`: name words (a known city's or brand's among them) before a street's word,
  // where the paragraph names streets, are the street.
  const street = streetName(units, text, cx);
  if (street) return [street];
  let us = units.slice();
  // `Rajya Sabha`: a town's name that is a body's head word (`Sabha`, in Libya), ending a name after a word, is that head.
  const lastUnit = us[us.length - 1];
  if (us.length >= 2 && lastUnit.kind === 'gaz' && lastUnit.gaz?.kind === 'city' && ORG_TAIL_HEADS.has(lastUnit.text.toLowerCase()) && us[us.length - 2].kind === 'word') us[us.length - 1] = { ...lastUnit, kind: 'word', gaz: undefined };
  // `Black people marched`, `Chases Black Woman At …`: a people named by its colour, capitalised, before a person's noun.
  const race = us.findIndex((u) => u.kind === 'word' && RACE_WORDS.test(u.text) && (RACE_NOUN_AFTER.test(cx.tokens[u.tokEnd]?.text ?? '') || amongPeoples(text, u)));
  // `White Americans`, `Black Britons`: a colour before a nation's people is one people.
  const colourOf = us.findIndex((u, k) => u.kind === 'word' && RACE_WORDS.test(u.text) && us[k + 1]?.kind === 'gaz' && us[k + 1].gaz?.label === 'NORP' && /s$/.test(us[k + 1].text) && us[k + 1].start === u.end + 1);
  if (colourOf >= 0) {
    const [u, p] = [us[colourOf], us[colourOf + 1]];
    return [
      ...(colourOf > 0 ? classifyPiece(us.slice(0, colourOf), text, cx) : []),
      mention(u.start, p.end, text.slice(u.start, p.end), 'NORP', 2, 'a people named by its colour and its nation', { initial: u.initial }),
      ...(colourOf + 2 < us.length ? classifyPiece(us.slice(colourOf + 2), text, cx) : []),
    ];
  }
  if (race >= 0) {
    const u = us[race];
    return [
      ...(race > 0 ? classifyPiece(us.slice(0, race), text, cx) : []),
      mention(u.start, u.end, u.text, 'NORP', 2, 'a people named by its colour before a person’s noun', { initial: u.initial }),
      ...(race + 1 < us.length ? classifyPiece(us.slice(race + 1), text, cx) : []),
    ];
  }
  // `BeautyFoodHealthHistoryTravelTrending Parenting News`: a menu's items run together are no name.
  const menu = us.findIndex((u) => u.kind === 'word' && isMenuOfWords(u.text));
  if (menu >= 0) return us.filter((u) => u.kind === 'gaz' && u.gaz?.label === 'NORP').flatMap((u) => classifyPiece([u], text, cx)); // `…My American Success Story`: a people's name among them stays
  // `© 2018 Copyright India Post Media Pvt. Ltd.`: the notice's word is no part of the holder's name.
  if (us.length > 1 && us[0].kind === 'word' && us[0].text === 'Copyright') return classifyPiece(us.slice(1), text, cx);
  // `Follow NBC News`, `Get TMZ Breaking News`: a call's verb opening a line is no part of the name after it.
  if (us.length > 1 && us[0].initial && us[0].kind === 'word' && CALL_VERBS.has(us[0].text)) return classifyPiece(us.slice(1), text, cx);
  // `Retired Army Maj. …`, `Former Navy officers`: a person's state opening a sentence is no part of the body after it.
  if (us.length > 1 && us[0].initial && us[0].kind === 'word' && FORMER_STATES.test(us[0].text)) return classifyPiece(us.slice(1), text, cx);
  // `Reporter Jane Castle said`: a role noun opening a sentence, before a given name, is no part of the name after it.
  if (us.length >= 3 && us[0].initial && us[0].kind === 'word' && ROLE_NOUNS.has(lower(us[0])) && us[1].kind === 'word' && isGivenName(us[1].text) && !isCommonWord(us[1].text)) return classifyPiece(us.slice(1), text, { ...cx, personSlot: true });
  // `Major League Baseball`, `Major League Soccer`: a league named with its sport after it is a body, however common its words.
  if (us.length >= 3 && us.every((u) => u.kind === 'word' && !u.caps) && us[us.length - 2].text === 'League' && SPORTS.test(us[us.length - 1].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a league named with its sport', { initial: us[0].initial })];
  }
  // `the National Gallery`, `the National Archives`, `the Royal Ballet`: a nation's institution named by its kind alone.
  if (us.length === 2 && us.every((u) => u.kind === 'word' && !u.caps) && /^(?:National|Royal|Imperial)$/.test(us[0].text) && NATIONAL_INSTITUTIONS.test(us[1].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `a nation’s ${us[1].text.toLowerCase()}`, { initial: us[0].initial })];
  }
  // `CreditMichael Appleton`, `Courtesy Boris and Vita Mikhailov`: a photo credit's label (run together with the name, or
  // before it) is no part of the name.
  if (us.length > 1 && us[0].kind === 'word' && /^(?:Credits?|Courtesy)$/.test(us[0].text)) return classifyPiece(us.slice(1), text, { ...cx, personSlot: true });
  // `the International Space Station`, `the Tiangong Space Station`: a space station is a place, whatever names it.
  if (us.length >= 3 && us[us.length - 2].text === 'Space' && us[us.length - 1].text === 'Station' && !cx.titleCase) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a space station', { initial: us[0].initial })];
  }
  // `the Press-Register`, `The Star-Ledger`, `the Atlanta Journal-Constitution`: two mastheads' words joined by a hyphen name a
  // newspaper, with the town's name before them.
  if (us.length > 0 && us[us.length - 1].kind === 'word' && HYPHENED_MASTHEAD.test(us[us.length - 1].text) && us.slice(0, -1).every((u) => u.kind === 'gaz' || (u.kind === 'word' && !u.caps && !isCommonWord(u.text))) && us.length <= 3) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a newspaper: two mastheads’ words joined by a hyphen', { initial: us[0].initial })];
  }
  // `the Brunswick Sun`, `West Shore Sun`, `the Lodi News-Sentinel`: a name the gazetteer does not know (or a compass word
  // opening it) and a masthead's word that names nothing else name a newspaper.
  // (Not before `and` and a given name: `Yinuo Sun and Nadia Alquaddoomi` are two people.)
  if (us.length >= 2 && us.length <= 3 && us[us.length - 1].kind === 'word' && PAPER_MASTHEADS.test(us[us.length - 1].text) && NO_NOUN_AFTER.test(text.slice(us[us.length - 1].end, us[us.length - 1].end + 12)) && !givenNameAfterAnd(text, us[us.length - 1].end)
    && us[0].kind === 'word' && !us[0].caps && (COMPASS.test(us[0].text) || (!isCommonWord(us[0].text) && !isGivenName(us[0].text))) && us.slice(1, -1).every((u) => u.kind === 'word' && !u.caps)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a newspaper: a name and a masthead’s word', { initial: us[0].initial })];
  }
  // `Ameris Bank Amphitheatre`, `Coral Sky Amphitheatre`, `The Cynthia Woods Mitchell Pavilion`: a word that names only a
  // venue (no surname, no body) ends a place whatever words its sponsor or namesake gives it; in a title-case line only
  // after `@` or `at`, where a venue is listed.
  if (us.length >= 2 && us.length <= 6 && isHead(us[us.length - 1], ONLY_VENUE_HEADS) && us.every((u) => u.kind !== 'conn') && (!cx.titleCase || /(?:^|[\s(])(?:@|at|At)\s+(?:[Tt]he\s+)?$/.test(text.slice(Math.max(0, us[0].start - 8), us[0].start)))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, `a venue: its name and “${us[us.length - 1].text}”`, { initial: us[0].initial })];
  }
  // `the Millennium Stadium`, `Wembley Stadium`, `the Olympic Village`, `the Plaza Hotel`, `Windsor Castle`: a venue named by its own words is a place.
  // Not a person whose surname is a building's word (`Barbara Castle`); a county's is no person's (`Bartholomew County Jail`).
  if (us.length >= 2 && us.length <= 4 && !cx.titleCase && isHead(us[us.length - 1], VENUE_HEADS) && !(us[0].kind === 'word' && isGivenName(us[0].text) && !us.some((u) => isHead(u, ADMIN_AREAS))) && us.slice(0, -1).every((u) => (u.kind === 'word' && !u.caps && !ORG_TAIL_HEADS.has(lower(u))) || (u.kind === 'gaz' && u.gaz?.label === 'PLACE'))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, `a venue: its name and “${us[us.length - 1].text}”`, { initial: us[0].initial })];
  }
  // `R.J. Anderson`, `J.R. Smith`, `P.A.G. Bloom`: two or three dotted initials before a surname are a person's name, not an acronym
  // (a common word's too after a title: `Wing Commander P.A.G. Bloom`).
  if (us.length === 2 && us[0].kind === 'word' && /^(?:\p{Lu}\.){2,3}$/u.test(us[0].text) && us[1].kind === 'word' && !us[1].caps && (!isCommonWord(us[1].text) || ((cx.titled || roleBefore(cx.tokens, us[0].tok)) && !ORG_TAIL_HEADS.has(lower(us[1]))))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a person: initials and a surname', { initial: us[0].initial })];
  }
  if (closesCompanyName(us)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `a company: a name and “${us[us.length - 1].text}”`, { initial: us[0].initial })];
  }
  // `Arafura Tree Services`, `Hargo Engineering`, `Access Community Services`: a trade's head after a name, or after two words;
  // not a line of business (`Business Services`, `Health Solutions`, `Applications and Services`, `VPN Services`).
  // In a title-case line only a name opening it counts (`Arafura Tree Services,  Northern Territory`).
  const trade = us.length > 1 && isHead(us[us.length - 1], TRADE_HEADS) && cx.tokens[us[us.length - 1].tokEnd]?.text !== ':' && us.every((u) => u.kind !== 'conn' && !(u.caps && isCommonWord(u.text)));
  // (`Ryan Ray Photography`, `Beth Helmstetter Events`: a person's name before a trade's head names their firm, a credit's line too.)
  const personsFirm = us.length === 3 && (trade || isHead(us[2], PERSONS_FIRM_HEADS)) && us[0].kind === 'word' && !us[0].caps && !isCommonWord(us[0].text) && isGivenName(us[0].text) && us[1].kind === 'word' && !isCommonWord(us[1].text);
  if (personsFirm || (trade && ((us.length >= 3 && !cx.titleCase) || (us[0].kind === 'word' && !us[0].caps && !isCommonWord(us[0].text) && !isGivenName(us[0].text))))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `a firm: a name and “${us[us.length - 1].text}”`, { initial: us[0].initial })];
  }
  // `BBC correspondent Simon Hall`, `Reporter Jane Castle`: after a role, a given name and a building's word are a person.
  if (us.length === 2 && us[0].kind === 'word' && us[1].kind === 'word' && !us[1].caps && isGivenName(us[0].text) && !isCommonWord(us[0].text) && (isHead(us[1], DROP_HEADS) || isHead(us[1], VENUE_HEADS)) && (cx.titled || cx.personSlot || roleBefore(cx.tokens, us[0].tok))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a given name and a surname after a role', { initial: us[0].initial })];
  }
  // `UK Athletics`, `British Cycling`, `USA Swimming`: a country or its people, then a sport, is the sport's national body.
  if (us.length === 2 && us[0].kind === 'gaz' && (us[0].gaz?.kind === 'country' || us[0].gaz?.label === 'NORP') && us[1].kind === 'word' && NATIONAL_SPORT_BODIES.has(lower(us[1]))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a sport’s national body', { initial: us[0].initial })];
  }
  // `Cricket Australia`, `Tennis Australia`, `Hockey Canada`: a sport, then a country, is the sport's national body;
  // then a federation's state, the state's body (`Soccer Tasmania`, `Cricket Victoria`).
  if (us.length === 2 && us[0].kind === 'word' && !us[0].caps && (SPORTS.test(us[0].text) || NATIONAL_SPORT_BODIES.has(lower(us[0])) || BODY_SPORTS.test(us[0].text)) && us[1].kind === 'gaz' && (us[1].gaz?.kind === 'country' || federationOfState(us[1].gaz?.canonical ?? us[1].text)) && /^[ \t]*\n?[ \t]*$/.test(text.slice(us[0].end, us[1].start))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a sport’s national body', { initial: us[0].initial })];
  }
  // `Police Scotland`, `Historic England`, `Transport Scotland`: a public service's word, then a nation of the United
  // Kingdom, is that nation's body.
  if (us.length === 2 && us[0].kind === 'word' && !us[0].caps && NATION_SERVICES.test(us[0].text) && us[1].kind === 'gaz' && UK_NATIONS.test(us[1].text) && /^[ \t]+$/.test(text.slice(us[0].end, us[1].start))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a public service of a nation of the United Kingdom', { initial: us[0].initial })];
  }
  // `Tourism Australia`, `Health Canada`, `Screen Australia`: a public service's field, then a country, is that country's
  // agency for it.
  if (us.length === 2 && us[0].kind === 'word' && !us[0].caps && NATIONAL_AGENCY_FIELDS.test(us[0].text) && us[1].kind === 'gaz' && us[1].gaz?.kind === 'country' && /^[ \t]+$/.test(text.slice(us[0].end, us[1].start))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a country’s agency named by its field', { initial: us[0].initial })];
  }
  // `Scottish Labour`, `the Scottish Conservatives`, `Welsh Labour leader`: a devolved nation's branch of a party is a body.
  if (us.length === 2 && us[0].kind === 'gaz' && /^(?:Scottish|Welsh)$/.test(us[0].text) && (us[1].kind === 'word' || us[1].kind === 'gaz') && /^(?:Labour|Conservatives?|Tories|Liberal|Greens?)$/.test(us[1].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a nation’s branch of a party', { initial: us[0].initial })];
  }
  // `Belfast Live`, `Birmingham Live`: a city and `Live` closing the name are the city's news site.
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.kind === 'city' && us[1].kind === 'word' && us[1].text === 'Live' && /^[ \t]+$/.test(text.slice(us[0].end, us[1].start))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a city’s news site', { initial: us[0].initial })];
  }
  // `the Beastie Boys`, `the Backstreet Boys`: a word of no language and `Boys` or `Girls` name a band.
  if (us.length === 2 && us[0].kind === 'word' && !us[0].caps && !isCommonWord(us[0].text) && !isGivenName(us[0].text) && us[1].kind === 'word' && /^(?:Boys|Girls)$/.test(us[1].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a band: a name and `Boys`', { initial: us[0].initial })];
  }
  // `coached at Michigan State`, `Ohio State's Jim Tressel`: an American state (not one the gazetteer holds as a city:
  // `New York State`, `Washington State`) and `State` alone name its state university, its teams; not before a title
  // (`Virginia State Attorney General`).
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.kind === 'region' && us[1].kind === 'word' && us[1].text === 'State' && federationOfState(us[0].gaz.canonical ?? us[0].text) === 'US' && !/^[ \t]+\p{Lu}/u.test(text.slice(us[1].end, us[1].end + 3))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a state university: a state and “State”', { initial: us[0].initial })];
  }
  // `Scottish Premiership`, `Scottish Championship`: a people's adjective and a league's word name the league, a body (as
  // `Irish League` is; a cup is a contest).
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.label === 'NORP' && us[1].kind === 'word' && /^(?:Premiership|Championship)$/.test(us[1].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a people’s adjective and a league’s word: the league', { initial: us[0].initial })];
  }
  let dropped = false;
  let contest = false;
  // `Champions League`, `UEFA Europa League`: a competition named a league, as a cup is (a body's acronym before it stays).
  if (us.length >= 2 && us[us.length - 1].text === 'League' && /^(?:Champions|Europa|Nations)$/.test(us[us.length - 2].text)) {
    us = us.slice(0, -2);
    contest = dropped = true;
  }
  // `Annual International Conference`, `4th Review Conference`: a yearly or a numbered gathering is an event, no body; a
  // place, a people or a body named in it stays.
  // (`Annual U.S. Human Rights Report`: a yearly document too.)
  if (us.length >= 2 && us[0].kind === 'word' && /^(?:Annual|Biennial|Triennial|\d+(?:st|nd|rd|th))$/.test(us[0].text) && (isHead(us[us.length - 1], GATHERING_HEADS) || isHead(us[us.length - 1], DROP_HEADS))) {
    return us.slice(1, -1).filter((u) => u.kind === 'gaz' || isAcronym(u)).flatMap((u) => classifyPiece([u], text, cx));
  }
  // `she told People in 2005`, `explained to Billboard.`: a word of the language capitalised after `told` is the outlet told, a
  // body (before `People` is read as a plural head).
  if (us.length === 1 && toldOutlet(us[0], cx)) return [mention(us[0].start, us[0].end, us[0].text, 'ORG', 1, 'an outlet: a word capitalised after “told”', { initial: us[0].initial })];
  // `Lead Planner Bianca Hall`, `Doris Day`: a surname that is a head word (`Hall`, `Day`, `Law`) after a given name is a person's.
  if (us.length >= 2 && HEAD_SURNAMES.test(us[us.length - 1].text) && us[us.length - 2].kind === 'word' && isGivenName(us[us.length - 2].text) && !isCommonWord(lower(us[us.length - 2])) && !/^the$/i.test(cx.tokens[us[us.length - 2].tok - 1]?.text ?? '')) {
    const [g, last] = [us[us.length - 2], us[us.length - 1]];
    return [...(us.length > 2 ? classifyPiece(us.slice(0, -2), text, cx) : []), mention(g.start, last.end, text.slice(g.start, last.end), 'PERSON', 1, 'a given name and a surname that is a head word', { initial: g.initial })];
  }
  while (us.length && (isHead(us[us.length - 1], DROP_HEADS) || isPluralHead(us[us.length - 1].text) || (us.length > 1 && isHead(us[us.length - 1], EVENT_HEADS))) && us[us.length - 1].kind === 'word') {
    contest ||= isHead(us[us.length - 1], EVENT_HEADS);
    us.pop();
    dropped = true;
  }
  // `Davis Cup`, `Heisman Trophy`, `Carling Cup`: the plain words before a contest's word are its name, no one's; a place, a
  // people or an acronym among them stays (`London Marathon`, `ATP Finals`).
  if (contest && us.every((u) => u.kind === 'word' && !u.caps)) return [];
  // An ordinal in Roman numerals (`VII Congress`) is not part of a name.
  while (us.length && us[0].caps && isRoman(us[0].text)) {
    us = us.slice(1);
    dropped = true; // an ordinal names an event or an edition, not a body
  }
  if (!us.length) return [];
  // `Lindsey Hilsum International Editor`, `Sara Brown Senior News Editor`: a person's given name and surname, then a rank, a
  // desk's adjective and the job, are the person.
  const desk = us.length >= 4 && us.length <= 5 ? (SENIORITY.test(us[2].text) ? 3 : 2) : 0;
  if (desk && desk === us.length - 2 && us.every((u) => u.kind === 'word' && !u.caps) && isGivenName(us[0].text) && !isCommonWord(us[1].text) && EDITORS_DESKS.test(us[desk].text) && /^(?:Editor|Correspondent|Reporter|Writer)$/.test(us[desk + 1].text)) {
    const s = span(us.slice(0, 2));
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a person named before their desk and job', { initial: us[0].initial })];
  }
  // `BuzzFeed News Reporter`, `Washington Post Columnist`, `CBS Sports Staff`: an outlet or a body and a job there, in title case; the job is no name.
  if (us.length > 2 && us[us.length - 1].kind === 'word' && (ROLE_NOUNS.has(lower(us[us.length - 1])) || /^(?:columnist|staff)$/.test(lower(us[us.length - 1]))) && isHead(us[us.length - 2], ORG_TAIL_HEADS)) {
    const s = span(us.slice(0, -1));
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `organisation head “${us[us.length - 2].text}” before a job there`, { initial: us[0].initial })];
  }
  // `Mashable Team`, `IAB Staff`: a name and its staff, signing as a body, are that body.
  if (us.length === 2 && us[1].kind === 'word' && /^(?:Team|Staff)$/.test(us[1].text) && (us[0].kind === 'word' || isAcronym(us[0])) && !isCommonWord(us[0].text) && !isGivenName(us[0].text)) {
    return [mention(us[0].start, us[0].end, us[0].text, 'ORG', 2, `a body signing as its ${us[1].text.toLowerCase()}`, { initial: us[0].initial })];
  }
  // `CBC News Investigates`, `NBC News Site Map`: a broadcaster's news (or sport) and a page's common words are the outlet.
  if (us.length > 2 && isAcronym(us[0]) && !NON_ENTITY_ACRONYMS.has(lower(us[0])) && isHead(us[1], OUTLET_HEADS) && us.slice(2).every((u) => u.kind === 'word' && !u.caps && isCommonWord(u.text)) && !isHead(us[us.length - 1], ORG_TAIL_HEADS) && !isHead(us[us.length - 1], NAMED_COMPANY_HEADS)) {
    const s = span(us.slice(0, 2));
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `a broadcaster’s “${us[1].text}” before a page’s words`, { initial: us[0].initial })];
  }
  // `CTV News Calgary`, `CTV News Northern Ontario`: a broadcaster's news then a place is its edition there, one body.
  if (us.length > 2 && broadcasterInitials(us[0]) && us[1].kind === 'word' && us[1].text === 'News' && editionPlace(us.slice(2))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a broadcaster’s news and the place of its edition', { initial: us[0].initial })];
  }
  // `CBSN Boston`, `BBC Northern Ireland`: a broadcaster's initials and a known place are its station there, one body; not
  // a body and a place modifying a noun after them (`EU China arms ban`) or opening a longer name (`MSCI Asia Pacific Index`).
  if (us.length >= 2 && us.length <= 4 && broadcasterInitials(us[0]) && us[0].kind === 'word' && !SHIP_PREFIXES.has(us[0].text) && us.slice(1).every((u) => u.kind === 'gaz' && u.gaz?.label === 'PLACE' && u.text !== u.text.toUpperCase()) && stationEnds(cx.tokens, us[us.length - 1].tokEnd)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a broadcaster’s initials and the place of its station', { initial: us[0].initial })];
  }
  // `SBS One`, `BBC Two`: a broadcaster's initials and a channel's number in words.
  if (us.length === 2 && broadcasterInitials(us[0]) && us[0].kind === 'word' && us[1].kind === 'word' && /^(?:One|Two|Three|Four)$/.test(us[1].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a broadcaster’s initials and its channel’s number', { initial: us[0].initial })];
  }
  // `CTV National News`, `TMZ Breaking News`: a broadcaster's initials before a website's section name it alone
  // (not its channels, `BBC World News`, `CNN International`).
  if (us.length > 2 && broadcasterInitials(us[0]) && isHead(us[us.length - 1], OUTLET_HEADS) && us.slice(1, -1).every((u) => isHead(u, SECTION_MODIFIERS) && !/^(?:world|international)$/.test(lower(u)))) {
    return [mention(us[0].start, us[0].end, us[0].text, 'ORG', 2, `a broadcaster before its section “${text.slice(us[1].start, us[us.length - 1].end)}”`, { initial: us[0].initial })];
  }
  // `Security Council Permanent Representatives`, `Party Deputy Leaders`: a body's name, then its posts (plural too).
  if (us.length > 2) {
    const role = (x: Unit) => x.kind === 'word' && (ROLE_NOUNS.has(lower(x).replace(/s$/, '')) || TITLES.has(lower(x)));
    let h = us.length - 1;
    while (h > 0 && (role(us[h]) || POST_MODIFIERS_OF_ROLES.has(lower(us[h])))) h--;
    if (h >= 1 && h < us.length - 1 && isHead(us[h], ORG_TAIL_HEADS) && role(us[us.length - 1])) {
      // `Regional News Partners`: a site's section named by its topic, then its partners, names no body.
      if (us[h].text === 'News' && us.slice(0, h).every((u) => u.kind === 'word' && NEWS_TOPICS.has(lower(u)))) return [];
      const s = span(us.slice(0, h + 1));
      return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `organisation head “${us[h].text}” before its posts`, { initial: us[0].initial })];
    }
  }
  // `Labour MPs were …`: a party's name before its people, even opening a sentence.
  if (us.length === 2 && us[0].kind === 'word' && PARTIES.has(us[0].text) && PARTY_MEMBER.test(us[1].text)) {
    return [mention(us[0].start, us[0].end, us[0].text, 'NORP', 2, 'a party’s name before one of its people', { initial: us[0].initial })];
  }
  // `Apple TV`, `Fire TV`, `Android TV`: a device maker's or a platform's TV is its box, the maker alone a body.
  if (us.length === 2 && us[1].text === 'TV' && TV_DEVICES.test(us[0].text)) return us[0].text === 'Apple' ? [mention(us[0].start, us[0].end, 'Apple', 'ORG', 2, 'a device maker before its box', { initial: us[0].initial })] : [];
  // `Phoenix TV`, `Sky TV`: a name and `TV` are a broadcaster (not a feast's: `Christmas TV campaign`).
  if (us.length === 2 && us[1].text === 'TV' && !us[0].caps && (us[0].kind === 'word' || us[0].kind === 'gaz') && !NO_ENTITY_WORDS.has(us[0].text) && !cx.titleCase) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a broadcaster: a name and TV', { initial: us[0].initial })];
  }
  // `HMAS Moresby`, `USS Enterprise`: a ship, no entity of ours.
  if (us.length >= 2 && us[0].kind === 'word' && SHIP_PREFIXES.has(us[0].text)) return [];
  // `5 Min Read`: a reading time, no name.
  if (us.length === 2 && /^Mins?$/.test(us[0].text) && us[1].text === 'Read') return [];
  // `Category C`, `Plan B`, `Phase II`: a class named by a letter, no name.
  if (us.length === 2 && us[0].kind === 'word' && CLASS_WORDS.test(us[0].text) && /^(?:[A-Z]|[IVX]{1,4})$/.test(us[1].text)) return [];
  // `J  O  I  N  T`: a letter-spaced heading, no name.
  if (us.every((u) => u.kind === 'word' && u.text.length === 1)) return [];
  // A line in capitals (`LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR`): its common words separate the names.
  if (us.length >= 2 && us.every((u) => u.caps || u.kind === 'conn')) {
    // `USA TODAY`, `FLORIDA TODAY`: a place and `TODAY` in capitals are the newspaper.
    if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.label === 'PLACE' && us[1].text === 'TODAY' && us[1].start === us[0].end + 1) {
      const s = span(us);
      return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a newspaper: a place and “TODAY”', { initial: us[0].initial, canonical: `${us[0].text.length <= 3 ? us[0].text : titleCase(us[0].text)} Today` })];
    }
    // `PARLIAMENTARY LIBRARY`, `IMMIGRATION DEPARTMENT FOILS …`: one or two words before an institution's head are its name.
    const h = us.findIndex((u, k) => k >= 1 && u.kind === 'word' && CAPITALS_INSTITUTIONS.has(lower(u)));
    if (h >= 1) {
      let k = h;
      while (k > 0 && h - k < 2 && us[k - 1].kind === 'word' && !FUNCTION_WORDS.has(lower(us[k - 1])) && !CAPITALS_INSTITUTIONS.has(lower(us[k - 1]))) k--;
      if (k < h) {
        const s = span(us.slice(k, h + 1));
        return [
          ...(k > 0 ? classifyPiece(us.slice(0, k), text, cx) : []),
          mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `organisation head “${us[h].text}” in capitals`, { initial: us[k].initial, canonical: titleCase(text.slice(s.start, s.end).replace(/\s+/g, ' ')) }),
          ...(h + 1 < us.length ? classifyPiece(us.slice(h + 1), text, cx) : []),
        ];
      }
    }
    // A common word right after a given name is its surname (`ALEXANDER DOWNER`).
    const runs = splitRuns(us, (u, k) => u.kind === 'conn' || (u.kind !== 'gaz' && isCommonWord(lower(u)) && !(k > 0 && givenInCapitals(us[k - 1]))));
    if (runs.length !== 1 || runs[0].length !== us.length) return runs.flatMap((r) => classifyPiece(r, text, cx));
  }
  const last = us[us.length - 1];
  const head = cx.tokens[last.tokEnd];
  // `Ana Tili newspaper`, `New York magazine`: a name before a medium's kind is the medium (the kind stays outside).
  const described = us.length === 1 && us[0].kind === 'gaz' && us[0].gaz?.label === 'NORP'; // `a Kazakh newspaper`
  // `the Business newsletter`, `the Politics podcast`: a section's name before a newsletter is no medium of its own.
  const section = us.length === 1 && us[0].kind === 'word' && isCommonWord(us[0].text) && (head?.text === 'newsletter' || head?.text === 'podcast');
  if (section && head?.start === last.end + 1) return [];
  // (A seller's word shouted, `our FREE daily email`, is no medium's name; `TIME magazine` is.)
  const shouted = us.length === 1 && us[0].kind === 'word' && SELLERS_WORDS.test(us[0].text);
  if (!dropped && !described && !shouted && head?.kind === 'word' && !head.cap && MEDIA_KINDS.has(head.text) && head.start - last.end === 1 && !us.some((u) => u.caps && u.kind === 'word' && NON_ENTITY_ACRONYMS.has(lower(u)))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `name of a ${head.text}`, { initial: us[0].initial })];
  }
  // `West Mercia police`, `Bardo museum`, `Chicago O'Hare airport`: a name and a lowercase head after it are one body or
  // place; not a known place alone (`Paris police`, `Paris airport`).
  const lowerHead = head?.kind === 'word' && !head.cap ? (LOWER_ORG_HEADS.has(head.text) ? 'ORG' : LOWER_PLACE_HEADS.has(head.text) ? 'PLACE' : undefined) : undefined;
  if (!dropped && head && lowerHead && head.start - last.end === 1 && !(us.length === 1 && us[0].kind === 'gaz') && !(lowerHead === 'ORG' && opensWithPlaceAbbreviation(us))) {
    // `after Ozark police called`: one unknown word before `police` is the town whose police they are.
    if (head.text === 'police' && us.length === 1 && us[0].kind === 'word' && !us[0].caps && !isCommonWord(us[0].text)) {
      const u = us[0];
      return [mention(u.start, u.end, u.text, 'PLACE', 1, 'a town before its police', { initial: u.initial })];
    }
    // `John Hopkins hospital system`: the head then a noun of what it heads is a kind of the body, outside its name.
    const next = cx.tokens[last.tokEnd + 1];
    if (lowerHead === 'ORG' && next?.kind === 'word' && next.start === head.end + 1 && HEADED_KINDS.test(next.text)) {
      const n = span(us);
      return [mention(n.start, n.end, text.slice(n.start, n.end), 'ORG', 2, `name before its kind, “${head.text} ${next.text}”`, { initial: us[0].initial })];
    }
    const s = { start: us[0].start, end: head.end };
    return [mention(s.start, s.end, text.slice(s.start, s.end), lowerHead, 2, `name and its lowercase head “${head.text}”`, { initial: us[0].initial })];
  }
  // `Sports News`, `TV News`, `Latest Tech News`: a site's section named by its topics alone is no body (`WebMD Health News` is).
  if (us.length >= 2 && /^News$/.test(last.text) && us.slice(0, -1).every((u) => u.kind === 'word' && NEWS_TOPICS.has(lower(u)))) return [];
  // `Help Desk`, `Cloud Help Desk`: a desk named by words of the language is a counter, no body (`Kulu Media News Desk` is).
  if (us.length >= 2 && last.text === 'Desk' && us.every((u) => u.kind === 'word' && !u.caps && isCommonWord(u.text))) return [];
  // `Water Sports`, `Winter Sports`: a kind of sport, no body (`Sky Sports`, `Fox Sports` are).
  if (us.length === 2 && /^Sports$/.test(last.text) && us[0].kind === 'word' && SPORT_KINDS.has(lower(us[0]))) return [];
  // `UK News`, `US Sport`, `Texas News`, `Los Angeles News`: a place's section of a website names the place, no organisation
  // (not a newspaper with its `The`: `The Detroit News`).
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.label === 'PLACE' && isHead(us[1], SECTION_HEADS) && !/^posts?$/i.test(us[1].text) && (us[0].gaz?.kind === 'country' || !/^the$/i.test(cx.tokens[us[0].tok - 1]?.text ?? ''))) {
    const c = us[0];
    return [mention(c.start, c.end, c.text, 'PLACE', 2, `gazetteer: ${c.gaz!.kind}, naming a section`, { canonical: c.gaz!.canonical, gazKind: c.gaz!.kind, initial: c.initial })];
  }
  // `St. Louis News`: so is a listed city whose name opens with a saint's abbreviation (it reads as words, not one entry).
  if (us.length >= 3 && isHead(last, SECTION_HEADS) && !/^posts?$/i.test(last.text) && opensWithPlaceAbbreviation(us.slice(0, -1)) && !/^the$/i.test(cx.tokens[us[0].tok - 1]?.text ?? '')) {
    const c = { start: us[0].start, end: us[us.length - 2].end };
    const name = text.slice(c.start, c.end);
    if (gazetteer().get(nameKey(name))?.kind === 'city') return [mention(c.start, c.end, name, 'PLACE', 2, 'a listed city named after a saint, naming a section', { gazKind: 'city', initial: us[0].initial })];
  }
  // `the Scottish Executive`, `the Northern Ireland Executive`: a people's or a place's government named by its kind.
  // So is a public service's executive named by its field (`the Housing Executive`).
  if (us.length === 2 && ((us[0].kind === 'gaz' && (us[0].gaz?.label === 'NORP' || us[0].gaz?.label === 'PLACE')) || (us[0].kind === 'word' && /^(?:Housing|Health)$/.test(us[0].text))) && us[1].kind === 'word' && us[1].text === 'Executive') {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a government named by its kind', { initial: us[0].initial })];
  }
  // `US Senate`, `UK Parliament`, `U.S. Navy`: a country and a body named by its kind are one name, the longest (as the
  // guidelines annotate nested names).
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.kind === 'country' && isHead(us[1], SINGLE_INSTITUTIONS)) {
    const s = span(us);
    // Its canonical name spells the country out (`United States Senate`).
    const canonical = `${us[0].gaz!.canonical ?? us[0].text} ${us[1].text}`;
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'institution named by its kind after its country: one name', { initial: us[0].initial, canonical, ownName: true })];
  }
  // `Samruk Kazyna Sovereign Wealth Fund Berik Beisengaliyev`: an organisation's name, then a person's.
  const h = orgThenName(us);
  if (h > 0) {
    const s = span(us.slice(0, h + 1));
    return [
      mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `organisation head “${us[h].text}”`, { initial: us[0].initial }),
      ...classifyPiece(us.slice(h + 1), text, { ...cx, personSlot: true }),
    ];
  }
  // `Local News`, `Breaking News`, `High School Sports`, `Next Post`: a website's section, no organisation.
  if (us.length > 1 && isHead(last, SECTION_HEADS) && us.slice(0, -1).every((u) => u.kind === 'word' && (/^posts?$/i.test(last.text) ? POST_MODIFIERS : SECTION_MODIFIERS).has(lower(u)))) return [];
  // After a building or event word only a proper organisation head counts (`UN General Assembly Hall`, not `Astana International Airport`).
  // `Selected Publications`, `Recent Publications`: a menu's list of writings, no publisher.
  const weak = (dropped && isHead(last, WEAK_TAIL_HEADS)) || (us.length === 2 && /^publications$/i.test(last.text) && /^(?:Selected|Recent|Latest|Related|Other|More|All|Featured|Our|Key|Major)$/.test(us[0].text));
  // `ZeniMax Media`, `Andreessen Horowitz Ventures`: heads common in companies' names, after a word that is no common word.
  // Not a contact's label (`AusAID Media: 0417 …`).
  // `Penske Business Media`: after such a first word, common words may stand between it and the head.
  const nameWord = (u: Unit) => (u.kind === 'word' && !isCommonWord(u.text) && !isGivenName(u.text)) || isAcronym(u);
  if (us.length > 1 && isHead(last, NAMED_COMPANY_HEADS) && !dropped && cx.tokens[last.tokEnd]?.text !== ':' && (us.slice(0, -1).every(nameWord) || (us.length <= 4 && !cx.titleCase && nameWord(us[0]) && us.slice(1, -1).every((u) => u.kind === 'word' && !u.caps)))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `a company: a name and “${last.text}”`, { initial: us[0].initial })];
  }
  // `Microsoft Store`, `Yahoo Finance`, `Reuters TV`: a known organisation and the service it names after itself.
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.kind === 'org' && isHead(us[1], BRAND_SERVICES) && !dropped) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `a known organisation’s “${us[1].text}”`, { initial: us[0].initial })];
  }
  // `Sioux Center, Iowa`: a town named like a building, before a comma and its state.
  if (us.length > 1 && isHead(last, WEAK_TAIL_HEADS) && !dropped && stateAfter(cx.tokens, last.tokEnd)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 1, 'a town: its name before a comma and its state')];
  }
  // `Baldwin County Sheriff`: a county, then a post; the post is no name.
  // Not a body named after its area (`US District Court`, `Baldwin County Commission`).
  // (`Bartholomew County Jail`: a county's building is the building, a place.)
  const admin = isHead(last, ORG_TAIL_HEADS) || isHead(last, CUSTODY_HEADS) ? -1 : us.findIndex((u, k) => k >= 1 && k < us.length - 1 && isHead(u, ADMIN_AREAS));
  if (admin > 0) {
    const s = span(us.slice(0, admin + 1));
    const post = us.slice(admin + 1);
    const noName = post.length === 1 && (TITLES.has(lower(post[0])) || ROLE_NOUNS.has(lower(post[0])) || /^sheriffs?$/i.test(post[0].text));
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, `name with a geographic word “${us[admin].text}”`, { initial: us[0].initial }), ...(noName ? [] : classifyPiece(post, text, cx))];
  }
  // `Special Humanitarian Program`, `Fan Contributor Program`: a programme is no body (the United Nations' are, and are known).
  if (us.length > 1 && /^programm?e?$/i.test(last.text) && !/^(?:World|UN|United)$/.test(us[0].text)) {
    const rest = us.slice(0, -1);
    return rest.some((u) => u.kind !== 'word' || !isCommonWord(u.text)) ? classifyPiece(rest, text, cx) : [];
  }
  // `A WarnerMedia Company`, `a Gannett company`: after an indefinite article, the company is the name before the word.
  if (us.length >= 2 && /^company$/i.test(last.text) && afterIndefiniteArticle(cx.tokens, us[0]) && us.slice(0, -1).every((u) => u.kind !== 'conn' && !isCommonWord(u.text))) {
    const s = span(us.slice(0, -1));
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a company named before “Company” after an indefinite article', { initial: us[0].initial })];
  }
  // `How to Throw a Graduation Party on a Budget`: a party after an indefinite article is a gathering, unless a noun
  // follows that it qualifies (`a Labour Party spokesman`).
  if (/^party$/i.test(last.text) && afterIndefiniteArticle(cx.tokens, us[0]) && !(cx.tokens[last.tokEnd]?.kind === 'word' && !cx.tokens[last.tokEnd].cap && !FUNCTION_WORDS.has(cx.tokens[last.tokEnd].text))) return [];
  // `By John Fund`: a byline's given name and one more word ending the line are its writer, though the word ends bodies' names.
  if (us.length === 2 && us[0].kind === 'word' && last.kind === 'word' && !/\p{Lu}{2}/u.test(last.text) && isGivenName(us[0].text) && bylineCue(cx.tokens, us[0].tok) && /^[ \t]*(?:\n|$|[,|])/.test(text.slice(last.end, last.end + 3))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a byline’s given name and surname', { initial: us[0].initial })];
  }
  // `Antoine Court de Gébelin`: a given name, a word that ends bodies' names, then a surname's particle and a name: a person.
  const particle = cx.tokens[last.tokEnd];
  const surname = cx.tokens[last.tokEnd + 1];
  if (us.length === 2 && us[0].kind === 'word' && isGivenName(us[0].text) && last.kind === 'word' && particle?.kind === 'word' && SURNAME_PARTICLES.has(particle.text) && particle.start === last.end + 1 && surname?.cap && surname.start === particle.end + 1) {
    return [mention(us[0].start, surname.end, text.slice(us[0].start, surname.end), 'PERSON', 2, 'a given name, a word and a surname with its particle', { initial: us[0].initial })];
  }
  // `Tata Steel`, `Essar Steel`: a steelmaker's head, not after a given name (`Mark Steel`).
  const steelmaker = last.kind === 'word' && last.text === 'Steel' && !(us[0].kind === 'word' && isGivenName(us[0].text));
  // (A country inside, not first, parts names; but one word before it opens the body's name: `National Australia Bank`.)
  const countryInside = us.some((u, k) => u.kind === 'gaz' && u.gaz?.kind === 'country' && k > 0 && !(k === 1 && us.length === 3 && us[0].kind === 'word' && !us[0].caps));
  if (us.length > 1 && (isHead(last, ORG_TAIL_HEADS) || steelmaker) && !weak && !countryInside) {
    const s = span(us);
    // `Parliament House, Canberra`: a house in an address, before its town, is the building.
    if (/^house$/i.test(last.text) && cityAfter(cx.tokens, last.tokEnd)) return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a building in an address, before its town', { initial: us[0].initial })];
    // `Emanuel AME Church`: a house of worship named after its own name (no denomination's word first) is the building.
    if (WORSHIP_HEADS.test(last.text) && us[0].kind === 'word' && !us[0].caps && !isCommonWord(us[0].text) && !DENOMINATIONS.test(us[0].text)) return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a house of worship named after its own name', { initial: us[0].initial })];
    // `Media Centre`, `Help Centre`, `Operations Centre`: a centre named by a common word is a room or a page, no body.
    if (us.length === 2 && /^cent(?:re|er)$/i.test(last.text) && us[0].kind === 'word' && isCommonWord(us[0].text)) return [];
    // `Tries To Kidnap Sisters`: in a title-case line, kin or a band after a common word are people, no band.
    if (us.length === 2 && cx.titleCase && /^(?:brothers|sisters|band)$/i.test(last.text) && us[0].kind === 'word' && isCommonWord(us[0].text)) return [];
    // `Climate Change Resource Library`, `On-Demand Library`: a library named by common words on its own line is a page of
    // resources, no body (`British Library`, `Chicago Public Library` open with a name).
    if (/^library$/i.test(last.text) && us.slice(0, -1).every((u) => u.kind === 'word' && !u.caps && u.text.split('-').every((w) => isCommonWord(w))) && aloneOnLine(text, s.start, s.end)) return [];
    // `Customer Service`: a desk named by who it serves, no body.
    if (us.length === 2 && /^(?:Customer|Client|Member|Guest|Reader)s?$/.test(us[0].text) && /^service$/i.test(last.text)) return [];
    if (isHead(last, ABBREVIATED_HEADS) && text[s.end] === '.') s.end++;
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, `organisation head “${last.text}”`, { initial: us[0].initial })];
  }
  // `AOL Europe`, `IBM Asia`: a company's branch named by its continent.
  if (us.length === 2 && isAcronym(us[0]) && us[1].kind === 'gaz' && us[1].gaz?.kind === 'region' && CONTINENTS.has(us[1].text) && acronymName(us[0], { ...us[1], kind: 'word' })) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 1, 'an organisation’s branch named by its continent', { initial: us[0].initial })];
  }
  // `Iran's Islamic Republic`, `the Islamic Republic`: a people's adjective and `Republic` name a state (the country owning it, if written).
  if (us.length === 2 && us[0].kind === 'gaz' && us[0].gaz?.label === 'NORP' && us[1].text === 'Republic' && !dropped) {
    const s = span(us);
    const owner = cx.tokens[us[0].tok - 1]?.kind === 'pos' ? cx.tokens[us[0].tok - 2] : undefined;
    const country = owner?.kind === 'word' ? gazetteer().get(nameKey(owner.text)) : undefined;
    const canonical = country?.kind === 'country' ? (country.canonical ?? owner!.text) : undefined;
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a state: a people’s adjective and “Republic”', { initial: us[0].initial, ...(canonical ? { canonical } : {}) })];
  }
  const g = us.findIndex((u) => u.kind === 'gaz');
  // `Guadalupe Salinas Hernández`, `Florence Vázquez`: a given name (or two names), then a surname by its ending, with a
  // town's name between or first, is a person.
  const surnamed = us.length >= 2 && us.length <= 4 && us[0].kind !== 'title' && ((isGivenName(us[0].text) && !NOT_GIVEN.has(lower(us[0]))) || (us.length >= 3 && /ez$/.test(us[us.length - 1].text))) && looksLikeSurname(us[us.length - 1].text);
  if (g >= 0 && surnamed && us.every((u) => (u.kind === 'word' || (u.kind === 'gaz' && u.gaz?.label === 'PLACE' && u.gaz.kind !== 'country')) && !u.caps && !isCommonWord(u.text))) return names(us.map((x) => ({ ...x, kind: 'word' as const })), text, cx, dropped);
  if (g >= 0 && !capitalsName(us)) return withGazetteer(us, g, text, cx, dropped);
  // `KELLY Osbourne has blasted …`: a story's first word in capitals, as tabloids set it, is a given name before a surname.
  if (us.length === 2 && us[0].initial && givenInCapitals(us[0]) && us[1].kind === 'word' && !us[1].caps && !isCommonWord(lower(us[1])) && us[1].start === us[0].end + 1 && cx.tokens[us[1].tokEnd]?.kind === 'word' && !cx.tokens[us[1].tokEnd].cap) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a given name in capitals opening a story, then a surname', { initial: true })];
  }
  if (capitalsName(us)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 1, 'name in capitals opening with a given name', { initial: us[0].initial })];
  }
  // `SDLP Balmoral councillor`, `SNP Falkirk MP`: a party's initials, then a ward's or a seat's name before one of its
  // people, are the party and the place.
  if (isAcronym(us[0]) && us.length === 2 && us[1].kind === 'word' && !us[1].caps && /^(?:councillors?|MPs?|MSPs?|MLAs?|AMs?|candidates?)$/.test(cx.tokens[us[1].tokEnd]?.text ?? '')) {
    return [mention(us[0].start, us[0].end, us[0].text, 'ORG', 1, 'a party’s initials before a seat and its member', { initial: us[0].initial }), mention(us[1].start, us[1].end, us[1].text, 'PLACE', 1, 'a seat between a party and its member', { initial: false })];
  }
  // `BNP Paribas`: an acronym and one unknown word (no given name) are one organisation.
  if (isAcronym(us[0]) && us.length === 2 && acronymName(us[0], us[1])) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 1, 'acronym and a name word', { initial: us[0].initial })];
  }
  // `CTV News LIVE`, `CTV News Stox`: a broadcaster's initials and `News` are its outlet, the words after it another name or none.
  if (us.length > 2 && broadcasterInitials(us[0]) && us[1].kind === 'word' && us[1].text === 'News') {
    return [mention(us[0].start, us[1].end, text.slice(us[0].start, us[1].end), 'ORG', 2, 'a broadcaster’s initials and “News”', { initial: us[0].initial }), ...classifyPiece(us.slice(2), text, { ...cx, personSlot: false })];
  }
  if (isAcronym(us[0]) && us.length > 1) return [...single(us[0], cx), ...classifyPiece(us.slice(1), text, { ...cx, personSlot: false })];
  return names(us, text, cx, dropped);
}

/** Where an organisation's head stands before two or three words of a person's name (no common word, no acronym), or -1. */
function orgThenName(us: readonly Unit[]): number {
  for (let h = us.length - 3; h >= 1 && h >= us.length - 4; h--) {
    if (!isHead(us[h], ORG_TAIL_HEADS)) continue;
    const rest = us.slice(h + 1);
    const nameWords = rest.every((u) => u.kind === 'word' && !u.caps && !isCommonWord(u.text) && !ORG_TAIL_HEADS.has(lower(u)));
    return nameWords && (isGivenName(rest[0].text) || looksLikeSurname(rest[rest.length - 1].text) || rest.length === 3) ? h : -1;
  }
  return -1;
}

function acronymName(a: Unit, w: Unit): boolean {
  const lw = lower(w);
  // `ON Autoplay`: a short word in capitals is no acronym.
  if (a.text.length === 2 ? SHOUTED_PAIRS.has(lower(a)) || FUNCTION_WORDS.has(lower(a)) : FUNCTION_WORDS.has(lower(a)) || isCommonWord(lower(a))) return false;
  // `UKIP MEPs`: the plural of an acronym is the body's people, no part of its name.
  // `CNN MoneyStream`: a word spelt like a product's is the body's product, no part of its name.
  if (w.kind !== 'word' || w.caps || isCommonWord(lw) || isGivenName(w.text) || ACRONYMS.has(a.text.replace(/\./g, '')) || /^\p{Lu}{2,}s$/u.test(w.text) || isProductSpelling(w.text)) return false;
  return !NON_ENTITY_ACRONYMS.has(lower(a)) && !/^(?:\p{Lu}\.)+$/u.test(a.text) && !/\p{N}/u.test(a.text);
}

function withGazetteer(us: Unit[], g: number, text: string, cx: PieceContext, dropped: boolean): Mention[] {
  const u = us[g];
  const e = u.gaz!;
  const rest = us.slice(g + 1);
  // `her sister Venus`, `his wife Georgia`, `the actress Sydney`: a place's name alone right after a relative's or an
  // artist's word is a person's given name (not after `partner`, `host` or `champion`: `trading partner China`).
  if (e.label === 'PLACE' && us.length === 1 && !u.caps && PERSONS_WORD_BEFORE.test(cx.tokens[u.tok - 1]?.text ?? '')) {
    return [mention(u.start, u.end, u.text, 'PERSON', 2, GIVEN_NAME_AFTER_RELATIVE, { initial: u.initial })];
  }
  // `the Spanish FA`, `the Kazakh MFA`: a people's adjective and an acronym after `the` are one body.
  if (e.label === 'NORP' && g === 0 && rest.length === 1 && isAcronym(rest[0]) && rest[0].text.length <= 4 && !NON_ENTITY_ACRONYMS.has(lower(rest[0])) && /^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '')) {
    const s = span([u, rest[0]]);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a people’s adjective and an acronym: one body', { initial: u.initial })];
  }
  // `Nazi Germany`, `Soviet Russia`: a regime's adjective and its country name the state of that time, one place.
  if (e.label === 'NORP' && g === 0 && rest.length === 1 && rest[0].kind === 'gaz' && rest[0].gaz?.kind === 'country' && REGIME_ADJECTIVES.test(u.text)) {
    const s = span([u, rest[0]]);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a regime’s adjective and its country', { initial: u.initial })];
  }
  // `Scottish Power`, `British Gas`, `Irish Water`: a people's adjective and a utility's word name a company.
  if (e.label === 'NORP' && g === 0 && rest.length === 1 && isHead(rest[0], UTILITY_HEADS) && !cx.titleCase) {
    const s = span([u, rest[0]]);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a people’s adjective and a utility: a company', { initial: u.initial })];
  }
  // `Av. Abraham Lincoln`, `Av. Winston Churchill`: Spanish's avenue before a name is a street, a known place's name inside.
  if (g >= 1 && /^(?:Av|Avda)\.?$/.test(us[0].text)) {
    // (Not the number's sign after it: `Av. Abraham Lincoln N° 452`.)
    const last = us[us.length - 1];
    const s = span(last.text.length === 1 && /^[°º]/.test(text.slice(last.end, last.end + 1)) && us.length > g + 1 ? us.slice(0, -1) : us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'an avenue named after someone or somewhere', { initial: us[0].initial })];
  }
  // `Mezcal Mexican Bar & Kitchen`, `Levels Nigerian Cuisine`, `Golden Chinese Restaurant`: a people's adjective before an
  // eatery's word (after a name's words or none) names the eatery, a business.
  const eatery = rest.length >= 1 && rest.length <= 3 && isHead(rest[rest.length - 1], EATERY_HEADS) && rest.every((r) => (r.kind === 'word' && !r.caps) || r.text === '&' || r.text === 'and');
  if (e.label === 'NORP' && eatery && us.slice(0, g).every((x) => x.kind === 'word' && !x.caps && !isGivenName(x.text)) && !cx.titleCase) {
    const s = span(us);
    // (`Bar & Kitchen`: a second eatery's word after an ampersand is the name's too.)
    const second = /^ (?:&|and) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(s.end, s.end + 20));
    const end = second && EATERY_HEADS.has(second[1].toLowerCase()) ? s.end + second[0].length : s.end;
    return [mention(s.start, end, text.slice(s.start, end), 'ORG', 2, 'a people’s adjective before an eatery’s word: the eatery', { initial: us[0].initial })];
  }
  // `Indian Ocean`, `Western Wall`: a people's adjective and a geographic word name a place.
  if (e.label === 'NORP' && g === 0 && rest.length === 1 && isHead(rest[0], GEO_SUFFIXES)) {
    const s = span([u, rest[0]]);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'people’s adjective with a geographic word', { initial: u.initial })];
  }
  // `Belize City`, `Panama City`, `Kuwait City`: a country's name and `City` name its capital, one place.
  // (`2022 Belize City Fast Pitch Softball tournament`: capitalised common words after it name no one.)
  const afterCity = rest.slice(1);
  if (e.kind === 'country' && g === 0 && rest.length >= 1 && rest[0].kind === 'word' && rest[0].text === 'City' && afterCity.every((r) => r.kind === 'word' && !r.caps && isCommonWord(r.text) && !isHead(r, ORG_TAIL_HEADS) && !isHead(r, GEO_SUFFIXES) && !isHead(r, DROP_HEADS))) {
    const s = span([u, rest[0]]);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a country’s name and “City”: its capital', { initial: u.initial })];
  }
  // `Gaza Strip`, `Turkiye Republic`: a place name with a geographic or state suffix.
  // `Ohio River Valley`: two geographic words; `Los Angeles International Airport`, `Chicago O'Hare International Airport`:
  // a place's facility named after it.
  const facility = g === 0 && rest.length >= 2 && rest.length <= 3 && rest.every((r) => r.kind === 'word' && !r.caps) && isHead(rest[rest.length - 1], GEO_SUFFIXES);
  if (e.label === 'PLACE' && (facility || (rest.length >= 1 && rest.length <= 2 && (rest.every((r) => isHead(r, GEO_SUFFIXES)) || (rest.length === 1 && /^(republic|federation|kingdom)$/i.test(rest[0].text)))))) {
    const suffixGeo = isHead(rest[0], GEO_SUFFIXES);
    // `Southwest Riverside County`: a compass word before it is part of the place.
    const compass = g === 1 && us[0].kind === 'word' && COMPASS.test(us[0].text);
    const s = span(compass ? us : [u, ...rest]);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'place name with suffix', { canonical: suffixGeo ? undefined : e.canonical, initial: u.initial })];
  }
  // `West Midlands`, `South Wales`: a compass word and a known place are one place; so is one the gazetteer knows as a
  // division of its own (Zambia's `Southern` province) before a known place (`Southern California`, `Northern Michigan`).
  // (`Inner North Adelaide`, `Inner West Melbourne`: a city's inner or outer part, then the compass word; `East Central
  // Illinois`: a compass word and `Central`.)
  const compassWord = !rest.length && ((g === 1 && us[0].kind === 'word' && COMPASS.test(us[0].text)) || (g === 2 && ((us[0].kind === 'word' && INNER_OUTER.test(us[0].text) && us[1].kind === 'word' && COMPASS.test(us[1].text)) || COMPASS_CENTRAL(us[0], us[1]))));
  const compassDivision = (g === 0 || (g === 1 && us[0].kind === 'word' && INNER_OUTER.test(us[0].text))) && rest.length === 1 && rest[0].kind === 'gaz' && rest[0].gaz?.label === 'PLACE' && COMPASS.test(u.text);
  // `Western Sydney`, `Eastern Ukraine`: a compass adjective the gazetteer holds as a people's word, then a known place.
  const compassAdjective = e.label === 'NORP' && g === 0 && rest.length === 1 && rest[0].kind === 'gaz' && rest[0].gaz?.label === 'PLACE' && COMPASS.test(u.text);
  if ((e.label === 'PLACE' && (compassWord || compassDivision)) || compassAdjective) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'compass word and a place', { initial: us[0].initial })];
  }
  // `Terry Pluto`, `Bruno Mars`, `Freddie Mercury`: a given name before a heavenly body's name is a person's, the body's their surname.
  if (g === 1 && !rest.length && e.kind === 'body' && us[0].kind === 'word' && !us[0].caps && isGivenName(us[0].text) && !isCommonWord(us[0].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a given name and a surname named like a heavenly body', { initial: us[0].initial })];
  }
  // `Lake Michigan`, `Mount Kenya`, `the Sierra Nevada`: a lake's, a mountain's or a range's word before a known place
  // names a feature of its own, one place; so does a county's word before the county (`Co Armagh`, `County Kildare`).
  if (g === 1 && !rest.length && e.label === 'PLACE' && us[0].kind === 'word' && /^(?:Lake|Mount|Mt|Cape|Isle|Sierra|Loch|County|Co)$/.test(us[0].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a lake’s, mountain’s, range’s or county’s word and a place', { initial: us[0].initial })];
  }
  // `East European`, `West Africans`: a compass word and a people are one people; what follows them is read apart
  // (`the West Australian Liberals`). So is a compass word the gazetteer holds as a region's name, before a people
  // (`a Northern Irish civil servant`).
  const people = g === 1 && e.label === 'NORP' && us[0].kind === 'word' && COMPASS.test(us[0].text) ? [us[0], u]
    : g === 0 && e.label === 'PLACE' && e.kind === 'region' && COMPASS.test(u.text) && rest[0]?.kind === 'gaz' && rest[0].gaz?.label === 'NORP' ? [u, rest[0]]
    : undefined;
  if (people) {
    const s = span(people);
    const after = us.slice(us.indexOf(people[1]) + 1);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'NORP', 2, 'compass word and a people', { initial: people[0].initial }), ...(after.length ? classifyPiece(after, text, { ...cx, personSlot: false }) : [])];
  }
  // `Baroness Scotland`: a peer named by a place.
  if (g === 1 && !rest.length && isHead(us[0], PEERAGE)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a peer named by a place', { initial: us[0].initial })];
  }
  // `Agence France Press`, `Radio Canada International`, `Air France`: a country inside a run of plain capitalised
  // words (on both sides, or after `Air`, `Radio`, `Team`) is part of an organisation's name.
  const plain = (x: Unit) => x.kind === 'word' && !x.caps && !isGivenName(x.text) && !NO_ENTITY_WORDS.has(x.text);
  // (`Air Europa`, `Air Europe`: after `Air`, a continent or a moon's name too.)
  const airPlace = g === 1 && !rest.length && us[0].kind === 'word' && us[0].text === 'Air' && e.label === 'PLACE';
  const countryInside = (e.kind === 'country' || airPlace) && g >= 1 && us.slice(0, g).every(plain) && rest.every(plain) && (rest.length > 0 || (g === 1 && COUNTRY_BRANDS.has(us[0].text)));
  if (countryInside && !cx.personSlot && !cx.titled) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a country inside an organisation’s name', { initial: us[0].initial })];
  }
  // `University College London`, `King’s College London`, `Trinity College Dublin`: a college named with its city is one body.
  if (e.kind === 'city' && g >= 2 && !rest.length && isHead(us[g - 1], COLLEGE_BEFORE_CITY)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a college named with its city', { initial: us[0].initial })];
  }
  // `Real Madrid`, `Athletic Bilbao`, `Inter Milan`, `FC Porto`: a football club's word before its city names the club.
  if (e.label === 'PLACE' && e.kind !== 'country' && g === 1 && !rest.length && us[0].kind === 'word' && CLUB_PREFIXES.has(us[0].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a football club: its word and its city', { initial: us[0].initial })];
  }
  // `the Toronto Star`, `the Baltimore Sun`: a place and a masthead's common word name a newspaper.
  if (e.label === 'PLACE' && g === 0 && rest.length === 1 && rest[0].kind === 'word' && MASTHEADS.has(rest[0].text) && NO_NOUN_AFTER.test(text.slice(rest[0].end, rest[0].end + 12))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a newspaper: a place and a masthead’s word', { initial: u.initial })];
  }
  // `The Scottish Sun`, `Irish Sun`, `the Irish Examiner`: a people's adjective and a masthead's word name a newspaper.
  if (e.label === 'NORP' && g === 0 && rest.length === 1 && rest[0].kind === 'word' && NORP_MASTHEADS.test(rest[0].text) && NO_NOUN_AFTER.test(text.slice(rest[0].end, rest[0].end + 12))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a newspaper: a people’s adjective and a masthead’s word', { initial: u.initial })];
  }
  // `the Cleveland Browns`, `the Boston Red Sox`: a city or a state and a plural nickname name a sports team.
  if (e.label === 'PLACE' && e.kind !== 'country' && g === 0 && rest.length >= 1 && rest.length <= 2 && rest.every((r) => r.kind === 'word' && !r.caps) && isTeamNickname(rest) && sportTokens(cx.tokens)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a sports team: a place and its nickname', { initial: u.initial })];
  }
  // A city name next to unknown name words is part of a name (`Florence Nightingale`, `Morgan Stanley`).
  const nameWord = (r: Unit) => r.kind === 'word' && !NO_ENTITY_WORDS.has(r.text) && ((!r.caps && !isCommonWord(r.text)) || middleInitials(us, us.indexOf(r)));
  const neighbours =
    g === 0 ? rest.length > 0 && (rest.every(nameWord) || (us.some((_, k) => middleInitials(us, k)) && givenNameFirst([{ ...u, kind: 'word' }, ...rest]))) : (us.slice(0, g).every(nameWord) && !rest.length) || (isGivenName(us[0].text) && us.length <= 4 && [...us.slice(0, g), ...rest].every(nameWord));
  // `Patrick Holland`, `Chris Jordan`, `George Kent`: a given name (no common word) and a country or a region are a person.
  const givenAndCountry = (e.kind === 'country' || e.kind === 'region') && us.length === 2 && g === 1 && us[0].kind === 'word' && !us[0].caps && isGivenName(us[0].text) && !NOT_GIVEN.has(lower(us[0])) && !isCommonWord(us[0].text);
  // `in Paris Benoit Tessier/Reuters`: a city, then a given name and a surname, is the city and a person (a caption's credit).
  if (e.kind === 'city' && g === 0 && rest.length >= 2 && rest.length <= 3 && rest.every(nameWord) && rest[0].kind === 'word' && isGivenName(rest[0].text) && !NOT_GIVEN.has(lower(rest[0])) && !cx.personSlot && !cx.titled) {
    return [mention(u.start, u.end, u.text, 'PLACE', 2, `gazetteer: ${e.kind}`, { canonical: e.canonical, gazKind: e.kind, initial: u.initial }), ...names(rest, text, { ...cx, personSlot: true }, dropped)];
  }
  // `at Hargo Engineering in Melbourne Melinda won …` (a full stop lost): a city, then a given name alone, is the city and a person.
  if (e.kind === 'city' && g === 0 && rest.length === 1 && rest[0].kind === 'word' && !rest[0].caps && !isGivenName(u.text) && isGivenName(rest[0].text) && !isCommonWord(rest[0].text) && !NOT_GIVEN.has(lower(rest[0])) && !cx.titled) {
    return [mention(u.start, u.end, u.text, 'PLACE', 2, `gazetteer: ${e.kind}`, { canonical: e.canonical, gazKind: e.kind, initial: u.initial }), mention(rest[0].start, rest[0].end, rest[0].text, 'PERSON', 1, 'a given name after a city', { initial: rest[0].initial })];
  }
  // `Cambridge Analytica`, `Boston Dynamics`: a city that is no given name, then one unknown word, is a company (not after a
  // role's word: `artist Alexandria Douziech`).
  if (e.kind === 'city' && neighbours && g === 0 && rest.length === 1 && !isGivenName(u.text) && !looksLikeSurname(rest[0].text) && !cx.personSlot && !cx.titled && !roleBefore(cx.tokens, u.tok) && !roleAfterComma(cx.tokens, rest[0].tokEnd)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 1, CITY_THEN_UNKNOWN, { initial: u.initial, guess: true })];
  }
  // `Jordan Spira`, `Brent Budowsky`, `Israel Katz`, `Georgia Silvera Seamans`: a country's or a region's name that is a given
  // name, then one or two unknown words, is a person.
  const givenFirst = (e.kind === 'country' || e.kind === 'region') && g === 0 && rest.length >= 1 && rest.length <= 2 && isGivenName(u.text) && !NOT_GIVEN.has(lower(u)) && rest.every((r) => nameWord(r) && !gazetteer().get(nameKey(r.text)) && !isHead(r, ORG_TAIL_HEADS)) && !cx.titleCase;
  // `Michael Dell`, `Nikola Tesla`, `Walt Disney`: a given name (no common word) then a company's one-word name are its founder or a namesake.
  const givenAndCompany = e.kind === 'org' && us.length === 2 && g === 1 && !u.text.includes(' ') && !u.caps && us[0].kind === 'word' && !us[0].caps && isGivenName(us[0].text) && !NOT_GIVEN.has(lower(us[0])) && !isCommonWord(us[0].text);
  if ((e.kind === 'city' && neighbours) || givenAndCountry || givenFirst || givenAndCompany) return names(us.map((x) => (x === u ? { ...x, kind: 'word' as const } : x)), text, cx, dropped);
  // `the Amazon`: the river or the forest, not the company.
  const nextWord = cx.tokens[u.tokEnd];
  const modifies = nextWord?.kind === 'word' && !nextWord.cap && !FUNCTION_WORDS.has(nextWord.text) && !/^(?:rainforest|forest|basin|river|region|jungle|delta)$/.test(nextWord.text);
  // `the Amazon acquisition`: the company's name before what it does is the company.
  if (e.kind === 'org' && us.length === 1 && PLACE_AFTER_THE.has(u.text) && /^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && !modifies) {
    return [mention(u.start, u.end, u.text, 'PLACE', 2, 'a known name that is a place after “the”', { initial: u.initial })];
  }
  // `Good Morning America`, `Voice of America`: common words before a country make a title, not the country.
  if (e.kind === 'country' && g >= 2 && !rest.length && us.slice(0, g).every((x) => x.kind === 'word' && !x.caps && isCommonWord(x.text))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 1, 'common words before a country: a title', { initial: us[0].initial, guess: true })];
  }
  // `First Deputy Prime Minister Roman Sklyar`: after a title a people's name that is a given name opens the person's name;
  // so it does before a word shaped like a surname (`Roman Abramovich's takeover`).
  const surnameNext = rest.length === 1 && rest[0].kind === 'word' && looksLikeSurname(rest[0].text);
  // `… 6:13 am PDT by Sami Fathi`: a people's name and an unknown word that end a line after `by` are the author's name.
  const bylineEnd = rest.length === 1 && /^by$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && /^[ \t]*(?:\n|$)/.test(text.slice(rest[0].end, rest[0].end + 3));
  if ((cx.personSlot || cx.titled || surnameNext || bylineEnd) && e.label === 'NORP' && g === 0 && rest.length >= 1 && rest.length <= 2 && (isGivenName(u.text) || bylineEnd) && rest.every(nameWord)) {
    return names(us.map((x) => (x === u ? { ...x, kind: 'word' as const } : x)), text, { ...cx, personSlot: true }, dropped);
  }
  const honorific = cx.tokens[u.tok - (cx.tokens[u.tok - 1]?.text === '.' ? 2 : 1)]?.text ?? '';
  // `Miss Northern Ireland`, `Miss England`: a beauty pageant's title names the country or the region, no person.
  if (cx.personSlot && honorific === 'Miss' && us.length === 1 && (e.kind === 'country' || e.kind === 'region')) {
    return [mention(u.start, u.end, u.text, 'PLACE', 2, 'a pageant’s country after `Miss`', { canonical: e.canonical, gazKind: e.kind, initial: u.initial })];
  }
  // `Mr Shiga`, `Mrs Jordan`: after an honorific a known place's name is a surname.
  if (cx.personSlot && g === 0 && us.length <= 2 && isHonorific(honorific) && (rest.length === 0 || rest.every(nameWord))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PERSON', 2, 'a surname after an honorific', { initial: u.initial })];
  }
  // `Mitsubishi Motors Philippines`, `Toyota Motor Corporation`: a known company, a company's word, maybe the country of its branch.
  if (e.kind === 'org' && g === 0 && rest.length >= 1 && rest.length <= 2 && rest[0].kind === 'word' && COMPANY_WORDS.test(rest[0].text) && (rest.length === 1 || (rest[1].kind === 'gaz' && rest[1].gaz?.kind === 'country'))) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'ORG', 2, 'a known company and a company’s word', { initial: u.initial })];
  }
  // `Nissan Sentra`, `Aston Martin DBX`: a carmaker, then its model's name, no entity.
  if (e.kind === 'org' && g === 0 && rest.length > 0 && CAR_MAKERS.has(e.canonical ?? u.text) && rest.every((r) => r.kind === 'word' && !isHead(r, ORG_TAIL_HEADS) && !gazetteer().get(nameKey(r.text)))) {
    return [mention(u.start, u.end, u.text, 'ORG', 2, 'a carmaker before its model’s name', { canonical: e.canonical, gazKind: e.kind, initial: u.initial })];
  }
  // `US dollars`: a currency, not the country.
  if (e.kind === 'country' && us.length === 1 && /^dollars?$/.test(cx.tokens[u.tokEnd]?.text ?? '')) return [];
  // `Caribbean matriarchs`, `a Caribbean artist`, `Caribbean jerk seasoning`: the region's name as an adjective before its
  // people or their food is its peoples'; before anything else it is the region (`Caribbean news`, `Caribbean carnivals`).
  const after = cx.tokens[u.tokEnd];
  if (us.length === 1 && u.text === 'Caribbean' && !/^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && after?.kind === 'word' && !after.cap && u.end + 1 === after.start && (PEOPLES_NOUNS_AFTER.test(after.text) || isRoleWord(after.text.replace(/s$/, '')))) {
    return [mention(u.start, u.end, u.text, 'NORP', 2, 'a region’s name as its peoples’ adjective', { initial: u.initial })];
  }
  const out: Mention[] = [];
  const before = us.slice(0, g);
  // `Tom Davies Associated Press`: a byline's given name and surname before the agency are the reporter.
  const reporter = e.kind === 'org' && before.length === 2 && before.every((b) => b.kind === 'word') && isGivenName(before[0].text) && !isCommonWord(before[1].text);
  if (before.length) out.push(...names(before, text, { ...cx, personSlot: cx.personSlot || reporter }, !reporter));
  out.push(mention(u.start, u.end, u.text, e.label, 2, `gazetteer: ${e.kind}`, { canonical: e.canonical, gazKind: e.kind, initial: u.initial }));
  if (rest.length) {
    const personNext = (cx.titled || cx.complement) && (e.label === 'PLACE' || e.label === 'ORG');
    out.push(...classifyPiece(rest, text, { ...cx, complement: false, personSlot: personNext || cx.personSlot }));
  }
  return out;
}

/** A natural feature's word, closing its name (`Pigeon River State Forest`, `Ninety Mile Beach`). */
const NATURAL_FEATURES = /^(?:Forest|Park|River|Lake|Creek|Beach|Falls|Hills|Mountains?|Islands?|Bay|Valley|Canyon|Reserve|Springs|Belt)$/;

/** A people's word made from its land's name (`Irianese`, `Timorese`). */
const PEOPLE_ESE = /^\p{Lu}\p{Ll}{3,}ese$/u;
/** A person named by where they are from (`Limerick man`). */
const LOCAL_PERSON = /^(?:man|woman|boy|girl|teenager|teen|pensioner|mum|dad|couple|mother|father|grandmother|grandfather|native|residents?)$/;
/** A newsroom's desks, before `Editor` or `Correspondent` (`International Editor`, `Political Correspondent`). */
/** A rank before a desk and a job (`Senior News Editor`). */
const SENIORITY = /^(?:Senior|Chief|Deputy|Managing|Executive|Associate|Assistant|Contributing)$/;
const EDITORS_DESKS = /^(?:International|Political|Politics|Foreign|Economics|Business|Home|Diplomatic|Science|Health|Security|Defence|Sports?|Chief|Senior|Deputy|Associate|Managing|Executive|News|Arts|Royal|Crime|Legal|Environment|Technology|Education)$/;
/** A street's last word, and the words before a street's name. */
const STREET_HEADS = /^(?:Road|Street|Avenue|Lane|Drive|Boulevard)$/;
const BEFORE_STREET = /^(?:on|off|along|between|onto|and|down|up|near|at|of)$/;

/** `Dresden Drive is closed between Ellijay Drive and Apple Valley Road`: a street where two streets or more are named, or after a street's preposition. */
function streetName(us: readonly Unit[], text: string, cx: PieceContext): Mention | undefined {
  const n = us.length;
  if (n < 2 || n > 4 || cx.titleCase) return undefined;
  const last = us[n - 1];
  if (last.kind !== 'word' || last.caps || !STREET_HEADS.test(last.text)) return undefined;
  if (!us.slice(0, -1).every((u) => (u.kind === 'word' && !u.caps && !FUNCTION_WORDS.has(lower(u))) || (u.kind === 'gaz' && u.gaz?.label !== 'NORP'))) return undefined;
  if (last.text !== 'Drive' && !us.slice(0, -1).some((u) => u.kind === 'gaz')) return undefined;
  // `on Google Drive`: a brand's service, no street.
  if (n === 2 && us[0].kind === 'gaz' && us[0].gaz?.label === 'ORG') return undefined;
  const streets = cx.tokens.filter((t) => t.kind === 'word' && STREET_HEADS.test(t.text)).length;
  if (streets < 2 && !BEFORE_STREET.test(cx.tokens[us[0].tok - 1]?.text ?? '')) return undefined;
  const s = span(us);
  return mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 2, 'a street’s name where streets are named', { initial: us[0].initial });
}

/** Heads of schools whose names end with their city (`Imperial College London`). */
const COLLEGE_BEFORE_CITY = new Set(['college']);
/** A street's word, closing its name (`Wall Street`, `Abbey Road`). */
const STREET_WORDS = /^(?:Street|Avenue|Road|Lane|Boulevard|Square)$/;

/** German and Dutch streets, squares and canals are one word (`Zugerstrasse`, `Marienplatz`, `Herengracht`), or a name and the word joined by hyphens (`Manga-Bell-Platz`). */
const STREET_ENDING = /^(?:\p{Lu}\p{Ll}{2,}(?:strasse|straße|gasse|platz|allee|straat|gracht|plein)|(?:\p{Lu}\p{Ll}+-)+(?:Strasse|Straße|Gasse|Platz|Allee|Weg|Ufer|Damm|Straat|Gracht|Plein))$/u;

/** What an electric current's kind stands before (`DC jack`, `AC adapter`). */
const CURRENT_NOUNS = /^(?:jacks?|power|input|output|adapters?|adaptors?|current|motors?|supply|supplies|voltage|barrel|charger|charging|plug)$/;

/** Words for a relative or an artist, in small letters, which only a person's name follows (`sister Venus`, `actress Sydney`). */
const PERSONS_WORD_BEFORE = /^(?:daughter|son|wife|husband|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|uncle|aunt|widow|widower|fiancée?|girlfriend|boyfriend|stepson|stepdaughter|actor|actress|singer|rapper|comedian|novelist|playwright|guitarist|drummer|pianist|dancer|painter|sculptor|poet)$/;

/** Words that close a company's name after a name, whatever the name's spelling (initials, a town, an unknown word). */
const COMPANY_CLOSERS = /^(?:Networks|Software|Therapeutics|Healthcare|Biosciences|Partners)$/;

/**
 * `Palo Alto Networks`, `Juniper Networks`, `CNX Software`, `Amicus Therapeutics`, `HCA Healthcare`, `Francisco Partners`:
 * such a word after a name (no word of the language) closes a company's name (not `Ad Networks`, `Free Software`, `Sales
 * Partners`).
 */
function closesCompanyName(us: readonly Unit[]): boolean {
  const before = us[us.length - 2];
  return us.length >= 2 && COMPANY_CLOSERS.test(us[us.length - 1].text) && (before.kind === 'gaz' || (before.kind === 'word' && !isCommonWord(before.text)));
}

/** A seller's words shouted before a medium's kind (`our FREE daily email newsletter`). */
const SELLERS_WORDS = /^(?:FREE|NEW|BEST|EXCLUSIVE|LIVE|SPECIAL|LATEST|TOP)$/;

/** Verbs of business news in a headline's present (`secures`, `acquires`, `unveils`). */
/** Tokens of a headline at most, when its line ends with a full stop. */
const HEADLINE_TOKENS = 16;
const BUSINESS_VERBS = new Set(['secures', 'acquires', 'unveils', 'expands', 'inks', 'integrates', 'debuts', 'partners']);

/** Words that follow a company's name in its full name (`Mitsubishi Motors`, `Samsung Electronics`, a division's `Google Cloud`). */
const COMPANY_WORDS = /^(?:Motors?|Group|Corporation|Holdings|Industries|Electronics|Electric|Heavy|Cloud)$/;

/** Words that end a street's name in an address (`2134 Caldwell Place`). */
const ADDRESS_WORDS = new RegExp(`^${ADDRESS_WORD}$`);

/** Words that open a football club's name before its city (`Real Madrid`, `Sporting Lisbon`, `Dynamo Kiev`). */
const CLUB_PREFIXES = new Set(['FC', 'AC', 'AS', 'SS', 'SL', 'AFC', 'CF', 'SC', 'SV', 'VfB', 'VfL', 'RB', 'Real', 'Athletic', 'Atletico', 'Atlético', 'Sporting', 'Inter', 'Dynamo', 'Dinamo', 'Olympique', 'Borussia', 'Racing', 'Deportivo', 'Lokomotiv', 'Spartak', 'Steaua', 'Slavia', 'Sparta', 'Hertha', 'Eintracht', 'Fortuna', 'Standard', 'Hellas', 'Panathinaikos', 'Olympiacos']);

/** Words that make a company's name with a country after them (`Air France`, `Radio Canada`, `Team USA`). */
const COUNTRY_BRANDS = new Set(['Air', 'Radio', 'Team', 'Telecom', 'Telekom', 'Post']);

/** Words that name a class by a letter after them (`Category C`). */
const CLASS_WORDS = /^(?:Category|Class|Grade|Type|Phase|Stage|Level|Tier|Group|Schedule|Part|Section|Annex|Appendix|Chapter|Plan|Option|Zone|Block|Wing|Ward|Gate|Platform)$/;

/** The word right before the token (past a title's full stop) is a title: `Mr Bush`, `Mr. Bush`, `President Bush`. */
function titleRightBefore(tokens: readonly Token[], tok: number): boolean {
  const k = tokens[tok - 1]?.text === '.' ? tok - 2 : tok - 1;
  const t = tokens[k];
  return !!t && t.kind === 'word' && t.cap && (isHonorific(t.text) || PERSONAL_TITLES.test(t.text));
}
/** Parties named by an adjective of the language: a party only before one of its people (`Conservative leader`). */
const ADJECTIVE_PARTIES = new Set(['Conservative', 'Tory', 'Liberal']);

/** Titles only a person's name follows (not `Member Benefits`, `Head Office`). */
/** The unit is the whole name signing an embedded post on its line (`— Slack (@SlackHQ) September 16, 2016`). */
function signsPost(text: string, u: Unit): boolean {
  const start = text.lastIndexOf('\n', u.start) + 1;
  const end = text.indexOf('\n', u.end);
  return postSignOff(text.slice(start, end < 0 ? undefined : end)) === u.text;
}

/** Staff a publication or a body has (`the Forward’s editor`, `the Times's readers`). */
const STAFF = /^(?:editors?|reporters?|correspondents?|columnists?|writers?|publishers?|journalists?|critics?|photographers?|staff|readers|subscribers|owners?)$/;

/** A possessive at `k`, then at most three lowercase words, the last naming staff. */
function ownsStaff(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.kind !== 'pos') return false;
  for (let j = k + 1; j <= k + 4 && tokens[j]?.kind === 'word' && !tokens[j].cap; j++) if (STAFF.test(tokens[j].text)) return true;
  return false;
}


/** Head words that are surnames too (`Bianca Hall`, `Doris Day`, `Jude Law`). */
const HEAD_SURNAMES = /^(?:Hall|Day|Law)$/;

const RACE_WORDS = /^(?:Black|White|Brown)$/;
/** Nouns of people (any case, as title-case headlines write them) a colour word names a people before. */
const RACE_NOUN_AFTER = /^(?:[Pp]eople|[Ww]om[ae]n|[Mm][ae]n|[Gg]irls?|[Bb]oys?|[Cc]ommunit(?:y|ies)|[Vv]oters?|[Ss]tudents?|[Rr]esidents?|[Ff]amil(?:y|ies)|[Cc]hildren|[Tt]eens?|[Ll]eaders?|[Ww]orkers?|[Aa]uthors?|[Aa]rtists?|[Pp]atients?|[Aa]dolescents?|[Yy]ouths?|[Pp]eers|[Pp]rofessionals|[Oo]wners|[Ii]ndividuals|[Aa]dults|[Hh]ouseholds|[Pp]arents|[Mm]others|[Ff]athers|[Dd]emocrats|[Rr]epublicans)$/;
/** Peoples' words a colour word is listed with (`Hispanic and Black adolescents`, `their White (41%), Black (39%), and Asian peers`). */
const LISTED_PEOPLES = String.raw`(?:Hispanic|Latino|Latina|Latinx|Asian|Indigenous|Native American|Arab|White|Black)`;
const PEOPLE_LISTED_BEFORE = new RegExp(String.raw`\b${LISTED_PEOPLES}(?: \([^()\n]{1,12}\))?(?:,| and| or|, and|, or) $`, 'u');
const PEOPLE_LISTED_AFTER = new RegExp(String.raw`^(?: \([^()\n]{1,12}\))?(?:,| and| or|, and|, or) ${LISTED_PEOPLES}\b`, 'u');
/** The colour word at `u` stands in a list with another people's word, before it or after it. */
function amongPeoples(text: string, u: Unit): boolean {
  return PEOPLE_LISTED_BEFORE.test(text.slice(Math.max(0, u.start - 40), u.start)) || PEOPLE_LISTED_AFTER.test(text.slice(u.end, u.end + 40));
}

/** `a`/`an` right before the unit. */
const afterIndefiniteArticle = (tokens: readonly Token[], u: Unit): boolean => /^an?$/i.test(tokens[u.tok - 1]?.text ?? '');

const POSSESSIVE_END = /['’]s$/;
const SPORTS = /^(?:Baseball|Soccer|Football|Basketball|Hockey|Rugby|Cricket|Lacrosse|Volleyball|Softball)$/;
/** Other sports whose national bodies are named by the sport, then the country (`Tennis Australia`). */
const BODY_SPORTS = /^(?:Tennis|Golf|Netball|Squash|Bowls)$/;
/** Words the United Kingdom's nations' public bodies and charities put before the nation's name (`Police Scotland`). */
const NATION_SERVICES = /^(?:Police|Shelter|Transport|Historic|Natural|Creative|Forestry|Skills|Enterprise|Heritage|Homes)$/;
/** Fields that countries' agencies are named by, before the country's name (`Tourism Australia`, `Statistics Canada`). */
const NATIONAL_AGENCY_FIELDS = /^(?:Tourism|Screen|Cancer|Geoscience|Health|Statistics|Stats|Parks|Infrastructure|Elections|Medicare|Comcare|Export|Biosecurity|Immigration|Seniors|Universities|Engineers)$/;
/** A people's nouns, and their food's, after a region's adjective (`Caribbean matriarchs`, `Caribbean jerk seasoning`). */
const PEOPLES_NOUNS_AFTER = /^(?:people|peoples|matriarchs?|patriarchs?|women|men|girls?|boys?|immigrants?|migrants?|descent|heritage|ancestry|diaspora|communit(?:y|ies)|famil(?:y|ies)|cuisine|food|foods|dish|dishes|cooking|jerk|flavou?rs?|recipes?)$/;
const UK_NATIONS = /^(?:Scotland|England|Wales|Cymru|Northern Ireland)$/;

/**
 * A number of three digits or four right before the word, one space between (`737 MAX`), or, for a given name, right
 * after it (`Max 737`; an acronym before a number is a list's name: `CNET 100`).
 */
function besideModelNumber(tokens: readonly Token[], u: Unit, given: boolean): boolean {
  const before = tokens[u.tok - 1];
  const after = tokens[u.tokEnd];
  const model = (t: Token | undefined) => t?.kind === 'num' && /^\d{3,4}$/.test(t.text) && !/^(?:19|20)\d\d$/.test(t.text);
  // Not a body counted by the number before it (`all 193 UN Member States`).
  return (model(before) && before!.end + 1 === u.start && !tokens[u.tokEnd]?.cap) || (given && model(after) && u.end + 1 === after!.start);
}
const HYPHENED_PLACE = /^\p{Lu}\p{Ll}+(?:-(?:a|de|du|des|la|le|les|sur|upon|on|en|in|am|an|der|di|del|el|lès)-\p{Lu}?\p{Ll}+)+$/u;
const SAINT_IN_NAME = /^(?:San|Santa|Santo|São|Sankt)$/;
const NATIONAL_INSTITUTIONS = /^(?:Gallery|Museum|Library|Archives|Theatre|Theater|Ballet|Opera|Orchestra|Trust|Mint)$/;
const FORMER_STATES = /^(?:Retired|Former|Serving|Disgraced|Jailed|Late)$/;
const MODEL_NUMBER = /^(?:\p{Lu}{1,2}|Top)-\p{N}+\p{Lu}?$/u;
/** Letters and digits in no order, capitals and small letters mixed: a short link's code (`OZXI2TEj7D`), no word. */
const RANDOM_CODE = /^(?=[\p{L}\p{N}]*\p{L}\p{N}+\p{L})(?=(?:[\p{L}\p{N}]*\p{Lu}){2})(?=[\p{L}\p{N}]*\p{Ll})[\p{L}\p{N}]{8,}$/u;
const PERSONAL_TITLES = /^(?:Prof|Sir|Dame|Lord|Lady|President|Minister|Premier|Chancellor|Senator|Sen|Rep|Gov|Governor|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|General|Gen|Colonel|Col|Captain|Capt|Sergeant|Sgt|Lieutenant|Lt|Admiral|Adm|Commissioner|Ambassador|Secretary|Bishop|Cardinal|Archbishop|Rabbi|Imam|Reverend|Rev|President-elect|Vice-President|Chairman|Chairwoman|Sheikh|Emir|Sultan)$/;

/** A common verb's past form (`Assaulted`, `Sued`): a headline's verb, not a surname (`Drake Assaulted in Dubai`). */
function isPastTense(w: string): boolean {
  const lowerW = w.toLowerCase();
  return lowerW.endsWith('ed') && lowerW.length > 4 && (isCommonWord(lowerW.slice(0, -2)) || isCommonWord(lowerW.slice(0, -1)));
}

/** A lowercase word after a name, not a verb of saying: the name modifies it (`Oscar hopefuls`). */
const modifiesNoun = (t: Token | undefined) => !!t && t.kind === 'word' && !t.cap && !SPEECH_VERBS.has(t.text) && !FUNCTION_WORDS.has(t.text);

/** A piece with no gazetteer name: a person, an organisation, a place, or nothing. */
function names(input: Unit[], text: string, cx: PieceContext, dropped: boolean): Mention[] {
  let us = input;
  // `Christmas Eve`, `All Hallows Eve`: the eve of a holiday is a date, no person.
  if (us.length >= 2 && us[us.length - 1].text === 'Eve' && /^(?:Christmas|Hallows)$/.test(us[us.length - 2].text)) return [];
  // A sentence-initial common word before a name is not part of it (`Welcoming Nguyen Thanh Hung`),
  // nor are common words before a personal name of two unknown words (`Construction Kanat Sharlapayev`).
  // A given name that is also a common word still opens a name (`Rod Eddington said`).
  // So is a role word opening the sentence (`Striker Nicolas Anelka says …`).
  // Not after a byline's `By` (`By Sage Lazzaro`).
  while (us.length > 1 && us[0].initial && !us[0].caps && !nameFunctionWord(us[0]) && (isCommonWord(us[0].text) || ROLE_NOUNS.has(lower(us[0]))) && !isHead(us[0], ORG_MODIFIERS) && !isHead(us[0], GEO_PREFIXES) && !givenNameFirst(us) && !bylineCue(cx.tokens, us[0].tok) && !(us.length === 2 && roleAfterCopula(cx.tokens, us[1].tokEnd))) us = us.slice(1);
  // `— Slack (@SlackHQ) September 16, 2016`: a word of the language signing an embedded post with a handle is a brand's account.
  if (us.length === 1 && us[0].kind === 'word' && !us[0].caps && isCommonWord(us[0].text) && signsPost(text, us[0])) {
    return [mention(us[0].start, us[0].end, us[0].text, 'ORG', 2, 'a brand signing an embedded post with its handle', { initial: us[0].initial })];
  }
  // `Crested Butte, CO`, `in Crested Butte, Colorado`: two or three name words before a comma and a state are a town (not
  // a body's name, nor a person's opening with a given name).
  const lastWord = us[us.length - 1];
  // After `in`, a known town or country of the gazetteer serves as the state, and the name may open with a given name
  // (`killed in a crash in Osborne Store, Clarendon`).
  const inTown = cx.tokens[us[0].tok - 1]?.text === 'in' && placeAfter(cx.tokens, lastWord.tokEnd);
  if (us.length >= 2 && us.length <= 3 && us.every((u) => u.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(u.text)) && (inTown || !isGivenName(us[0].text)) && !isHead(lastWord, ORG_TAIL_HEADS) && !/['’]/.test(text.slice(us[0].start, lastWord.end)) && (inTown || stateFollows(cx.tokens, lastWord.tokEnd))) {
    return [mention(us[0].start, lastWord.end, text.slice(us[0].start, lastWord.end), 'PLACE', 2, 'a town before its state', { initial: us[0].initial })];
  }
  // `Rogers Media`, `Sinclair Media`: a name word then `Media` is a media company (not `Social Media`, `Digital Media`, a menu's
  // words, nor `Tina Brown Media`, a person's, nor `AusAID Media`, a contact's office).
  if (us.length === 2 && us[1].kind === 'word' && us[1].text === 'Media' && us[0].kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(us[0].text) && !isCommonWord(us[0].text) && text[us[0].end] === ' ') {
    return [mention(us[0].start, us[1].end, text.slice(us[0].start, us[1].end), 'ORG', 2, 'a media company: a name and “Media”', { initial: us[0].initial })];
  }
  // `Beatle George Harrison`: an unknown word before a given name and a surname is no part of the name (a band's
  // member, a team's); not a name's first part that is itself a given name (`John Paul Jones`), a Chinese one in pinyin
  // (`Yunfan Gerry Zhang`), or mid-sentence common.
  if (us.length === 3 && us.every((u) => u.kind === 'word' && !u.caps) && !us[0].initial && /^\p{Lu}\p{Ll}{2,}$/u.test(us[0].text) && !isGivenName(us[0].text) && !isPinyinGivenName(us[0].text) && !isCommonWord(lower(us[0])) && isGivenName(us[1].text) && !isCommonWord(lower(us[1])) && !isCommonWord(lower(us[2]))) {
    return [...names(us.slice(0, 1), text, cx, dropped), ...names(us.slice(1), text, { ...cx, personSlot: true }, dropped)];
  }
  const lead = leadingCommon(us);
  if (lead > 0 && us.length - lead >= 2 && !isHead(us[us.length - 1], GEO_SUFFIXES) && !isHead(us[0], GEO_PREFIXES)) {
    return [...names(us.slice(0, lead), text, cx, dropped), ...names(us.slice(lead), text, { ...cx, complement: false, personSlot: cx.personSlot || cx.complement }, dropped)];
  }
  // `Headquarters: 825 Eighth Avenue`: a street after its house number stays whole in a heading too.
  const houseNumber = cx.tokens[us[0].tok - 1]?.kind === 'num' && /^\d{1,5}$/.test(cx.tokens[us[0].tok - 1].text) && ADDRESS_WORDS.test(us[us.length - 1].text);
  if (cx.titleCase && !bylineCue(cx.tokens, us[0].tok) && !houseNumber) {
    // In a title-case heading every word is capitalised: common words separate names (a byline's `By Sage Lazzaro` is no heading).
    const out: Mention[] = [];
    let run: Unit[] = [];
    const flush = () => {
      // `Bay Area’s Version`: a possessive joined to the common word it came before is outside the name left.
      const last = run[run.length - 1];
      if (last && POSSESSIVE_END.test(last.text) && last.tokEnd - last.tok > 1 && run.length < us.length) run[run.length - 1] = { ...last, end: last.end - 2, text: last.text.slice(0, -2), tokEnd: last.tokEnd - 1 };
      if (run.length) out.push(...names(run, text, { ...cx, titleCase: false, titleCaseRun: true }, dropped));
      run = [];
    };
    us.forEach((u, k) => {
      // A common word right after a given name, or after a given name and middle initials, is its surname (`Tom Cruise`,
      // `Jamie Foxx`, `Clifford D. May`, `David W. Blight`).
      const prev = run[run.length - 1];
      const given = run[0];
      const surname = !!given && given.kind === 'word' && isGivenName(given.text) && !NOT_GIVEN.has(lower(given)) && !isCommonWord(given.text) && run.slice(1).every((x) => /^\p{Lu}\.$/u.test(x.text));
      // A given name that is also a common word opens a name before a word that is none (`Photo by James Martin`).
      const next = us[k + 1];
      const opens = !run.length && u.kind === 'word' && isGivenName(u.text) && !NOT_GIVEN.has(lower(u)) && next?.kind === 'word' && !next.caps && !isCommonWord(next.text);
      // `Radio Co-Host Angela Yee`, `Super-Agent Soyoung Lee`: a role word before a name is no part of it.
      // `Search CTV News X`, `CTV News LIVE`: a broadcaster's initials and `News` are its outlet, and end it.
      if (run.length === 1 && broadcasterInitials(prev) && u.kind === 'word' && u.text === 'News') {
        run.push(u);
        flush();
      } else if (u.kind === 'word' && !u.caps && isRoleWord(u.text) && !surname) flush();
      else if (u.kind === 'word' && !u.caps && isCommonWord(u.text) && (!surname || isPastTense(u.text)) && !opens) flush();
      else run.push({ ...u, initial: true });
    });
    flush();
    return out;
  }
  // `Trump Mar-a-Lago Home`, `Stratford-upon-Avon`: words joined by hyphens around a small particle name a place, no part of a person's name.
  const hyphened = us.findIndex((u) => u.kind === 'word' && HYPHENED_PLACE.test(u.text));
  if (hyphened >= 0) {
    const rest = (part: Unit[]) => (part.length ? names(part, text, cx, dropped) : []);
    const u = us[hyphened];
    return [...rest(us.slice(0, hyphened)), mention(u.start, u.end, u.text, 'PLACE', 1, 'words joined by hyphens around a particle: a place', { initial: u.initial }), ...rest(us.slice(hyphened + 1))];
  }
  // `Visitez Radio-Canada.ca`: a site's name with its domain stands alone, never inside a person's name.
  const site = us.length > 1 ? us.findIndex((u) => u.kind === 'word' && SITE_NAME.test(u.text)) : -1;
  if (site >= 0) {
    const rest = (part: Unit[]) => (part.length ? names(part, text, cx, dropped) : []);
    return [...rest(us.slice(0, site)), ...single(us[site], cx, dropped), ...rest(us.slice(site + 1))];
  }
  // `Sesto San Giovanni`, `Villa San Giovanni`: a saint's name inside a name that opens with no given name is a town's.
  if (us.length >= 3 && us.every((u) => u.kind === 'word' && !u.caps) && us.slice(1, -1).some((u) => SAINT_IN_NAME.test(u.text)) && !isGivenName(us[0].text) && !isCommonWord(us[0].text)) {
    const s = span(us);
    return [mention(s.start, s.end, text.slice(s.start, s.end), 'PLACE', 1, 'a town named after a saint', { initial: us[0].initial })];
  }
  // `Dylann Roof Convicted Of …`: a teaser's capitalised verb after a given name and a surname is outside the name.
  if (us.length >= 3 && us[us.length - 1].kind === 'word' && isPastTense(us[us.length - 1].text) && givenNameFirst(us)) return names(us.slice(0, -1), text, cx, dropped);
  // `Sandy Hollway AO`: an honour after a name is outside it.
  if (us.length > 2 && us[us.length - 1].caps && POST_NOMINALS.has(us[us.length - 1].text)) return names(us.slice(0, -1), text, cx, dropped);
  if (us.length === 1) return single(us[0], cx, dropped);
  // `Belkin WeMo`, `TrackR Bravo`: a brand then its product, a word written like a product's (`WeMo`, `TrackR`) in it.
  // No person is named so.
  if (us.length === 2 && us.every((u) => u.kind === 'word' && !u.caps) && (isProductSpelling(us[1].text) || isProductSpelling(us[0].text))) {
    return single(us[0], cx, dropped);
  }
  // Longer, such a word is a product's name (`FaceTime Attention Correction`) or a menu run together (`Contact UsOur TeamRSS`): no name.
  if (us.length > 2 && us.some((u) => u.kind === 'word' && isProductSpelling(u.text))) return [];
  // `D Traille`, `S Taylor`: a capital letter alone before a name is an initial, whatever word it spells in small letters.
  const initialLetter = (u: Unit, k: number) => k < us.length - 1 && u.kind === 'word' && /^[B-HJ-Z]$/.test(u.text);
  const common = us.map((u, k) => u.kind === 'conn' || (isCommonWord(u.text) && !(us.length > 1 && nameFunctionWord(u)) && !initialLetter(u, k)));
  const words = us.filter((u) => !isRoman(u.text) && u.kind !== 'conn').length;
  const nonCommon = us.filter((u, k) => !common[k] && !isRoman(u.text)).length;
  const s = span(us);
  const surface = text.slice(s.start, s.end);
  const initial = us[0].initial;
  const kindBefore = cx.tokens[us[0].tok - 1];
  const afterKind = kindBefore?.kind === 'word' && !kindBefore.cap && NAMED_PLACE_KINDS.has(kindBefore.text); // `the checkpoint Nurly Zhol`
  // `spokesman Mike Lake`: after a role or a title a given name opens a person's name, whatever its last word.
  // … or before `, who` (`a British lecturer, Dennis Hills, who was …`).
  // … or in a byline (`By Tariq Malik, Mike Wall`).
  const personCue = us.length === 2 && us[0].kind === 'word' && isGivenName(us[0].text) && !NOT_GIVEN.has(lower(us[0])) && (cx.titled || cx.personSlot || roleBefore(cx.tokens, us[0].tok) || /^,\s*(?:who|whose)\b/.test(text.slice(lastWord.end, lastWord.end + 8)) || inByline(text, us[0].start));
  // `Wall Street`, `Main Street`: one capitalised word of the language before a street's word names the street.
  const street = us.length === 2 && us.every((u) => u.kind === 'word' && !u.caps) && STREET_WORDS.test(lastWord.text) && !cx.titleCase;
  // `of 2134 Caldwell Place`, `1909 Jolinda Drive`: after a house's number, a street however it ends.
  // … or an office park's before the town (`500 Unicorn Park, Woburn`).
  const address = kindBefore?.kind === 'num' && /^\d{1,5}$/.test(kindBefore.text) && (ADDRESS_WORDS.test(lastWord.text) || (lastWord.text === 'Park' && text[s.end] === ',')) && us.length <= 3;
  if (address) {
    // `1119 Eighth St.`: the abbreviation's full stop is part of the name.
    const end = /^(?:St|Ave|Rd|Ln|Blvd|Dr|Pl|Ct|Pkwy|Hwy)$/.test(lastWord.text) && text[s.end] === '.' ? s.end + 1 : s.end;
    return [mention(s.start, end, text.slice(s.start, end), 'PLACE', 1, 'a street after its house number', { initial })];
  }
  // `in the Pigeon River State Forest`: inside a sentence, words of the language before a natural feature's word name it.
  const feature = us.length >= 2 && !initial && !cx.titleCase && us.every((u) => u.kind === 'word' && !u.caps) && NATURAL_FEATURES.test(lastWord.text) && !isHead(us[0], ORG_MODIFIERS);
  // `West Irianese`, `East Timorese`: a region's compass word before a people's word (`Irian` + `-ese`) names its people.
  if (us.length === 2 && isHead(us[0], GEO_PREFIXES) && PEOPLE_ESE.test(lastWord.text)) return [mention(s.start, s.end, surface, 'NORP', 1, 'a region’s people: a compass word and a word in -ese', { initial })];
  // `based in Coral Gables`, `our office in Coral Gables`: after a verb or a noun of being sited and `in`, two or three words are a place.
  if (us.length >= 2 && us.length <= 3 && us.every((u) => u.kind === 'word' && !u.caps) && !cx.titled && !cx.titleCase && sitedIn(cx.tokens, us[0].tok)) {
    return [mention(s.start, s.end, surface, 'PLACE', 2, 'a name after “based in”, “born in”', { initial })];
  }
  // `County Durham`, `Co Armagh`: the Irish and British way of naming a county, its word first (`Co Down`, though `down` is a word).
  if (us.length === 2 && /^(?:County|Co)$/.test(us[0].text) && us[1].kind === 'word' && !us[1].caps && (!isCommonWord(us[1].text) || us[1].text === 'Down') && text[us[0].end] === ' ') {
    return [mention(s.start, s.end, surface, 'PLACE', 2, 'a county, its word first', { initial })];
  }
  // (`Punta Cana`, `Isla Mujeres`, `Santa Familia`: Spanish's words for a point, an island or a saint open places too; not `Santa Claus`.)
  if ((isHead(lastWord, GEO_SUFFIXES) || isHead(us[0], GEO_PREFIXES) || geoNounAfter(cx.tokens, lastWord.tokEnd) || afterKind) && (nonCommon > 0 || street || feature) && !personCue && us[1]?.text !== 'Claus') {
    return [mention(s.start, s.end, surface, 'PLACE', 1, 'name with a geographic word', { initial })];
  }
  if (isHead(us[0], ORG_MODIFIERS) && nonCommon > 0 && !dropped) return [mention(s.start, s.end, surface, 'ORG', 1, `institutional modifier “${us[0].text}”`, { initial })];
  // `Boing Boing`, `Duran Duran`: one word said twice is a brand's or a band's name, no person's.
  // A common word said twice (`Experience Experience` on a menu line) is a logo's word and its text: each a word on its own.
  if (us.length === 2 && us[0].kind === 'word' && !us[0].caps && us[0].text === us[1].text && !dropped) {
    if (isCommonWord(us[0].text)) return us.map((u) => mention(u.start, u.end, u.text, undefined, 0, 'capitalised common word', { initial: true, lexical: true }));
    return [mention(s.start, s.end, surface, 'ORG', 1, 'one word said twice: a brand’s name', { initial })];
  }
  const strong = cx.titled || cx.personSlot || cx.afterTitleComma || cueStrong(us, cx) || personCue;
  // A personal name: at most one common word, and not as the surname unless the name is long (`Nguyen Thanh Hung`)
  // or opens with a given name (`Oliver Stone`, `Jeremy Irons`).
  const commonWords = words - nonCommon;
  const given = givenNameFirst(us);
  // `Elon Musk's SpaceX`, `— Elon Musk (@elonmusk)`: an unknown word and a common one owning something, or
  // signing a post with a handle, are a person's given name and surname.
  // Not a place named after a saint (`the City of St. Louis' process`).
  const owner = words === 2 && us.every((u) => u.kind === 'word' && !u.caps) && !common[0] && !opensWithPlaceAbbreviation(us) && (cx.tokens[lastWord.tokEnd]?.kind === 'pos' || /^ \(@\w+\)/.test(text.slice(lastWord.end, lastWord.end + 40)));
  // `Joost van Hoof`, `Charles de Gaulle`: after a particle the surname may be a common word.
  const particleName = us.length >= 3 && us[0].kind === 'word' && !common[0] && !isHead(us[0], ORG_TAIL_HEADS) && lastWord.kind === 'word' && us.slice(1, -1).every((u) => u.kind === 'conn' && SURNAME_PARTICLES.has(u.text));
  const personLike = given || owner || particleName || (commonWords <= 1 && (!common[us.length - 1] || words >= 3));
  // `fellow guitarist Buddy Guy`: with a title or role right before it, a given name opens a name of common words.
  const givenAfterRole = strong && words === 2 && us[0].kind === 'word' && isGivenName(us[0].text) && !NOT_GIVEN.has(lower(us[0])) && roleBefore(cx.tokens, us[0].tok);
  // `Surinamese Trainer Danny Gummels`, `Jamaican Ethnodoxologist Jo-Ann Richards Goffe`: a people's word or a trade's before a
  // given name and a surname say who the person is; the name opens at the given name.
  if (!given) {
    const k = us.findIndex((u, i) => i >= 1 && u.kind === 'word' && isGivenName(u.text) && !NOT_GIVEN.has(lower(u)));
    const describes = (u: Unit) => (u.kind === 'gaz' && u.gaz?.label === 'NORP') || (u.kind === 'word' && !u.caps && !isGivenName(u.text) && (isRoleWord(u.text) || TRADE_END.test(u.text)));
    const person = () => {
      const name = span(us.slice(k));
      return mention(name.start, name.end, text.slice(name.start, name.end), 'PERSON', 2, 'a person after a people’s or a trade’s word', { initial: false });
    };
    if (!strong && k >= 1 && us.length - k >= 2 && us[k + 1].kind === 'word' && us.slice(0, k).every(describes)) {
      const peoples = us.slice(0, k).filter((u) => u.kind === 'gaz').map((u) => mention(u.start, u.end, u.text, 'NORP', 2, 'gazetteer: norp', { canonical: u.gaz!.canonical, gazKind: 'norp', initial: u.initial }));
      return [...peoples, person()];
    }
    // `says Baark Volunteer Coordinator Bonnie Young`: a body's name, a role in capitals, then the person who holds it.
    if (k >= 2 && us.length - k === 2 && us[k + 1].kind === 'word' && us[k - 1].kind === 'word' && !us[k - 1].caps && isRoleWord(us[k - 1].text)) {
      let j = k - 1;
      while (j > 1 && us[j - 1].kind === 'word' && !us[j - 1].caps && isCommonWord(us[j - 1].text) && !isGivenName(us[j - 1].text)) j--;
      const body = us.slice(0, j);
      if (body.length === 1 && body[0].kind === 'word' && !isCommonWord(body[0].text) && !isGivenName(body[0].text)) {
        return [mention(body[0].start, body[0].end, body[0].text, 'ORG', 1, 'a body before a role and the one who holds it', { initial: body[0].initial }), person()];
      }
    }
  }
  const ok = words <= 4 && !us.some((u, k) => u.caps && !isRoman(u.text) && !middleInitials(us, k)) && (strong ? nonCommon > 0 || givenAfterRole : personLike);
  if (!ok) {
    // `according to Medical News Today`, `(via Everyday Health)`, `as noted by Verywell Fit`: common words capitalised
    // mid-sentence after a source's cue are the source cited, an outlet or a body.
    if (nonCommon === 0 && words >= 2 && words <= 4 && !initial && !dropped && !cx.titleCase && us.every((u) => u.kind === 'word' && !u.caps) && sourceCueBefore(cx.tokens, us[0].tok)) {
      return [mention(s.start, s.end, surface, 'ORG', 1, 'the source cited after “according to”, “via” or “noted by”', { initial })];
    }
    // Common words capitalised mid-sentence (`Whole Foods`): kept as a candidate the document may confirm by repeating it.
    if (nonCommon === 0 && words >= 2 && words <= 4 && !initial && !dropped && !cx.titleCase && us.every((u) => u.kind === 'word' && !u.caps)) {
      return [mention(s.start, s.end, surface, undefined, 0, 'capitalised common words mid-sentence', { initial, lexical: true, phrase: true })];
    }
    // `Dylann Roof`, `Beenie Man`: an unknown word and a common one, a person's name if the document speaks of the
    // common word as someone (resolve.ts), or else its unknown word alone is what the document may name (both are kept until then).
    if (words === 2 && us.length === 2 && !common[0] && common[1] && !dropped && !cx.titleCase && us.every((u) => u.kind === 'word' && !u.caps) && !isGivenName(us[0].text)) {
      return [mention(s.start, s.end, surface, undefined, 0, 'an unknown word and a common one', { initial, commonSurname: true }), ...single(us[0], cx, true)];
    }
    // `fund Evidence Action Beta`: mid-sentence, common words opening a name of three or four, an unknown one last, are a body's name.
    if (words >= 3 && words <= 4 && us.length === words && common[0] && !common[us.length - 1] && !initial && !dropped && !cx.titleCase && us.every((u) => u.kind === 'word' && !u.caps) && !isGivenName(lastWord.text)) {
      return [mention(s.start, s.end, surface, 'ORG', 1, 'a body named with common words and one of its own', { initial, guess: true })];
    }
    // Not a name as a whole; its unknown words may still be names met elsewhere.
    return us.filter((u, k) => !common[k] || u.caps).flatMap((u) => single(u, cx, true));
  }
  if (dropped) return [mention(s.start, s.end, surface, undefined, 0, 'name before a document or event word', { initial })];
  if (cx.complement && us.length >= 3 && nonCommon === words) {
    // `Member of the Mazhilis Aidos Sarym`: the body, then the person.
    return [...names(us.slice(0, -2), text, cx, dropped), ...names(us.slice(-2), text, { ...cx, complement: false, personSlot: true }, dropped)];
  }
  // `Chairman of the Environmental Audit Committee Peter Ainsworth`: after the body's head word, a given name opens the person.
  const afterHead = cx.tokens[us[0].tok - 1];
  if (cx.complement && given && words <= 3 && afterHead?.kind === 'word' && afterHead.cap && ORG_TAIL_HEADS.has(afterHead.text.toLowerCase())) {
    return [mention(s.start, s.end, surface, 'PERSON', 2, 'a person after the body a title is “of”', { initial })];
  }
  if (cx.complement) return [mention(s.start, s.end, surface, 'ORG', 1, 'what a title is “of”', { initial })];
  if (cx.ofPerson && !given) return [mention(s.start, s.end, surface, 'ORG', 1, 'where the person before “of” works', { initial })];
  // `her pal Snoop Dogg`, `his sister Rose Hill`: after a relative's, a friend's or an artist's word, such a name is a person's.
  if (!strong && common[0] && us.length === 2 && !initial && (PERSONS_WORD_BEFORE.test(cx.tokens[us[0].tok - 1]?.text ?? '') || /^(?:friend|pal|buddy)$/.test(cx.tokens[us[0].tok - 1]?.text ?? ''))) return [mention(s.start, s.end, surface, 'PERSON', 1, 'a name after a relative’s, a friend’s or an artist’s word', { initial })];
  // With no cue, a name opening with a common word is a company or a body (`Time Warner`), not a person.
  if (!strong && common[0] && !NAME_PARTICLES.has(lower(us[0])) && !initial && !given) return [mention(s.start, s.end, surface, 'ORG', 1, COMMON_OPENING_GUESS, { initial, guess: true })];
  // `Chalfont St Peter`, `Bury St Edmunds`: a name with a saint's inside it, no given name, title or verb of saying, is a town.
  if (!strong && !given && !owner && us.length >= 3 && us.slice(1, -1).some((u) => /^(?:St\.?|Saint)$/.test(u.text))) return [mention(s.start, s.end, surface, 'PLACE', 1, 'a town named after a saint', { initial })];
  // `Al Jazeera`, `Al Qaeda`, `Al Arabiya`: Arabic's article before a word ending as Arabic nouns do is a body's name, not `Al` a given name (`Al Gore`).
  if (!cx.titled && us.length === 2 && us[0].text === 'Al' && us[1].kind === 'word' && ARABIC_NOUN_END.test(us[1].text) && !isGivenName(us[1].text)) return [mention(s.start, s.end, surface, 'ORG', 2, 'a body’s Arabic name with its article', { initial })];
  // `St. Paul`, `Mt. Hood`, `Ft. Myers`: a name opening with a saint's, a mount's or a fort's abbreviation, no title nor verb of saying, is a place.
  if (!strong && !owner && opensWithPlaceAbbreviation(us)) {
    // `St Vincent's Hospital`: a saint's institution is a body.
    if (SAINT_WORD.test(us[0].text) && /['’]s \p{Lu}/u.test(surface) && SAINTS_INSTITUTIONS.test(surface.slice(surface.lastIndexOf(' ') + 1))) return [mention(s.start, s.end, surface, 'ORG', 1, 'a saint’s institution', { initial })];
    // `St. Louis`, `St. Paul`: a city the gazetteer lists is that city wherever it stands, never short for a body named after
    // it (`St. Louis News`, a site's menu).
    const listed = gazetteer().get(nameKey(surface))?.kind;
    return [mention(s.start, s.end, surface, 'PLACE', 1, 'a place named after a saint, a mount or a fort', { initial, gazKind: listed === 'city' ? 'city' : undefined })];
  }
  // `Carson City`, `Jackson Springs`: a given name before a town's word, no title nor verb of saying, is a town.
  if (!strong && !owner && us.length === 2 && us[1].kind === 'word' && TOWN_WORDS.test(us[1].text)) return [mention(s.start, s.end, surface, 'PLACE', 1, 'a town: a name and a town’s word', { initial })];
  // `Coinbase Pro’s security`: a name ending in a model's or a plan's tier, no given name, title nor verb of saying, is a brand's, not a person's.
  // `Purdue University Faculty Positions`: in a heading split at its common words, name words and an institution's head
  // are that institution (its head is read as a common word there).
  // (The words before the last: name words, none of the language.)
  const namesBeforeLast = us.length >= 2 && lastWord.kind === 'word' && us.slice(0, -1).every((u) => u.kind === 'word' && !isCommonWord(u.text));
  if (cx.titleCaseRun && !strong && namesBeforeLast && NAME_ENDING_HEADS.test(lastWord.text)) return [mention(s.start, s.end, surface, 'ORG', 2, `organisation head “${lastWord.text}”`, { initial })];
  // `Davis Health`, `Sutter Health`: a name before `Health`, no title nor verb of saying, is a health system, not a person
  // (no surname is the word; `Mental Health` and `Heart Health`, common words, are no name at all).
  if (!strong && namesBeforeLast && lastWord.text === 'Health') return [mention(s.start, s.end, surface, 'ORG', 1, 'a health system: a name and Health', { initial })];
  if (!strong && !given && us.length >= 2 && lastWord.kind === 'word' && BRAND_TIERS.test(lastWord.text)) return [mention(s.start, s.end, surface, 'ORG', 1, 'a brand and its tier', { initial, guess: true })];
  // `Rosewood London`, `Cathay Pacific`: words no list knows before a city's or a region's name, no given name, title nor
  // verb of saying, name a body after its place (a hotel, an airline), not a person.
  if (!strong && !given && !owner && us.length === 2 && lastWord.kind === 'word' && namedAfterPlace(lastWord.text)) return [mention(s.start, s.end, surface, 'ORG', 1, 'a body named with its place last', { initial, guess: true })];
  // `Tensor Parallelism`, `Chunked Prefill`: a name ending in an abstract noun of the language, or opening with a participle
  // of one, no given name, title nor verb of saying, is a technique's or a thing's, no person's.
  if (!strong && !given && !owner && us.length === 2 && lastWord.kind === 'word' && (ABSTRACT_NOUN.test(lastWord.text) || (us[0].kind === 'word' && PARTICIPLE.test(us[0].text) && isCommonWord(us[0].text.slice(0, -2).toLowerCase())))) {
    return [mention(s.start, s.end, surface, undefined, 0, 'a thing’s name: an abstract noun or a participle', { initial })];
  }
  const why = strong ? 'personal name with a title or a verb of speech' : given ? 'given name and surname' : 'capitalised name of several words';
  return [mention(s.start, s.end, surface, 'PERSON', strong ? 2 : 1, why, strong || given ? { initial } : { initial, shapeOnly: true })];
}

/**
 * Endings of abstract nouns no surname has (`Parallelism`, `Optimization`, `Psychology`), and a participle of a word of the
 * language of five letters or more (`Chunked`; not `Hamed`, `Naveed`).
 */
const ABSTRACT_NOUN = /\p{Ll}(?:isms?|i[sz]ations?|ology)$/u;
const PARTICIPLE = /^\p{Lu}\p{Ll}{4,}ed$/u;

/** A word of the language, mid-sentence, after `told` (or `explained to` …) and before what follows an outlet's name. */
function toldOutlet(u: Unit, cx: PieceContext): boolean {
  if (u.kind !== 'word' || u.initial || u.caps || !isCommonWord(u.text) || KIN_WORDS.test(u.text)) return false;
  const told = cx.tokens[u.tok - 1]?.text === 'told' || (cx.tokens[u.tok - 1]?.text === 'to' && TOLD_TO.has(cx.tokens[u.tok - 2]?.text ?? ''));
  return told && TOLD_AFTER.test(cx.tokens[u.tokEnd]?.text ?? '');
}

/** `according to`, `via`, `noted by`, `reported by` right before a name: it is a source cited. */
function sourceCueBefore(tokens: readonly Token[], first: number): boolean {
  const a = tokens[first - 1]?.text.toLowerCase();
  const b = tokens[first - 2]?.text.toLowerCase();
  return (a === 'to' && b === 'according') || a === 'via' || (a === 'by' && (b === 'noted' || b === 'reported' || b === 'published'));
}

/** Who is told something (`told People`, `explained to Billboard`), and what follows an outlet's name then (`in 2005`, `.`). */
const TOLD_TO = new Set(['explained', 'said', 'spoke', 'talked', 'confided', 'revealed', 'admitted', 'confirmed']);
const TOLD_AFTER = /^(?:[,.;:]|in|that|on|last|this|earlier|recently|magazine)$/;
/** Words a family calls its own (`told Mother that`). */
const KIN_WORDS = /^(?:Mother|Father|Mum|Mom|Mummy|Mommy|Dad|Daddy|Grandma|Grandpa|Granny|Nan|Sister|Brother|God)$/;

/** A model's or a plan's tier ending a brand's name (`Coinbase Pro`, `Spotify Premium`). */
/** A city of a million people at least. */
const BIG_CITY = 1_000_000;

/**
 * A place a body may be named after, last in its name (`Rosewood London`, `Cathay Pacific`, `Bayern Munich`): a country, a
 * region or a city of a million people, no given name (`Santiago`); smaller towns' names are surnames too (`Sheldon
 * Richardson`, `Hayao Miyazaki`).
 */
function namedAfterPlace(word: string): boolean {
  const entry = gazetteer().get(nameKey(word));
  const kind = entry?.kind;
  // `Manpreet Mann`: a country's other spelling of one word (`Mann`, `Norge`) ends a person's name far more often than a body's.
  if (entry?.alternate) return false;
  if (kind === 'country' || kind === 'region') return true;
  return kind === 'city' && !isGivenName(word) && cityPopulation(nameKey(word)) >= BIG_CITY;
}
export const BRAND_TIERS = /^(?:Pro|Max|Ultra|Lite|Plus|Premium)$/;

/** A gathering's last word, which after `Annual` or an ordinal names an event (`Annual General Conference`). */
const GATHERING_HEADS = new Set(['conference', 'congress', 'convention', 'symposium', 'assembly', 'meeting', 'summit', 'forum', 'retreat', 'workshop', 'seminar']);

export const INSTITUTION_BY_KIND = 'institution named by its kind';

/**
 * Peoples named like a given name or a word (`Karen`, `Shan`, `Roma`), or too seldom named for the gazetteer (`Akha`, `Lisu`),
 * and the nouns of their people that show them.
 */
const NAMESAKE_PEOPLES = new Set(['Karen', 'Shan', 'Chin', 'Mon', 'Roma', 'Akha', 'Lisu']);
const PEOPLE_NOUN = /^(?:people|peoples|refugees?|famil(?:y|ies)|communit(?:y|ies)|minorit(?:y|ies)|villagers?|ethnic|women|men|children)$/;

/** Trades' words by their ending (`Ethnodoxologist`, `Musicologist`). */
const TRADE_END = /\p{Ll}(?:ist|ologist)$/u;

/** A town's last word, no surname's (`City`, `Springs`). */
const TOWN_WORDS = /^(?:City|Springs|Township)$/;

/** The endings of Arabic nouns as English writes them (`Jazeera`, `Qaeda`, `Arabiya`, `Bawaba`). */
const ARABIC_NOUN_END = /\p{Ll}(?:a|ah)$/u;

/** `By Tariq Malik, Mike Wall`: the line so far is a byline's `By` and names before this one. */
const BYLINE_SO_FAR = /(?:^|\n)[ \t]*By[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?:\p{Lu}[\p{L}.'’-]*,?[ \t]+(?:and[ \t]+)?)?$/u;

function inByline(text: string, at: number): boolean {
  return BYLINE_SO_FAR.test(text.slice(Math.max(0, at - 60), at)) || /(?:^|\n)[ \t]*By[ \t]+$/.test(text.slice(Math.max(0, at - 6), at));
}

/** `St. Paul`, `Mt. Hood`, `Ft. Myers`, `St Albans`: a saint's, a mount's or a fort's abbreviation, then a name. */
function opensWithPlaceAbbreviation(us: readonly Unit[]): boolean {
  return us.length >= 2 && /^(?:St|Ste|Mt|Ft|Av|Avda)\.?$/.test(us[0].text);
}

/** Prefixes of ships' names (navies' and merchant ships'). */
/** Words right before the side a team plays (`against Arsenal`, `beat Chelsea`). */
/** Prepositions a town's name follows: those of {@link placeCue}, and `from`, `around`, `near`, `to` the town. */
const CITY_PREPOSITIONS = /^(?:from|around|near|to|into)$/;
function cityPreposition(tokens: readonly Token[], first: number): boolean {
  return placeCue(tokens, first) || CITY_PREPOSITIONS.test(tokens[first - 1]?.text ?? '');
}

const OPPONENT_BEFORE = /^(?:against|beat|beating|defeated|defeating|versus|vs|v)$/;

/** Words of sport in the paragraph: a team's name is read only there (not `California Privacy Rights`). */
const SPORT_WORDS = new Set('beat beats game games season coach team teams league played plays win wins won lost loses traded draft drafted score scored victory defeat match fans playoff playoffs championship stadium quarterback pitcher striker innings touchdown tournament final'.split(' '));

const sportCache = new WeakMap<readonly Token[], boolean>();
/** The paragraph of these tokens speaks of sport. */
function sportTokens(tokens: readonly Token[]): boolean {
  let v = sportCache.get(tokens);
  if (v === undefined) sportCache.set(tokens, (v = tokens.some((t) => t.kind === 'word' && SPORT_WORDS.has(t.text.toLowerCase()))));
  return v;
}

/** `Browns`, `Red Sox`, `Lakers`: a team's nickname is a plural, no word of a place's, a body's or an event's name, no people. */
/** Teams' nicknames in the singular (`the Miami Heat`, `the Brisbane Heat`, `the Utah Jazz`, `the Seattle Storm`). */
const SINGULAR_NICKNAMES = new Set(['Heat', 'Magic', 'Jazz', 'Thunder', 'Lightning', 'Storm', 'Fever', 'Sky', 'Lynx', 'Mercury', 'Galaxy', 'Wild', 'Avalanche', 'Kraken', 'Crew', 'Dynamo']);

function isTeamNickname(rest: readonly Unit[]): boolean {
  const last = rest[rest.length - 1];
  if (rest.length === 1 && SINGULAR_NICKNAMES.has(last.text)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:[^s]s|Sox)$/u.test(last.text)) return false;
  if (rest.some((r) => isHead(r, GEO_SUFFIXES) || isHead(r, ORG_TAIL_HEADS) || isHead(r, DROP_HEADS) || isHead(r, GEO_PREFIXES))) return false;
  const singular = last.text.replace(/s$/, '');
  return !ORG_TAIL_HEADS.has(singular.toLowerCase()) && !GEO_SUFFIXES.has(singular.toLowerCase()) && gazetteer().get(nameKey(last.text))?.label !== 'NORP' && !ROLE_NOUNS.has(singular.toLowerCase()) && !TITLES.has(last.text.toLowerCase());
}

/** Verbs a call to action opens with (`Follow NBC News`, `Get TMZ Breaking News`, `Support Public Radio`). */
const CALL_VERBS = new Set(['Follow', 'Get', 'Visit', 'Join', 'Download', 'Subscribe', 'Support', 'Watch', 'Listen', 'Shop', 'Explore', 'Discover', 'Try', 'View', 'Browse']);

/** Words that qualify a post (`Permanent Representative`, `Deputy Leader`). */
const POST_MODIFIERS_OF_ROLES = new Set(['permanent', 'deputy', 'senior', 'assistant', 'acting', 'executive', 'vice', 'principal', 'special']);

/** Words that rank a title written after them (`Supreme Leader`, `Grand Mufti`). */
const TITLE_RANKS = new Set(['supreme', 'grand', 'paramount']);

/** Kinds of bodies a text introduces by name with `called`/`named` (`a party called Veritas`). */
const BODY_KINDS = /^(?:party|company|firm|group|charity|organi[sz]ation|movement|band|label|start-?up|website|newspaper|magazine|network|club|agency|outfit|think-tank|consultancy|consortium|alliance|coalition|association|collective)$/;

function calledAfterBodyKind(tokens: readonly Token[], tok: number): boolean {
  const verb = tokens[tok - 1];
  const known = verb?.text === 'as' && tokens[tok - 2]?.text === 'known';
  if (verb?.kind !== 'word' || !(verb.text === 'called' || verb.text === 'named' || known)) return false;
  // `a European consortium of companies and university groups known as Respond`: the kind a few words back, in the same clause.
  for (let k = tok - (known ? 3 : 2), n = 0; k >= 0 && n < 8; k--, n++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    if (BODY_KINDS.test(t.text)) return true;
  }
  return false;
}

const SHIP_PREFIXES = new Set(['HMAS', 'HMS', 'USS', 'USNS', 'HMCS', 'HMNZS', 'RMS', 'MV', 'KRI']);

/** Heads of companies' names that are common words too (`Social Media` is none). */
const NAMED_COMPANY_HEADS = new Set(['media', 'ventures', 'partners', 'capital', 'labs', 'energy', 'interactive']);
/** Heads of trading firms' names (`Arafura Tree Services`, `Hargo Engineering`): a firm when its name opens with no common word, or has three words. */
/** An eatery's or a food shop's word, last in its name (`Mezcal Mexican Bar & Kitchen`). */
const EATERY_HEADS = new Set(['bar', 'kitchen', 'cuisine', 'restaurant', 'grill', 'cafe', 'café', 'bistro', 'eatery', 'bakery', 'butcher', 'deli', 'diner', 'cantina', 'taqueria', 'steakhouse', 'pizzeria', 'tavern', 'pub', 'brasserie', 'trattoria', 'takeaway']);
/** Heads of a firm named after its owner only (`Beth Helmstetter Events`; `Key Events`, `Live Events` are sections). */
const PERSONS_FIRM_HEADS = new Set(['events']);
const TRADE_HEADS = new Set(['services', 'engineering', 'solutions', 'consulting', 'logistics', 'research', 'analytics', 'capital', 'partners', 'securities', 'investments', 'advisors', 'stores', 'supermarkets', 'photography', 'consultants', 'catering']);

/** Lowercase nouns of what belongs to a party, after its name as an adjective (`a Labour government`). */
const PARTY_THINGS = /^(?:government|governments|left|right|wing|administration|ranks|benches|majority|policy|policies)$/;

/** Heads of houses of worship, and the denominations that open the names of churches as bodies (`Catholic Church`). */
const WORSHIP_HEADS = /^(?:Church|Cathedral|Chapel|Mosque|Synagogue|Temple|Abbey|Basilica)$/;
const DENOMINATIONS = /^(?:Catholic|Anglican|Orthodox|Methodist|Baptist|Lutheran|Presbyterian|Episcopal|Evangelical|Pentecostal|Reformed|Coptic|Unification|Mormon|Apostolic|Uniting|United)$/;

/** What a broadcaster's outlet is named after it (`CBC News`, `CBS Sports`). */
const OUTLET_HEADS = new Set(['news', 'sports', 'sport']);

/** `CTV`, `TMZ`: initials that may name a broadcaster before its `News` (not `US`, `AM` and the other initials that name nothing). */
const broadcasterInitials = (u: Unit) => isAcronym(u) && u.text.length >= 2 && !NON_ENTITY_ACRONYMS.has(lower(u));

/** A station's name ends its line, its clause or before a verb of saying or a function word (`Speaking to BBC Northern Ireland before …`). */
function stationEnds(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  return !next || next.kind === 'punct' || (next.kind === 'word' && !next.cap && (FUNCTION_WORDS.has(next.text) || SPEECH_VERBS.has(next.text)));
}

/** `Calgary`, `Northern Ontario`, `Vancouver Island`: after a broadcaster's `News`, up to three words naming a known place. */
function editionPlace(rest: readonly Unit[]): boolean {
  const placeWord = (u: Unit) => (u.kind === 'gaz' && u.gaz?.label === 'PLACE') || (u.kind === 'word' && !u.caps && (COMPASS.test(u.text) || isHead(u, GEO_SUFFIXES)));
  return rest.length <= 3 && rest.every(placeWord) && rest.some((u) => u.kind === 'gaz');
}

/** `Naga Narayanan, Chairman of …`: a name set off by a comma before a title or a role is a person's. */
function roleAfterComma(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== ',') return false;
  const k = /^the$/i.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const w = tokens[k]?.text.toLowerCase() ?? '';
  return TITLES.has(w) || ROLE_NOUNS.has(w);
}

/** Heads of venues named by their own words (`Millennium Stadium`, `Olympic Village`, `Plaza Hotel`, `Buckingham Palace`, `Trump Tower`). */
/** Buildings where people are held: a place, as venues are. */
const CUSTODY_HEADS = new Set(['jail', 'prison', 'penitentiary']);
/** Two words of newspapers' mastheads joined by a hyphen (`Post-Standard`, `Press-Register`, `Star-Ledger`, `Times-Picayune`). */
const MASTHEAD_PART = '(?:Post|Press|Star|Times|News|Herald|Tribune|Journal|Gazette|Courier|Sentinel|Ledger|Register|Standard|Dispatch|Telegram|Observer|Chronicle|Examiner|Enterprise|Constitution|Picayune|Democrat|Republican|Leader|Review|Record|Mail|Union|Bulletin|Citizen|Eagle|Beacon|Journal)';
const HYPHENED_MASTHEAD = new RegExp(`^${MASTHEAD_PART}-${MASTHEAD_PART}$`);
/** A masthead's words that name nothing but a newspaper after a name (`Brunswick Sun`, `Sun Sentinel`'s `Sentinel`). */
/** Mastheads' words after a people's adjective (`Scottish Sun`, `Irish Examiner`; not `Australian Standard`). */
const NORP_MASTHEADS = /^(?:Sun|Star|Mail|Mirror|Express|Times|Herald|Independent|Examiner)$/;
const PAPER_MASTHEADS = /^(?:Sun|Sentinel|Ledger|Enquirer|Statesman|Recorder|Globe|Advocate)$/;
/** ` and Nadia`, ` & John`: a given name after `and` at `at`. */
function givenNameAfterAnd(text: string, at: number): boolean {
  const x = /^ (?:and|&) (\p{Lu}\p{Ll}+)/u.exec(text.slice(at, at + 30));
  return !!x && isGivenName(x[1]);
}
/** Words that name only a venue, never a person's surname nor a body (`Ameris Bank Amphitheatre`, `Ryman Auditorium`). */
const ONLY_VENUE_HEADS = new Set(['stadium', 'arena', 'amphitheatre', 'amphitheater', 'auditorium', 'pavilion', 'velodrome', 'racecourse', 'coliseum', 'colosseum', 'ballpark', 'speedway', 'raceway', 'fieldhouse']);
const VENUE_HEADS = new Set(['village', 'hotel', 'palace', 'castle', 'tower', 'towers', ...ONLY_VENUE_HEADS, ...CUSTODY_HEADS]);

/** Words that count what follows them (`many Marines`, `retired Marines`). */
const COUNTING_WORDS = /^(?:many|several|few|fellow|retired|former|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;

/** Adjectives of regimes, which with their country name the state of that time (`Nazi Germany`). */
const REGIME_ADJECTIVES = /^(?:Nazi|Soviet|Communist|Fascist|Tsarist)$/;
/** What utilities and national companies are named after a people's adjective (`Scottish Power`, `British Gas`). */
const UTILITY_HEADS = new Set(['power', 'gas', 'water', 'steel', 'rail', 'telecom', 'petroleum', 'coal', 'electric']);

/** Services a known organisation names after itself (`Microsoft Store`, `Yahoo Finance`, `Reuters TV`). */
const BRAND_SERVICES = new Set(['store', 'finance', 'tv', 'video']);

/** Administrative areas a name is followed by (`Baldwin County`, `Ulytau Region`). */
const ADMIN_AREAS = new Set(['county', 'province', 'district', 'region', 'oblast', 'prefecture', 'governorate', 'parish']);

/** A comma and a city of the gazetteer right after token `i` (`, Canberra`). */
function cityAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.text === ',' && !!next && next.cap && gazetteer().get(nameKey(next.text))?.kind === 'city';
}

/** A comma and a region of the gazetteer right after token `i` (`, Iowa`). */
function stateAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.text === ',' && !!next && next.cap && gazetteer().get(nameKey(next.text))?.kind === 'region';
}

/** A comma and a place of the gazetteer (a state, a town or a country) right after token `i`. */
function placeAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const kind = tokens[i]?.text === ',' && next?.cap ? gazetteer().get(nameKey(next.text))?.kind : undefined;
  return kind === 'region' || kind === 'city' || kind === 'country';
}

/** A comma and a state right after token `i`: named (`, Colorado`) or by its code before no word (`, CO;`). */
function stateFollows(tokens: readonly Token[], i: number): boolean {
  if (stateAfter(tokens, i)) return true;
  const code = tokens[i + 1];
  const after = tokens[i + 2];
  // (Not a code that is also a degree after a person's name: `Ilana Muhlstein, MS`, `Hansa Bhargava, MD`, `…, PA`.)
  return tokens[i]?.text === ',' && !!code && /^[A-Z]{2}$/.test(code.text) && !/^(?:MD|MS|MA|PA)$/.test(code.text) && stateOf(code.text).length > 0 && !POST_NOMINALS.has(code.text) && (!after || after.kind === 'punct');
}

/** Heads of a website's section names, and the words that name the section (`Local News`, `College Sports`). */
const SECTION_HEADS = new Set(['news', 'sports', 'sport', 'gallery', 'post', 'posts']);
/** Topics a site's sections of news are named by (`Sports News`, `Celebrity News`). */
/** Words that make a kind of sport of `Sports`. */
const SPORT_KINDS = new Set(['water', 'winter', 'summer', 'extreme', 'motor', 'combat', 'action', 'outdoor', 'indoor', 'fantasy', 'youth', 'team', 'adventure', 'racket', 'racquet', 'contact', 'equestrian', 'olympic', 'paralympic', 'adaptive']);
const NEWS_TOPICS = new Set(['sports', 'sport', 'tv', 'music', 'media', 'latino', 'official', 'tech', 'technology', 'local', 'world', 'business', 'entertainment',
  'health', 'science', 'politics', 'political', 'celebrity', 'auto', 'security', 'top', 'breaking', 'latest', 'more', 'member', 'company', 'industry',
  'market', 'markets', 'film', 'movie', 'game', 'gaming', 'crime', 'weather', 'travel', 'food', 'style', 'education', 'national', 'international', 'regional', 'real-time']);
const SECTION_MODIFIERS = new Set(
  `local latest general breaking world national international business food drink music property top more other
  health science tech technology entertainment political politics financial market markets regional city state metro high school
  college us uk good photo video related recent popular featured marijuana weird viral trending offbeat odd`.split(/\s+/).filter(Boolean),
);
/** `Next Post`, `Related Posts`: a blog's links; `National Post`, `Daily Post` are newspapers. */
const POST_MODIFIERS = new Set(['next', 'previous', 'related', 'recent', 'popular', 'featured', 'latest', 'older', 'newer']);


/** Generic drug names by their international stems (pharmacology's naming system). */
const DRUG_NAME = /^\p{Lu}\p{Ll}{3,}(?:oquine|cillin|mycin|cycline|azole|statin|sartan|olol|formin|oxetine|azepam|profen|tinib|ciclovir|navir|previr|mab)$/u;

/** Given names that, capitalised, are far more often directions or ranks. */
const NOT_GIVEN = new Set(['west', 'east', 'north', 'south', 'major', 'general', 'royal', 'king', 'prince', 'princess', 'queen', 'page', 'case', 'will']);

/**
 * Two or three name words opening with a known given name, none of them an
 * organisation, place or document word, and not both common words (`Will Power`).
 */
function givenNameFirst(all: readonly Unit[]): boolean {
  // Middle initials and a generational suffix (`James Antle III`, `Martin Luther King Jr.`) are no name words here.
  const us = all.filter((u, k) => !middleInitials(all, k) && !(k > 1 && k === all.length - 1 && isGenerationalSuffix(u.text)));
  if (us.length < 2 || us.length > 3 || us.some((u) => u.kind !== 'word' || u.caps || NO_ENTITY_WORDS.has(u.text))) return false;
  const [first, last] = [us[0], us[us.length - 1]];
  if (!isGivenName(first.text) || NOT_GIVEN.has(lower(first)) || isHead(first, ORG_MODIFIERS) || isHead(first, GEO_PREFIXES)) return false;
  if (isHead(last, ORG_TAIL_HEADS) || isHead(last, GEO_SUFFIXES) || isHead(last, DROP_HEADS)) return false;
  return !(isCommonWord(first.text) && isCommonWord(last.text));
}

function splitRuns(us: readonly Unit[], separator: (u: Unit, k: number) => boolean): Unit[][] {
  const out: Unit[][] = [[]];
  us.forEach((u, k) => {
    if (separator(u, k)) out.push([]);
    else out[out.length - 1].push(u);
  });
  return out.filter((r) => r.length);
}

const givenInCapitals = (u: Unit) => (u.kind === 'word' || (u.kind === 'gaz' && u.gaz?.kind === 'city')) && u.caps && isGivenName(lower(u)) && !NOT_GIVEN.has(lower(u)) && !isCommonWord(lower(u));

/**
 * `JIM WATSON`, `LAURIE OAKES`: two or three words in capitals, the first a given name
 * that is no common word, the others no known acronym.
 */
function capitalsName(us: readonly Unit[]): boolean {
  // The given name may also be a city's (`VLADIMIR ISACHENKOV`); no other part may be a known name.
  const wordLike = (u: Unit, k: number) => u.kind === 'word' || (k === 0 && u.kind === 'gaz' && u.gaz?.kind === 'city');
  if (us.length < 2 || us.length > 3 || us.some((u, k) => !wordLike(u, k) || !u.caps || !/^\p{Lu}[\p{Lu}'’-]+$/u.test(u.text))) return false;
  return givenInCapitals(us[0]) && us.every((u) => !ACRONYMS.has(u.text) && !NON_ENTITY_ACRONYMS.has(lower(u)));
}

function cueStrong(us: readonly Unit[], cx: PieceContext): boolean {
  const first = us[0].tok;
  const end = us[us.length - 1].tokEnd;
  return speechCue(cx.tokens, first, end) || roleBefore(cx.tokens, first) || appositionAfter(cx.tokens, end) || roleAfterCopula(cx.tokens, end) || bylineCue(cx.tokens, first);
}

/** Sports whose national bodies are named by the country and the sport alone (`UK Athletics`, `British Cycling`). */
const NATIONAL_SPORT_BODIES = new Set(['athletics', 'cycling', 'swimming', 'rowing', 'gymnastics', 'sport', 'triathlon', 'canoeing', 'equestrian', 'judo', 'taekwondo', 'boxing', 'fencing', 'sailing', 'badminton', 'archery', 'diving', 'skeleton', 'bobsleigh', 'curling', 'snowsport', 'wrestling', 'weightlifting', 'shooting']);

/** Institutions a menu names by their kind alone (`Congress`, not `House` nor `Cabinet`, which may be a room or a furniture). */
const MENU_INSTITUTIONS = new Set(['congress', 'senate', 'parliament', 'duma', 'kremlin', 'pentagon']);

/** A bachelor's or a master's degree with its full stops (`B.A.`, `M.S.`, `B.Sc.`), also other initials alone. */
const DOTTED_DEGREE = /^[BM]\.(?:A|S|Sc|Ed|Eng)\.$/;

/** A credential a comma joins to another in a list after a name (`Greenberg, RD, LD`; not `Jackson, MS`). */
function listedCredential(u: Unit, tokens: readonly Token[]): boolean {
  if (!LISTED_CREDENTIALS.has(u.text)) return false;
  const credential = (t: Token | undefined) => !!t && (isDegree(t.text) || LISTED_CREDENTIALS.has(t.text));
  return (tokens[u.tok - 1]?.text === ',' && credential(tokens[u.tok - 2])) || (tokens[u.tokEnd]?.text === ',' && credential(tokens[u.tokEnd + 1]));
}

/** The people of cities whose names do not end their own, no other word's spelling (general knowledge; not `Venetian`, a blind). */
const CITY_PEOPLES: ReadonlyMap<string, string> = new Map([
  ['Glaswegian', 'Glasgow'], ['Muscovite', 'Moscow'], ['Liverpudlian', 'Liverpool'], ['Mancunian', 'Manchester'], ['Angeleno', 'Los Angeles'],
  ['Haligonian', 'Halifax'], ['Torontonian', 'Toronto'], ['Capetonian', 'Cape Town'], ['Sydneysider', 'Sydney'], ['Novocastrian', 'Newcastle'],
  ['Madrileño', 'Madrid'],
]);

/** One capitalised word or acronym. */
/** A network's initials glued to its channel's number (`ABC13`, `CW56`). */
const GLUED_STATION = new RegExp(`^(?:${TV_NETWORKS})\\d{1,2}$`);
/** Makers and platforms whose name before `TV` is their box or their system, no channel. */
const TV_DEVICES = /^(?:Apple|Fire|Android|Google|Roku|Samsung|LG|Smart)$/;

/** What `the DC …` may be said of: the district. */
const DISTRICT_NOUNS = /^(?:area|region|metro|suburbs|economy|government|council|mayor|police)$/;

function single(u: Unit, cx: PieceContext, dropped = false): Mention[] {
  const w = u.text;
  const lw = w.toLowerCase();
  const base = { initial: u.initial };
  const m = (label: Mention['label'], strength: Strength, reason: string, extra = {}) => [mention(u.start, u.end, w, label, strength, reason, { ...base, ...extra })];
  if (SITE_NAME.test(w)) return m('ORG', 2, 'site name with its domain');
  // `BBC1`, `ITV2`: a broadcaster's channel by its number.
  if (/^(?:BBC|ITV|RTÉ|RTE)\d$/.test(w)) return m('ORG', 2, 'a broadcaster’s channel by its number');
  if (isDegree(w) || listedCredential(u, cx.tokens)) return []; // `Katie Allen, MD, PhD`
  // `she earned a B.A. in Media`, `his M.S. degree`: a degree after an article or a possessive.
  if (DOTTED_DEGREE.test(w) && /^(?:a|an|her|his|their|my|your)$/i.test(cx.tokens[u.tok - 1]?.text ?? '')) return [];
  if (/^\p{Lu}{2}/u.test(w) && NO_ENTITY_WORDS.has(w)) return []; // initials of no body (`USB-C`, `HDMI`, `COVID`)
  if (lw === 'ph' && cx.tokens[u.tokEnd]?.text === '.' && /^D\.?$/.test(cx.tokens[u.tokEnd + 1]?.text ?? '')) return []; // `Ph.D.`
  // `Valentine’s Day`, `Mother's Day`: a holiday, no entity.
  if (cx.tokens[u.tokEnd]?.kind === 'pos' && cx.tokens[u.tokEnd + 1]?.text === 'Day') return [];
  // `the Oscars`, `an Emmy`, `Oscar-winning`.
  if (/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(w) && AWARDS.has(lw.split('-')[0])) return []; // `Emmy-winning`
  if (AWARDS.has(lw) && (lw.endsWith('s') || /^(?:the|an?|his|her|their|its)$/i.test(cx.tokens[u.tok - 1]?.text ?? '') || cx.tokens[u.tokEnd]?.start === u.end || modifiesNoun(cx.tokens[u.tokEnd]))) return [];
  const peoples = hyphenedPeoples(u, cx.tokens);
  if (peoples) return peoples;
  // `the Karen people`, `Karen refugees`: a people named like a given name or a word, before a noun of its people.
  const noun = cx.tokens[u.tokEnd];
  if (NAMESAKE_PEOPLES.has(w) && noun?.kind === 'word' && !noun.cap && noun.start === u.end + 1 && PEOPLE_NOUN.test(noun.text)) return m('NORP', 2, 'a people named like a given name, before its people');
  // `the ex-Wallaby`, `an ex-Beatle`: what a former member belonged to is a group (a side, a band), no person.
  const dash = cx.tokens[u.tok - 1];
  if (dash?.text === '-' && dash.end === u.start && /^ex$/i.test(cx.tokens[u.tok - 2]?.text ?? '') && cx.tokens[u.tok - 2].end === dash.start && !/s$/.test(w)) return m('ORG', 2, 'what a former member belonged to');
  // `MPs`, `CEOs`: the plural of an acronym is a common noun.
  if (/^\p{Lu}{2,}s$/u.test(w)) return [];
  // `Boeing’s Max 737`, `the 737 MAX`: a word beside a model's number is the model's name, no person nor body.
  if (besideModelNumber(cx.tokens, u, isGivenName(w)) && (u.caps || isGivenName(w))) return [];
  // `RTX 2080 Ti`: a graphics card's tier after its model's number.
  if (w === 'Ti' && cx.tokens[u.tok - 1]?.kind === 'num') return [];
  // `C-130`, `F-22`, `Top-10`: a model's letters and number, no name (`G-20` is a group); `OZXI2TEj7D`: a link's code.
  if ((MODEL_NUMBER.test(w) && !w.startsWith('G-')) || RANDOM_CODE.test(w)) return [];
  // `Omicron BA.2`, `XBB.1.5`: letters in capitals, a full stop and a number written onto them are a variant's or a version's code.
  const dot = cx.tokens[u.tokEnd];
  if (u.caps && dot?.text === '.' && dot.start === u.end && cx.tokens[u.tokEnd + 1]?.kind === 'num' && cx.tokens[u.tokEnd + 1].start === dot.end) return [];
  if (u.caps && w.length > 1) {
    if (NON_ENTITY_ACRONYMS.has(lw) || NON_ENTITY_ACRONYMS.has(lw.replace(/\./g, '')) || isRoman(w) || /^\p{Lu}+\.$/u.test(w)) return [];
    const full = ACRONYMS.get(w.replace(/\./g, ''));
    if (full) return m('ORG', 2, 'common acronym', { acronym: true, canonical: full });
    if (STATE_ONLY_CODES.has(w)) return m('PLACE', 2, 'a state’s code', { canonical: stateOf(w)[0].name, gazKind: 'region' });
    // `in DC`, `D.C.'s economy`, `the DC area`: the capital's district alone; before another name it opens that name
    // (`DC Comics`), and after `the` but for a noun of places it is a name's initials (`The DC`, a site's logo).
    const next = cx.tokens[u.tokEnd];
    // `18V DC`, `a DC jack`, `AC power`: a current's kind, no place.
    if (/^(?:AC|DC)$/.test(w) && (/\dV$|^V$/.test(cx.tokens[u.tok - 1]?.text ?? '') || CURRENT_NOUNS.test(next?.text ?? ''))) return [];
    if (w.replace(/\./g, '') === 'DC' && (!next?.cap || next.text === 'I') && !(/^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && !DISTRICT_NOUNS.test(next?.text ?? ''))) return m('PLACE', 2, 'the capital’s district', { canonical: 'Washington, D.C.', gazKind: 'city' });
    // `ABC13`, `CW56`: a network's initials glued to a channel's number are its station there.
    if (GLUED_STATION.test(w)) return m('ORG', 2, 'a network’s station: its initials and channel number');
    // `MS-04`, `FA11`: a code with digits names a model or a file, not a body.
    if (/\p{N}/u.test(w)) return [];
    // `WWDC 2023 news`, `CES 2017`: an event's edition, no entity (`UN 2030 Agenda` keeps its body).
    if (next?.kind === 'num' && /^(?:19|20)\d\d$/.test(next.text) && next.start === u.end + 1 && !cx.tokens[u.tokEnd + 1]?.cap) return [];
    // `MPS 30/86`: a release's or a file's reference number.
    if (next?.kind === 'num' && /^\d+\/\d+$/.test(next.text) && next.start === u.end + 1) return [];
    // `OVERSEAS VISIT BY SENATOR EVANS`: right after a title in capitals, a word in capitals is a surname.
    const before = cx.tokens[u.tok - 1];
    if (cx.personSlot && w.length >= 3 && /[AEIOUY]/.test(w) && !FUNCTION_WORDS.has(lw) && !isCommonWord(lw) && before?.kind === 'word' && before.caps && TITLES.has(before.text.toLowerCase())) return m('PERSON', 2, 'a surname in capitals after a title');
    // `By TOI staff`, `By AP and TOI staff`: initials signing a byline with their staff are the outlet, though they spell a word.
    const byline = before?.text === 'By' || (before?.text === 'and' && cx.tokens.slice(Math.max(0, u.tok - 4), u.tok).some((t) => t.text === 'By'));
    if (byline && next?.kind === 'word' && next.text === 'staff' && w.length >= 2 && w.length <= 5 && !FUNCTION_WORDS.has(lw)) return m('ORG', 2, 'initials signing a byline with their staff', { acronym: true });
    // A word in capitals that is a common English word is a shouted word (a heading, a byline in capitals), not an acronym.
    // Two capitals are an acronym (`BA`, `EU`) unless they spell a short word of the language (`NO`, `OK`, `GO`).
    if (w.length === 2 ? SHOUTED_PAIRS.has(lw) || FUNCTION_WORDS.has(lw) : isCommonWord(lw.replace(/['’]s$/, '')) || FUNCTION_WORDS.has(lw.replace(/['’]s$/, ''))) return [];
    // `L.E.A.N.`: a word of the language spelt in dotted capitals is a motto's, no body's initials.
    if (/^(?:\p{Lu}\.){4,}$/u.test(w) && isCommonWord(lw.replace(/\./g, ''))) return [];
    // Too long for an acronym: a word shouted in a heading, a name only if the document names someone so (`DAWKINS LAUNCHES …`).
    if (w.replace(/[^\p{Lu}]/gu, '').length > 6 && !w.includes('-')) return m(undefined, 0, 'a long word in capitals', { lexical: true, acronym: true });
    return m('ORG', u.initial ? 1 : 2, ACRONYM_GUESS, { acronym: true });
  }
  if (u.kind === 'title' || TITLES.has(lw) || w.length < 2) return [];
  if (SINGLE_INSTITUTIONS.has(lw) && !u.initial && !dropped && cx.tokens[u.tokEnd]?.text !== 'of') return m('ORG', 1, INSTITUTION_BY_KIND);
  // `Congress then passed …`: opening a sentence, before a word in small letters, a body that has no other sense.
  const after = cx.tokens[u.tokEnd];
  if (PROPER_INSTITUTIONS.has(lw) && u.initial && !dropped && after?.kind === 'word' && !after.cap && after.text !== 'of') return m('ORG', 1, 'institution named by its kind, opening a sentence');
  // `Congress` alone on a menu's line: the institution whose section it is.
  if (MENU_INSTITUTIONS.has(lw) && cx.tokens.length === 1) return m('ORG', 1, 'institution named by its kind, alone on its line');
  // `Londoners`, `Parisians`, `Chicagoans`: the people of a known city; `Glaswegian`, `Muscovites`: spelt their own way.
  const city = CITY_PEOPLES.get(w.replace(/s$/, ''));
  if (city) return m('NORP', 2, `the people of ${city}`);
  const citizens = /^(\p{Lu}\p{Ll}+?)(?:ers?|ians?|ans?|ites?)$/u.exec(w);
  if (citizens && citizens[1].length >= 4 && !isCommonWord(w)) {
    // Not a heavenly body's (`Earther`, a site's name).
    const place = gazetteer().get(nameKey(citizens[1]));
    if (place?.label === 'PLACE' && place.kind !== 'body') return m('NORP', 2, `the people of ${citizens[1]}`);
  }
  // `the West`, `the Gulf`, `the Pacific`: a region named by a direction or a sea.
  if (THE_REGIONS.has(w) && /^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && !dropped) return m('PLACE', 2, 'region named after “the”');
  // `Labor said`: the party; `a Labour MP`: one of its people.
  if (PARTIES.has(w) && !dropped) {
    const next = cx.tokens[u.tokEnd];
    // `a Labour-led coalition`: the party's name as an adjective.
    if (next?.text === '-' && next.start === u.end && /^(?:led|backed|run|controlled|dominated|leaning|aligned|supporting)$/.test(cx.tokens[u.tokEnd + 1]?.text ?? '')) return m('NORP', 2, 'a party’s name as an adjective (-led, -backed)');
    if (next?.kind === 'word' && PARTY_MEMBER.test(next.text)) return m('NORP', 2, 'a party’s name before one of its people');
    // `Conservative family spokeswoman`, `Labour health spokesman`: one of its people with a portfolio's word between.
    const then = cx.tokens[u.tokEnd + 1];
    if (next?.kind === 'word' && !next.cap && then?.kind === 'word' && /^(?:spokes(?:man|woman|person)|secretary|ministers?|chairman|chairwoman|chair|leader)$/.test(then.text)) return m('NORP', 2, 'a party’s name before one of its people and a portfolio');
    // `a Labour government`, `the Labour left`: the party's adjective before what belongs to it (`Labor Government` is a name).
    if (next?.kind === 'word' && PARTY_THINGS.test(next.text)) return m('NORP', 2, 'a party’s name before what belongs to it');
    // `Conservative estimates`: an adjective of the language names the party only before its people.
    if (!ADJECTIVE_PARTIES.has(w)) return m('ORG', 2, 'a political party');
  }
  // `the Fed`: a known organisation's short name after `the`.
  const short = SHORT_AFTER_THE.get(w);
  // … or before its possessive or one of its people (`Fed's Yellen`, `Fed chief Yellen`).
  const next = cx.tokens[u.tokEnd];
  const owns = next?.kind === 'pos' || (next?.kind === 'word' && !next.cap && (ROLE_NOUNS.has(next.text) || /^(?:officials|policymakers|chair)$/.test(next.text)));
  if (short && (/^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') || owns)) return m('ORG', 2, `short name of ${short}`, { canonical: short, gazKind: 'org' });
  const head = ORG_TAIL_HEADS.has(lw) || DROP_HEADS.has(lw) || isPluralHead(w);
  // `a new political party called Veritas`, `a start-up named Anthropic`: what a body's kind is called is the body.
  if (!head && !u.initial && calledAfterBodyKind(cx.tokens, u.tok)) return m('ORG', 2, 'named after a kind of body and “called”');
  // `the manslaughter of Limerick man Jason Corbett`, `a Derby woman`: a name right before a person's noun (no title's
  // word) is where they are from, outside a paragraph of sport (`Chelsea man Sterling` is the club's player).
  if (!head && !dropped && cx.tokens[u.tokEnd]?.kind === 'word' && LOCAL_PERSON.test(cx.tokens[u.tokEnd].text) && cx.tokens[u.tokEnd].start === u.end + 1 && !isGivenName(w) && !isCommonWord(w) && !sportTokens(cx.tokens)) return m('PLACE', 2, 'a town before one of its people');
  // `Trump, who takes office …`: a name before `, who` is a person's, even a common word opening a sentence.
  // Not after `in` or `near` (`a university in Morgantown, who …`): the one who is the person before the place.
  if (!head && cx.tokens[u.tokEnd]?.text === ',' && /^(?:who|whose)$/.test(cx.tokens[u.tokEnd + 1]?.text ?? '') && !FUNCTION_WORDS.has(lw) && !isOpeningWord(w) && !/^(?:in|near|the)$/.test(cx.tokens[u.tok - 1]?.text ?? '')) return m('PERSON', 1, 'a person: the name before “, who”');
  // `Mr Bush`, `President Bush`, `Mrs May`: right after a title a common word is a surname.
  // Not a word that says what the title's bearer does or is about to be (`Minister Assisting`, `President Elect`), nor the
  // plural of a thing (`Minister Speeches`, a menu's link).
  if (cx.personSlot && !head && !dropped && isCommonWord(w) && !TITLE_COMPLEMENT.test(w) && !pluralOfCommonWord(lw) && titleRightBefore(cx.tokens, u.tok)) return m('PERSON', 2, 'a surname right after a title');
  // `the British newspaper the Independent`: a capitalised word after a paper's kind and `the` is its name.
  if (!dropped && !u.initial && /^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && /^(?:newspaper|paper|daily|tabloid|broadsheet|weekly|magazine)$/.test(cx.tokens[u.tok - 2]?.text ?? '')) {
    return m('ORG', 2, 'a newspaper named after its kind');
  }
  // `revenues of $10 billion in 2016, per Forbes.`: a source cited after a comma and `per` is a publication or a body.
  if (!dropped && !u.initial && cx.tokens[u.tok - 1]?.text === 'per' && cx.tokens[u.tok - 2]?.text === ',' && /^[.;)]?$/.test(cx.tokens[u.tokEnd]?.text ?? '')) return m('ORG', 1, 'a source cited after “, per”');
  // `Sunday's game against Arsenal`: in a paragraph of sport, a common word for the side played against is a team.
  if (!dropped && !u.initial && !head && OPPONENT_BEFORE.test(cx.tokens[u.tok - 1]?.text ?? '') && sportTokens(cx.tokens) && isCommonWord(w) && !isGivenName(w)) return m('ORG', 1, 'a team: the side played against');
  // `the Forward’s contributing network editor`: after `the`, a capitalised word owning its staff is a publication, named with its `The`.
  if (!head && !dropped && isCommonWord(w) && /^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && ownsStaff(cx.tokens, u.tokEnd)) return m('ORG', 2, 'a publication owning its staff (the X’s editor)', { canonical: `The ${w}` });
  // `pubs around Cork`, `live from Cork`, `a flat in Reading`: a city named like a common word, after a preposition of
  // place and before no other capitalised word (not `in Mobile World Congress`), is the city.
  if (!head && !dropped && !u.initial && isCommonWordCity(w) && cityPreposition(cx.tokens, u.tok) && !cx.tokens[u.tokEnd]?.cap) return m('PLACE', 2, 'a city named like a common word, after a preposition of place', { gazKind: 'city' });
  if (head || isCommonWord(w)) {
    if (dropped) return [];
    // At a sentence start a common word may still be the surname of a person the document names in full (`Irons said`).
    if (u.initial) return head ? [] : m(undefined, 0, 'common word at the start of a sentence', { lexical: true, surnameOnly: true });
    return m(undefined, 0, 'capitalised common word', { lexical: true });
  }
  const first = u.tok;
  // `Orwellian`, `Keynesian`, `Kafkaesque`: an adjective made from a name, before what it describes.
  // Not before a verb in the past nor after a body's kind (`the band Kasabian built …`).
  if (/^\p{Lu}\p{Ll}{3,}(?:ian|ean|esque)$/u.test(w) && modifiesNoun(cx.tokens[u.tokEnd]) && !/\p{Ll}ed$/u.test(cx.tokens[u.tokEnd].text) && !BODY_KINDS.test(cx.tokens[u.tok - 1]?.text ?? '')) return [];
  if (NO_ENTITY_WORDS.has(w)) return [];
  // `Thatcherism`, `Reaganism`: a doctrine named after a person, no entity.
  if (/^\p{Lu}\p{Ll}{3,}ism$/u.test(w)) return [];
  if (cx.personSlot || cx.afterTitleComma) return m('PERSON', 2, 'name after a title');
  // `Hydroxychloroquine`, `Amoxicillin`, `Atorvastatin`: a drug by its stem, no entity.
  if (DRUG_NAME.test(w)) return [];
  if (cx.complement) return m('ORG', 1, 'what a title is “of”');
  // (`Piarul Islam of Phulbari village`: before a geographic word it is where the person lives.)
  if (cx.ofPerson && !isGivenName(w) && !geoNounAfter(cx.tokens, u.tokEnd)) return m('ORG', 1, 'where the person before “of” works');
  if (roleBefore(cx.tokens, first)) return m('PERSON', u.initial ? 1 : 2, 'name after a role word');
  if (mindCue(cx.tokens, u.tokEnd)) return m('PERSON', 1, 'name before a mind’s verb and `he` or `she`');
  // `Robertson, the U.S. commander, said`: a role in apposition after the name.
  // A word written as names are (not `Incidentally, a president-elect`, `StackAdapt, the …`).
  if (/^\p{Lu}\p{Ll}+$/u.test(w) && !/ly$/.test(w) && appositionAfter(cx.tokens, u.tokEnd)) return m('PERSON', 1, 'name before a role in apposition');
  if (speechCue(cx.tokens, first, u.tokEnd, true)) return m('PERSON', 1, 'name with a verb of speech', { speechOnly: !looksLikeSurname(w) && !isGivenName(w) });
  if (creditCue(cx.tokens, first)) return m('ORG', 1, 'credited source');
  // `Zugerstrasse`, `Herengracht`: a street or a canal of German or Dutch by its ending.
  if (STREET_ENDING.test(w)) return m('PLACE', 2, 'a street or a canal by its ending');
  // `GiveWell`, `LinkNaija`, `TemplatesYard`: a name written in camel case is a brand, even after `in`.
  if (!u.initial && !dropped && isProductSpelling(w)) return m('ORG', 2, CAMEL_CASE_BRAND);
  // `in Nissan’s fortunes`: the preposition governs what the name owns, not the name.
  // Not before an event's or a document's word (`in Davis Cup history`: the name is the event's).
  const eventWord = cx.tokens[u.tokEnd];
  // `in Taliban attacks`: before a plural noun the preposition governs the noun; the name only modifies it.
  const governed = eventWord?.kind === 'word' && !eventWord.cap && /\p{Ll}s$/u.test(eventWord.text) && isCommonWord(eventWord.text) && !FUNCTION_WORDS.has(eventWord.text) && !SPEECH_VERBS.has(eventWord.text);
  // `lowest growth in G7`, `the G20 summit`: a group named by a G and its number is a body, no place.
  // (Not a model's code: `2020 Mitsubishi Mirage, G4`.)
  if (/^G\d{1,2}$/.test(w) && /^(?:the|in|of|at|to|and)$/i.test(cx.tokens[first - 1]?.text ?? '')) return m('ORG', 2, 'a group named by a G and its number');
  // (Not a word of the language in a title-case line: `How to Live in Harmony With the Notorious Garden Foe`.)
  if (placeCue(cx.tokens, first) && eventWord?.kind !== 'pos' && !governed && !(eventWord?.cap && DROP_HEADS.has(eventWord.text.toLowerCase())) && !(cx.titleCase && isCommonWord(lw))) return m('PLACE', 1, PLACE_PREPOSITION);
  // `Derbyshire`, `Nottinghamshire`: an English county by its ending.
  if (/^\p{Lu}\p{Ll}{3,}shire$/u.test(w)) return m('PLACE', 2, 'a county by its ending');
  if (geoNounAfter(cx.tokens, u.tokEnd) || geoAppositionAfter(cx.tokens, u.tokEnd)) return m('PLACE', 1, 'before a geographic word');
  if (looksLikeSurname(w)) return m('PERSON', 1, 'surname ending');
  // `Putin Blasts ‘Shameless’ Democrats`, `Gabbard Unleashes on Dems`: in a title-case headline, the one name before a verb of saying
  // or of attack is someone's surname (a guess: the document may say otherwise).
  // Not before a colon: `The Texas Ransomware Attacks: A Gamechanger` names a topic, the verb's form a plural noun.
  // (`Pentagon Says`: an institution named by its kind says as a body.)
  if (u.initial && !dropped && SAYING_HEADLINE_VERBS.has(cx.tokens[u.tokEnd]?.text ?? '') && cx.tokens[u.tokEnd + 1]?.text !== ':') return SINGLE_INSTITUTIONS.has(lw) ? m('ORG', 1, 'institution named by its kind, saying in a headline') : m('PERSON', 1, 'the subject of a headline’s verb of saying', { guess: true });
  // `SimSpace expands cyber range`, `Keepit unveils …`: an unknown word opening a paragraph before a verb of business news is a
  // company (a guess: the document may say otherwise).
  // (A headline: not a long sentence ended by its full stop, `Mini-SGLang integrates state-of-the-art attention kernels …`.)
  const sentence = cx.tokens.length > HEADLINE_TOKENS && cx.tokens[cx.tokens.length - 1].text === '.';
  if (u.initial && !dropped && u.tok === 0 && !sentence && BUSINESS_VERBS.has(cx.tokens[u.tokEnd]?.text ?? '') && !isGivenName(w) && !isCommonWord(lw)) return m('ORG', 1, 'an unknown word opening a headline before a verb of business', { guess: true });
  if (u.initial || dropped) return m(undefined, 0, 'capitalised word at the start of a sentence');
  // `use a Mac`, `drive a Ford`: a given name after an indefinite article is a thing, no person.
  if (isGivenName(w) && afterIndefiniteArticle(cx.tokens, u)) return [];
  // `New Year’s Eve`, `Christmas Eve`: the eve of a holiday, a date's word.
  if (w === 'Eve' && /^(?:Year|Christmas|Hallows)$/.test(cx.tokens[u.tok - (cx.tokens[u.tok - 1]?.kind === 'pos' ? 2 : 1)]?.text ?? '')) return [];
  // `on the Mac`, `MBA by the Bay`, `the Mario experience`: a given name right after `the` is a thing's or a place's name.
  // (Not before a family's word: `the Barclay twins`.)
  if (isGivenName(w) && /^the$/i.test(cx.tokens[u.tok - 1]?.text ?? '') && !/^(?:twins|brothers|sisters|family|siblings|couple)$/.test(cx.tokens[u.tokEnd]?.text ?? '')) return m(undefined, 0, 'a given name after “the”');
  // `Ask Amy:`, `Dear Abby:` opening a line: an advice column's name.
  if (isGivenName(w) && /^(?:Ask|Dear)$/.test(cx.tokens[u.tok - 1]?.text ?? '') && cx.tokens[u.tokEnd]?.text === ':' && cx.tokens[u.tok - 1].initial) return [];
  // (Not a word opening with two capitals, `ANet`: a brand's spelling, not a name's.)
  if (isGivenName(w) && !NOT_GIVEN.has(lw) && !/^\p{Lu}{2}\p{Ll}/u.test(w)) return m('PERSON', 1, GIVEN_NAME_GUESS, { guess: true });
  // `About 1,000 Marines flew in`, `many Marines`, `retired Marines`: an unknown plural after a number or a quantifier
  // counts people (`the Marines` may still be the corps).
  const counted = cx.tokens[u.tok - 1];
  if (/[^\Ws]s$/u.test(w) && counted && (counted.kind === 'num' || COUNTING_WORDS.test(counted.text))) return [];
  // `Supreme Leader Ayatollah Ali Khamenei`, `Grand Mufti`: a word that ranks a title is part of the title.
  if (TITLE_RANKS.has(lw) && cx.tokens[u.tokEnd]?.cap && TITLES.has(cx.tokens[u.tokEnd].text.toLowerCase())) return [];
  // `Mortal Kombat`, `Weekly Pick'em`: right after another capitalised word the chunker kept apart, an unknown word ends a
  // title or a label more often than it names a body.
  const before = cx.tokens[u.tok - 1];
  // Not a company's abbreviated head (`Remain Co.`), nor a word after a known name (`American South`).
  if (before?.kind === 'word' && before.cap && before.end + 1 === u.start && !u.initial && !FUNCTION_WORDS.has(before.text.toLowerCase()) && !ABBREVIATED_HEADS.has(lw) && !gazetteer().get(nameKey(before.text))) {
    return m(undefined, 0, 'an unknown word after a capitalised one');
  }
  // `by Anmol`, `by Surur on November 19, 2019`: a byline's one name is its writer's.
  const byEnd = cx.tokens[u.tokEnd];
  if (u.tok === 1 && /^[Bb]y$/.test(cx.tokens[0].text) && (!byEnd || byEnd.kind === 'num' || byEnd.text === 'on' || byEnd.text === '|')) return m('PERSON', 1, 'a byline’s one name', { guess: true });
  // `Mini-SGLang`, `X-Parasites`, `NHIS-Teen`, `Rider-Waite`: an unknown word joined by a hyphen names a product, a
  // creature, a survey or a pair far more often than a body; only the document's evidence labels it.
  // (Not a group's letter and number, `G-20`.)
  if (w.includes('-') && !/^\p{Lu}{1,3}-\d+$/u.test(w)) return m(undefined, 0, 'an unknown word joined by a hyphen');
  return m('ORG', 1, UNKNOWN_WORD_GUESS, { guess: true });
}

/**
 * Peoples joined by a hyphen: `African-American` (a people of the United States) is one
 * NORP; `American-Sudanese` (relations) is two.
 */
function hyphenedPeoples(u: Unit, tokens: readonly Token[]): Mention[] | undefined {
  const parts = u.text.split('-');
  // `Indo-Chinese`, `Afro-Caribbean`: a combining form of descent and a people are one people.
  if (parts.length === 2 && COMBINING_FORMS.has(parts[0]) && gazetteer().get(nameKey(parts[1]))?.label === 'NORP') return [mention(u.start, u.end, u.text, 'NORP', 2, 'a combining form and a people', { initial: u.initial })];
  // `Conservative-Liberal pact`, `Anglo-American relations`: peoples, parties or a relation's combining form, one each.
  const people = (p: string, k: number) => gazetteer().get(nameKey(p))?.label === 'NORP' || PARTIES.has(p) || (k === 0 && RELATION_FORMS.has(p));
  if (parts.length !== 2 || parts.some((p, k) => !/^\p{Lu}/u.test(p) || !people(p, k))) return undefined;
  // `African-American`, `African-Australian`, `French-Canadian`: a people of descent within a nation of immigrants.
  if (/^(?:American|Australian|Canadian)s?$/.test(parts[1]) && !RELATION_FORMS.has(parts[0])) return [mention(u.start, u.end, u.text, 'NORP', 2, `a people of descent within the ${parts[1].replace(/s$/, '')} nation`, { initial: u.initial })];
  // `Anglo-American, the international mining company`: named like a relation, a company set off as one.
  if (tokens[u.tokEnd]?.text === ',' && COMPANY_APPOSITION.test(tokens.slice(u.tokEnd, u.tokEnd + 7).map((t) => t.text).join(' '))) return [mention(u.start, u.end, u.text, 'ORG', 2, 'a company named like a relation, in apposition to its kind', { initial: u.initial })];
  const second = u.start + parts[0].length + 1;
  return [
    mention(u.start, u.start + parts[0].length, parts[0], 'NORP', 2, 'gazetteer: norp', { gazKind: 'norp', initial: u.initial }),
    mention(second, u.end, parts[1], 'NORP', 2, 'gazetteer: norp', { gazKind: 'norp', initial: false }),
  ];
}

/** `, the international mining company`, `, a British bank`: an apposition naming a kind of company. */
const COMPANY_APPOSITION = /^,\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}(?:company|firm|group|conglomerate|corporation|miner|bank|insurer|giant|retailer|carrier|manufacturer)\b/u;

/** Combining forms that name a people of mixed descent (`Afro-Caribbean`, `Indo-Fijian`); `Sino-`, `Anglo-` mostly name relations. */
const COMBINING_FORMS = new Set(['Indo', 'Afro']);
/** Combining forms that name one side of a relation (`Anglo-American`, `Sino-Japanese`): a people of their own. */
const RELATION_FORMS = new Set(['Anglo', 'Sino', 'Franco', 'Russo', 'Greco', 'Austro', 'Judeo']);

/** How many common words open the piece before at least two unknown name words that end it. */
function leadingCommon(us: readonly Unit[]): number {
  let k = 0;
  // A particle opening a name is part of it (`Te Kaurinui Robert Parata`, `Van Gaal`), not a common word before it.
  while (k < us.length && us[k].kind === 'word' && !us[k].caps && isCommonWord(us[k].text) && !(k === 0 && NAME_PARTICLES.has(lower(us[k])) && us.length >= 3)) k++;
  if (k === 0 || k === us.length) return 0;
  return us.slice(k).every((u) => u.kind === 'word' && !u.caps && !isCommonWord(u.text)) ? k : 0;
}

/** After a title, a word that completes the title rather than naming its bearer (`Minister Assisting`, `President Elect`). */
const TITLE_COMPLEMENT = /^(?:Assisting|Elect|Designate|Emeritus|Emerita)$/;

/** `speeches`, `updates`: the plural of a word of the language (`jones` is no such plural). */
function pluralOfCommonWord(lw: string): boolean {
  if (!/[^s]s$/.test(lw)) return false;
  return (lw.endsWith('es') && isCommonWord(lw.slice(0, -2))) || isCommonWord(lw.slice(0, -1));
}
