/**
 * `[MP / MP3 SP / M2 SP / MF SP]`, `(M1 / MP)`: brackets that hold nothing but short codes between slashes tag a
 * passage with the works or sources it draws on; the codes name no person, body or place. A code with a digit or of
 * two words tells such tags from countries' codes (`(US/UK)`).
 */
import type { Mention } from './mention';

/** A code: one to four capitals and digits, or two such words (`MP3 SP`). */
const CODE = String.raw`[\p{Lu}\p{N}]{1,4}(?: [\p{Lu}\p{N}]{1,4})?`;
const TAGS = new RegExp(String.raw`[\[(][ \t]*${CODE}(?:[ \t]*/[ \t]*${CODE})+[ \t]*[\])]`, 'gu');

export function sourceTags(text: string, ms: Mention[]): void {
  for (const x of text.matchAll(TAGS)) {
    // A code with a digit or of two words marks the tags (`MP3`, `MP SP`); capitals alone may be countries (`(US/UK)`).
    if (!/[\p{Lu}\p{N}]*\p{N}|\p{Lu} \p{Lu}/u.test(x[0])) continue;
    const end = x.index + x[0].length;
    for (const m of ms) if (m.start > x.index && m.end < end) Object.assign(m, { label: undefined, strength: 0, noEntity: true, reason: 'a code in a bracket of source tags' });
  }
}
