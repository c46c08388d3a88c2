/**
 * `Vectra AI acquires Netography`, `security firm Vectra AI announced`: a company's name with `AI` after it, written so
 * twice at least, is the company's whole name (the start-ups of the trade name themselves so), not a name and initials
 * of no one. Not after a known company (`Google AI`, `IBM AI tools`: its work in the field), nor before a capitalised
 * word (`Docker AI Attack`, a headline's words).
 */
import type { DocMention } from './resolve';
import { mention, replaceOverlapping } from './mention';

const AI_AFTER = /^ AI(?![\p{L}\p{N}'’-]| \p{Lu})/u;
/** How often the document must write the name with `AI`. */
const TIMES = 2;

export function aiBrands(ms: DocMention[], text: string): void {
  const withAi = (m: DocMention) => AI_AFTER.test(text.slice(m.end, m.end + 6));
  // A company's name once (the other writings may be read as no name yet: `Vectra` opening a headline).
  const companies = new Set(ms.filter((m) => m.label === 'ORG' && !m.gazKind && withAi(m)).map((m) => m.text));
  if (!companies.size) return;
  const found = new Map<string, number[]>();
  for (const m of ms) {
    if (!companies.has(m.text) || (m.label && m.label !== 'ORG') || !withAi(m)) continue;
    const at = found.get(m.text) ?? [];
    at.push(m.start);
    found.set(m.text, at);
  }
  for (const [name, at] of found) {
    if (at.length < TIMES) continue;
    for (const start of at) replaceOverlapping(ms, mention(start, start + name.length + 3, `${name} AI`, 'ORG', 2, 'a company’s name and `AI`, written so again and again'));
  }
}
