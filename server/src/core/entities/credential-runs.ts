/**
 * `Jeffrey A. Slotnick, CPP, PSP`, `Supriya Bahri, CCP, CBP`, `Jane G. Doe, MA, MSEd, LPC`: two or more sets of initials
 * (or degrees written with small letters among the capitals) joined by commas right after a person's name, ending the line
 * or the clause, are the person's credentials, no bodies, though no list knows them. (One
 * alone may be where the person works: `Jane Doe, NASA`; a run naming a known body is left whole.)
 */
import type { DocMention } from './resolve';
import { ACRONYM_GUESS } from './piece';

/** One set of initials (`CPP`) or a degree with small letters among its capitals (`MSEd`, `PhD`): two to six letters, two capitals or more. */
const CREDENTIAL = String.raw`\p{Lu}(?=\p{L}*\p{Lu})[\p{Lu}\p{Ll}]{1,5}(?![\p{L}])`;
const RUN_AFTER = new RegExp(String.raw`^,?[ \t]+(${CREDENTIAL}(?:,[ \t]+${CREDENTIAL})+)(?=[,.;)]|[ \t]*(?:\n|$))`, 'u');

export function credentialRuns(ms: DocMention[], text: string): DocMention[] {
  let runs: [number, number][] | undefined;
  for (const m of ms) {
    if (m.label !== 'PERSON') continue;
    const x = RUN_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!x) continue;
    const start = m.end + x[0].length - x[1].length;
    (runs ??= []).push([start, start + x[1].length]);
  }
  if (!runs) return ms;
  // (Only initials no list knows: `Bob Smith, CEO, NASA` ends with the body he leads.)
  const inRun = (m: DocMention) => runs!.some(([a, b]) => m.start >= a && m.end <= b);
  const known = runs.filter(([a, b]) => ms.some((m) => m.start >= a && m.end <= b && m.label && m.reason !== ACRONYM_GUESS && !m.guess));
  return ms.filter((m) => !(m.reason === ACRONYM_GUESS && inRun(m) && !known.some(([a, b]) => m.start >= a && m.end <= b)));
}
