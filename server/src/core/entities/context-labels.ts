/**
 * Labels that the words right around a single name decide, once the paragraph's chunks
 * are read: a club (`Chelsea boss`, `Newcastle have fined`), a people (`the Ngātiwai
 * tribe`), a leader (`the Carter administration`), and a people's name used for its
 * language (`in English.`), which is no entity.
 */
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';
import type { Mention } from './mention';
import { markJournals } from './journals';

/** The paragraph's mentions relabelled by their context, languages left out. */
export function relabelByContext(text: string, mentions: Mention[]): Mention[] {
  markAircraft(text, mentions);
  markTeams(text, mentions);
  markPeoples(text, mentions);
  markLeaders(text, mentions);
  markEmployers(text, mentions);
  markWorkplaces(text, mentions);
  markWorks(text, mentions);
  markProducts(text, mentions);
  markCarmakers(text, mentions);
  markByKindBefore(text, mentions);
  markByKindAfter(text, mentions);
  markJournals(text, mentions);
  markGoverned(text, mentions);
  markBattlefields(text, mentions);
  markFormerNames(text, mentions);
  markRainforest(text, mentions);
  markProgrammes(text, mentions);
  markOneOfAKind(text, mentions);
  markVenues(text, mentions);
  markAddressAreas(text, mentions);
  return withoutLanguages(text, mentions);
}

/** A house's number right before (`68/2 `, `12B `). */
const HOUSE_NUMBER_BEFORE = /(?:^|\s)(?!(?:19|20)\d\d\s)\d{1,5}(?:\/\d{1,4})?[A-Za-z]?\s+$/;

/**
 * `Address : 68/2 Purana Paltan, Dhaka 1000`: a name read as a person's by no more than its shape, after a house's number and
 * before a comma and a known place, is the street or the quarter of an address.
 */
function markAddressAreas(text: string, mentions: Mention[]): void {
  for (let k = 0; k < mentions.length - 1; k++) {
    const m = mentions[k];
    const town = mentions[k + 1];
    if (m.label !== 'PERSON' || m.strength === 2 || town.label !== 'PLACE' || !town.gazKind || !/^,\s+$/.test(text.slice(m.end, town.start))) continue;
    if (HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !isGivenName(m.text.split(' ')[0])) Object.assign(m, { label: 'PLACE', strength: 1, reason: 'a street or a quarter between a house’s number and its town' });
  }
}

/** A building's last word that also ends bodies' names (`Adelaide Convention Centre`, `Mercury Theatre`, `KeyBank Center`). */
const VENUE_HEAD = /\s(?:Centre|Center|Theatre|Theater|Galleria)$/;
/** … unless the name is an institution's, a place of work and study (`Maastricht University Medical Center`). */
const INSTITUTION_WORD = /\b(?:University|Medical|Research|Studies|Cultural|Health|Cancer|Science|Sciences|Policy|Trade)\b/;

/** `held at the Adelaide Convention Centre`, `in front of 15,522 in KeyBank Center`, a tour's `Mansfield, MA @ Xfinity Center`: a venue where something happens is a place. */
function markVenues(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.label !== 'ORG' || !VENUE_HEAD.test(m.text) || INSTITUTION_WORD.test(m.text)) continue;
    if (/(?:\b(?:at|in)(?:\s+the)?|@)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start))) Object.assign(m, { label: 'PLACE', strength: 2, reason: 'a venue: a building’s name after “at”, “in” or “@”' });
  }
}

/** The mentions but the languages: each used as one, and the rest of a list one opens (`in Bosnian, Arabic, Serbian and Farsi.`). */
function withoutLanguages(text: string, mentions: Mention[]): Mention[] {
  const languages = new Set<Mention>();
  let last: Mention | undefined;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const listed = last !== undefined && m.label === 'NORP' && LIST_JOIN.test(text.slice(last.end, m.start)) && LIST_ITEM_END.test(text.slice(m.end, m.end + 16));
    last = listed || isLanguageUse(text, m) ? m : undefined;
    if (last) languages.add(last);
  }
  return languages.size ? mentions.filter((m) => !languages.has(m)) : mentions;
}

/** What parts a list's items: a comma, `and`, `or`. */
const LIST_JOIN = /^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$/;
/** What may follow a list's item: its end, or the next item's joint. */
const LIST_ITEM_END = /^\s*(?:[.,;:!?)]|$|and\s|or\s)/;

