/**
 * Candidate finding: runs of capitalised words in a paragraph ("chunks"), with the
 * connectors that may sit inside a name (`of`, `for`, `and`, `the`, `on`, `in` …).
 * Within a chunk, gazetteer names (longest match) and title phrases are single units.
 */
import { PHOTO_CREDIT_WORD, PHOTO_NOUN } from '../text';
import type { Token } from './tokenize';
import { gazetteer, type GazEntry } from './gazetteer';
import { nameKey } from './keys';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';
import { famousFullName } from './famous-people';
import { ORG_LEAD_HEADS, ORG_TAIL_HEADS } from './org-words';
import { CONNECTORS, COUNT_WORD, FUNCTION_WORDS, isHonorific, MONTHS, MULTI_TITLES, FUNCTION_GIVEN_NAMES, FUNCTION_SURNAMES, NAME_PARTICLES, NO_ENTITY_WORDS, ROLE_NOUNS, SAINT_WORD, SAINTS_INSTITUTIONS, SAINTS_STREETS, TITLES, WEEKDAYS } from './vocabulary';

export type UnitKind = 'word' | 'gaz' | 'title' | 'conn';

export interface Unit {
  kind: UnitKind;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  /** Index of the unit's first token. */
  tok: number;
  /** Index just past its last token. */
  tokEnd: number;
  gaz?: GazEntry;
  /** The first token opens a sentence (or the line is a title-case heading). */
  initial: boolean;
  /** All capitals (`CSTO`, `ASTANA`). */
  caps: boolean;
}

/** Verbs in the past a sentence goes on with after its subject's name (`Will Smith made …`). */
const PAST_AFTER_NAME = /^(?:\p{Ll}{2,}ed|made|said|was|had|has|is|says|won|took|told|became|went)$/u;

/** Two words that name no entity though each reads as a name: `El Niño`, `La Niña` (the weather's), `American football` (a sport). */
const NO_ENTITY_PAIRS: readonly [RegExp, RegExp][] = [[/^(?:El|La)$/, /^Ni[ñn][oa]$/], [/^(?:American|Gaelic)$/, /^[Ff]ootball$/]];
/** Feasts of the year, named in no body's nor person's name. */
const FEASTS = /^(?:Christmas|Easter|Halloween|Thanksgiving)$/;
/** Months that are also surnames (`Theresa May`, `Brian May`, `Tony June`). */
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);
/** Months' abbreviations that are also words of names (`Del Mar`). */
const MONTH_ABBREVIATIONS = new Set(['Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
/** Months that are given names too (`April Glaser`, `June Carter`). */
const MONTH_GIVEN_NAMES = new Set(['April', 'May', 'June']);

/** How a caption says where its picture came from (`Submitted photo`, `File photo`). */
const PHOTO_CREDIT_WORDS = new RegExp(`^${PHOTO_CREDIT_WORD}$`);
const PHOTO_NOUN_AFTER = new RegExp(String.raw`^\s+${PHOTO_NOUN}\b`, 'i');

/** A time stamp's word (`Updated Nov 13, 2019`, `Posted: 10:28am`) and what follows it: a date, a time or a weekday. */
const STAMP_WORDS = /^(?:Updated|Posted|Published|Modified)$/;
const STAMP_DATE_AFTER = /^:?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?[\s,])/;

/** Words that name a day with its weekday (`Black Friday`, `Cyber Monday`, `Good Friday`, `Super Tuesday`). */
const DAY_NAME_WORDS = new Set(['Black', 'Cyber', 'Good', 'Super', 'Ash', 'Easter', 'Palm', 'Holy', 'Maundy', 'Shrove', 'Whit', 'Fat', 'Giving']);
const WEEKDAY_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** `Apr-Sep`, `Jan–Mar`: months joined by a dash, a period of the year. */
const isMonthRange = (lower: string): boolean => {
  const dash = lower.search(/[-–]/);
  return dash > 0 && MONTHS.has(lower.slice(0, dash)) && MONTHS.has(lower.slice(dash + 1));
};

/** A possessive's ending, not a contraction's (`WE’VE`). */
const isPossessive = (t: Token | undefined): boolean => t?.kind === 'pos' && /^(?:['’][sS]|['’])$/.test(t.text);

/** A capitalised word that may be part of a name: not a function word, month or weekday. */
export function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  const lower = t.text.toLowerCase();
  if (isMonthRange(lower)) return false;
  if (t.caps && t.text.length > 1) return !MONTHS.has(lower) && !WEEKDAYS.has(lower);
  return !FUNCTION_WORDS.has(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower);
}

// `Center Of Excellence`, `Bank Of America` in title case: a capitalised `Of` inside a name is its connector too.
const isConnector = (t: Token) => t.kind === 'word' && ((!t.cap && CONNECTORS.has(t.text)) || t.text === 'Of');

/** A common word, or a body's head the lexicon does not hold as one (`Congress`): a word of a body's name after a possessive. */
const isBodyWord = (word: string): boolean => isCommonWord(word.toLowerCase()) || ORG_TAIL_HEADS.has(word.toLowerCase());

