/**
 * Products news names without saying what they are: consoles, phones, tablets, assistants, games, software (`Xbox`,
 * `AirPods`, `Siri`, `Pokemon`, `Tomb Raider`). No entity, alone or as a word of a longer capitalised run
 * (`Nintendo Switch Lite Pokemon Zacian`); a service or a body named after one is (`Xbox Live`,
 * `PlayStation Network`, `Xbox Game Studios`). World knowledge, like the organisations' table (known-orgs.ts): names
 * that are also given names or common words (`Alexa`, `Surface`, `Galaxy`, `Mario`) are left out.
 */
import type { DocMention } from './resolve';
import { CAR_MAKERS, isKnownOrg } from './known-orgs';
import { ORG_TAIL_HEADS } from './org-words';

const KNOWN_PRODUCTS = new Set(
  `Xbox|XBox|PlayStation|Playstation|DualShock|AirPods|AirPod|iPhone|iPad|iPod|iMac|MacBook|Chromecast|Chromebook|Siri|
  Cortana|Kindle|Pokemon|Pokémon|Fortnite|Minecraft|Tomb Raider|ThinkPad|Walkman|Photoshop|PowerPoint`
    .split('|')
    .map((s) => s.trim()),
);
/** Longest product name, in words. */
const MAX_WORDS = 2;

/** Words after a product that make the run a service's or a body's name. */
const BODY_AFTER = new Set(['Live', 'Network', 'Store', 'Plus', 'Now', 'Studios', 'Game', 'Entertainment', 'Foundation']);

/** Where a known product's name starts among `words`, and how many words it takes. */
function productAt(words: readonly string[]): [number, number] | undefined {
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(MAX_WORDS, words.length - k); n >= 1; n--) if (KNOWN_PRODUCTS.has(words.slice(k, k + n).join(' '))) return [k, n];
  }
  return undefined;
}

export function withoutKnownProducts(ms: DocMention[]): DocMention[] {
  const out: DocMention[] = [];
  for (const m of ms) {
    const words = m.text.split(' ');
    const at = productAt(words);
    if (!at) {
      out.push(m);
      continue;
    }
    const [k, n] = at;
    const after = words.slice(k + n);
    if (after.some((w) => BODY_AFTER.has(w) || ORG_TAIL_HEADS.has(w.toLowerCase()))) {
      out.push(m);
      continue;
    }
    // `Microsoft Xbox`: a maker the tables know before the product is the company.
    const maker = words.slice(0, k).join(' ');
    if (k > 0 && (isKnownOrg(maker) || CAR_MAKERS.has(maker))) {
      out.push(Object.assign(m, { end: m.start + maker.length, text: maker, label: 'ORG', strength: 1, guess: false, lexical: false, phrase: false, reason: 'the maker before its product’s name' }));
    }
  }
  return out;
}