/** A word after a name that makes the name a sports club's: `Chelsea boss`, `Magpies chairman`, `United striker`. */
const TEAM_ROLE_AFTER = /^[ \t]+(?:boss|manager|(?:vice-)?chairman|striker|captain|coach|midfielder|defender|goalkeeper|keeper|winger|skipper|fans|supporters|squad)\b/;
/** A word after a town's name that makes it its club's (`former Liverpool player`): said of a town only, `Big players` are no club's. */
const TOWN_PLAYER_AFTER = /^[ \t]+(?:players?|forward|full-back|centre-back)\b/;
/** A singular name with a plural verb, as British English writes a team: `Newcastle have fined …`. */
const PLURAL_AGREEMENT_AFTER = /^[ \t]+(?:have|are|were)\b/;
/**
 * Words before a name that make a plural verb after it no evidence of a club: the last
 * of a list (`Queensland, New South Wales and Victoria are`) or the object of a
 * preposition, whose verb belongs to an earlier subject (`fishing in the Pacific have`, `two people in 1650s Cairo were`).
 */
const NOT_THE_SUBJECT_BEFORE = /(?:,|\b(?:and|or|nor|in|at|on|of|from|to|across|into|throughout|around|near|with|by|for)(?:[ \t]+the)?(?:[ \t]+\d{3,4}s)?|\b(?:cities|towns|capitals|places|countries|regions|states)[ \t]+(?:like|such[ \t]+as|including))[ \t]+$/i;

/**
 * A town or an unknown word named as a club (`Chelsea boss Jose Mourinho`, `Newcastle
 * have fined …`) is an organisation there: the team, not the place.
 */
function markTeams(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.label === 'ORG' || m.label === 'NORP' || (m.label === 'PERSON' && m.strength === 2)) continue;
    if (m.gazKind && m.gazKind !== 'city') continue;
    if (m.text.includes(' ') && !m.gazKind) continue;
    const after = text.slice(m.end, m.end + 16);
    // A single name that is no common word with a plural verb (`Chelsea are saying`): a club, never a person.
    const plural = (m.gazKind === 'city' || (!m.gazKind && !m.lexical && !m.text.includes(' '))) && PLURAL_AGREEMENT_AFTER.test(after) && !NOT_THE_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
    const team = TEAM_ROLE_AFTER.test(after) || plural || (m.gazKind === 'city' && TOWN_PLAYER_AFTER.test(after));
    if (team) Object.assign(m, { label: 'ORG', strength: 2, reason: 'a club: its role or a plural verb after it', lexical: false, guess: false, surnameOnly: false, team: true });
  }
}

/** Carmakers named like a person (`Ford`, `Dodge`), which the carmakers' table leaves out. */
const PERSON_NAMED_CARMAKERS = new Set(['Ford', 'Dodge']);
/** What makes such a name the carmaker's: a vehicle, a model's name or a recall after it (`Ford sedan`, `Ford Ranger`, `Ford is recalling`). */
const VEHICLE_AFTER = /^[ 	]+(?:(?:sedans?|trucks?|pickups?|SUVs?|cars?|vans?|vehicles?|dealers?|dealerships?|plants?|factory|models?|Motor|Mustang|F-1[05]0s?|Ranger|Escort|Focus|Fiesta|Explorer|Bronco|Transit|Fusion|Taurus|Ram|Charger|Challenger|Durango)\b|(?:is|are|was)[ \t]+recalling\b|recalls\b)/;

/** `Webb's Ford sedan`, `Ford is recalling F-150s`: the carmaker; the document's votes carry it to the name's other mentions. */
function markCarmakers(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (!PERSON_NAMED_CARMAKERS.has(m.text) || (m.label === 'PERSON' && m.strength === 2)) continue;
    if (VEHICLE_AFTER.test(text.slice(m.end, m.end + 24))) Object.assign(m, { label: 'ORG', strength: 2, reason: 'a carmaker before a vehicle, a model or a recall', lexical: false, guess: false, surnameOnly: false });
  }
}

/** A word after an unknown name that makes it a people's: `the Ngātiwai tribe`, `Rohingya minority`. */
const PEOPLE_NOUN_AFTER = /^[ \t]+(?:tribe|tribes|tribal|iwi|hapu|hapū|clan|clans|minority|ethnic)\b/;