/** `Clifford D. May`: the token at `i` follows a given name and a middle initial with its full stop, and no day's number follows it. */
function monthSurnameAfterInitial(text: string, tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 2]?.text ?? '') && tokens[i - 2].end === tokens[i - 1].start && tokens[i - 3]?.kind === 'word' && isGivenName(tokens[i - 3].text) && !/^\s*\d/.test(text.slice(tokens[i].end, tokens[i].end + 3));
}

/** Splits the paragraph's tokens into chunks of units. */
export function findChunks(text: string, tokens: readonly Token[]): Unit[][] {
  const gaz = gazetteer();
  const chunks: Unit[][] = [];
  let cur: Unit[] = [];
  const close = () => {
    while (cur.length && cur[cur.length - 1].kind === 'conn') cur.pop();
    if (cur.length) chunks.push(cur);
    cur = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // A capitalised function word may open a longer gazetteer name (`Near East`).
    const lead = !isNameWord(t) && t.kind === 'word' && t.cap ? gazAt(text, tokens, i, gaz.maxWords) : undefined;
    // `Airbus A321`: a model code after a name ends it.
    if (cur.length && t.kind === 'word' && !t.caps && /\p{N}/u.test(t.text)) {
      close();
      i++;
      continue;
    }
    // `Four L.A. Sheriff’s Department Employees`, `Three Chicago officers`: a number word before a place's name counts
    // what follows; it opens no name.
    if (!cur.length && t.kind === 'word' && COUNT_WORD.test(t.text) && tokens[i + 1]?.start === t.end + 1 && gazAt(text, tokens, i + 1, gaz.maxWords)?.entry.label === 'PLACE') {
      i++;
      continue;
    }
    // `the El Niño weather pattern`, `American football`: two words that name nothing.
    if (t.kind === 'word' && tokens[i + 1]?.start === t.end + 1 && NO_ENTITY_PAIRS.some(([a, b]) => a.test(t.text) && b.test(tokens[i + 1].text))) {
      close();
      i += 2;
      continue;
    }
    // `Best Black Friday deals`, `Cyber Monday`, `Good Friday`: a day's name, no person's nor body's.
    if (t.kind === 'word' && DAY_NAME_WORDS.has(t.text) && tokens[i + 1]?.start === t.end + 1 && WEEKDAY_NAMES.test(tokens[i + 1].text)) {
      close();
      i += 2;
      continue;
    }
    // `M&S Christmas ad`, `Bailey’s Christmas TV campaign`: a feast's name after a name ends it and opens none (not
    // `Christmas Island`).
    if (cur.length && t.kind === 'word' && FEASTS.test(t.text) && !/^ Island\b/.test(text.slice(t.end, t.end + 7))) {
      close();
      i++;
      continue;
    }
    // `Ilhan OmarIlhan Omar`: a word run together with the one before it (parted by the tokenizer) opens a name of its own.
    if (cur.length && t.kind === 'word' && tokens[i - 1]?.kind === 'word' && tokens[i - 1].end === t.start) close();
    // `Christopher Battin Submitted photo`: a caption's credit word after a name ends it.
    if (cur.length && t.kind === 'word' && PHOTO_CREDIT_WORDS.test(t.text) && PHOTO_NOUN_AFTER.test(text.slice(t.end, t.end + 10))) {
      close();
      i++;
      continue;
    }
    // `By Umair Irfan Updated Nov 13, 2019`: a time stamp's word before its date after a name ends it.
    if (cur.length && t.kind === 'word' && STAMP_WORDS.test(t.text) && STAMP_DATE_AFTER.test(text.slice(t.end, t.end + 12))) {
      close();
      i++;
      continue;
    }
    // (`By Alejandro Villamor Last updated Nov 8, 2023`: `Last` before such a word ends it too.)
    if (cur.length && t.kind === 'word' && t.text === 'Last' && /^ (?:updated|modified|edited)\b/i.test(text.slice(t.end, t.end + 10))) {
      close();
      i++;
      continue;
    }
    // `Mrs May`, `Mr March`: after an honorific a month's name is a surname.
    const afterHonorific = t.kind === 'word' && t.cap && (MONTHS.has(t.text.toLowerCase()) || t.text === 'May') && isHonorific(tokens[i - 1]?.text === '.' ? (tokens[i - 2]?.text ?? '') : (tokens[i - 1]?.text ?? ''));
    // `Theresa May`, `Brian May`: right after a given name, a month that is also a surname (never before a day's number).
    const prev = tokens[i - 1];
    const afterGiven = t.kind === 'word' && !t.caps && MONTH_SURNAMES.has(t.text) && cur.length > 0 && prev?.kind === 'word' && prev.cap && t.start - prev.end === 1 && isGivenName(prev.text) && !MONTHS.has(prev.text.toLowerCase()) && !/^\s*\d/.test(text.slice(t.end, t.end + 3));
    // `Clifford D. May`: after a given name and a middle initial, such a month is the surname too.
    const afterInitial = t.kind === 'word' && !t.caps && MONTH_SURNAMES.has(t.text) && monthSurnameAfterInitial(text, tokens, i);
    // `Khoa Do`: after a name word that is no common word, `Do` inside a sentence is a surname (not before a capital).
    const doSurname = t.kind === 'word' && FUNCTION_SURNAMES.has(t.text) && !t.initial && cur.length > 0 && prev?.kind === 'word' && prev.cap && t.start - prev.end === 1 && !isCommonWord(prev.text) && !tokens[i + 1]?.cap;
    // `Will Smith made …`: `Will` before a surname is a given name, inside a sentence or opening one before a verb in the past.
    const willGiven = t.kind === 'word' && FUNCTION_GIVEN_NAMES.has(t.text) && !!tokens[i + 1] && isNameWord(tokens[i + 1]) && !tokens[i + 1].caps && tokens[i + 1].start === t.end + 1 && !isCommonWord(tokens[i + 1].text) && (!t.initial || PAST_AFTER_NAME.test(tokens[i + 2]?.text ?? ''));
    // `Elizabeth A. Burton`: after a given name, `A.` before a name word is a middle initial, not the article.
    // `A. G. Sulzberger`: `A.` before another initial and its full stop opens a name's initials.
    const middleA = t.text === 'A' && tokens[i + 1]?.text === '.' && tokens[i + 1].start === t.end && !!tokens[i + 2] && isNameWord(tokens[i + 2]) &&
      ((cur.length > 0 && prev?.kind === 'word' && isGivenName(prev.text)) || (/^\p{Lu}$/u.test(tokens[i + 2].text) && tokens[i + 3]?.text === '.' && tokens[i + 3].start === tokens[i + 2].end && !!tokens[i + 4] && isNameWord(tokens[i + 4])));
    // `Alvin I. Chen`: after a given name, `I.` before a name word (no other initial) is a middle initial, not the pronoun.
    const middleI = t.text === 'I' && cur.length > 0 && prev?.kind === 'word' && prev.end === t.start - 1 && isGivenName(prev.text) && tokens[i + 1]?.text === '.' && tokens[i + 1].start === t.end && !!tokens[i + 2] && isNameWord(tokens[i + 2]) && !tokens[i + 2].caps && tokens[i + 2].text.length > 1 && tokens[i + 2].start === tokens[i + 1].end + 1;
    // `USA Today`, `Florida Today`: right after a name word inside a sentence, `Today` ends a newspaper's name
    // (not a newsletter's or a show's: `our Threatpost Today newsletter` is the site's).
    const masthead = t.kind === 'word' && t.text === 'Today' && !t.initial && cur.length > 0 && prev?.kind === 'word' && prev.cap && t.start - prev.end === 1 && !/^\s+(?:newsletters?|podcasts?|shows?|programmes?|programs?|editions?)\b/.test(text.slice(t.end, t.end + 14));
    // `Jan Bolz`, `Jan Koum`: `Jan` without its full stop before a surname (no number) is a given name, not January.
    const janGiven = t.kind === 'word' && t.text === 'Jan' && !!tokens[i + 1] && isNameWord(tokens[i + 1]) && !tokens[i + 1].caps && tokens[i + 1].start === t.end + 1 && !isCommonWord(tokens[i + 1].text) && !MONTHS.has(tokens[i + 1].text.toLowerCase()) && !/^\s*\d/.test(text.slice(tokens[i + 1].end, tokens[i + 1].end + 3));
    // `by April Glaser`, `By June Smith`: after a byline's `by`, a month that is a given name before a surname opens the writer's name.
    const monthGiven = t.kind === 'word' && MONTH_GIVEN_NAMES.has(t.text) && /^by$/i.test(prev?.text ?? '') && !!tokens[i + 1] && isNameWord(tokens[i + 1]) && !tokens[i + 1].caps && tokens[i + 1].start === t.end + 1 && !isCommonWord(tokens[i + 1].text) && !MONTHS.has(tokens[i + 1].text.toLowerCase());
    // `Del Mar Times`: a month's abbreviation without its full stop right after a capitalised name word, before no day's
    // number, is a word of that name.
    const monthInName = t.kind === 'word' && MONTH_ABBREVIATIONS.has(t.text) && cur.length > 0 && prev?.kind === 'word' && prev.cap && !MONTHS.has(prev.text.toLowerCase()) && t.start - prev.end === 1 && tokens[i + 1]?.text !== '.' && !/^\s*\d/.test(text.slice(t.end, t.end + 3));
    if (isNameWord(t) || afterHonorific || afterGiven || afterInitial || doSurname || willGiven || middleA || middleI || masthead || janGiven || monthGiven || monthInName || (lead && lead.end > i + 1)) {
      // `Steve King`, `Stephen King`: after a given name a title word is a surname; so after a name a title opens (`Home Minister Amit Shah`).
      const prevUnit = cur[cur.length - 1];
      const surnameTitle =
        (prevUnit?.kind === 'word' && prevUnit.tokEnd === i && tokens[i].start - tokens[i - 1].end === 1 && SURNAME_TITLES.has(t.text) && (isGivenName(prevUnit.text) || cur[cur.length - 2]?.kind === 'title') && !isCommonWord(prevUnit.text)) ||
        // `Minister Bishop said`, `Senator King’s office`: after an office's title, such a word before no other name is the surname.
        (prevUnit?.kind === 'title' && prevUnit.tokEnd === i && OFFICE_BEFORE_SURNAME.test(prevUnit.text) && SURNAME_AFTER_OFFICE.has(t.text) && !isNameWord(tokens[i + 1]));
      // `Oklahoma Sheriffs' Association`: a title's plural owning a body's head is a word of the body's name.
      // So is an officer's title owning a department or an office (`Attorney-General’s Dept`, `Sheriff’s Department`);
      // not a media release's contact, `Minister’s Office`.
      // `King’s College London`, `Queen's Hospital`: a monarch's possessive before an institution's head is its name's word.
      const ownsBody = isPossessive(tokens[i + 1]) && !!tokens[i + 2]?.cap && ((cur.length === 0 && ROYAL_OWNERS.test(t.text) && SAINTS_INSTITUTIONS.test(tokens[i + 2].text)) || (cur.length > 0 && ORG_TAIL_HEADS.has(tokens[i + 2].text.toLowerCase()) && /s$/.test(t.text)) || (/^(?:Department|Dept|Office)$/.test(tokens[i + 2].text) && !!titleAt(tokens, i) && t.text !== 'Minister' && (cur.length === 0 || cur[cur.length - 1].kind === 'gaz' || cur[cur.length - 1].caps)));
      const title = lead || surnameTitle || ownsBody || titleInBody(tokens, i, prevUnit) ? undefined : titleAt(tokens, i);
      // `Nick Van den Brul`, `Rafael Van der Vaart`: a capitalised particle inside a name is no place (`Van`).
      const particle = cur.length > 0 && isParticleInName(tokens, i);
      // `Luis de Miranda`: after a name word and a lowercase particle, a region's or a city's name is a surname.
      const afterParticle = cur.length >= 2 && cur[cur.length - 1].kind === 'conn' && NAME_PARTICLES.has(cur[cur.length - 1].text) && cur[cur.length - 2].kind === 'word' && !cur[cur.length - 2].caps && !isCommonWord(cur[cur.length - 2].text);
      let g = title || particle ? undefined : lead ?? gazAt(text, tokens, i, gaz.maxWords);
      if (g && afterParticle && g.end === i + 1 && g.entry.kind !== 'country') g = undefined;
      // `Michael Mann`, `Arshy Mann`: right after a name word, a country's other spelling of one word is a surname.
      const before = cur[cur.length - 1];
      if (g?.entry.alternate && g.end === i + 1 && before?.kind === 'word' && !before.caps && before.tokEnd === i && t.start - tokens[i - 1].end === 1 && (isGivenName(before.text) || !isCommonWord(before.text))) g = undefined;
      // `J. David Cox`, `Jackson Browne`: a town named like a given name opens a person's name before a surname.
      if (g && g.end === i + 1 && g.entry.kind === 'city' && isGivenName(t.text) && givenBeforeSurname(text, tokens, i)) g = undefined;
      // `Venus Williams`, `Mars Wrigley`, `Jupiter Hospital`: a planet's name before another name word is that name's.
      if (g && g.entry.kind === 'body' && tokens[g.end] && isNameWord(tokens[g.end]) && tokens[g.end].start === tokens[g.end - 1].end + 1) g = undefined;
      let end = title ?? g?.end ?? i + 1;
      // `Women's Tennis Association`, `Prosecutor General’s Office`, `Oklahoma Sheriffs' Association`, `National People’s
      // Congress`: a common word's or a rank's possessive inside a name.
      // Not before a given name: `Labour's Elizabeth Blackman` is the party's member.
      // The word after the possessive must be a common word too (`Elon Musk's SpaceX` is a person's company), not in
      // capitals (`the Academy of Sciences’ FAST telescope`). Not a body's head closing its name (`Pew Research Center’s
      // Journalism Project` is the centre's).
      const bodyClosed = cur.length > 0 && cur[cur.length - 1].kind !== 'conn' && ORG_TAIL_HEADS.has(t.text.toLowerCase());
      // (`Children's Court Clinic`: a word that is also a given name there, before a body's head, is the body's word.)
      if (!title && !g && !bodyClosed && isPossessive(tokens[end]) && tokens[end + 1] && isNameWord(tokens[end + 1]) && !tokens[end + 1].caps && (!isGivenName(tokens[end + 1].text) || ORG_TAIL_HEADS.has(tokens[end + 2]?.text.toLowerCase() ?? '')) && ((isBodyWord(tokens[end + 1].text) && ((isCommonWord(t.text) && !t.caps) || ROLE_NOUNS.has(t.text.toLowerCase()))) || ownsBody)) end++;
      // `Sam’s Club`, `Denny’s Restaurant`: a name's possessive before a kind of business is that business's name;
      // `St Vincent's Hospital`, `St Columban's College`: a saint's before an institution's; `St Mildred’s Road` before a street's.
      else if (!title && !g && isPossessive(tokens[end]) && tokens[end + 1]?.cap && (BUSINESS_HEADS.test(tokens[end + 1].text) || (SAINT_WORD.test(cur[0]?.text ?? '') && (SAINTS_INSTITUTIONS.test(tokens[end + 1].text) || SAINTS_STREETS.test(tokens[end + 1].text)))) && tokens[end + 1].start === tokens[end].end + 1) end += 2;
      // `Donald J. Trump`: a middle initial keeps its full stop inside the name.
      // `J. K. Rowling`, `M. Night Shyamalan`: a leading initial too, before another initial or a name word (`I.` is a numeral;
      // `A.` only before a word that is no common one: `A. Lindt`, not `A. New` …).
      const name = tokens[end + 1] && (isNameWord(tokens[end + 1]) || /^\p{Lu}$/u.test(tokens[end + 1].text) || (MONTH_SURNAMES.has(tokens[end + 1].text) && monthSurnameAfterInitial(text, tokens, end + 1)));
      const leading = name && t.text !== 'I' && (t.text !== 'A' || !isCommonWord(tokens[end + 1].text.toLowerCase()));
      if (!title && !g && /^\p{Lu}$/u.test(t.text) && name && (cur.length || leading) && tokens[end]?.text === '.' && tokens[end].start === t.end) end++;
      // `St. Paul`, `Mt. Kenya`, `Ft. Worth`: opening a name, a saint's, a mount's or a fort's abbreviation keeps its full stop.
      else if (!title && !g && (!cur.length || cur[cur.length - 1].kind === 'conn') && PLACE_ABBREVIATIONS.has(t.text) && tokens[end]?.text === '.' && tokens[end].start === t.end && name && tokens[end + 1].start === tokens[end].end + 1) end++;
      // `J. David Cox Sr.`: a generational suffix keeps its full stop.
      else if (!title && !g && /^[JS]r$/.test(t.text) && cur.length && tokens[end]?.text === '.' && tokens[end].start === t.end) end++;
      const last = tokens[end - 1];
      cur.push({
        kind: title ? 'title' : g ? 'gaz' : 'word',
        start: t.start,
        end: last.end,
        text: text.slice(t.start, last.end),
        tok: i,
        tokEnd: end,
        gaz: g?.entry,
        initial: t.initial,
        caps: t.caps,
      });
      i = end;
      continue;
    }
    if (cur.length && isConnector(t) && (t.start - tokens[i - 1].end) <= 2) {
      // Up to two connectors (`of the`), only when a name word follows.
      const starts = (k: number) => k < tokens.length && (isNameWord(tokens[k]) || (tokens[k].cap && (gazAt(text, tokens, k, gaz.maxWords)?.end ?? 0) > k + 1));
      if (starts(i + 1) || (tokens[i + 1] && isConnector(tokens[i + 1]) && starts(i + 2))) {
        cur.push({ kind: 'conn', start: t.start, end: t.end, text: t.text.toLowerCase(), tok: i, tokEnd: i + 1, initial: false, caps: false });
        i++;
        continue;
      }
    }
    // `Standard & Poor's`, `Procter & Gamble`, `Marks & Spencer`: an ampersand between capitalised words joins one name;
    // with `the` after it too (`Center for the People & the Press`).
    const theAfter = tokens[i + 1]?.text === 'the' && tokens[i + 2] && tokens[i + 2].start === tokens[i + 1].end + 1 && isNameWord(tokens[i + 2]);
    if (cur.length && t.text === '&' && t.start - tokens[i - 1].end === 1 && tokens[i + 1] && tokens[i + 1].start === t.end + 1 && (isNameWord(tokens[i + 1]) || theAfter)) {
      cur.push({ kind: 'conn', start: t.start, end: t.end, text: '&', tok: i, tokEnd: i + 1, initial: false, caps: false });
      i++;
      continue;
    }
    // `Academy of Allergy, Asthma and Immunology`: a list of fields after a head's `of` stays in the name.
    if (t.text === ',' && t.start === tokens[i - 1]?.end && inComplementList(cur, text, t.end)) {
      cur.push({ kind: 'conn', start: t.start, end: t.end, text: ',', tok: i, tokEnd: i + 1, initial: false, caps: false });
      i++;
      continue;
    }
    close();
    i++;
  }
  close();
  return chunks;
}

