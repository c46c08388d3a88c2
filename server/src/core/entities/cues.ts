/**
 * Context cues around a candidate name, read from the paragraph's tokens: a verb of
 * speech after or before it, a title or role before it, an apposition with a title,
 * a place preposition, a credit line, a byline.
 */
import type { Token } from './tokenize';
import { ARRIVAL_WORDS, CREDIT_CUES, MOTION_WORDS, PERSONAL_VERBS, PLACE_KIND_NOUNS, PLACE_PREPOSITIONS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from './vocabulary';

const AUX = new Set(['also', 'has', 'have', 'had', 'then', 'further', 'again', 'later', 'once', 'was', 'is', 'will', 'would', 'recently', 'strongly', 'highly', 'firmly', 'earlier']);
const APPOSITION_FILLERS = new Set(['the', 'a', 'an', 'official', 'former', 'current', 'acting', 'first', 'deputy', 'then', 'our', 'its', 'his', 'her', 'their', 'chief', 'senior', 'newly', 'appointed', 'elected']);

const word = (t: Token | undefined, lower = true) => (t && t.kind === 'word' && (!lower || !t.cap) ? t.text.toLowerCase() : undefined);

/**
 * `X said`, `X also stressed`, `said X`. `first`/`end` are token indices of the name.
 * With `personal`, only verbs that organisations rarely take (`said`, `stressed`, not `announced`).
 */
export function speechCue(tokens: readonly Token[], first: number, end: number, personal = false): boolean {
  const verbs = personal ? PERSONAL_VERBS : SPEECH_VERBS;
  for (let k = end, skipped = 0; k < tokens.length && skipped <= 2; k++, skipped++) {
    const w = word(tokens[k]);
    if (!w) break;
    if (verbs.has(w)) return true;
    if (!AUX.has(w)) break;
  }
  const before = word(tokens[first - 1]);
  // `told Agence France Press`: after a verb of telling the name is who was told, not who spoke.
  return before !== undefined && verbs.has(before) && !TOLD.has(before);
}

/** `as if Rowling knew she was producing …`: a mind's verb after the name, then `he` or `she` beginning what it holds. */
export function mindCue(tokens: readonly Token[], end: number): boolean {
  const then = word(tokens[end + 1]);
  return (then === 'she' || then === 'he') && MIND_VERBS.has(word(tokens[end]) ?? '');
}

/** Verbs of a mind, which a body rarely takes before `he` or `she`. */
const MIND_VERBS = new Set(['knew', 'knows', 'felt', 'feels', 'realised', 'realized', 'realises', 'realizes', 'hoped', 'hopes', 'feared', 'fears', 'wished', 'wishes', 'thought', 'thinks', 'believed', 'believes', 'decided', 'decides', 'admitted', 'admits', 'remembered', 'remembers']);

const TOLD = new Set(['told', 'tells', 'telling', 'tell', 'asked', 'asks', 'urged', 'urges', 'warned', 'warns', 'reminded', 'assured', 'informed', 'thanked']);

/** `the Amu Darya river`, `Ulytau region`: a lowercase geographic noun after a name. */
export function geoNounAfter(tokens: readonly Token[], end: number): boolean {
  const w = word(tokens[end]);
  // `from Edo state`: a federation's state right after its name (not `the state gas firm` after a comma).
  return w !== undefined && (GEO_NOUNS.has(w) || GEO_NOUNS.has(w.replace(/s$/, '')) || w === 'state');
}

/** `Abydos, a “lost city” they believe …`, `Pātaua, a small village`: a name set off by a comma before a geographic noun. */
export function geoAppositionAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[end + 1]?.text ?? '')) return false;
  for (let k = end + 2, n = 0; k < tokens.length && n < 4; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && /^[“"‘']$/.test(t.text)) continue;
    if (t.kind !== 'word' || t.cap) return false;
    if (GEO_NOUNS.has(t.text)) return true;
    n++;
  }
  return false;
}

