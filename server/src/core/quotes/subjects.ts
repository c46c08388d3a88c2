/**
 * Reading the words that name a speaker at a given place of a paragraph: an entity
 * mention, a pronoun (`he`), a role phrase (`the Chinese president`, `the ministry`),
 * or a capitalised name that the entity detector did not report.
 */
import type { Label } from '../types';
import { AUX, LISTED_APPOSITION, PERSON_ROLE, ORG_ROLE, SPEECH_VERB, KINDS_OF_BUSINESS_ROLE, ci, isPeopleWord } from './lexicon';

/** An entity mention of the paragraph, offsets relative to it. */
export interface ParaMention {
  start: number;
  end: number;
  label: Label;
}

/** Who the text says spoke, before it is linked to a mention of the document. */
export type Attribution =
  /** A PERSON or ORG mention (paragraph-relative offsets). */
  | { kind: 'mention'; start: number; end: number }
  | { kind: 'pronoun'; word: string }
  | { kind: 'role'; head: string; adjectives: string[]; org: boolean }
  /** The text names a speaker that is no PERSON/ORG mention (a place, a missed name): no link. */
  | { kind: 'unknown' }
  | { kind: 'none' };

/** The mentions of one paragraph, sorted, with constant-time look-ups by start and end. */
export class Mentions {
  readonly list: readonly ParaMention[];
  private readonly byStart = new Map<number, ParaMention>();
  private readonly byEnd = new Map<number, ParaMention>();

  constructor(mentions: readonly ParaMention[]) {
    this.list = [...mentions].sort((a, b) => a.start - b.start);
    for (const m of this.list) {
      this.byStart.set(m.start, m);
      this.byEnd.set(m.end, m);
    }
  }

  startingAt(p: number): ParaMention | undefined {
    return this.byStart.get(p);
  }

  endingAt(p: number): ParaMention | undefined {
    return this.byEnd.get(p);
  }

  /** The mention with `start < p < end` (or `<= end` when `inclusiveEnd`). */
  containing(p: number, inclusiveEnd = false): ParaMention | undefined {
    const i = this.firstAtOrAfter(p) - 1;
    const m = i >= 0 ? this.list[i] : undefined;
    return m && m.start < p && (p < m.end || (inclusiveEnd && p === m.end)) ? m : undefined;
  }

  /** Mentions starting in `[start, end)`. */
  startingIn(start: number, end: number): ParaMention[] {
    const out: ParaMention[] = [];
    for (let i = this.firstAtOrAfter(start); i < this.list.length && this.list[i].start < end; i++) out.push(this.list[i]);
    return out;
  }