/**
 * A list of names of one or two words each ending in `and Name` or `and the Name` follows (`, Industry, Science and
 * Research`, `, Regional Development and Local Government`), no item but the last ending in a body's head (`Ministry of
 * Defence, Foreign Office and …` is a list of bodies).
 */
const COMPLEMENT_LIST = /^ (?:\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?, ){0,4}\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?,? and (?:the )?\p{Lu}/u;
const LIST_ITEM = /(\p{L}+)(?:,| and )/gu;

/** The chunk so far is `Head of Name` or `Head of Name, Name …` (names of one or two words), and a list of names follows. */
function inComplementList(cur: readonly Unit[], text: string, at: number): boolean {
  let k = cur.length;
  for (;;) {
    let words = 0;
    while (k > 0 && (cur[k - 1].kind === 'word' || cur[k - 1].kind === 'gaz') && words < 3) { k--; words++; }
    if (words === 0 || words > 2 || k === 0) return false;
    if (cur[k - 1].kind === 'conn' && cur[k - 1].text === ',') { k--; continue; }
    break;
  }
  if (k < 2 || cur[k - 1].kind !== 'conn' || !['of', 'for'].includes(cur[k - 1].text) || !ORG_LEAD_HEADS.has(cur[k - 2].text.toLowerCase())) return false;
  const list = COMPLEMENT_LIST.exec(text.slice(at, at + 160));
  if (!list) return false;
  for (const item of list[0].matchAll(LIST_ITEM)) if (ORG_TAIL_HEADS.has(item[1].toLowerCase())) return false;
  return true;
}