/** `the Abai, Akmola and Aktobe regions`: a plural geographic noun after a list of names. */
export function pluralGeoNounAfter(text: string, at: number): boolean {
  const m = /^\s+(\p{Ll}+)s\b/u.exec(text.slice(at, at + 20));
  return !!m && GEO_NOUNS.has(m[1]);
}
/** `in towns and cities including Cardiff, Bangor and Wrexham`, `countries such as`: a plural geographic noun right before a list of names. */
export function pluralGeoNounBefore(text: string, at: number): boolean {
  const m = /(?:^|\s)(\p{Ll}+)s,?\s+(?:including|such as|like|namely|in|from|of)?\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return false;
  // `towns` → town, `cities` → city, `countries` → country.
  const singular = m[1].endsWith('ie') ? `${m[1].slice(0, -2)}y` : m[1];
  return GEO_NOUNS.has(singular) || LISTED_PLACE_KINDS.has(singular);
}
/** Kinds of place a list is introduced by besides the geographic nouns (`countries such as …`). */
const LISTED_PLACE_KINDS = new Set(['country', 'nation', 'state']);
const GEO_NOUNS = new Set(['river', 'lake', 'sea', 'mountains', 'mountain', 'region', 'province', 'district', 'oblast', 'valley', 'desert', 'island', 'peninsula', 'city', 'town', 'village', 'field', 'oblast', 'reservoir', 'canyon', 'gorge', 'hill', 'hills', 'plain', 'plains', 'plateau', 'basin', 'ridge', 'creek', 'coast', 'forest', 'bay', 'volcano', 'beach', 'area', 'county', 'prefecture', 'governorate', 'municipality', 'township', 'suburb', 'archipelago', 'neighborhood', 'neighbourhood', 'tract', 'upazila', 'thana', 'tehsil', 'taluk']);

/** A title or role word right before the name (`laureate Ben Bernanke`, `minister … Kairat Omarov`). */
export function roleBefore(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first - 1];
  if (!t || t.kind !== 'word') return false;
  const w = t.text.toLowerCase();
  // (`nutritionist Anju Mobin`, `dietitian Trista Best`: a trade's word too.)
  return ROLE_NOUNS.has(w) || TITLES.has(w) || (TRADE_WORD.test(w) && !NOT_TRADES.has(w));
}
/** Trades' words by their endings (`nutritionist`, `dietitian`, `physician`), and words so ending that name no trade. */
const TRADE_WORD = /\p{Ll}(?:ist|itian|ician)$/u;
const NOT_TRADES = new Set(['list', 'exist', 'insist', 'persist', 'resist', 'assist', 'consist', 'subsist', 'desist', 'twist', 'wrist', 'fist', 'mist', 'gist', 'whilst', 'amidst', 'midst', 'playlist', 'shortlist', 'checklist', 'wishlist', 'waitlist', 'blacklist', 'whitelist']);

/** `Name, official spokesperson of …`, `Name, the Chairman of …`. */
export function appositionAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  for (let k = end + 1, n = 0; k < tokens.length && n < 4; k++, n++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    const w = t.text.toLowerCase();
    if (TITLES.has(w) || ROLE_NOUNS.has(w)) return true;
    // `Robertson, the U.S. commander, said`: a country's initials describe the role.
    if (!APPOSITION_FILLERS.has(w) && t.cap && !/^(?:\p{Lu}\.){2,3}$/u.test(t.text)) return false;
  }
  return false;
}

/** Roles a body is rarely said to be (`leader`, `partner`, `host` are left out). */
const PREDICATE_ROLES = new Set([...ROLE_NOUNS].filter((w) => !['leader', 'partner', 'champion', 'host', 'agent', 'model', 'head', 'player', 'founder', 'colleague', 'counterpart', 'predecessor', 'successor', 'general', 'deputies', 'detectives', 'chief', 'representative'].includes(w)));

/** `Piers Freelove is senior benefit officer`, `… was a spokesman for`: the name is what a role is said of. */
export function roleAfterCopula(tokens: readonly Token[], end: number): boolean {
  if (!/^(?:is|was)$/.test(tokens[end]?.text ?? '')) return false;
  for (let k = end + 1; k < tokens.length && k <= end + 5; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.cap) return false;
    const w = t.text.toLowerCase();
    // The role ends its noun: punctuation or a preposition follows (not `officer training`).
    if (PREDICATE_ROLES.has(w)) return tokens[k + 1]?.kind !== 'word' || /^(?:of|for|at|on|in|with|to|and|who|since)$/.test(tokens[k + 1].text);
  }
  return false;
}

