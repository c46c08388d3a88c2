/**
 * Normalised keys for comparing names: case, accents, apostrophes, spacing and the
 * usual spelling variants of organisation names folded away.
 */
import { CONNECTORS } from './vocabulary';

/** Memoises a string function (names repeat a lot); the cache is dropped when it grows large. */
export function cached(fn: (s: string) => string): (s: string) => string {
  let cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 50_000) cache = new Map();
      cache.set(s, (v = fn(s)));
    }
    return v;
  };
}

/** Case- and accent-free form of a name, for gazetteer look-ups (`Türkiye` → `turkiye`). */
export const nameKey = cached((s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase(),
);

/**
 * A looser key for spelling variants of one organisation name:
 * `Organisation of the Turkic States` ≈ `Organization of Turkic States`,
 * `Co-operation` ≈ `Cooperation`, `Energy Department` ≈ `Department of Energy`.
 */
export const variantKey = cached((s: string): string =>
  nameKey(s)
    .replace(/\b(the|of|for|and|on|in)\b/g, ' ')
    .replace(/isation/g, 'ization')
    .replace(/centre/g, 'center')
    .replace(/programme/g, 'program')
    .replace(/labour/g, 'labor')
    .replace(/defence/g, 'defense')
    .replace(/[-.'&,]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // `Energy Department` ≈ `Department of Energy`.
    .replace(/^(.+) (department|ministry)$/, '$2 $1'),
);

/** A name written in capitals, in title case (`ASTANA` → `Astana`, `UST-KAMENOGORSK` → `Ust-Kamenogorsk`). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’(])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** Does the string have at least two letters and no lowercase letter? */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    if (ch !== ch.toLowerCase()) letters++;
    else if (ch !== ch.toUpperCase()) return false;
  }
  return letters >= 2;
}

/** The last word of a name, lowercased (`Spanish Football Federation` → `federation`): its head. */
export function headWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * Initials of a name's words, connectors aside (`Organization of Turkic States` → `OTS`); with `spellCapitals`, a word
 * of two or three capitals gives all its letters (`UK Independence Party` → `UKIP`).
 */
export function initials(name: string, spellCapitals = false): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w))
    .map((w) => (spellCapitals && /^\p{Lu}{2,3}$/u.test(w) ? w : w[0]))
    .join('')
    .toUpperCase();
}