/** An unknown name before a people's noun is a people (NORP); the document's votes carry it to its other mentions. */
function markPeoples(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.text.includes(' ') || (m.label && m.strength === 2)) continue;
    if (PEOPLE_NOUN_AFTER.test(text.slice(m.end, m.end + 12))) Object.assign(m, { label: 'NORP', strength: 2, reason: 'a people: a tribe’s or a minority’s name', lexical: false, guess: false });
  }
}

/** A lowercase word after a surname that makes it a leader's: `the Obama administration`, `the Trump campaign`. */
const LEADER_NOUN_AFTER = /^[ \t]+(?:administration|presidency|campaign|era)\b/;

/** An unknown single name before `administration`, `presidency`, `campaign`, `era` is the person who leads it. */
function markLeaders(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.text.includes(' ') || m.acronym || (m.label && m.strength === 2) || m.label === 'NORP') continue;
    if (LEADER_NOUN_AFTER.test(text.slice(m.end, m.end + 16))) Object.assign(m, { label: 'PERSON', strength: 1, reason: 'a leader: the name before “administration”', lexical: false, guess: false });
  }
}

/**
 * A company's people or money after its name: `Renault chief executive`, `a Nissan spokesman`, `Ravens GM Ozzie Newsome`, `Facebook founder`, `Dell’s buyout`,
 * `Yahoo shares`, `Home Depot Stock Is Falling`, `Biostar Exec Says`, `Clumio raises $135 million`.
 */
