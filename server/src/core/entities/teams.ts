/**
 * Teams of the North American leagues by their nicknames after a town or a state (`San Jose Sharks`,
 * `Cleveland Browns`, `Golden State Warriors`): general knowledge of sport, as a gazetteer is of
 * geography. Most nicknames are common words (`Giants`, `Chiefs`, `Athletics`), and a town then a
 * capitalised plural is far more often a headline's subject and verb (`India Rejects`) or a section
 * (`Texas News`), so only these nicknames make the pair one team. Nicknames that are words of the
 * weather or of ordinary speech in the singular (`Heat`, `Magic`, `Wild`, `Fire`) are left out.
 */
import { mention, replaceUnlessCrossed, type Mention } from './mention';
import type { DocMention } from './resolve';
import { aloneOnLine, lineRanges } from '../text';
import { isCommonWord } from './lexicon';
import { isGivenName } from './given-names';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';

const NICKNAMES = `Cardinals|Falcons|Ravens|Bills|Panthers|Bears|Bengals|Browns|Cowboys|Broncos|Lions|Packers|Texans|Colts|Jaguars|
  Chiefs|Raiders|Chargers|Rams|Dolphins|Vikings|Patriots|Saints|Giants|Jets|Eagles|Steelers|49ers|Seahawks|Buccaneers|Titans|
  Commanders|Redskins|Celtics|Nets|Hornets|Bulls|Cavaliers|Mavericks|Nuggets|Pistons|Warriors|Pacers|Clippers|Lakers|
  Grizzlies|Bucks|Timberwolves|Pelicans|Knicks|76ers|Suns|Trail Blazers|Kings|Spurs|Raptors|Wizards|Diamondbacks|Braves|
  Orioles|Red Sox|Cubs|White Sox|Reds|Guardians|Indians|Rockies|Tigers|Astros|Royals|Angels|Dodgers|Marlins|Brewers|Twins|
  Mets|Yankees|Athletics|Phillies|Pirates|Padres|Mariners|Rays|Rangers|Blue Jays|Nationals|Ducks|Coyotes|Bruins|Sabres|
  Flames|Hurricanes|Blackhawks|Blue Jackets|Red Wings|Oilers|Canadiens|Predators|Devils|Islanders|Flyers|Penguins|Sharks|
  Blues|Maple Leafs|Canucks|Golden Knights|Capitals|Earthquakes|Sounders|Timbers|Whitecaps|Red Bulls`
  .split('|')
  .map((s) => s.trim());

