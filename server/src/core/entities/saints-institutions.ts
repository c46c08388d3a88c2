/**
 * `St Vincent's Hospital`, `St Lucia's Church`: a place the gazetteer names after a saint, then its possessive and an
 * institution's word, is the saint's institution, a body, not the place (the paragraph reads the same where the saint's
 * name is no known place).
 */
import type { DocMention } from './resolve';
import { SAINTS_INSTITUTIONS } from './vocabulary';

const SAINT_PLACE = /^(?:St\.?|Saint) \p{Lu}/u;
const POSSESSIVE_INSTITUTION = /^['’]s (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;

export function saintsInstitutions(ms: DocMention[], text: string): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label !== 'PLACE' || !SAINT_PLACE.test(m.text)) continue;
    const x = POSSESSIVE_INSTITUTION.exec(text.slice(m.end, m.end + 20));
    if (!x || !SAINTS_INSTITUTIONS.test(x[1]) || (ms[k + 1] && ms[k + 1].start < m.end + x[0].length && ms[k + 1].label !== 'ORG')) continue;
    const end = m.end + x[0].length;
    if (ms[k + 1] && ms[k + 1].start < end) ms.splice(k + 1, 1);
    Object.assign(m, { end, text: text.slice(m.start, end), label: 'ORG', strength: 2, gazKind: undefined, canonical: undefined, reason: 'a saint’s institution' });
  }
}