const STAFF_AFTER = /^(?:['’]s)?[ \t]+(?:chief[ \t]+executive|chief[ \t]+operating[ \t]+officer|ceo|cfo|general[ \t]+manager|gm(?=[ \t]+[A-Z])|chairman|chairwoman|spokesman|spokeswoman|spokesperson|founder|co-founder|shareholders|employees|executives|execs?|workers|staff|shares(?![ \t]+(?:the|a|an|this|that|these|those|his|her|our|their|some|many|much|similar|common)\b)|share[ \t]+price|stock(?![ \t]+(?:exchange|market))|profits|quarterly|earnings|revenues?|buyout|takeover|ipo|board[ \t]+of[ \t]+directors)\b|^[ \t]+(?:raises|raised|secures|secured|closes|lands)[ \t]+(?:an?[ \t]+)?(?:US)?\$[\d.,]+[ \t]*(?:million|billion|m|bn)\b/i;
/* (`Mini-SGLang shares the same … architecture`: `shares` before a determiner is a verb, no company's stock.) */
/**
 * A company's officer by the role, then the officer's name: `CEO Clare Brook`, `founder Dr Jane Goodall`, `Co-Owner and
 * Lead Planner Erica Vanco` (a second role in capitals after `and`).
 */
const OFFICER_ROLE = String.raw`(?:[Cc]hief[ \t]+[Ee]xecutive|CEO|[Cc]o-[Ff]ounder|[Ff]ounder|[Cc]o-[Oo]wner|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Mm]anaging[ \t]+[Dd]irector)`;
const ROLE_THEN_NAME = new RegExp(String.raw`^[ \t]+${OFFICER_ROLE}(?:[ \t]+and(?:[ \t]+\p{Lu}\p{Ll}+){1,2})?[ \t]+(?:(?:Dr|Prof|Sir|Dame)\.?[ \t]+)?\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}`, 'u');
/** A person's title right before a name. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?[ \t]+$/;
/** The same people before `of`: `chief executive of Renault`, `managing director of Avison Young`, `shareholders in Yahoo`. */
const STAFF_OF_BEFORE = /\b(?:chief[ \t]+executive|chief[ \t]+operating[ \t]+officer|ceo|cfo|CEO|CFO|managing[ \t]+director|managing[ \t]+partner|chairman|chairwoman|spokesman|spokeswoman|spokesperson|founder|co-founder|shareholders|employees|executives|shares)[ \t]+(?:of|at|in)[ \t]+$/;

/**
 * A single name that is no known place, with a company's people named after it or
 * before `of` (`Renault chief executive`, `chief executive of Renault`), is the company,
 * even when it is also a given name.
 */
function markEmployers(text: string, mentions: Mention[]): void {
  const wholes: Mention[] = [];
  for (const m of mentions) {
    // `Home Depot Stock`: a name of several words too, unless a person's or a place's.
    // (`said Blue Marine CEO Clare Brook`: no person's, though read as one, with a role then a person's name after it.)
    const employer = m.label === 'PERSON' && ROLE_THEN_NAME.test(text.slice(m.end, m.end + 50)) && !TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start));
    const several = m.text.includes(' ') && (m.label === 'PERSON' || m.label === 'PLACE' || m.text.split(' ').length > 3) && !employer;
    // (`2020 eSports revenue`: a word of the language written in small letters first is no company's name.)
    if (m.gazKind || several || m.label === 'NORP' || (m.label === 'PERSON' && m.strength === 2 && !employer) || m.team || (m.surnameOnly && isCommonWord(m.text)) || (m.lexical && /^\p{Ll}/u.test(m.text))) continue;
    let after = STAFF_AFTER.exec(text.slice(m.end, m.end + 30));
    // (`… interactivity,” Vanco shares, noting …`: after a quote, `shares` is a verb of saying.)
    if (after && /^[ \t]+shares\b/i.test(after[0]) && /[”"],?[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) after = null;
    if (after || employer || STAFF_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) {
      if (m.commonSurname) wholes.push(m);
      // `One of Luhn’s employees`: a person has employees too, so a possessive alone gives way to the surname of a person
      // the document names in full.
      const possessive = !!after && /^['’]s/.test(after[0]);
      Object.assign(m, { label: 'ORG', strength: possessive ? 1 : 2, reason: 'a company: its people named with it', lexical: false, guess: false, surnameOnly: false, commonSurname: false });
    }
  }
  // `managing director of Avison Young`: an unknown word and a common one so taken are the company whole, not its first word.
  if (wholes.length) for (let k = mentions.length - 1; k >= 0; k--) if (wholes.some((w) => w !== mentions[k] && mentions[k].start >= w.start && mentions[k].end <= w.end)) mentions.splice(k, 1);
}

/** Someone's job and `at` before a name: where they work (`chief economist at Grant Thornton`, `analysts at Goldman Sachs`). */
const WORKS_AT_BEFORE = /\b(?:economists?|analysts?|strategists?|researchers?|scientists?|professors?|lecturers?|engineers?|executives?|officials?|directors?|partners?|managers?|spokes(?:man|woman|person)|lawyers?|attorneys?|consultants?|traders?|investors?|editors?|reporters?|correspondents?|fellows?|chief|head|employees?|workers?|staff)[ \t]+at[ \t]+(?:the[ \t]+)?$/i;

/** The name after someone's job and `at` is the organisation they work for, even when it reads as a person's name. */
function markWorkplaces(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.label === 'NORP' || m.label === 'PLACE' || (m.label === 'PERSON' && m.strength === 2) || m.acronym) continue;
    if (WORKS_AT_BEFORE.test(text.slice(Math.max(0, m.start - 36), m.start))) Object.assign(m, { label: 'ORG', strength: 2, reason: 'where someone works: after their job and “at”', lexical: false, guess: false, surnameOnly: false });
  }
}

/** A kind of work right before a name makes the name its title: `the online game Minecraft`, `the 2012 book L’être et le Néon`. */
const WORK_NOUN_BEFORE = /\b(?:game|film|movie|song|single|album|book|novel|sitcom|documentary|musical|opera|poem|painting|ballad|anthem|hymn)[ \t]+$/;
/** The same kind right after it, ending the phrase: `the Hamilton musical`, `the Golden Kinnaree awards` (a prize). */
const WORK_NOUN_AFTER = /^[ \t]+(?:musical|film|movie|album|song|novel|sitcom|opera|awards?|prizes?|trophy|trophies)(?![ \t]+(?:festival|industry|market|studio|studios|company|director|directors|maker|makers|star|stars|critic|critics|producer|producers|business|school|fans?|version|rights|series|ceremony|winner|winners|nominee|nominees|show|shows)\b)(?![\p{L}-])/u;

/** `Air Force One`, `Marine One`: a head of state's aircraft by its call sign, no organisation. */
function markAircraft(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (/(?:^|\s)(?:Air Force|Marine)$/.test(m.text) && /^ One\b/.test(text.slice(m.end, m.end + 5)) && m.label !== 'PERSON') {
      Object.assign(m, { label: undefined, strength: 0, reason: 'an aircraft’s call sign' });
    }
  }
}

const ONE_SINGLE_BEFORE = /\b(?:no|any|every|each|one|a)[ \t]+single[ \t]+$/i;

