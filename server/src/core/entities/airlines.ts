/**
 * `Alaska’s network`, `at Alaska, said`, `American plans to begin new service`: in a document naming an airline by a place
 * or a people and `Airlines` (`Alaska Airlines`, `American Airlines`), that first word alone is the airline where it owns
 * something, does something, or is where someone works; elsewhere it is the place or the people (`flights to Alaska`).
 */
import type { DocMention } from './resolve';

/** An airline's name: one word, then its kind. */
const AIRLINE = /^(\p{Lu}\p{Ll}+) (?:Airlines|Air Lines|Airways)$/u;
/** After the word: its possessive, or a verb of the present (`plans`, `has`, `will`). */
const ACTS_AFTER = /^(?:['’]s\b| (?:will|would|has|had|is|was|said|says|plans|planned|launched|announced|operates|flies|offers|added)\b)/;

export function airlineShortNames(ms: DocMention[], text: string): void {
  const airlines = new Map<string, DocMention>();
  for (const m of ms) {
    const x = m.label === 'ORG' ? AIRLINE.exec(m.text) : null;
    if (x) airlines.set(x[1], m);
  }
  if (!airlines.size) return;
  for (const m of ms) {
    const full = airlines.get(m.text);
    if (!full || (m.label !== 'PLACE' && m.label !== 'NORP')) continue;
    const after = text.slice(m.end, m.end + 12);
    const at = /\bat $/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^,/.test(after);
    if (ACTS_AFTER.test(after) || at) Object.assign(m, { label: 'ORG', reason: `short name of the airline ${full.text}`, linked: full, gazKind: undefined });
  }
}