/** Abbreviations that open a place's name (`St. Paul`, `Ste. Genevieve`, `Mt. Hood`, `Ft. Myers`; Spanish's avenue, `Av. Abraham Lincoln`). */
const PLACE_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft', 'Av', 'Avda']);

/** Title words that are also surnames, read so right after a given name (`Steve King`, `Harold Bishop`). */
/** Offices before a surname that is a title word (`Minister Bishop`), and those surnames (not `Chief Judge`, `Deputy Sheriff`). */
const OFFICE_BEFORE_SURNAME = /^(?:Minister|Senator|Premier|Governor|Mayor|President|Councillor|Congressman|Congresswoman|Commissioner|Ambassador|Secretary|Treasurer)$/;
export const SURNAME_AFTER_OFFICE: ReadonlySet<string> = new Set(['Bishop', 'King', 'Judge', 'Major', 'Marshal', 'Sheriff']);
/** Words after a title inside a body's name, before its head. */
const BODY_NAME_REACH = 3;

/**
 * `Cambridge Judge Business School`, `Cambridge Judge Institute`: a title's word run on from a name, with capitalised words
 * closing on a body's head after it, is a word of the body's name (a person's title stands before a name: `Cambridge Mayor Tom Smith`).
 */
function titleInBody(tokens: readonly Token[], i: number, prevUnit: Unit | undefined): boolean {
  const t = tokens[i];
  // (Not after a word of the language: `in Business Chief Execs Club`, `Federal Deputy National Party Leader`.)
  if (!prevUnit || prevUnit.tokEnd !== i || t.start - tokens[i - 1].end !== 1 || !t.cap || t.caps || (prevUnit.kind !== 'gaz' && isCommonWord(prevUnit.text))) return false;
  for (let k = i + 1; k <= i + BODY_NAME_REACH; k++) {
    const w = tokens[k];
    if (!w || w.kind !== 'word' || !w.cap || w.start - tokens[k - 1].end !== 1) return false;
    if (ORG_TAIL_HEADS.has(w.text.toLowerCase())) return true;
  }
  return false;
}