/** A work's title (or a prize's name) is no entity, here or elsewhere in the document. */
function markWorks(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind === 'country' || m.gazKind === 'norp' || m.label === 'NORP' || (m.label === 'PERSON' && m.strength === 2)) continue;
    // (`no single EU customs administration`, `a single Apple device`: the quantifier, no song.)
    const lead = text.slice(Math.max(0, m.start - 14), m.start);
    const before = !m.gazKind && WORK_NOUN_BEFORE.test(lead) && !ONE_SINGLE_BEFORE.test(lead);
    // `the Ray Charles biopic`: a person's name before a work is its subject, not its title.
    if (before || (m.label !== 'PERSON' && WORK_NOUN_AFTER.test(text.slice(m.end, m.end + 40)))) Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: 'a work’s title' });
  }
}

/** Nouns naming a product by its kind right after its name: `the Xbox games console`, `the Quest headset`, `an Amazon Alexa device`. */
const PRODUCT_NOUN_AFTER = /^[ \t]+(?:(?:games?|video[ -]game|smart)[ \t]+)?(?:consoles?|headsets?|handsets?|smartphones?|laptops?|tablets?|gadgets?|devices?|speakers?|earbuds|headphones)\b/;

/** `Falcon 9`, `Raspberry Pi 3`, `Bluetooth 4.1`: a model's number after the name (not a year, a count or a time). */
const MODEL_NUMBER_AFTER = /^[ \t]+(?!(?:19|20)\d\d\b)\d{1,4}(?:\.\d{1,2})?(?![\d,:%/-]|[ \t]*(?:%|per\b|percent|million|billion|thousand|years?\b|months?\b|weeks?\b|days?\b|hours?\b|minutes?\b|seconds?\b|people|[ap]\.?m\b))/;

/** Kinds of vessels and craft right before a name (`the motor vessel Nyanda`). */
const VESSEL_BEFORE = /\b(?:the|a|an|motor|cargo|fishing|patrol|supply|research|naval|navy|container)[ \t]+(?:vessel|ship|boat|yacht|tanker|ferry|trawler|frigate|destroyer|submarine|cruiser|freighter|liner|helicopter|airship|spacecraft)[ \t]+$/i;

/** Words around a model's name and number: what it is (`rocket`, `chip`) or what was done with it (`released`, `its predecessor`). */
const MODEL_NOUN_AFTER = /^[ \t]+(?:rockets?|phones?|smartphones?|consoles?|chips?|processors?|cpus?|devices?|computers?|pcs?|tablets?|laptops?|cameras?|cars?|models?|engines?|aircraft|jets?|spacecraft|capsules?|satellites?|launch(?:es)?|explosion|boards?)\b/i;
const MODEL_CUE_BEFORE = /\b(?:released|launched|unveiled|announced|introduced|new|latest|original|predecessor|successor|upgraded?)[ \t]+(?:the[ \t]+)?$/i;

function modelNumber(text: string, m: Mention): boolean {
  const x = MODEL_NUMBER_AFTER.exec(text.slice(m.end, m.end + 30));
  if (!x) return false;
  return MODEL_NOUN_AFTER.test(text.slice(m.end + x[0].length, m.end + x[0].length + 16)) || MODEL_CUE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

/** `Amazon's Aplenty brand`: what the maker owns is a brand of its own, no product. */
const BRAND_AFTER = /^[ \t]+brands?\b/;

/** A name that may be a model's: one guessed from no evidence or of common words, not an acronym (`CNET 100` is a list's). */
const model = (m: Mention) => (m.guess || m.lexical || m.phrase) && !m.acronym && !/^[\p{Lu}\p{N}\s.&-]+$/u.test(m.text);

/**
 * A product is no entity, here or elsewhere in the document: an unknown name right after its maker's
 * (`Microsoft's Media Centre`, `the Microsoft Xbox`), right before its kind (`the Xbox games console`) or its model's number (`Falcon 9`).
 */
function markProducts(text: string, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // (A given name alone before a device's kind is a product's too: `an Amazon Alexa device`; not `Fed's Yellen`.)
    const namedDevice = m.label === 'PERSON' && !m.text.includes(' ') && m.strength < 2 && PRODUCT_NOUN_AFTER.test(text.slice(m.end, m.end + 30));
    if (m.gazKind || (m.label === 'PERSON' && !namedDevice) || m.label === 'NORP' || m.label === 'PLACE' || (m.label && m.strength === 2)) continue;
    const prev = mentions[i - 1];
    // The maker owns it (`Microsoft's Media Centre`) or names it after `the` (`the Microsoft Xbox`).
    const between = text.slice(prev?.end ?? 0, m.start);
    const maker = prev?.gazKind === 'org' && !BRAND_AFTER.test(text.slice(m.end, m.end + 8)) && (/^['’]s[ \t]+$/.test(between) || (/^[ \t]+$/.test(between) && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, prev.start - 5), prev.start))));
    if (maker || PRODUCT_NOUN_AFTER.test(text.slice(m.end, m.end + 30)) || (model(m) && modelNumber(text, m))) Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: 'a product’s name' });
    // `the motor vessel Nyanda`, `the tanker Exxon Valdez`: a vessel named after its kind, no entity here or elsewhere.
    else if (VESSEL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: 'a vessel’s name' });
  }
}

