/**
 * A sports roundup's box scores: `Palm Bay d. Rockledge 70-44`, `Rockledge 14 11 6 15 — 44`,
 * `Palm Bay (1-0): Tolivert 25 points. Davis 17 points.` The names a result, a score line or a
 * record opens are teams (organisations, though they read as towns: `Melbourne`, `Cocoa`), and
 * the names before a number and a statistic are players, whatever they read as alone (`Jordan
 * Munoz 8 saves`, `Christian Watts 1 goal`, `Davis 17 points`). A team sheet names its players by an initial and a
 * surname before their country or club in brackets (`D Peel (Wales)`).
 */
import { mention, replaceOverlapping, type Mention } from './mention';
import type { DocMention } from './resolve';

/** A team's or a player's name: up to four capitalised words (`Palm Bay Magnet`, `Kairi Thomas-Brooks`), an initial first (`A. Sanger`). */
const NAME = String.raw`(?:\p{Lu}\.[ \t])?\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3}`;
/** What a player's figure counts. */
const STAT = String.raw`(?:points?|goals?|assists?|saves?|rebounds?|steals?|blocks?|tackles?|kills?|aces?|digs?|strikeouts?|hits?|RBIs?|runs?|yards?|touchdowns?|TDs?|receptions?|catches|carries|sacks?|interceptions?|birdies|wickets?|pins?|three-pointers?|3-pointers?)`;
/** A player's line: a name after the line's start, a full stop, a comma or a record's colon, then a number and what it counts. */
const PLAYER_STAT = new RegExp(String.raw`(?<=^|[.,;][ \t]|\):[ \t])(${NAME})[ \t]+\d{1,3}[ \t]+${STAT}\b`, 'gmu');
/** `Viera d. Rockledge 3-1`, `Merritt Island def. Titusville`: a result, winner first. */
const RESULT = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+(?:d\.|def\.|defeated|beat)[ \t]+(${NAME})(?:[ \t]+\d{1,3}-\d{1,3}(?:[ \t]*\(\w+\))?)?[ \t]*$`, 'gmu');
/** `Palm Bay (1-0):`, `Astronaut (NR):`: a team's record before its players. */
const RECORD = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|NR)\):`, 'gmu');
/** `Rockledge 14 11 6 15 — 44`: a team's scores by period, then its total. */
const LINE_SCORE = new RegExp(String.raw`^[ \t]*(${NAME})(?:[ \t]+\d{1,3}){2,}[ \t]+[—–-][ \t]+\d{1,3}[ \t]*$`, 'gmu');
/** `No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0)`: a ranking, then a name, then its record of wins and losses. */
const RANKED = new RegExp(String.raw`(?<=\bNo\.[ \t]\d{1,2}[ \t])(${NAME})(?=[ \t]+\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\))`, 'gu');
/** The reason given to a ranked team, by which the document's other mentions of it are found. */
export const RANKED_TEAM = 'a team: a ranking, its name and its record of wins and losses';

/**
 * `D Traille (France), A Lo Cicero (Italy), G Gregan (Australia, capt)`: a team sheet, each player by an initial and a
 * surname (a particle may open it) before the country or the club in brackets.
 */
const SHEET_PLAYER = new RegExp(String.raw`(?<=^|[,;:.][ \t]|\)[ \t])(\p{Lu}[ \t]+(?:(?:de|van|von|du|da|di|del|Lo|La|Le|De|Van|Du|Da|Di|Mac|Mc)[ \t]+)?\p{Lu}[\p{L}'’-]+)(?=[ \t]+\(\p{Lu}[\p{L} .'’-]*(?:,[ \t]*capt\.?)?\))`, 'gmu');

/** Relabel (or add) the teams and players of a paragraph of box scores; a team's line, or two players' figures, make one. */
export function boxScores(text: string, ms: Mention[]): void {
  // Three players or more by their initials make a team sheet.
  const sheet = [...text.matchAll(SHEET_PLAYER)];
  if (sheet.length >= 3) for (const x of sheet) place(ms, x.index, x[1], 'PERSON', 'a player on a team sheet: an initial and a surname before the country or club in brackets', {});
  if (!/\d/.test(text)) return;
  if (text.includes('No.')) for (const x of text.matchAll(RANKED)) place(ms, x.index, x[1], 'ORG', RANKED_TEAM, { team: true });
  const players = [...text.matchAll(PLAYER_STAT)];
  const teams = [RESULT, RECORD, LINE_SCORE].flatMap((re) => [...text.matchAll(re)]);
  if (!teams.length && players.length < 2) return;
  for (const x of teams) {
    let from = x.index;
    for (const name of x.slice(1)) {
      if (!name) continue;
      const at = text.indexOf(name, from);
      place(ms, at, name, 'ORG', 'a team in a box score: a result, a record or a score line', { team: true });
      from = at + name.length;
    }
  }
  // `(NR)`: not ranked, no body.
  for (const x of text.matchAll(RECORD)) {
    const from = x.index + x[0].indexOf('(');
    for (let k = ms.length - 1; k >= 0; k--) if (ms[k].start >= from && ms[k].end <= x.index + x[0].length) ms.splice(k, 1);
  }
  for (const x of players) place(ms, x.index, x[1], 'PERSON', 'a player in a box score: a name before a figure and what it counts', {});
}