/** `the residents of Engerwitzdorf`, `the people of Gaza`: who lives in a place is of the place. */
const RESIDENTS = new Set(['residents', 'inhabitants', 'citizens', 'people', 'villagers', 'townspeople', 'townsfolk', 'natives']);

/** `in Atyrau`, `visit to Turkistan`, `the people of Engerwitzdorf`: a lone name after these is a place. */
export function placeCue(tokens: readonly Token[], first: number): boolean {
  const w = word(tokens[first - 1]);
  if (!w) return false;
  // `More in Trending`, `More in Politics`: a menu's link to a section, no place.
  if (PLACE_PREPOSITIONS.has(w)) return !(first === 2 && /^More$/i.test(tokens[0].text));
  // `eastern Northland`, `north-west Tasmania`: a lowercase direction before a name.
  if (/^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|(?:north|south)-?(?:east|west)ern)$/.test(w) && w !== 'north' && w !== 'south' && w !== 'east' && w !== 'west') return true;
  if (w === 'of' && (PLACE_KIND_NOUNS.has(word(tokens[first - 2]) ?? '') || RESIDENTS.has(word(tokens[first - 2]) ?? ''))) return true;
  if (w === 'at') return ARRIVAL_WORDS.has(word(tokens[first - 2]) ?? '');
  // `east of Vanderbilt`, `miles north-west of Ozark`: a direction of a name.
  if (w === 'of' && DIRECTION.test(word(tokens[first - 2]) ?? '')) return true;
  // `I came from Brixton`, `she hails from Tamaterau`: where one comes from.
  if (w === 'from' && ORIGIN_WORDS.has(word(tokens[first - 2]) ?? '')) return true;
  // `in Auburn and Blacktown`: a lone name joined to one after a place preposition.
  if (w === 'and' && tokens[first - 2]?.kind === 'word' && tokens[first - 2].cap && word(tokens[first - 3]) !== undefined && PLACE_PREPOSITIONS.has(word(tokens[first - 3])!)) return true;
  return w === 'to' && MOTION_WORDS.has(word(tokens[first - 2]) ?? '');
}

/** Words before `in` that make what follows a place, whatever its words (`based in Coral Gables`, `born in Grand Rapids`). */
const SITED = new Set(['based', 'located', 'headquartered', 'office', 'offices', 'born', 'raised', 'situated']);

/** `a firm based in Coral Gables`, `our office in Coral Gables`, `grew up in Grand Rapids`: a name of any words after these is a place. */
export function sitedIn(tokens: readonly Token[], first: number): boolean {
  if (word(tokens[first - 1]) !== 'in') return false;
  const before = word(tokens[first - 2]);
  return before === 'up' ? word(tokens[first - 3]) === 'grew' : SITED.has(before ?? '');
}

const DIRECTION = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;
/** Verbs of coming from a place (`came from Brixton`). */
const ORIGIN_WORDS = new Set(['came', 'comes', 'hails', 'hailed', 'hailing']);

/** `Images | X`, `Photo credit: X`, `via X`, `cites X`: X is the organisation credited. */
export function creditCue(tokens: readonly Token[], first: number): boolean {
  const p = tokens[first - 1];
  if (!p) return false;
  if (p.kind === 'word') return !p.cap && CREDIT_CUES.has(p.text.toLowerCase());
  if (p.text !== '|' && p.text !== ':') return false;
  const w = tokens[first - 2];
  return !!w && w.kind === 'word' && CREDIT_CUES.has(w.text.toLowerCase());
}

/** `By Kanat Tumysh, Ambassador …` at the start of a line. */
export function bylineCue(tokens: readonly Token[], first: number): boolean {
  return first === 1 && tokens[0].text === 'By';
}

/**
 * Surname endings common in Slavic, Turkic, Caucasian, Greek and Romanian names, and Spanish patronymics
 * (`Hernández`, `Rodriguez`, `Vázquez`: `-ez` after an accented vowel, or `-ndez`, `-guez`, `-quez`).
 */
const SURNAME = /\p{Ll}(?:ov|ova|ev|eva|yev|yeva|enko|sky|ski|skiy|vich|ovic|ović|escu|opoulos|shvili|dze|oglu|oğlu|zadeh|ndez|guez|quez)$|^\p{Lu}\p{Ll}*[áéíóú]\p{Ll}*ez$/u;
export const looksLikeSurname = (w: string): boolean => SURNAME.test(w);