const SURNAME_TITLES = new Set(['King', 'Bishop', 'Judge', 'Prince', 'Knight', 'Pope', 'Major', 'Sheriff', 'Chancellor', 'Marshal', 'Shah', 'Sultan', 'Khan']);

/** Kinds of business named after their owner (`Sam’s Club`). */
/** Monarchs whose possessive names institutions (`King’s College`, `Queen's University`). */
const ROYAL_OWNERS = /^(?:King|Queen)$/;
const BUSINESS_HEADS = /^(?:Club|Restaurant|Bar|Cafe|Café|Pub|Kitchen|Diner|Bakery|Market|Store|Stores|Shop|Grill|Tavern|Inn|Magazine|Digest|Salon|Spa|Boutique|Pharmacy|Hotel|Motel|Hostel|Lodge|Garage|Deli|Pizzeria|Steakhouse|Brewery|Winery)$/;

/** A capitalised particle (`Van`, `De`, `Von`) right after a name word and before another name word or particle. */
function isParticleInName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || !NAME_PARTICLES.has(t.text.toLowerCase()) || t.caps || t.start - prev.end !== 1 || next.start - t.end !== 1) return false;
  return isNameWord(prev) && (isNameWord(next) || (next.kind === 'word' && NAME_PARTICLES.has(next.text)));
}

