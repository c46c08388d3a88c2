/**
 * `Disney Plus`, `Disney +` on a page that also writes `Disney+`; `Google Plus`: a service named by its maker's name and a
 * plus sign spelt out or set apart is the service, one organisation (the glued `Disney+` is read per paragraph, see
 * PLUS_SERVICE). Only a big platform's name or one the page writes with its sign glued: `PlayStation Plus` is a
 * product's tier. Its canonical name is written with the sign glued, as the service writes it (`Google+`).
 */
import type { DocMention } from './resolve';
import { isKnownOrg } from './known-orgs';

/** ` Plus` as a word, or ` +` before a space, a stop or the end. */
const SPELT_PLUS = /^(?: Plus(?![\p{L}\p{N}])| \+(?=[\s,.;:!?)'"’”/]|$))/u;

export function speltPlusServices(ms: DocMention[], text: string): DocMention[] {
  if (!text.includes(' Plus') && !text.includes(' +')) return ms;
  const glued = new Set(ms.filter((m) => m.label === 'ORG' && m.text.endsWith('+')).map((m) => m.text.slice(0, -1)));
  const dropped = new Set<DocMention>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.label !== 'ORG' || (!glued.has(m.text) && !isKnownOrg(m.text))) continue;
    const sign = SPELT_PLUS.exec(text.slice(m.end, m.end + 6));
    if (!sign) continue;
    const end = m.end + sign[0].length;
    const next = ms[k + 1];
    if (next && next.start < end) {
      if (next.text !== 'Plus') continue;
      dropped.add(next);
    }
    Object.assign(m, { end, text: text.slice(m.start, end), strength: 2, canonical: undefined, linked: undefined, reason: 'a service: its maker’s name and a plus sign spelt out' });
  }
  return dropped.size ? ms.filter((m) => !dropped.has(m)) : ms;
}

/** `Disney Plus`, `Disney +` → `Disney+`: the service's canonical name is written with its sign glued, as it writes it. */
export function speltPlusCanonicals(ms: readonly DocMention[]): void {
  let glued: Set<string> | undefined;
  for (const m of ms) {
    if (m.label !== 'ORG' || !m.canonical) continue;
    const x = /^(\p{Lu}\p{L}*)(?: Plus| \+)$/u.exec(m.canonical);
    if (!x) continue;
    glued ??= new Set(ms.filter((o) => o.label === 'ORG' && o.text.endsWith('+')).map((o) => o.text.slice(0, -1)));
    if (isKnownOrg(x[1]) || glued.has(x[1])) m.canonical = `${x[1]}+`;
  }
}
