/**
 * `Hurricane Irene`, `Cyclone Tracy`, `Tropical Storm Irene`, `Storm Ciarán`: a storm named like a person is an event, no entity, nor is
 * its name alone after the storm's kind (not `Hurricane Center`, a body whose head follows).
 */
import type { DocMention } from './resolve';

/** A storm's kinds, which open its name. */
const KINDS = 'Hurricane|Typhoon|Cyclone|Tropical Storm|Storm';
/** Heads after a storm's kind and a name that make a body or a notice of it, no storm (`Hurricane Center`). */
const HEADS = 'Center|Centre|Season|Status|Warning|Watch|Relief|Fund';
const STORM = new RegExp(`^(?:${KINDS}|Super Typhoon) \\p{Lu}\\p{Ll}+$`, 'u');
const STORM_BEFORE = new RegExp(`(?:${KINDS}) $`);
/** `Storm Ciarán`, `Storm Babet`: Europe's storms are named after `Storm` alone, which is also a given name (`Storm Reid`). */
const WEATHER = /\b(?:wind|winds|gusts?|rain|rainfall|flood(?:s|ing)?|weather|forecast|Met (?:Office|Éireann)|coastlines?|waves)\b/i;
const NOT_A_NAME = new RegExp(`\\s(?:${HEADS})$`);

export function withoutNamedStorms(ms: DocMention[], text: string): DocMention[] {
  if (!/Hurricane |Typhoon |Cyclone |Storm /.test(text)) return ms;
  const europe = /Storm \p{Lu}/u.test(text) && WEATHER.test(text);
  const storm = (m: DocMention) => STORM.test(m.text) && !NOT_A_NAME.test(m.text) && (europe || !m.text.startsWith('Storm ') || text.slice(Math.max(0, m.start - 9), m.start) === 'Tropical ');
  const after = (m: DocMention) => {
    const before = STORM_BEFORE.exec(text.slice(Math.max(0, m.start - 15), m.start));
    return !!before && (europe || !before[0].startsWith('Storm'));
  };
  // `Ciarán arrived early`, `(Agnes)` after `the first named storm`: a storm's name alone, once the document names the storm
  // by its kind, or in brackets after `named storm`, is the storm.
  // (The storms read as mentions are among those written so: `Tropical Storm Irene` opens with no `Storm`.)
  const names = new Set<string>();
  for (const x of text.matchAll(STORM_NAME_BEFORE)) if (europe || !x[0].startsWith('Storm')) names.add(x[1]);
  for (const x of text.matchAll(NAMED_STORM_BRACKETS)) names.add(x[1]);
  return ms.filter((m) => !storm(m) && !after(m) && !names.has(m.text));
}

/** A storm's kind then its name, wherever the detector read the name as something else. */
const STORM_NAME_BEFORE = new RegExp(`(?:${KINDS}) (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}]| (?:${HEADS})\\b)`, 'gu');
/** `The first named storm was in September (Agnes)`. */
const NAMED_STORM_BRACKETS = /\bnamed storm\b[^.()\n]{0,60}\((\p{Lu}\p{Ll}+)\)/gu;
