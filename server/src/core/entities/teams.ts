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
import { lineRanges } from '../text';

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
const TEAM = new RegExp(`(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{Ll}.]+ ){1,3})(${NICKNAMES.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Places named as teams' homes that are no town of the gazetteer. */
const HOMES = new Set(['Golden State', 'New England', 'Tampa Bay', 'Green Bay', 'Bay Area']);

export function cityTeams(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(TEAM)) {
    // The home is the place found just before the nickname, or one of the homes above ending there.
    const homeEnd = x.index + x[1].length - 1;
    let from = ms.find((m) => m.end === homeEnd && m.label === 'PLACE' && m.gazKind)?.start ?? -1;
    const words = x[1].trimEnd().split(' ');
    for (let k = 0; from < 0 && k < words.length; k++) if (HOMES.has(words.slice(k).join(' '))) from = homeEnd - words.slice(k).join(' ').length;
    if (from < 0) continue;
    const end = x.index + x[0].length;
    replaceUnlessCrossed(ms, mention(from, end, text.slice(from, end), 'ORG', 2, `a team: ${x[2]} after its home`, { team: true }));
  }
}

const NICKNAME_SET: ReadonlySet<string> = new Set(NICKNAMES);
/** Words of the leagues' sports; a page naming this many of them is about sport. */
const SPORT_WORDS = /\b(?:quarterbacks?|touchdowns?|NFL|NBA|MLB|NHL|playoffs?|coach|innings?|pitchers?|yards|linebackers?|receivers?|rebounds|home runs?)\b/g;
const SPORT_PAGE = 3;
const NICKNAME_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${NICKNAMES.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** Nickname lines a sports menu needs for each to be read as its team. */
const MENU_TEAMS = 3;

/**
 * `the Browns` after `Cleveland Browns`: a nickname alone is the team the document names in full; and a sports menu's
 * lines that are nicknames alone (`Pistons` / `Red Wings` / `Tigers`), three or more within a few lines, are teams.
 */
export function teamNicknames(ms: DocMention[], text: string): DocMention[] {
  // `Vikings star Stefon Diggs`, `the Texans beat the Colts`: a people's plural that is a league's nickname, on a page about
  // the league's sport, is the team.
  if (ms.some((m) => m.label === 'NORP' && NICKNAME_SET.has(m.text)) && (text.match(SPORT_WORDS) ?? []).length >= SPORT_PAGE) {
    for (const m of ms) if (m.label === 'NORP' && NICKNAME_SET.has(m.text)) Object.assign(m, { label: 'ORG', strength: 2, team: true, reason: `${m.text}: a team on a page about its sport` });
  }
  const named = new Map<string, string>();
  for (const m of ms) {
    if (m.label !== 'ORG' || !m.team) continue;
    const nick = NICKNAMES.find((n) => m.text.endsWith(` ${n}`));
    if (nick && !named.has(nick)) named.set(nick, m.text);
  }
  const menu = menuNicknames(text);
  if (!named.size && !menu.size) return ms;
  // A menu's team is named in full with the town the page names most (a local paper's or station's own).
  const home = menu.size ? commonestCity(ms) : undefined;
  const added: DocMention[] = [];
  for (const x of text.matchAll(NICKNAME_WORD)) {
    const start = x.index;
    const end = start + x[0].length;
    const name = named.get(x[1]);
    if (!name && !menu.has(start)) continue;
    if (ms.some((m) => m.start < end && start < m.end && m.label !== undefined && (m.start !== start || m.end !== end))) continue; // inside a longer name
    const reason = name ? `${x[1]}: the short name of ${name}` : `${x[1]}: a team in a sports menu`;
    // The team's full name is its canonical one (as a body's own name is: `body`), whatever the short form's own would be.
    const full = name ?? (home ? `${home} ${x[1]}` : undefined);
    added.push({ ...mention(start, end, x[0], 'ORG', 2, reason, { team: true }), ...(full ? { canonical: full, body: full } : {}) });
  }
  if (!added.length) return ms;
  const at = new Set(added.map((m) => m.start));
  return [...ms.filter((m) => !at.has(m.start)), ...added].sort((a, b) => a.start - b.start);
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
