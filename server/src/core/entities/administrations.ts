/**
 * `the Biden White House`, `the Obama White House`: a president's surname before `White House` names his
 * administration's staff by him; the golds read the person and the house apart (a body's name does not take him in).
 */
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';
import { isCommonWord } from './lexicon';
import { mention, type Mention } from './mention';

export const ADMINISTRATION_TEST = /\p{Lu}\p{Ll}+ White House\b/u;

export function administrations(text: string, ms: Mention[]): void {
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    const x = /^(\p{Lu}\p{Ll}+) White House$/u.exec(m.label === 'ORG' ? m.text : '');
    if (!x || isCommonWord(x[1]) || gazetteer().get(nameKey(x[1]))) continue;
    const person = mention(m.start, m.start + x[1].length, x[1], 'PERSON', 2, 'a president before the White House he heads', { initial: m.initial });
    const house = mention(m.start + x[1].length + 1, m.end, 'White House', 'ORG', 2, 'the White House after its president', { initial: false });
    ms.splice(k, 1, person, house);
  }
}
