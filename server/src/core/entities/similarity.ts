/**
 * String similarity for personal names written in different transliterations
 * (`Kasim Khomart Tokayev` ~ `Kassym-Jomart Tokayev`, `Zhaparov` ~ `Japarov`):
 * a phonetic fold of common Latin transliteration variants, then Jaro-Winkler.
 */
import { NAME_PARTICLES } from './vocabulary';
import { cached } from './keys';

/** Lowercase, no accents, no separators, transliteration variants folded, doubled letters single. */
export const foldName = cached((s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1'),
);

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const partsCache = new Map<string, readonly string[]>();

/**
 * The words of a personal name without particles: `Charles de Gaulle` → [Charles, Gaulle].
 * Memoised (names recur on every keystroke); the array is shared and read-only.
 */
export function nameParts(name: string): readonly string[] {
  let v = partsCache.get(name);
  if (v === undefined) {
    if (partsCache.size > 50_000) partsCache.clear();
    // A particle ending the name is its surname (`Tahir Della`, `Della` alone), not a particle.
    const words = name.split(/\s+/).filter(Boolean);
    v = words.filter((w, k) => !NAME_PARTICLES.has(w.toLowerCase()) || k === words.length - 1);
    partsCache.set(name, v);
  }
  return v;
}

/** The folded surname (last part) of a personal name, the index key for variants. */
export function surnameKey(name: string): string {
  const parts = nameParts(name);
  return foldName(parts[parts.length - 1] ?? '');
}

export const SURNAME_THRESHOLD = 0.93;
export const GIVEN_THRESHOLD = 0.8;

/**
 * Are two full names (two words or more) the same person in other spellings? The
 * surnames must (nearly) agree after folding, and so must the given names.
 */
export function samePerson(a: string, b: string): boolean {
  // Memoised on the pair: a document's names are compared with each other again on every keystroke.
  const key = `${a}\u0000${b}`;
  let v = samePeople.get(key);
  if (v === undefined) {
    if (samePeople.size > 100_000) samePeople.clear();
    samePeople.set(key, (v = comparePeople(a, b)));
  }
  return v;
}

const samePeople = new Map<string, boolean>();

function comparePeople(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (pa.length < 2 || pb.length < 2) return false;
  if (initialsFit(pa, pb) || initialsFit(pb, pa)) return true;
  if (foldName(pa.join('')) === foldName(pb.join(''))) return true;
  const sa = foldName(pa[pa.length - 1]);
  const sb = foldName(pb[pb.length - 1]);
  if (sa !== sb && jaroWinkler(sa, sb) < SURNAME_THRESHOLD) return false;
  const ga = foldName(pa.slice(0, -1).join(''));
  const gb = foldName(pb.slice(0, -1).join(''));
  return jaroWinkler(ga, gb) >= GIVEN_THRESHOLD;
}

/** `C.`, `M.L.`, `M. L.`: given names written as their initials only, the letters. */
function initialLetters(given: readonly string[]): string | undefined {
  const letters = given.join('').replace(/\./g, '');
  return given.every((g) => /^(?:\p{Lu}\.)+$/u.test(g)) && letters ? letters : undefined;
}

/** `C. Dobkin` and `Carlos Dobkin`, `M.L. Anderson` and `Michael L. Anderson`: the same surname, and `a`'s initials those of `b`'s given names, spelt out. */
function initialsFit(a: readonly string[], b: readonly string[]): boolean {
  const letters = initialLetters(a.slice(0, -1));
  if (!letters || initialLetters(b.slice(0, -1)) || foldName(a[a.length - 1]) !== foldName(b[b.length - 1])) return false;
  return b.slice(0, -1).map((g) => g[0]).join('') === letters;
}

/** A name whose given names are written as initials only (`C. Dobkin`): no canonical form where one spelt out is known. */
export function initialledName(name: string): boolean {
  const parts = nameParts(name);
  return parts.length >= 2 && initialLetters(parts.slice(0, -1)) !== undefined;
}
