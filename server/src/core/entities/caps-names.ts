/**
 * `By EARYEL BOWLEG`, a picture's credit `KRISTIAN DE SILVA` on its own line: a person's name in capitals, which the
 * tokens read as acronyms. A byline's `By` then two or three words in capitals alone on their line; or such a line
 * alone whose first word is a given name.
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';
import { isGivenName } from './given-names';
import { isCommonWord } from './lexicon';

const WORD = String.raw`[A-Z][A-Z'’-]+`;
const PARTICLE = String.raw`(?:DE|DA|DI|DU|DEL|DOS|DAS|VAN|VON|LA|LE)`;
const NAME = String.raw`(${WORD})(?:[ \t](?:${PARTICLE}[ \t])?${WORD}){1,2}`;
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const BYLINE = new RegExp(String.raw`^(?:By|BY)[ \t]+(${NAME})[ \t]*$`, 'gm');
const NAME_LINE = new RegExp(String.raw`^(${NAME})[ \t]*$`, 'gm');
const HAS_CAPS_LINE = /^(?:By[ \t]+)?[A-Z]{2,}[A-Z'’-]*[ \t][A-Z]/m;

const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();

export function capsNames(ms: DocMention[], text: string): void {
  if (!HAS_CAPS_LINE.test(text)) return;
  const add = (start: number, name: string, reason: string) => {
    const end = start + name.length;
    // (Not over a name found longer, nor a body or place read as one name there: `BBC NEWS`; only over words read alone.)
    if (ms.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end || (m.text.includes(' ') && m.label !== 'PERSON') || (m.gazKind && m.label !== 'PERSON')))) return;
    replaceOverlapping(ms, mention(start, end, name, 'PERSON', 2, reason));
  };
  for (const x of text.matchAll(BYLINE)) if (!x[1].split(/[ \t]+/).every((w) => isCommonWord(w.toLowerCase()))) add(x.index + x[0].indexOf(x[1]), x[1], 'a byline’s name in capitals');
  // (The words after the given name are no words of the language: not `READ MORE`, `JERUSALEM POST`.)
  for (const x of text.matchAll(NAME_LINE)) {
    const [first, ...rest] = x[1].split(/[ \t]+/);
    if (isGivenName(titleCase(first)) && !isCommonWord(first.toLowerCase()) && rest.every((w) => PARTICLE_WORD.test(w) || !isCommonWord(w.toLowerCase()))) add(x.index, x[1], 'a name in capitals alone on its line, opening with a given name');
  }
}