/** Words of an officer's field at most, between `Chief` and `Officer`. */
const OFFICER_FIELD_WORDS = 3;

/** Token index past a title phrase starting at `i` (`Prime Minister`, `Head of State`), if any. */
function titleAt(tokens: readonly Token[], i: number): number | undefined {
  for (const words of MULTI_TITLES) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[i + k];
      ok = !!t && t.kind === 'word' && t.text.toLowerCase() === words[k];
    }
    if (ok) return i + words.length;
  }
  const t = tokens[i];
  const lower = t.text.toLowerCase();
  // `Chief Cyber Solutions Officer`, `Chief Revenue Officer`: a company's officer, its field between the words (no body).
  if (t.text === 'Chief') {
    for (let k = i + 1; k <= i + 1 + OFFICER_FIELD_WORDS && tokens[k]?.kind === 'word' && tokens[k].cap && tokens[k].start - tokens[k - 1].end === 1; k++) {
      if (tokens[k].text === 'Officer' && k > i + 1) return k + 1;
    }
  }
  // `India Post Media Pvt. Ltd.`: a private company's form, no private's rank.
  if (lower === 'pvt' && /^\.?\s*Ltd\b/.test(tokens[i + 1]?.text === '.' ? `.${tokens[i + 2]?.text ?? ''}` : ` ${tokens[i + 1]?.text ?? ''}`)) return undefined;
  // `Mr. Bashir`: the abbreviation's full stop belongs to the title, so the name after it stays in the chunk.
  if (tokens[i + 1]?.text === '.' && TITLES.has(lower + '.') && tokens[i + 1].start === t.end) return i + 2;
  // (`REV` in capitals is a name's, a programme's: `Rev` is the title.)
  if (TITLES.has(lower) && !(lower === 'rev' && t.caps)) return i + 1;
  // `Ravens GM Ozzie Newsome`: a general manager's initials before a given name (alone, `GM` is General Motors).
  if (t.text === 'GM' && tokens[i + 1]?.cap && isGivenName(tokens[i + 1].text) && tokens[i + 1].start === t.end + 1) return i + 1;
  // `Major Barrie Gillman`: the rank before a given name (not `Major League`, nor `John Major`).
  if (t.text === 'Major' && tokens[i + 1]?.cap && isGivenName(tokens[i + 1].text)) return i + 1;
  // `Colts WR T.Y. Hilton`, `DE Myles Garrett`: a player's position, in capitals, before the player's name.
  if (POSITIONS.has(t.text) && tokens[i + 1]?.cap && tokens[i + 1].start - t.end === 1) return i + 1;
  return undefined;
}