/** Put a team or a player in place of the mentions it overlaps. */
function place(ms: Mention[], start: number, name: string, label: 'ORG' | 'PERSON', reason: string, extra: Partial<Mention>): void {
  replaceOverlapping(ms, mention(start, start + name.length, name, label, 2, reason, extra));
}

/** A place's preposition right before a name: the town, not its school's team (`met in Longmont`). */
export const IN_TOWN = /\b(?:in|near|outside)[ \t]+(?:the[ \t]+)?$/;
/** `No. 15 Fairview`: a ranking then a name, on a page that ranks teams with their records. */
const RANKED_ALONE = new RegExp(String.raw`(?<=\bNo\.[ \t]\d{1,2}[ \t])${NAME}`, 'gu');
/** `the Cougars`, `those same Wolves`, `the Red Wolves`: a nickname, a capitalised plural after a determiner, a word before it maybe. */
const NICKNAME = /(?<=\b(?:[Tt]he|those|these|same)[ \t])(?:\p{Lu}\p{Ll}+[ \t])?\p{Lu}\p{Ll}+s(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/gu;
/** Plurals after `the` that name an event or a range, not a team. */
const NO_NICKNAME = /(?:Olympics|Games|Championships|Finals|Playoffs|Masters|Nationals|Regionals|Sectionals|Rockies|Alps|Springs|Islands|Falls|Hills|Plains|Lakes|States|Americas|Times|News|Sports)$/;

/** A capitalised word right before or after: the name runs on in a longer one. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.'’-]*[ \t]+$/u;
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}/u;
/** `Grandview Wolves`: a team's name then its nickname, a capitalised plural. */
const NICKNAME_AFTER = /^[ \t]\p{Lu}\p{Ll}+s(?![\p{L}\p{N}])/u;

/**
 * The teams a document ranks with their records (`No. 13 Denver East (9-2)`) are those teams wherever it names them, though
 * their names read as towns or words (`Erie QB Blake Barnett`, `against Legacy`), with their nickname after (`Grandview Wolves`),
 * and by a word that opens or ends one team's name and no other's (`Did East turn some heads`, `Valor has ended …`), named then
 * by the team's full name; not after a place's preposition (`met in Longmont`).
 */
export function rankedTeamsEverywhere(ms: DocMention[], text: string): DocMention[] {
  const names = new Set(ms.filter((m) => m.reason === RANKED_TEAM).map((m) => m.text));
  if (!names.size) return ms;
  for (const x of text.matchAll(RANKED_ALONE)) names.add(x[0]);
  for (const x of text.matchAll(NICKNAME)) {
    const end = x.index + x[0].length;
    if (NO_NICKNAME.test(x[0]) || IN_TOWN.test(text.slice(Math.max(0, x.index - 12), x.index))) continue;
    if (ms.some((m) => m.start < end && x.index < m.end && (m.label === 'NORP' || (m.strength === 2 && m.label !== 'ORG')))) continue;
    names.add(x[0]);
  }
  const forms = new Map<string, string>([...names].map((n) => [n, n]));
  const ends = new Map<string, string | null>();
  for (const n of names) {
    const words = n.split(/[ \t]+/);
    if (words.length < 2) continue;
    for (const w of [words[0], words[words.length - 1]]) ends.set(w, ends.has(w) && ends.get(w) !== n ? null : n);
  }
  for (const [w, n] of ends) if (n && !names.has(w)) forms.set(w, n);
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
  const added: DocMention[] = [];
  for (const x of text.matchAll(re)) {
    const full = forms.get(x[0])!;
    const short = full !== x[0];
    let end = x.index + x[0].length;
    const before = text.slice(Math.max(0, x.index - 12), x.index);
    if (IN_TOWN.test(before)) continue;
    // (At a line's start a word is capitalised whatever it is: `Green chile spots`.)
    if (short && (x.index === 0 || text[x.index - 1] === '\n' || CAPITALISED_BEFORE.test(before) || CAPITALISED_AFTER.test(text.slice(end, end + 3)))) continue;
    const nick = short ? null : NICKNAME_AFTER.exec(text.slice(end, end + 20));
    if (nick) end += nick[0].length;
    // Inside a longer name the words belong to it.
    if (ms.some((m) => m.label && m.label !== 'PLACE' && m.strength === 2 && m.reason !== RANKED_TEAM && m.start < end && x.index < m.end && (m.start < x.index || m.end > end))) continue;
    const name = text.slice(x.index, end);
    const reason = short ? `${name}: short for ${full}, a team the document ranks` : `${name}: a team the document ranks with its record`;
    added.push({ ...mention(x.index, end, name, 'ORG', 2, reason, { team: true }), ...(short ? { canonical: full, body: full } : {}) });
  }
  if (!added.length) return ms;
  return [...ms.filter((m) => !added.some((a) => m.start < a.end && a.start < m.end)), ...added].sort((a, b) => a.start - b.start);
}