/** `the Tuva government`, `Sindh authorities`: a name before its government is a place. */
const GOVERNMENT_AFTER = /^[ \t]+(?:government|authorities|governor|legislature)\b/;

function markGoverned(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.text.includes(' ') || m.label === 'NORP' || m.label === 'PLACE' || (m.label === 'PERSON' && m.strength === 2) || m.acronym) continue;
    if (GOVERNMENT_AFTER.test(text.slice(m.end, m.end + 16))) Object.assign(m, { label: 'PLACE', strength: 2, reason: 'a place: the name before its government', lexical: false, guess: false });
  }
}

/** `the Battle of Waterberg`, `the Siege of Sarajevo`: after these, the name is where it was fought. */
const BATTLE_BEFORE = /\b(?:Battle|Battles|Siege|Sack|Fall|Liberation) of (?:the )?$/;

function markBattlefields(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.label === 'NORP' || m.label === 'PLACE' || (m.label === 'PERSON' && m.strength === 2) || m.acronym) continue;
    if (BATTLE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) Object.assign(m, { label: 'PLACE', strength: 2, reason: 'a place: where a battle or a siege was', lexical: false, guess: false });
  }
}

/** `Mumbai (Bombay)`: one word in brackets right after a place the gazetteer knows is its other name, the same place. */
function markFormerNames(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.label === 'PLACE' || m.label === 'NORP' || m.text.includes(' ') || m.acronym || text[m.start - 1] !== '(' || text[m.end] !== ')') continue;
    const place = mentions.find((p) => p.end === m.start - 2 && p.label === 'PLACE' && p.gazKind && text[p.end] === ' ');
    if (place) Object.assign(m, { label: 'PLACE', strength: 2, canonical: place.canonical ?? place.text, reason: `another name of ${place.text}, in brackets after it`, lexical: false, guess: false });
  }
}

/**
 * `fires in the Amazon`, `the northern Amazon`, `the Amazon rainforest`: the company named after the river is the
 * region after `the` (or a compass word), before no name and no noun but the forest's; `the Amazon app` stays the company.
 */
const AMAZON_REGION_BEFORE = /(?:^|[^\p{L}])(?:the|[Cc]entral|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|Brazilian|Peruvian|Bolivian|Colombian)[ \t]+$/u;
const AMAZON_REGION_AFTER = /^(?:[ \t]*(?:[.,;:!?)]|$|\n)|[ \t]+(?:rainforest|rain forest|basin|river|region|jungle|forest|is|was|has|will|could|release|releases|and|in|to|of)\b)/;

const AMAZON_NOUN_AFTER = /^[ \t]+(?:rainforest|rain forest|basin|river|jungle)\b/;

function markRainforest(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.text !== 'Amazon' || m.label !== 'ORG') continue;
    // `Brazil’s Amazon rainforest`: before the forest's or the river's noun, whatever stands before it.
    if (AMAZON_NOUN_AFTER.test(text.slice(m.end, m.end + 12)) || (AMAZON_REGION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && AMAZON_REGION_AFTER.test(text.slice(m.end, m.end + 12)))) {
      Object.assign(m, { label: 'PLACE', strength: 2, gazKind: undefined, canonical: 'Amazon', reason: 'the Amazon: the region, after “the”', lexical: false, guess: false });
    }
  }
}

/**
 * `the Artemis moon program`, `the Galileo spacecraft`, `the Clipper mission`: a one-word name before a programme's or a
 * craft's noun names the programme or the craft, no person and no body, here or elsewhere in the document (resolve.ts
 * keeps the surname of a person the document names in full: `the Starmer project` beside `Keir Starmer`).
 */
