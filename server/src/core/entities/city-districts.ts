/**
 * `bringing fresh energy to Downtown Phoenix`, `23 New Businesses Now Open in Downtown Phoenix`: a city's centre named
 * by `Downtown`, `Uptown` or `Midtown` and the city is a place, though a body of the document takes the same words for
 * its name (`Downtown Phoenix Inc.`) and so reads it as that body. The body keeps its legal form (`Downtown Phoenix
 * Inc.`) and a copyright line keeps its holder (`© 2025 Downtown Phoenix.`).
 */
import type { DocMention } from './resolve';
import { gazetteer } from './gazetteer';
import { nameKey } from './keys';
import { COPYRIGHT_HOLDER_REASON } from './paragraph';

const DISTRICT = /^(?:Downtown|Uptown|Midtown) (\p{Lu}[\p{L}.'’ -]*)$/u;

export function cityDistricts(ms: DocMention[]): void {
  for (const m of ms) {
    if (m.label !== 'ORG' || m.reason?.startsWith(COPYRIGHT_HOLDER_REASON)) continue;
    const x = DISTRICT.exec(m.text);
    if (!x || gazetteer().get(nameKey(x[1]))?.label !== 'PLACE') continue;
    Object.assign(m, { label: 'PLACE', strength: 2, guess: false, lexical: false, person: undefined, linked: undefined, reason: `the centre of the city ${x[1]}` });
  }
}