  /** Index of the first mention with `start >= p`. */
  private firstAtOrAfter(p: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface Subject {
  attribution: Attribution;
  start: number;
  end: number;
}

const SPEAKER_LABELS: readonly Label[] = ['PERSON', 'ORG'];
const NAME = '\\p{Lu}[\\p{L}’\'.-]*';
const DET = `(${ci('the|its|their|his|her')}|${NAME}['’]s)`;
const ROLE = `(${ci(PERSON_ROLE)}|${ci(ORG_ROLE)})`;
/** What the role is `of` (`the president of Acme`), or a prosecutor's district (`attorney for Massachusetts`). */
const OF_NAME = `(?:\\s+(?:of|(?<=[Aa]ttorney\\s+)for)\\s+(?:${ci('the')}\\s+)?(${NAME}(?:\\s+${NAME}){0,3}))?`;
/** Ahead of the verb, the role's words may be initials (`the acting U.S. attorney for Massachusetts said`). */
const ROLE_AHEAD = new RegExp(`^${DET}\\s+((?:[\\p{L}’'.-]+\\s+){0,3}?)${ROLE}\\b${OF_NAME}`, 'u');
const ROLE_BEHIND = new RegExp(`(?<![\\p{L}])${DET}\\s+((?:[\\p{L}’'-]+\\s+){0,3}?)${ROLE}${OF_NAME}$`, 'u');
/** `her mother, Fiona`, `chief inspector Jennifer Mattinson`, `media and PR strategist Glen Yearwood`: lower-case words (and acronyms) describing the person named next. */
const DESCRIBED_AHEAD = /^(?:(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}’'.-]*['’]s)\s+)?(?:(?:[\p{Ll}’'-]+|\p{Lu}{2,4})\s+){0,3}[\p{Ll}’'-]+,?\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+)?/u;
const BARE_ROLE_AHEAD = new RegExp(`^(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${ROLE}\\s+`, 'u');
/** After a role without article, what it is of, in small letters, and a comma (`of the men’s team, `). */
const ROLE_OF_WHAT = /^of\s+the\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+,\s+/u;
/** A kind of body and its staff, no one named (`zoo officials`, `the airline's spokesman`). */
const KIND_STAFF_AHEAD = new RegExp(`^(?:the\\s+)?(${ci(KINDS_OF_BUSINESS_ROLE)})(?:['’]s)?\\s+(?:officials|staff|spokes(?:man|woman|person))(?=\\s+(?:${AUX}\\s+)?${SPEECH_VERB}\\b)`, 'u');
const BARE_SPOKES_AHEAD = /^an?\s+spokes(?:man|woman|person)\b(?!\s+(?:for|of|at|from|to|with)\b)/i;
/** Unnamed staff and `at` right before their employer (`economists at`, `an analyst at the`). */
const STAFF_AT_AHEAD = /^(?:(?:an?|the|two|three|several|some)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:economists?|analysts?|strategists?|researchers?|scientists?|officials?|executives?|lawyers?|traders?|experts?|engineers?|spokes(?:man|woman|person))\s+(?:at|from|with)\s+(?:the\s+)?/u;
/** Words that make the stretch before a name a clause of its own, not a description of the name. */
const STOP_WORDS_AHEAD = /\b(?:and|or|but|that|which|who|when|while|because|if|is|are|was|were|has|have|had|to|of|with|about|for|on|in|at)\b/i;
const CAPRUN_AHEAD = new RegExp(`^${NAME}(?:\\s+${NAME}){0,5}`, 'u');
const STOP_CAPS = /^(?:The|This|That|These|Those|It|They|We|I|A|An|In|On|At|As)$/;
const CAPNAME_AHEAD = new RegExp(`^${NAME}(?:\\s+${NAME}){0,3}`, 'u');
const CAPNAME_BEHIND = new RegExp(`${NAME}(?:\\s+${NAME}){0,3}$`, 'u');
const PRONOUN_AHEAD = /^(he|she|him|it)\b/i;
const PRONOUN_BEHIND = /\b(he|she|it)$/i;
const SPEECHISH = new RegExp(`\\b${SPEECH_VERB}\\b`, 'i');
// An auxiliary or an adverb between the subject and its verb (`Netanyahu strongly warned`).
// (Lowercase only: `Kelly said` ends in -ly but is a name.)
const AUX_BEHIND = new RegExp(`\\s+(?:${AUX}|[a-z]{3,}ly)$`);

const ORG_ROLE_RE = new RegExp(`^${ORG_ROLE}$`, 'i');

export function mentionAttribution(m: ParaMention): Attribution {
  return SPEAKER_LABELS.includes(m.label) ? { kind: 'mention', start: m.start, end: m.end } : { kind: 'unknown' };
}

function roleAttribution(det: string, adjs: string, head: string, of = ''): Attribution {
  // `his spokesman`, `their leader`: someone else than a named speaker; no link.
  if (/^(?:his|her|its|their)$/i.test(det)) return { kind: 'unknown' };
  const h = head.toLowerCase().replace(/\s+/g, ' ');
  // `the feminist writer and broadcaster`: a person's role joined to it makes the whole a person's.
  const org = ORG_ROLE_RE.test(h) && !PERSON_ROLE_AND.test(adjs);
  const owner = /^the$/i.test(det) ? '' : det.replace(/['’]s$/, '');
  const adjectives = `${owner} ${adjs} ${of}`
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .map((w) => w.toLowerCase());
  return { kind: 'role', head: h, adjectives, org };
}

/** `the ex-Wallaby`, `the former ex-Beatle`: a group's former member; `the 56-year-old`: a person by their age. */
const DESCRIBED_PERSON = String.raw`[Tt]he\s+(?:ex-\p{Lu}\p{L}+|\d{1,3}-year-old)`;
const DESCRIBED_PERSON_BEHIND = new RegExp(`(?<![\\p{L}])${DESCRIBED_PERSON}$`, 'u');
const DESCRIBED_PERSON_AHEAD = new RegExp(`^${DESCRIBED_PERSON}(?![\\p{L}-])`, 'u');
/** `the American said`, `said the Australian`: a people's word as one person's noun (not `the French`, `the Swiss`: a nation). */
const ONE_OF_A_PEOPLE = String.raw`[Tt]he\s+(\p{Lu}\p{Ll}+)`;
const ONE_OF_A_PEOPLE_BEHIND = new RegExp(`(?<![\\p{L}])${ONE_OF_A_PEOPLE}$`, 'u');
const ONE_OF_A_PEOPLE_AHEAD = new RegExp(`^${ONE_OF_A_PEOPLE}(?![\\p{L}-])`, 'u');

/** Someone described, not named (`the 56-year-old`, `the American`): the match of either pattern in `s`, or null. */
function describedPerson(described: RegExp, oneOfAPeople: RegExp, s: string): RegExpExecArray | null {
  const people = oneOfAPeople.exec(s);
  return described.exec(s) ?? (people && isPeopleWord(people[1]) && !/(?:ese|sh|ch|ss|s)$/.test(people[1]) ? people : null);
}

/** Words before a role's head ending in a person's role and `and` (`writer and`). */
const PERSON_ROLE_AND = new RegExp(`\\b${PERSON_ROLE}\\s+and\\s*$`, 'i');

const SPOKES = '(?:spokes(?:man|woman|person)|representative|official|source)';
/** `an FA spokesman`, `a Home Office spokeswoman`: the spokesman of an organisation speaks for it. */
const ORG_VOICE_AHEAD = new RegExp(`^((?:an?|the|one)\\s+)([^.;:!?"“”]{1,50}?)\\s+${SPOKES}\\b`, 'iu');
const ORG_VOICE_BEHIND = new RegExp(`(?<![\\p{L}])((?:an?|the|one)\\s+)([^.;:!?"“”]{1,50}?)\\s+${SPOKES}$`, 'iu');
/** `a spokesman for the Home Office`, `an official at the ministry`. */
const VOICE_FOR_AHEAD = new RegExp(`^(?:an?|the|one)\\s+${SPOKES}\\s+(?:for|of|at|from)\\s+(?:the\\s+)?`, 'iu');
const VOICE_FOR_BEHIND = new RegExp(`(?<![\\p{L}])(?:an?|the|one)\\s+${SPOKES}\\s+(?:for|of|at|from)\\s+(?:the\\s+)?[^.;:!?"“”]{1,60}$`, 'iu');

const orgSubject = (m: ParaMention | undefined): Subject | undefined =>
  m?.label === 'ORG' ? { attribution: mentionAttribution(m), start: m.start, end: m.end } : undefined;

/** The last ORG mention inside `[from, to)`: the organisation named before `spokesman`. */
function orgWithin(from: number, to: number, mentions: Mentions): Subject | undefined {
  const orgs = mentions.startingIn(from, to).filter((m) => m.label === 'ORG' && m.end <= to);
  return orgSubject(orgs[orgs.length - 1]);
}

/**
 * A spokesman speaking for an organisation the text names as an ORG mention is that
 * organisation (guidelines: an institution as speaker where the text gives one).
 */
function orgVoiceAhead(text: string, p: number, mentions: Mentions): Subject | undefined {
  const rest = text.slice(p, p + 120);
  const a = ORG_VOICE_AHEAD.exec(rest);
  if (a) return orgWithin(p + a[1].length, p + a[1].length + a[2].length, mentions);
  const f = VOICE_FOR_AHEAD.exec(rest);
  return f ? orgSubject(mentions.startingAt(p + f[0].length)) : undefined;
}

function orgVoiceBehind(text: string, p: number, mentions: Mentions): Subject | undefined {
  const before = text.slice(Math.max(0, p - 120), p);
  const base = p - before.length;
  const a = ORG_VOICE_BEHIND.exec(before);
  if (a) return orgWithin(base + a.index + a[1].length, base + a.index + a[1].length + a[2].length, mentions);
  return VOICE_FOR_BEHIND.test(before) ? orgSubject(mentions.endingAt(p)) : undefined;
}

/** A role written in capitals after an organisation's name, one word before its head at most (`Team Leader`, `Chief Economist`), or two joined by `and` (`Co-Owner and Lead Planner`). */
const CAPITAL_ROLE = new RegExp(`^\\s+(?:(?:\\p{Lu}[\\p{L}-]+\\s+)?${ci(PERSON_ROLE)}\\s+(?:and|&)\\s+)?(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:${ci(PERSON_ROLE)}|GM),?\\s+`, 'u');

/** A place's name and `-based` before a description (`Maryland-based`, `New York-based`). */
const BASED_AHEAD = /^\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,2}-based\s+(?=\p{Ll})/u;

/** The speaker named from `pos` on (title words skipped), with the offset where it ends. */
export function subjectAhead(text: string, pos: number, mentions: Mentions): Subject | undefined {
  let p = pos;
  while (p < text.length && /\s/.test(text[p])) p++;
  const rest = text.slice(p, p + 160);
  const ex = describedPerson(DESCRIBED_PERSON_AHEAD, ONE_OF_A_PEOPLE_AHEAD, rest);
  if (ex) return { attribution: { kind: 'role', head: 'member', adjectives: [], org: false }, start: p, end: p + ex[0].length };
  const voice = orgVoiceAhead(text, p, mentions);
  if (voice) return voice;
  // `noted Maryland-based product liability lawyer Jim Dunham`: where the one described is based opens the description.
  const based = BASED_AHEAD.exec(rest);
  const basedSubject = based && subjectAhead(text, p + based[0].length, mentions);
  if (basedSubject && basedSubject.attribution.kind === 'mention') return basedSubject;
  // `said Smith’s lawyer, John Doe`, `Mr Kashyap's lawyer Mihir Desai said`: the one the name's possessive names spoke (named
  // after the role, or no one named).
  const owner = mentions.startingAt(p);
  const owned = owner && /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)/u.exec(text.slice(owner.end, owner.end + 40));
  if (owner && owned && PERSON_OF.test(owned[1])) {
    const role = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,?\s+/u.exec(text.slice(owner.end, owner.end + 40));
    const named = role && mentions.startingAt(owner.end + role[0].length);
    if (named && named.label === 'PERSON') return { attribution: mentionAttribution(named), start: named.start, end: named.end };
    return { attribution: { kind: 'unknown' }, start: p, end: owner.end };
  }
  // `declared Kasabian's singer Tom Meighan`: after the possessive, a role in lowercase words, then the person who holds it.
  const ownedRole = owner && /^['’]s\s+(?:[\p{Ll}/-]+\s+){1,3}/u.exec(text.slice(owner.end, owner.end + 60));
  const roleHolder = ownedRole && mentions.startingAt(owner!.end + ownedRole[0].length);
  if (roleHolder?.label === 'PERSON') return { attribution: mentionAttribution(roleHolder), start: roleHolder.start, end: roleHolder.end };
  // `NPR's Debbie Elliot reported`, `Labour's John Prescott said`: the person the name's possessive is before; so too after an
  // owner read as no name (`said theCUBE’s Savannah Peterson`, a brand in small letters first).
  const ownerEnd = owner ? owner.end : p + (/^[\p{L}\p{N}.&-]+(?=['’]s\s)/u.exec(rest)?.[0].length ?? 0);
  const ownedName = ownerEnd > p ? /^['’]s\s+/.exec(text.slice(ownerEnd, ownerEnd + 4)) : null;
  const ownedPerson = ownedName && mentions.startingAt(ownerEnd + ownedName[0].length);
  if (ownedPerson?.label === 'PERSON') return { attribution: mentionAttribution(ownedPerson), start: ownedPerson.start, end: ownedPerson.end };
  // A run of capitalised words (`Kazakh President Kassym-Jomart Tokayev`): its person or organisation.
  const run = CAPRUN_AHEAD.exec(rest);
  if (run) {
    const m = mentions.startingIn(p, p + run[0].length).find((x) => SPEAKER_LABELS.includes(x.label));
    // `said EFF lawyer Kurt Opsahl`, `said EEF chief economist, Steve Radley`: an organisation's role word, then the person who holds it;
    // a role in capitals too (`explains SciSpacE Team Leader Jennifer Ngo-Anh`).
    // (A body read as a person's name too, `Estera Events Co-Owner and Lead Planner Erica Vanco`: a role in capitals, then the person.)
    // (The role may take three words, `said MIT computer science professor Aleksander Madry`, and be glued to the name in
    // scraped text, `said MIT Sloan professorThomas W. Malone`.)
    const role = m?.label === 'ORG' ? (/^\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?(?:\s+|(?=\p{Lu}\p{Ll}))/u.exec(text.slice(m.end, m.end + 40)) ?? CAPITAL_ROLE.exec(text.slice(m.end, m.end + 40))) : m?.label === 'PERSON' ? CAPITAL_ROLE.exec(text.slice(m.end, m.end + 50)) : null;
    const holder = role && mentions.startingAt(m!.end + role[0].length);
    if (holder?.label === 'PERSON') return { attribution: mentionAttribution(holder), start: holder.start, end: holder.end };
    if (m) return { attribution: mentionAttribution(m), start: m.start, end: m.end };
  }
  const direct = mentions.startingAt(p);
  // A people's name first (`said Kazakh team captain X`) is the role's adjective, not the speaker.
  if (direct && SPEAKER_LABELS.includes(direct.label)) return { attribution: mentionAttribution(direct), start: p, end: direct.end };
  // `according to the New Zealand Department of Conservation`: an organisation after its article.
  const article = /^the\s+/i.exec(rest);
  const named = article && mentions.startingAt(p + article[0].length);
  if (named && named.label === 'ORG') return { attribution: mentionAttribution(named), start: named.start, end: named.end };
  // `says president David Weisbrot`, `said club chairman John Smith`: a role without article, then the name.
  const bare = BARE_ROLE_AHEAD.exec(rest);
  // A capitalised first word is a people's adjective (`said Kazakh team captain X`), not a sentence's start (`Referees chief X believes`).
  const peopleFirst = !bare || !/^\p{Lu}/u.test(bare[0]) || isPeopleWord(bare[0].split(/\s+/)[0]);
  const titled = bare && peopleFirst && mentions.startingAt(p + bare[0].length);
  if (titled && SPEAKER_LABELS.includes(titled.label)) return { attribution: mentionAttribution(titled), start: titled.start, end: titled.end };
  // `said head coach of the men’s team, Dwayne Killings`: the role's team or body in small letters, a comma, then the name.
  const ofWhat = bare && peopleFirst && ROLE_OF_WHAT.exec(text.slice(p + bare[0].length, p + bare[0].length + 60));
  const holder = ofWhat ? mentions.startingAt(p + bare![0].length + ofWhat[0].length) : undefined;
  if (holder?.label === 'PERSON') return { attribution: mentionAttribution(holder), start: holder.start, end: holder.end };
  // `said economists at Goldman Sachs`, `said an analyst at Grant Thornton`: no one named, their employer speaks.
  const staff = STAFF_AT_AHEAD.exec(rest);
  const employer = staff && mentions.startingAt(p + staff[0].length);
  if (employer && employer.label === 'ORG') return { attribution: mentionAttribution(employer), start: employer.start, end: employer.end };
  const described = DESCRIBED_AHEAD.exec(rest);
  // `media and PR strategist Glen Yearwood`: an `and` joining two descriptions, not two people.
  const person = described && !STOP_WORDS_AHEAD.test(described[0].replace(/\band\s+(?=\S+\s+\S)/, '')) && mentions.startingAt(p + described[0].length);
  if (person && person.label === 'PERSON') return { attribution: mentionAttribution(person), start: person.start, end: person.end };
  const pro = PRONOUN_AHEAD.exec(rest);
  if (pro) return { attribution: { kind: 'pronoun', word: pro[1].toLowerCase() }, start: p, end: p + pro[0].length };
  // `LNM said it welcomed … "…," a spokesman told BBC News`: a spokesman of no one named speaks for the organisation `it` is.
  const spokes = BARE_SPOKES_AHEAD.exec(rest);
  if (spokes) return { attribution: { kind: 'pronoun', word: 'it' }, start: p, end: p + spokes[0].length };
  // `“…,” zoo officials said`: the staff of a kind of body, unnamed, speak for the body of that kind.
  const kindStaff = KIND_STAFF_AHEAD.exec(rest);
  if (kindStaff) return { attribution: roleAttribution('the', '', kindStaff[1]), start: p, end: p + kindStaff[0].length };
  const role = ROLE_AHEAD.exec(rest);
  if (role) {
    // `the Russian President Vladimir Putin`: the name after the role phrase.
    let after = p + role[0].length;
    while (after < text.length && /[\s,]/.test(text[after])) after++;
    const named = mentions.startingAt(after);
    if (named && SPEAKER_LABELS.includes(named.label)) return { attribution: mentionAttribution(named), start: after, end: named.end };
    return { attribution: roleAttribution(role[1], role[2], role[3], role[4]), start: p, end: p + role[0].length };
  }
  const cap = CAPNAME_AHEAD.exec(rest);
  if (cap && !STOP_CAPS.test(cap[0])) {
    // A name the entity detector did not report (or one inside a longer mention).
    const inside = mentions.containing(p);
    if (inside) return { attribution: mentionAttribution(inside), start: inside.start, end: inside.end };
    return { attribution: { kind: 'unknown' }, start: p, end: p + cap[0].length };
  }
  return undefined;
}

/** The speaker named just before `pos` (auxiliaries such as `has also` skipped). */
/** Who may speak for someone named before them: `Smith’s lawyer`, `the minister’s spokeswoman`. */
const PERSON_OF = /^(?:lawyer|lawyers|attorney|attorneys|spokes(?:man|woman|person)|aide|aides|adviser|advisor|representative|agent|publicist|wife|husband|son|daughter|mother|father|brother|sister|friend|friends|colleague|colleagues|family|relatives|manager|assistant|secretary|deputy|counsel)$/;

/** `a source close to`, `people familiar with`: right before a name, someone else is speaking. */
const CLOSE_TO = /\b(?:close to|familiar with|near to|allied with|loyal to)\s+(?:the\s+)?$/i;

/**
 * `Ailes videotaped her in a garter belt and told her: “…”`: the verb right after `and` shares the subject of the verb
 * before it, the last person or body of the clause followed by a verb in the past or present (`Luhn says,` set off by
 * commas is an aside, no subject). Undefined when no such name stands in the clause.
 */
export function coordinatedSubject(text: string, verbAt: number, mentions: Mentions): Subject | undefined {
  const before = text.slice(Math.max(0, verbAt - 200), verbAt);
  if (!/\band\s+$/.test(before)) return undefined;
  const from = verbAt - before.length + Math.max(...['.', '!', '?', ';', '(', '\n', '“', '"'].map((c) => before.lastIndexOf(c) + 1));
  let found: ParaMention | undefined;
  for (const m of mentions.startingIn(from, verbAt)) {
    if (m.end >= verbAt || (m.label !== 'PERSON' && m.label !== 'ORG')) continue;
    if (/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|s)\b(?!,)/u.test(text.slice(m.end, m.end + 30))) found = m;
  }
  return found && { attribution: mentionAttribution(found), start: found.start, end: found.end };
}

/** Back from `pos` over spaces and the auxiliaries of a verb (`has`, `would have`). */
function stepOverAux(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    while (p > 0 && /\s/.test(text[p - 1])) p--;
    const aux = AUX_BEHIND.exec(' ' + text.slice(Math.max(0, p - 24), p));
    if (!aux) return p;
    p -= aux[0].length - 1;
  }
}

/** `, 54,`, `, the firm's chief,`, `, the U.S. commander,`: an apposition before the verb (an abbreviation's full stops in it). */
const APPOSITION_BEHIND = /,((?:[^,;:.!?"“”«»]|\.(?=\p{L})|(?<=[\s.]\p{Lu})\.){1,110}),\s*$/u;

/** An apposition whose words list with commas, before the verb. */
const APPOSITION_LIST_BEHIND = new RegExp(`,(${LISTED_APPOSITION}),\\s*$`, 'u');

export function subjectBehind(text: string, pos: number, mentions: Mentions, apposition = false): Subject | undefined {
  let p = stepOverAux(text, pos);
  if (apposition) {
    // `Smith, 54, said` / `Smith, the firm's chief, said`: step over the apposition (and the verb's auxiliaries:
    // `The new President, Viktor Yushchenko, has said`).
    // `The Oscar-nominated actor, whose films include Schindler's List, … and Star Wars: The Phantom Menace, said`: a relative
    // clause set off by commas, whatever commas and colons it holds.
    let m = APPOSITION_BEHIND.exec(text.slice(Math.max(0, p - 120), p)) ?? /,(\s+(?:who|whose)\s[^;.!?"“”«»\n]{1,200}),\s*$/.exec(text.slice(Math.max(0, p - 220), p));
    // `Nathaniel Pieper, senior vice president of fleet, finances and alliances at Alaska, said`: a role whose words list
    // with commas, where the last part alone stands after no person.
    const person = (x: RegExpExecArray) => mentions.endingAt(stepOverAux(text, p - x[0].length))?.label === 'PERSON';
    const listed = m && !person(m) ? APPOSITION_LIST_BEHIND.exec(text.slice(Math.max(0, p - 200), p)) : null;
    if (listed && person(listed)) m = listed;
    if (!m || SPEECHISH.test(m[1])) return undefined;
    // `The leader of Ennahda, Rachid Ghannouchi, condemned …`: the name set off by commas is the speaker.
    const inner = p - m[0].length + 1 + m[1].replace(/\s+$/, '').length;
    const named = mentions.endingAt(inner);
    if (named?.label === 'PERSON' && named.start >= p - m[0].length) return { attribution: mentionAttribution(named), start: named.start, end: named.end };
    p = stepOverAux(text, p - m[0].length);
  }
  const voice = orgVoiceBehind(text, p, mentions);
  if (voice) return voice;
  // `a lawsuit with ZeniMax Media, which accuses …`: the relative pronoun's antecedent speaks; so does the name before a
  // body's lowercase kind (`the Obama administration, which has spoken about …`, `Netanyahu’s Likud party, which …`).
  const rel = /(?:\s+(?:administration|government|party|campaign|team|company|group|firm))?,\s+(?:which|who)\s*$/.exec(text.slice(Math.max(0, p - 30), p));
  const antecedent = rel && mentions.endingAt(p - rel[0].length);
  if (antecedent) return { attribution: mentionAttribution(antecedent), start: antecedent.start, end: p };
  // `the ex-Wallaby added`, `the ex-Beatle said`, `the 56-year-old said`: a former member of a side or a band, someone by
  // their age, is a person, not the group named; so is one of a people (`the American said`).
  const ex = describedPerson(DESCRIBED_PERSON_BEHIND, ONE_OF_A_PEOPLE_BEHIND, text.slice(Math.max(0, p - 40), p));
  if (ex) return { attribution: { kind: 'role', head: 'member', adjectives: [], org: false }, start: p - ex[0].length, end: p };
  // `gay group OutRage! said`: a name's own exclamation mark inside the sentence.
  const direct = mentions.endingAt(p) ?? (text[p - 1] === '!' ? mentions.endingAt(p - 1) : undefined);
  if (direct) {
    // `Nick Van den Brul of BNP Paribas described …`, `Brett Lock of gay group OutRage! said …`, `Matthew Herren from
    // EduVision told …`: the person before `of` (`from`, `at`)
    // (and the kind of body) is the subject, not where he works.
    // (`Joost van Hoof of the Netherlands’ Fontys University … writes`: a place's possessive between.)
    const of = /\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, direct.start - 60), direct.start));
    const owner = of && mentions.endingAt(direct.start - of[0].length);
    if (owner?.label === 'PERSON') return { attribution: mentionAttribution(owner), start: owner.start, end: p };
    // `Ahmed Lamrani, an analyst at Stratfor, a Texas-based firm, told …`: the person whose role sets the body off speaks.
    const role = direct.label === 'ORG' ? /,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){1,4}(?:of|at|from|for|with)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, direct.start - 80), direct.start)) : null;
    const holder = role && mentions.endingAt(direct.start - role[0].length);
    if (holder?.label === 'PERSON') return { attribution: mentionAttribution(holder), start: holder.start, end: p };
    // `a source close to Smith told …`: someone near the name spoke, not the name.
    if (CLOSE_TO.test(text.slice(Math.max(0, direct.start - 30), direct.start))) return { attribution: { kind: 'unknown' }, start: direct.start, end: p };
    return { attribution: mentionAttribution(direct), start: direct.start, end: p };
  }
  const before = text.slice(Math.max(0, p - 160), p);
  const pro = PRONOUN_BEHIND.exec(before);
  if (pro) return { attribution: { kind: 'pronoun', word: pro[1].toLowerCase() }, start: p - pro[1].length, end: p };
  const role = ROLE_BEHIND.exec(before);
  if (role) return { attribution: roleAttribution(role[1], role[2], role[3], role[4]), start: p - role[0].length, end: p };
  const cap = CAPNAME_BEHIND.exec(before);
  if (cap && !STOP_CAPS.test(cap[0])) {
    const inside = mentions.containing(p, true);
    if (inside) return { attribution: mentionAttribution(inside), start: inside.start, end: inside.end };
    return { attribution: { kind: 'unknown' }, start: p - cap[0].length, end: p };
  }
  return undefined;
}