export const PROGRAMME_NAME = 'a programme’s or a craft’s name';
const PROGRAMME_AFTER = /^[ \t]+(?:(?:moon|space|human|lunar|crewed|research)[ \t]+)?(?:program|programme|mission|missions|lander|spacecraft|rocket|probe|rover|project)\b/;

function markProgrammes(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    // A company written in camel case builds the craft or runs the project (`SpaceX rocket`, `WeWork project`).
    if (m.gazKind || m.acronym || m.text.includes(' ') || /\p{Ll}\p{Lu}/u.test(m.text) || m.label === 'NORP' || m.label === 'PLACE' || (m.label === 'PERSON' && m.strength === 2)) continue;
    if (PROGRAMME_AFTER.test(text.slice(m.end, m.end + 30))) Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: PROGRAMME_NAME });
  }
}

/** `the Moon`, `Earth's Moon`, `the Statehouse`: the capitalised word after these is the one place named so. */
const ONE_OF_A_KIND_BEFORE = /(?:(?:^|[^\p{L}])the|\bEarth['’]s)[ \t]+$/iu;
const ONE_OF_A_KIND = new Set(['Moon', 'Statehouse', 'Capitol']);

function markOneOfAKind(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (!ONE_OF_A_KIND.has(m.text) || !ONE_OF_A_KIND_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) || /^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) continue;
    Object.assign(m, { label: 'PLACE', strength: 2, reason: `the ${m.text}`, lexical: false, guess: false, surnameOnly: false, gazKind: m.text === 'Moon' ? 'body' : undefined });
  }
}

/** A kind of organisation right before a name: `the journal Current Biology`, `the band Keane`, `Japanese carmaker Nissan`. */
const ORG_KIND_BEFORE = /\b(?:journal|newspaper|tabloid|magazine|broadcaster|website|band|group|firm|company|carmaker|automaker|retailer|airline|bank|insurer|chain|label|studio|publisher|charity|club|party|brand)[ \t]+$/;
/** `apparel giant Patagonia`, `tech giant Apple`: an industry's word then `giant` (not `the giant Tāne Mahuta`, a tree). */
const INDUSTRY_GIANT_BEFORE = /(?:^|[^\p{L}])(?!(?:the|a|an|for|of|to|in|on|at|by|with|from|and|or|its|their|this|that)[ \t])[\p{Ll}-]{2,}[ \t]+giant[ \t]+$/u;

/** A periodical's kind right before its title. */
const PERIODICAL_BEFORE = /\b(?:journal|newspaper|tabloid|magazine)[ \t]+$/;
/** Capitalised words going on after a name (up to four). */
const TITLE_WORDS_AFTER = /^(?:[ \t]\p{Lu}[\p{L}&'’-]*){1,4}(?![\p{L}])/u;

/** The reason given to a name after its kind of organisation, by which the document's other mentions of it are found (resolve.ts). */
export const BY_KIND_BEFORE = 'a name after its kind of organisation';

/** A name after a kind of organisation is that organisation, and the document follows (strength 2). */
function markByKindBefore(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    // (`apparel giant Patagonia`, `retail giant Amazon`: a region's name is a company's after a kind of one.)
    const region = m.label === 'PLACE' && m.gazKind === 'region';
    if (m.gazKind === 'country' || m.gazKind === 'norp' || m.label === 'NORP' || (m.label && m.strength === 2 && m.label !== 'ORG' && !region) || m.noEntity) continue;
    if (!ORG_KIND_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) && !INDUSTRY_GIANT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    // `New York Times publisher A. G. Sulzberger`: a name opening with two initials is a person's.
    if (!m.gazKind && /^\p{Lu}\.\s?\p{Lu}\.\s\p{Lu}\p{Ll}/u.test(m.text)) continue;
    // `pv magazine Global`: a brand written in lowercase before the kind makes the kind part of its name, and the word
    // after it an edition's, not the organisation.
    const brand = /(?:^|[^\p{L}])(\p{Ll}+)[ \t]+\p{Ll}+[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (brand && !isCommonWord(brand[1])) continue;
    Object.assign(m, { label: 'ORG', strength: 2, reason: BY_KIND_BEFORE, lexical: false, guess: false, phrase: false, gazKind: undefined, canonical: m.gazKind ? undefined : m.canonical });
    // `the journal BMJ Case Reports`: a periodical's title runs over the capitalised words after the name, common ones too.
    const title = PERIODICAL_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) ? TITLE_WORDS_AFTER.exec(text.slice(m.end, m.end + 60)) : null;
    if (title) {
      const end = m.end + title[0].length;
      for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k] !== m && mentions[k].start >= m.end && mentions[k].start < end) mentions.splice(k, 1);
      Object.assign(m, { end, text: text.slice(m.start, end), canonical: undefined });
    }
  }
}

