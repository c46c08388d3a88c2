/**
 * `the gods are Zeus, the king, of the gods; the queen of the goddesses being Hera, his wife`, `Aphrodite, who became Venus in
 * Roman mythology`: a single name beside a god's or a goddess's noun or a mythology in its clause is a deity's, no person nor
 * place (the golds annotate no deity). A title or a verb of saying keeps a person (`Athena said`).
 */
import type { Mention } from './mention';

/** A god's or a myth's word, in small letters (`Thank God for …`, `God separated Britain …` name no deity beside them). */
const DIVINE = /\b(?:gods?|goddess(?:es)?|deit(?:y|ies)|mytholog(?:y|ies|ical)|pantheon|demigods?)\b/;
/** How far around the name its clause is read. */
const REACH = 60;

export function withoutDeities<M extends Mention>(ms: M[], text: string): M[] {
  if (!DIVINE.test(text)) return ms;
  return ms.filter((m) => {
    // (A country's, a region's or a city's name stays theirs: `the gods of Greece`.)
    if (m.text.includes(' ') || (m.label !== 'PERSON' && !(m.label === 'PLACE' && (!m.gazKind || m.gazKind === 'body'))) || (m.label === 'PERSON' && m.strength === 2 && !m.guess && !/given name|part of/.test(m.reason))) return true;
    const before = text.slice(Math.max(0, m.start - REACH), m.start);
    const after = text.slice(m.end, m.end + REACH);
    // The clause around the name: from the last stop before it to the first after it.
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(';')) + 1) + m.text + after.slice(0, firstStop(after));
    return !DIVINE.test(clause);
  });
}

function firstStop(t: string): number {
  const x = /[.;\n!?]/.exec(t);
  return x ? x.index : t.length;
}
