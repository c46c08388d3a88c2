/**
 * Names that are no entity wherever the document writes them, read from the whole text: a programme the document
 * explains in apposition, a law's initials, a spacecraft, a part an actor plays, the letters heading an index's parts.
 */
import { isGivenName } from './given-names';

/** `Medicaid, the joint state-federal health program for …`: a name, then a programme in apposition (up to four words before the noun). */
const PROGRAMME_APPOSITION = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+), (?:the|a|an) (?:[\p{L}-]+ ){0,4}(?:program|programme|scheme)\b/gu;

/** A law's name in capitals then `Act` or `Bill` (small words between), with its initials: `American Health Care Act` → `AHCA`. */
const LAW_NAME = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:of|and|for|with|on|the|to)[ \t]+)?){1,7})(?:Act|Bill)\b/gu;

/**
 * A programme's name the document explains in apposition, and a law's initials (`the AHCA would slash their tax
 * credits` beside `the American Health Care Act`): no bodies, wherever written.
 */
export function programmeAndLawNames(text: string): string[] {
  const names = [...text.matchAll(PROGRAMME_APPOSITION)].map((x) => x[1]);
  if (/(?:Act|Bill)\b/.test(text)) {
    for (const x of text.matchAll(LAW_NAME)) {
      const words = (x[1].match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).filter((w, i) => i > 0 || !/^(?:The|A|An)$/.test(w));
      const initials = words.map((w) => w[0]).join('') + (x[0].endsWith('Bill') ? 'B' : 'A');
      if (initials.length >= 3 && new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(text)) names.push(initials);
    }
  }
  return names;
}

/** A name before a spacecraft's kind. */
const CRAFT = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+)[ \t](?:[Ss]pacecraft|lander|rover|orbiter)\b/gu;
/** The worlds a craft may be named after (`Moon lander`, `Mars rover`), names of their own. */
const WORLDS = /^(?:Moon|Lunar|Mars|Martian|Venus|Mercury|Jupiter|Saturn|Uranus|Neptune|Pluto|Earth|Sun|Solar|Comet|Asteroid|Space|NASA|ESA)$/;

/**
 * `the Rosetta spacecraft`, `the Philae lander`: a craft's name, no place (`Rosetta` in Egypt) nor body, wherever written; not a world
 * it lands on (`Moon lander`) nor the nation that sent it (`Russian spacecraft`).
 */
export function craftNames(text: string): Set<string> {
  const names = new Set<string>();
  if (/pacecraft|lander|rover|orbiter/.test(text)) for (const x of text.matchAll(CRAFT)) if (!WORLDS.test(x[1])) names.add(x[1]);
  return names;
}

/** A name of one or two capitalised words, an optional description in small letters, then a full name in brackets. */
const ROLE_THEN_ACTOR = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:, (?:an?|the) (?:[\p{Ll}-]+ ){0,4}[\p{Ll}-]+)? \((\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+\)/gu;

/**
 * `the plot revolves around Newt Scamander (Eddie Redmayne)`, `Tina, a disgraced auror (Katherine Waterston)`: a name with
 * an actor's full name in brackets after it (a description between) is a part played, a fictional character, no entity;
 * nor are its parts wherever written (`Newt, Tina, and the gang`).
 */
export function rolesPlayed(text: string): Set<string> {
  const roles = new Set<string>();
  if (!text.includes(' (')) return roles;
  for (const x of text.matchAll(ROLE_THEN_ACTOR)) {
    if (!isGivenName(x[2])) continue;
    const parts = x[1].split(' ');
    roles.add(x[1]);
    if (parts.length > 1) for (const part of parts) roles.add(part);
  }
  return roles;
}

/**
 * `A-D` / … / `E-F` / … / `G-K`: letters from first to last, each alone on its line, two such lines at least, head the parts
 * of an index (a list of regions, of names); no bodies (`I-D`, `U-M` alone are names: their letters do not run forward).
 */
export function letterRanges(text: string): Set<string> {
  const found = new Set<string>();
  if (!/^\p{Lu}-\p{Lu}$/mu.test(text)) return found;
  for (const x of text.matchAll(/^(\p{Lu})-(\p{Lu})$/gmu)) if (x[1] < x[2]) found.add(x[0]);
  return found.size >= 2 ? found : new Set();
}