/** `the Manu Taupunga group`, `the D.A. Davidson brokerage`: after `the`, a name before its kind of organisation. */
const ORG_KIND_AFTER = /^[ \t]+(?:group|firm|brokerage|company|consultancy|agency|bank|chain|band|label|charity|publisher|retailer|carmaker|airline|broadcaster|newspaper|network)\b/;
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]+$/iu;

function markByKindAfter(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.gazKind || m.label === 'NORP' || m.label === 'PLACE' || (m.label && m.strength === 2 && m.label !== 'ORG') || m.noEntity || m.acronym) continue;
    if (THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) && ORG_KIND_AFTER.test(text.slice(m.end, m.end + 14))) {
      Object.assign(m, { label: 'ORG', strength: 2, reason: 'a name before its kind of organisation', lexical: false, guess: false, phrase: false, surnameOnly: false });
    }
  }
}

/**
 * A language picker's item: the language's own name, then its English name in brackets
 * and nothing else on the line (`Deutsch (German)`, `English (English)`, `简体中文 (Chinese (Simplified))`):
 * every people's name on it is a language's.
 */
const PICKER_ITEM = /^[^\s()]+(?:[ \t][^\s()]+)?[ \t]\(([A-Z][a-z]+)(?:[ \t]\([A-Z][a-z]+\))?\)$/u;

function isPickerItem(text: string): boolean {
  const item = PICKER_ITEM.exec(text.trim());
  return item !== null;
}

/** Words after a people's name that make it the language (`English lessons`, `Kazakh-language`). */
const LANGUAGE_NOUN_AFTER = /^(?:[ \t]+(?:language|languages|lessons|classes|courses|speakers|speaking|version|edition|translation|translations|teacher|teachers|term|terms|word|words|nickname|phrase|expression|proficiency|skills)\b|-(?:language|speaking)\b|[ \t]+as (?:your|the|my|its|their|our) (?:default |preferred )?language\b|[ \t]+(?:as|is) an? (?:second|foreign|additional|first|other) language\b)/i;
/** `in English.`, `speaks Russian,`: a language after these, with nothing it modifies. */
/** Verbs of learning, teaching and speaking a language. */
const LEARNING_VERBS = 'learn|learns|learning|learned|learnt|study|studies|studying|studied|teach|teaches|teaching|taught|speak|speaks|spoke|speaking';
const LANGUAGE_VERB_BEFORE = new RegExp(`\\b(?:in|into|spoken|${LEARNING_VERBS}|translated|fluent|inadequate|knowledge of)\\s+(?:no\\s+)?$`, 'i');

/**
 * A people's name used for its language is no entity: alone on a line (a menu of
 * editions), before a word of language (`English lessons`), or after `in`, `speaks`
 * with nothing after it (`written in English.`). `in Kazakh destiny` stays a people's.
 */
function isLanguageUse(text: string, m: Mention): boolean {
  if (m.label !== 'NORP' || m.text.includes(' ')) return false;
  const after = text.slice(m.end, m.end + 16);
  if (text.trim() === m.text || LANGUAGE_NOUN_AFTER.test(text.slice(m.end, m.end + 32)) || isPickerItem(text)) return true;
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  // `studying Japanese in Japan`, `Learn Japanese with our …`, `learning Japanese` ending its line: what is learnt is the language.
  if (LEARNING_BEFORE.test(before) && /^(?:[ \t]*(?:\n|$)|[ \t]+(?:in|with|at|for|from|online|abroad)\b)/.test(after)) return true;
  return LANGUAGE_VERB_BEFORE.test(before) && (LIST_ITEM_END.test(after) || /^\s*by\s/.test(after));
}

/** One of those verbs right before a language (`speaks no English`). */
const LEARNING_BEFORE = new RegExp(`\\b(?:${LEARNING_VERBS})\\s+(?:no\\s+)?$`, 'i');
