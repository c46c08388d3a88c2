/**
 * Teams of the North American leagues by their nicknames after a town or a state (`San Jose Sharks`,
 * `Cleveland Browns`, `Golden State Warriors`): general knowledge of sport, as a gazetteer is of
 * geography. Most nicknames are common words (`Giants`, `Chiefs`, `Athletics`), and a town then a
 * capitalised plural is far more often a headline's subject and verb (`India Rejects`) or a section
 * (`Texas News`), so only these nicknames make the pair one team. Nicknames that are words of the
 * weather or of ordinary speech in the singular (`Heat`, `Magic`, `Wild`, `Fire`) are left out.
 */
import { mention, replaceUnlessCrossed, type Mention } from './mention';

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
