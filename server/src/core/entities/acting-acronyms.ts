/**
 * `Air and Marine Operations (AMO) found …`, and paragraphs later `AMO says it conducts …`: capitalised words right
 * before initials in brackets that they spell are a body where the document has those initials speak or act anywhere,
 * whatever the words read as alone (common words, a place's name). The paragraph reads the same where the initials act
 * in it (`speakingAcronyms`); this reads the rest of the document.
 */
import type { DocMention } from './resolve';
import { mention, replaceInside } from './mention';

/** The reason a paragraph gives initials it reads as abbreviating common words. */
export const ABBREVIATES_COMMON_WORDS = 'abbreviates common words';

/** Verbs a body speaks or acts with right after its acronym (`EA says`, `The BRC said`); a term's acronym takes none. */
const ACTS_AFTER = String.raw`\s+(?:says|said|told|added|warned|announced|reported|wants|plans|expects|believes|estimates|argued|claimed|insisted|confirmed|revealed|predicted|urged|stated)\b`;

/**
 * Capitalised words whose initials spell `acronym`, function words between them skipped (`Air and Marine Operations`),
 * not after another capitalised word but `The`.
 */
export function speltWords(acronym: string): string {
  return String.raw`(?<![\p{L}\p{N}]|\b(?!The )\p{Lu}\p{L}* )` + [...acronym].map((l) => `${l}[\\p{Ll}’'-]+`).join(String.raw`\s+(?:(?:of|and|for|the|on|in|&)\s+)*`) + String.raw`(?![\p{L}\p{N}]| \p{Lu})`;
}

/** The initials speak or act somewhere in `text` (`EA says`, `(BRC) said`). */
export const actsIn = (acronym: string, text: string): boolean => new RegExp(`(?:\\(|\\b)${acronym}\\)?${ACTS_AFTER}`).test(text);

/** The document spells the initials out in small letters beside them (`GIM (gradient interaction modifications)`, `gradient interaction modifications (GIM)`): a term's. */
export function speltSmall(acronym: string, text: string): boolean {
  const words = [...acronym.toLowerCase()].map((l) => `${l}[\\p{Ll}’'-]+`).join(String.raw`\s+(?:(?:of|and|for|the|on|in|&)\s+)*`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${acronym} \(${words}\)|${words} \(${acronym}\))`, 'u').test(text);
}

/**
 * Initials in brackets read as abbreviating common words (`Named Binary Tag (NBT)`) are a body where they act in the
 * document; not where the document also spells them in small letters (a method's `GIM estimates …`).
 */
export function actingInitials(ms: DocMention[], text: string): void {
  for (const m of ms) {
    if (m.noEntity && m.acronym && m.reason === ABBREVIATES_COMMON_WORDS && /^\p{Lu}{2,6}$/u.test(m.text) && actsIn(m.text, text) && !speltSmall(m.text, text)) {
      Object.assign(m, { label: 'ORG', strength: 2, noEntity: false, reason: `initials of a body: “${m.text}” speaks or acts in the document` });
    }
  }
}

export function actingAcronyms(ms: DocMention[], text: string): void {
  const done = new Set<string>();
  for (const m of [...ms]) {
    if (m.label !== 'ORG' || !m.acronym || !/^\p{Lu}{2,6}$/u.test(m.text) || done.has(m.text)) continue;
    done.add(m.text);
    if (!text.includes(`(${m.text})`) || !actsIn(m.text, text)) continue;
    for (const x of text.matchAll(new RegExp(`${speltWords(m.text)} \\(${m.text}\\)`, 'gu'))) {
      const start = x.index;
      const end = start + x[0].length - m.text.length - 3;
      // (Not over a mention reaching outside the words, nor a person's.)
      if (ms.some((o) => o.start < end && o.end > start && (o.start < start || o.end > end || o.label === 'PERSON'))) continue;
      if (ms.some((o) => o.start === start && o.end === end && o.label === 'ORG')) continue;
      replaceInside(ms, mention(start, end, text.slice(start, end), 'ORG', 2, `a body: its words spell “${m.text}”, which speaks or acts in the document`, { initial: false }));
    }
  }
}