/** American football's positions as rosters write them. */
const POSITIONS = new Set(['QB', 'WR', 'RB', 'TE', 'LB', 'CB', 'OL', 'DL', 'DE', 'DT', 'OLB', 'ILB', 'FS', 'OT', 'OG']);

/** The longest gazetteer name starting at token `i`, its words capitalised (connectors aside). */
function gazAt(text: string, tokens: readonly Token[], i: number, maxWords: number): { end: number; entry: GazEntry } | undefined {
  const gaz = gazetteer();
  let best: { end: number; entry: GazEntry } | undefined;
  let words = 0;
  for (let j = i; j < tokens.length && words < maxWords + 2; j++) {
    const t = tokens[j];
    // `South  Africans`: two spaces (OCR, PDF text) still join a name's words.
    if (j > i && t.start - tokens[j - 1].end > 1 && !/^[ \t]{2}$/.test(text.slice(tokens[j - 1].end, t.start))) break;
    if (t.kind === 'word') {
      words++;
      if (!t.cap && !CONNECTORS.has(t.text)) break;
    } else if (t.kind !== 'pos' && !(t.kind === 'punct' && /^[-.'&]$/.test(t.text))) break;
    const key = nameKey(text.slice(tokens[i].start, t.end));
    if (!gaz.hasPrefix(key)) break;
    // `McDonald’s`, `Sainsbury's`, `Rival Lowe's`: a known company named with a possessive; not a person's (`Mr McDonald's`,
    // `Ronald McDonald's`: after a name word, not a common one).
    const before = tokens[i - 1];
    if (t.kind === 'pos' && j > i && !(before && ((before.cap && !isCommonWord(before.text.toLowerCase())) || isHonorific(before.text) || (before.text === '.' && isHonorific(tokens[i - 2]?.text ?? ''))))) {
      const entry = gaz.get(key);
      if (entry?.label === 'ORG') best = { end: j + 1, entry };
    }
    if (t.kind !== 'word' || !t.cap) continue;
    const entry = gaz.get(key);
    if (entry && (!entry.initials || initialsAt(tokens, i, entry.initials))) best = { end: j + 1, entry };
  }
  return best;
}

/** Token `i` is the initials as written, and neither word beside it is in capitals. */
function initialsAt(tokens: readonly Token[], i: number, initials: string): boolean {
  if (tokens[i].text !== initials) return false;
  const capsWord = (t: Token | undefined) => t?.kind === 'word' && t.caps;
  return !capsWord(tokens[i - 1]) && !capsWord(tokens[i + 1]);
}

/**
 * Token `i`, a given name, is followed by a surname: a capitalised word that is no
 * common word, or any capitalised word after a middle initial (`J. David Cox`).
 */
function givenBeforeSurname(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !next.cap || next.caps || next.start !== tokens[i].end + 1) return false;
  const initial = i >= 2 && tokens[i - 1].text === '.' && /^\p{Lu}$/u.test(tokens[i - 2].text);
  // `Editing by David Chance`: after `by` a given name and a capitalised word are a person's name.
  const by = i >= 1 && tokens[i - 1].text === 'by';
  return initial || by || (!isCommonWord(next.text) && !NO_ENTITY_WORDS.has(next.text) && !gazAt(text, tokens, i + 1, 1)); // not `Sydney Olympic`
}

/** Lower-case words hyphened to a name that are no part of it: `London-based`, `al-Qaeda-linked`, `anti-Trump`. */
const NAME_SUFFIXES = /^(?:based|language|specific|related|compatible|exclusive|branded|powered|led|linked|backed|born|owned|run|funded|made|style|era|bound|controlled|held|affiliated|inspired|allied|friendly|focused|registered|listed|headquartered|educated|trained|dominated)$/;
const NAME_PREFIXES = /^(?:anti|pro|non|ex|post|pre|neo|pan|mid|all|trans|inter|intra)$/;

function splitAffix(t: Token): Token[] | undefined {
  const k = t.text.lastIndexOf('-');
  if (k <= 0 || k === t.text.length - 1) return undefined;
  const head = t.text.slice(0, k);
  const tail = t.text.slice(k + 1);
  const word = (text: string, start: number, cap: boolean, initial: boolean): Token => ({
    ...t, text, start, end: start + text.length, cap, caps: cap && /^(?:\p{Lu}\.?)+$/u.test(text) && text.length > 1, initial,
  });
  const dash = (at: number): Token => ({ ...t, text: '-', start: at, end: at + 1, kind: 'punct', cap: false, caps: false, initial: false });
  // `MSC-certified`, `FDA-approved`, `Oscar-nominated`: a participle hyphened to a name; an acronym takes no lowercase word.
  const participle = /^\p{Ll}{2,}(?:ed|en)$/u.test(tail) || (/^\p{Lu}{2,}$/u.test(head) && /^\p{Ll}{3,}$/u.test(tail));
  // `Soros-obsession`, `China-watcher`: a common noun hyphened to a name.
  // Not a title (`President-elect`) nor a word of a name (`Turkic-speaking States`).
  // `China-watcher`: an agent noun of a common verb too.
  const agent = /^\p{Ll}{3,}er$/u.test(tail) && (isCommonWord(tail.slice(0, -2)) || isCommonWord(tail.slice(0, -1)));
  const noun = /^\p{Ll}{3,}$/u.test(tail) && !tail.endsWith('ing') && (isCommonWord(tail) || agent) && /^\p{Lu}\p{Ll}+$/u.test(head) && !TITLES.has(head.toLowerCase()) && (!isCommonWord(head) || !!gazetteer().get(nameKey(head)));
  if (/(?:^|-)\p{Lu}/u.test(head) && (NAME_SUFFIXES.test(tail) || participle || noun)) {
    return [word(head, t.start, true, t.initial), dash(t.start + k), word(tail, t.start + k + 1, false, false)];
  }
  const j = t.text.indexOf('-');
  const pre = t.text.slice(0, j);
  const rest = t.text.slice(j + 1);
  // `neo-Nazis` is a group's name of its own.
  if (pre === 'neo' && gazetteer().get(nameKey(t.text))?.label === 'NORP') return [{ ...t, cap: true }];
  // `Post-Soviet High`, `Anti-Semitic`, `Pro-Trump Network` in a headline's capitals too, before a people, a place or a
  // leader known by the surname only (not `US Anti-Doping Agency`, `Post-Baby Weight`, `Trans-Pacific`: words of names).
  if ((NAME_PREFIXES.test(pre) || (/^(?:Anti|Pro|Non|Post|Ex)$/.test(pre) && (gazetteer().get(nameKey(rest)) || famousFullName(rest)))) && /^\p{Lu}/u.test(rest)) {
    return [word(pre, t.start, false, t.initial), dash(t.start + j), word(rest, t.start + j + 1, true, false)];
  }
  return undefined;
}

/** Do the one or two capitalised words before `at` (one space apart) and `word` make a place's name in the gazetteer? */
function endsPlaceName(before: readonly Token[], at: number, word: string): boolean {
  let name = word;
  for (let k = before.length - 1, end = at; k >= 0 && k >= before.length - 2; k--) {
    const b = before[k];
    if (b.kind !== 'word' || !b.cap || b.end + 1 !== end) return false;
    name = `${b.text} ${name}`;
    if (gazetteer().get(nameKey(name))?.label === 'PLACE') return true;
    end = b.start;
  }
  return false;
}

/**
 * Splits compounds of two names (`China-U.S.`, `Russia-Ukraine`, `United States-Ukraine`, `Israel-Hamas`) into their parts,
 * keeping hyphenated single names (`Kassym-Jomart`, `Ust-Kamenogorsk`) whole.
 */
export function splitCompounds(tokens: Token[]): Token[] {
  const gaz = gazetteer();
  const out: Token[] = [];
  for (const t of tokens) {
    const affixed = t.kind === 'word' ? splitAffix(t) : undefined;
    if (affixed) {
      out.push(...affixed);
      continue;
    }
    const parts = t.kind === 'word' && t.cap ? t.text.split('-') : [];
    // Places, or places and peoples (`U.S.-Israeli`); two peoples are read as one word (`African-American`).
    const labels = parts.map((p) => (/^\p{Lu}/u.test(p) ? gaz.get(nameKey(p))?.label : undefined));
    // `United States-Ukraine`, `New Zealand-Australia`: the first part ends a place's name begun by the words before it.
    if (parts.length === 2 && !labels[0] && labels[1] === 'PLACE' && endsPlaceName(out, t.start, parts[0])) labels[0] = 'PLACE';
    // A place and a known body (`Israel-Hamas fighting`, `US-Taliban talks`) are parted too.
    if (parts.length < 2 || !labels.every((l) => l === 'PLACE' || l === 'NORP' || l === 'ORG') || !labels.includes('PLACE')) {
      out.push(t);
      continue;
    }
    let at = t.start;
    parts.forEach((p, k) => {
      if (k > 0) out.push({ ...t, text: '-', start: at, end: at + 1, kind: 'punct', cap: false, caps: false, initial: false });
      if (k > 0) at++;
      out.push({ ...t, text: p, start: at, end: at + p.length, cap: true, caps: /^(?:\p{Lu}\.?)+$/u.test(p) && p.length > 1, initial: k === 0 && t.initial });
      at += p.length;
    });
  }
  return out;
}