/** A town's or a state's name of one to three capitalised words, then a nickname. */
const TEAM = new RegExp(`(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{Ll}.]+ ){1,3}?)(${NICKNAMES.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Places named as teams' homes that are no town of the gazetteer. */
const HOMES = new Set(['Golden State', 'New England', 'Tampa Bay', 'Green Bay', 'Bay Area', 'Carolina']);

export function cityTeams(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(TEAM)) {
    // The home is the place found just before the nickname, or one of the homes above ending there, or a town the
    // gazetteer knows read inside another name (`Atlanta Falcons` read as a given name and a surname).
    const homeEnd = x.index + x[1].length - 1;
    let from = ms.find((m) => m.end === homeEnd && m.label === 'PLACE' && m.gazKind)?.start ?? -1;
    const words = x[1].trimEnd().split(' ');
    for (let k = 0; from < 0 && k < words.length; k++) {
      const home = words.slice(k).join(' ');
      if (HOMES.has(home) || isHome(home)) from = homeEnd - home.length;
    }
    if (from < 0) continue;
    const end = x.index + x[0].length;
    replaceUnlessCrossed(ms, mention(from, end, text.slice(from, end), 'ORG', 2, `a team: ${x[2]} after its home`, { team: true }));
  }
}

const NICKNAME_SET: ReadonlySet<string> = new Set(NICKNAMES);

/** A town's, a state's or a region's name the gazetteer knows. */
function isHome(words: string): boolean {
  const e = gazetteer().get(nameKey(words));
  return e?.label === 'PLACE' && e.kind !== 'country';
}

/**
 * Teams' homes by their nicknames, for the nicknames that one team of the four leagues alone bears and whose home has not
 * moved in decades (not `Giants`, `Kings`, `Panthers`, `Raiders`, `Athletics`): a nickname alone is then the team named in full.
 */
const HOME_OF: ReadonlyMap<string, string> = new Map(
  `Atlanta Falcons|Baltimore Ravens|Buffalo Bills|Chicago Bears|Cincinnati Bengals|Cleveland Browns|Dallas Cowboys|Denver Broncos|
  Detroit Lions|Green Bay Packers|Houston Texans|Indianapolis Colts|Jacksonville Jaguars|Kansas City Chiefs|Miami Dolphins|
  Minnesota Vikings|New England Patriots|New Orleans Saints|Philadelphia Eagles|Pittsburgh Steelers|San Francisco 49ers|
  Seattle Seahawks|Tampa Bay Buccaneers|Tennessee Titans|Boston Celtics|Brooklyn Nets|Charlotte Hornets|Chicago Bulls|
  Cleveland Cavaliers|Dallas Mavericks|Denver Nuggets|Detroit Pistons|Golden State Warriors|Indiana Pacers|Los Angeles Clippers|
  Los Angeles Lakers|Memphis Grizzlies|Milwaukee Bucks|Minnesota Timberwolves|New Orleans Pelicans|New York Knicks|
  Philadelphia 76ers|Phoenix Suns|Portland Trail Blazers|San Antonio Spurs|Toronto Raptors|Washington Wizards|
  Arizona Diamondbacks|Atlanta Braves|Baltimore Orioles|Boston Red Sox|Chicago Cubs|Chicago White Sox|Cincinnati Reds|
  Colorado Rockies|Detroit Tigers|Houston Astros|Kansas City Royals|Los Angeles Dodgers|Miami Marlins|Milwaukee Brewers|
  Minnesota Twins|New York Mets|New York Yankees|Philadelphia Phillies|Pittsburgh Pirates|San Diego Padres|Seattle Mariners|
  Tampa Bay Rays|Toronto Blue Jays|Washington Nationals|Anaheim Ducks|Boston Bruins|Buffalo Sabres|Calgary Flames|
  Carolina Hurricanes|Chicago Blackhawks|Columbus Blue Jackets|Detroit Red Wings|Edmonton Oilers|Montreal Canadiens|
  Nashville Predators|New Jersey Devils|New York Islanders|Philadelphia Flyers|Pittsburgh Penguins|San Jose Sharks|
  St. Louis Blues|Toronto Maple Leafs|Vancouver Canucks|Vegas Golden Knights|Washington Capitals|Seattle Sounders|
  Portland Timbers|Vancouver Whitecaps|New York Red Bulls`
    .split('|')
    .map((t) => t.trim())
    .map((t) => {
      const nick = NICKNAMES.find((n) => t.endsWith(` ${n}`))!;
      return [nick, t] as [string, string];
    }),
);
/** `Leafs` for the Maple Leafs, `Sixers` for the 76ers, as the press writes them. */
const SHORT_NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['Leafs', 'Maple Leafs'],
  ['Nats', 'Nationals'],
  ['Sixers', '76ers'],
  ['Niners', '49ers'],
  ['Cavs', 'Cavaliers'],
  ['Mavs', 'Mavericks'],
  ['Bucs', 'Buccaneers'],
  ['Habs', 'Canadiens'],
  ['Blazers', 'Trail Blazers'],
]);
/** Words of the leagues' sports; a page naming this many of them is about sport. */
const SPORT_WORDS = /\b(?:quarterbacks?|touchdowns?|NFL|NBA|MLB|NHL|playoffs?|coach|innings?|pitchers?|yards|linebackers?|receivers?|rebounds|home runs?)\b/g;
const SPORT_PAGE = 3;
const NICKNAME_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${[...NICKNAMES, ...SHORT_NICKNAMES.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** Nickname lines a sports menu needs for each to be read as its team. */
const MENU_TEAMS = 3;

/** The line around `at` is prose: most of its words are in small letters (no headline in title case, no menu). */
function inProse(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const words = text.slice(start, end < 0 ? text.length : end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 8 && words.filter((w) => /^\p{Ll}/u.test(w)).length > words.length / 2;
}

/**
 * `the Browns` after `Cleveland Browns`: a nickname alone is the team the document names in full; and a sports menu's
 * lines that are nicknames alone (`Pistons` / `Red Wings` / `Tigers`), three or more within a few lines, are teams.
 */
export function teamNicknames(ms: DocMention[], text: string): DocMention[] {
  // Whether the page is about sport: its sport words counted once, when first asked.
  let sportPage: boolean | undefined;
  const sport = () => (sportPage ??= (text.match(SPORT_WORDS) ?? []).length >= SPORT_PAGE);
  // `Vikings star Stefon Diggs`, `the Texans beat the Colts`: a people's plural that is a league's nickname, on a page about
  // the league's sport, is the team.
  if (ms.some((m) => m.label === 'NORP' && NICKNAME_SET.has(m.text)) && sport()) {
    for (const m of ms) if (m.label === 'NORP' && NICKNAME_SET.has(m.text)) Object.assign(m, { label: 'ORG', strength: 2, team: true, reason: `${m.text}: a team on a page about its sport` });
  }
  const named = new Map<string, string>();
  for (const m of ms) {
    if (m.label !== 'ORG' || !m.team) continue;
    const nick = NICKNAMES.find((n) => m.text.endsWith(` ${n}`));
    if (nick && !named.has(nick)) named.set(nick, m.text);
  }
  ms = menuTeams(ms, text);
  const menu = menuNicknames(text);
  // On a page about sport, a nickname no word of the language bears (`Raptors`, `Maple Leafs`) is its team wherever it stands.
  if (!named.size && !menu.size && !sport()) return ms;
  // A menu's team is named in full with the town the page names most (a local paper's or station's own).
  const home = menu.size ? commonestCity(ms) : undefined;
  const added: DocMention[] = [];
  for (const x of text.matchAll(NICKNAME_WORD)) {
    const start = x.index;
    const end = start + x[0].length;
    const nick = SHORT_NICKNAMES.get(x[1]) ?? x[1];
    const name = named.get(nick);
    // On a page about sport: a nickname no word of the language bears, wherever it stands; one that is a word of the language
    // too after `the` inside a sentence, capitalised where the word would not be (`the Nationals have another shortstop`).
    const onSportPage = !name && !menu.has(start) && sport() && (nick.includes(' ') || !isCommonWord(nick.toLowerCase()) || (/(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, start - 5), start)) && inProse(text, start)));
    if (!name && !menu.has(start) && !onSportPage) continue;
    if (ms.some((m) => m.start < end && start < m.end && m.label !== undefined && (m.start !== start || m.end !== end))) continue; // inside a longer name
    if (ms.some((m) => m.start === start && m.end === end && m.label === 'NORP')) continue; // a people's plural (the NORP rule above decides)
    const reason = name ? `${x[1]}: the short name of ${name}` : menu.has(start) ? `${x[1]}: a team in a sports menu` : `${x[1]}: a team on a page about its sport`;
    // The team's full name is its canonical one (as a body's own name is: `body`), whatever the short form's own would be:
    // the one the page names, the league's, or (a menu's) with the town the page names most.
    const full = name ?? HOME_OF.get(nick) ?? (menu.has(start) && home ? `${home} ${nick}` : undefined);
    added.push({ ...mention(start, end, x[0], 'ORG', 2, reason, { team: true }), ...(full ? { canonical: full, body: full } : {}) });
  }
  if (!added.length) return ms;
  const at = new Set(added.map((m) => m.start));
  return [...ms.filter((m) => !at.has(m.start)), ...added].sort((a, b) => a.start - b.start);
}

/** A menu's line of a home and one more capitalised word (`Miami Heat`, `LA Galaxy`, `Houston Dynamo`). */
const HOME_AND_WORD = /^[ \t]*((?:\p{Lu}[\p{L}.]* ){1,3}?)(\p{Lu}\p{Ll}+)[ \t]*$/u;
/** A club by its kind's word (`Atlanta United`, `FC Dallas`, `Leicester City`). */
const CLUB_WORD = /^(?:FC|CF|AC|AS|SC) \p{Lu}|\p{L} (?:FC|United|City|Union|SC)$/u;
/** One capitalised word alone on its line. */
const CLUB_ALONE = /^[ \t]*\p{Lu}\p{Ll}+[ \t]*$/u;
/** Full team names a run of menu lines needs for its other homes and words to be read as teams. */
const MENU_FULL_TEAMS = 3;

/**
 * A sports menu that lists teams by their full names (`Boston Celtics`, `Chicago Bulls`, `Miami Heat`): among three
 * teams or more within a few lines, a line of a town and one more word is a team too, though the word is one of ordinary
 * speech (`Heat`, `Magic`, `Galaxy`).
 */
function menuTeams(ms: DocMention[], text: string): DocMention[] {
  const teams = ms.filter((m) => m.label === 'ORG' && (m.team || CLUB_WORD.test(m.text)) && aloneOnLine(text, m.start, m.end));
  if (teams.length < MENU_FULL_TEAMS) return ms;
  const added: DocMention[] = [];
  const lines = lineRanges(text);
  const teamLines = new Set(teams.map((m) => text.lastIndexOf('\n', m.start - 1) + 1));
  // Twice: the teams a first pass finds count as the menu's for the lines near them.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < lines.length; k++) {
      const { start, end } = lines[k];
      if (end - start > 40 || teamLines.has(start)) continue;
      let near = 0;
      for (let j = Math.max(0, k - 4); j <= Math.min(lines.length - 1, k + 4); j++) if (teamLines.has(lines[j].start)) near++;
      if (near < MENU_FULL_TEAMS) continue;
      const line = text.slice(start, end);
      const x = HOME_AND_WORD.exec(line);
      let reason: string | undefined;
      if (x && isHome(x[1].trimEnd()) && !isHome(`${x[1]}${x[2]}`)) reason = 'a team in a menu of teams: a home and a word';
      // `Liverpool`, `Everton`, `Juventus` between two clubs: a club by its town's name or its own word alone.
      else if (CLUB_ALONE.test(line) && (teamLines.has(lines[k - 1]?.start) || teamLines.has(lines[k + 1]?.start)) && clubAlone(line.trim())) reason = 'a club in a menu of teams: its one name beside other clubs';
      if (!reason) continue;
      const from = start + line.length - line.trimStart().length;
      const to = start + line.trimEnd().length;
      added.push(mention(from, to, text.slice(from, to), 'ORG', 2, reason, { team: true }));
      teamLines.add(start);
    }
  }
  if (!added.length) return ms;
  return [...ms.filter((m) => !added.some((a) => m.start < a.end && a.start < m.end)), ...added].sort((a, b) => a.start - b.start);
}

/** A club's one name: a town the gazetteer knows, or a word neither of the language nor a given name (`Juventus`). */
function clubAlone(word: string): boolean {
  const e = gazetteer().get(nameKey(word));
  if (e) return e.label === 'PLACE' && e.kind === 'city';
  return !isCommonWord(word.toLowerCase()) && !isGivenName(word);
}

/** Starts of the lines that are one nickname alone, in runs of menu lines holding three such or more. */
function menuNicknames(text: string): Set<number> {
  const out = new Set<number>();
  // A nickname's line is short: longer lines are not trimmed nor looked up.
  const lines = lineRanges(text).map(({ start, end }) => ({ start, text: end - start <= 20 ? text.slice(start, end) : '' }));
  const isNick = (l: { text: string }) => NICKNAME_SET.has(l.text.trim());
  for (let k = 0; k < lines.length; k++) {
    if (!isNick(lines[k])) continue;
    let near = 0;
    for (let j = Math.max(0, k - 4); j <= Math.min(lines.length - 1, k + 4); j++) if (isNick(lines[j])) near++;
    if (near >= MENU_TEAMS) out.add(lines[k].start + (lines[k].text.length - lines[k].text.trimStart().length));
  }
  return out;
}

/** The town the mentions name most often, if any, in longer places' names too (`San Francisco Bay Area`). */
function commonestCity(ms: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.label === 'PLACE' && m.gazKind === 'city') counts.set(m.canonical ?? m.text, (counts.get(m.canonical ?? m.text) ?? 0) + 1);
  const cities = [...counts.keys()];
  for (const m of ms) {
    if (m.label !== 'PLACE') continue;
    const city = cities.find((c) => m.text.startsWith(c + ' '));
    if (city) counts.set(city, counts.get(city)! + 1);
  }
  let best: string | undefined;
  for (const [city, n] of counts) if (!best || n > counts.get(best)!) best = city;
  return best;
}
