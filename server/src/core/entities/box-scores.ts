/**
 * A sports roundup's box scores: `Palm Bay d. Rockledge 70-44`, `Rockledge 14 11 6 15 — 44`,
 * `Palm Bay (1-0): Tolivert 25 points. Davis 17 points.` The names a result, a score line or a
 * record opens are teams (organisations, though they read as towns: `Melbourne`, `Cocoa`), and
 * the names before a number and a statistic are players, whatever they read as alone (`Jordan
 * Munoz 8 saves`, `Christian Watts 1 goal`, `Davis 17 points`). A team sheet names its players by an initial and a
 * surname before their country or club in brackets (`D Peel (Wales)`).
 */
import { mention, replaceOverlapping, type Mention } from './mention';

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
