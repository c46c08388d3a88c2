/**
 * `By EARYEL BOWLEG`, a picture's credit `KRISTIAN DE SILVA` on its own line: a person's name in capitals, which the
 * tokens read as acronyms. A byline's `By` then two or three words in capitals alone on their line; or such a line
 * alone whose first word is a given name. A picture's credit of a given name and a surname in capitals.
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';
import { titleCase } from './keys';

const WORD = String.raw`[A-Z][A-Z'’-]+`;
const PARTICLE = String.raw`(?:DE|DA|DI|DU|DEL|DOS|DAS|VAN|VON|LA|LE)`;
const NAME = String.raw`(${WORD})(?:[ \t](?:${PARTICLE}[ \t])?${WORD}){1,2}`;
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const BYLINE = new RegExp(String.raw`^(?:By|BY)[ \t]+(${NAME})[ \t]*$`, 'gm');
const NAME_LINE = new RegExp(String.raw`^(${NAME})[ \t]*$`, 'gm');
const NAME_ALONE = new RegExp(String.raw`^${NAME}$`);
const HAS_CAPS_LINE = /^(?:By[ \t]+)?[A-Z]{2,}[A-Z'’-]*[ \t][A-Z]/m;
/**
 * A picture's credit as the agencies print it, the surname in capitals: `(Photo by Ezequiel BECERRA / AFP)`,
 * `AFP PHOTO / Ezequiel BECERRA`.
 */
const CREDIT_NAME = new RegExp(String.raw`(?:\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage) by[ \t]+|\/[ \t]*)(\p{Lu}\p{Ll}+)[ \t]((?:${PARTICLE}[ \t])?${WORD}(?:[ \t]${WORD})?)(?=[ \t]*(?:\/|\)|$))`, 'gmu');
const HAS_CREDIT = /[ \t]\/|\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage) by\b/;

/**
 * Two or three words in capitals, a particle among them maybe, the first a given name: the shape of a person's name as a
 * picture's credit prints it (`KRISTIAN DE SILVA`). Boilerplate reads a credit line so.
 */
export function hasCapsNameShape(words: string): boolean {
  return NAME_ALONE.test(words) && isGivenName(titleCase(words.slice(0, words.search(/[ \t]/))));
}

/** Such a name whose words are no words of the language (not `READ MORE`, `JERUSALEM POST`): a person's. */
export function isCapsPersonName(words: string): boolean {
  if (!hasCapsNameShape(words)) return false;
  const [first, ...rest] = words.split(/[ \t]+/);
  return !isCommonWord(first.toLowerCase()) && rest.every((w) => PARTICLE_WORD.test(w) || !isCommonWord(w.toLowerCase()));
}

export function capsNames(ms: DocMention[], text: string): void {
  const lines = HAS_CAPS_LINE.test(text);
  const credits = HAS_CREDIT.test(text);
  if (!lines && !credits) return;
  const add = (start: number, name: string, reason: string) => {
    const end = start + name.length;
    // (Not over a name found longer, nor a body or place read as one name there: `BBC NEWS`; only over words read alone.)
    if (ms.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end || (m.text.includes(' ') && m.label !== 'PERSON') || (m.gazKind && m.label !== 'PERSON')))) return;
    replaceOverlapping(ms, mention(start, end, name, 'PERSON', 2, reason));
  };
  if (credits) {
    for (const x of text.matchAll(CREDIT_NAME)) {
      if (!isGivenName(x[1]) || x[2].split(/[ \t]+/).some((w) => !PARTICLE_WORD.test(w) && isCommonWord(w.toLowerCase()))) continue;
      const start = x.index + x[0].length - x[1].length - 1 - x[2].length;
      add(start, text.slice(start, x.index + x[0].length), 'a picture’s credit: a given name and a surname in capitals');
    }
  }
  if (!lines) return;
  for (const x of text.matchAll(BYLINE)) if (!x[1].split(/[ \t]+/).every((w) => isCommonWord(w.toLowerCase()))) add(x.index + x[0].indexOf(x[1]), x[1], 'a byline’s name in capitals');
  for (const x of text.matchAll(NAME_LINE)) if (isCapsPersonName(x[1])) add(x.index, x[1], 'a name in capitals alone on its line, opening with a given name');
}
