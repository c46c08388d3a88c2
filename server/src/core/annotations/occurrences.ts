/** Whole-word occurrences of a string: not inside a longer word on either side. */

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(text: string, i: number, backwards: boolean): boolean {
  if (i < 0 || i >= text.length) return false;
  let ch = text[i];
  // Astral characters: read the whole surrogate pair.
  const code = text.charCodeAt(i);
  if (backwards && code >= 0xdc00 && code <= 0xdfff && i > 0) ch = text.slice(i - 1, i + 1);
  else if (!backwards && code >= 0xd800 && code <= 0xdbff) ch = text.slice(i, i + 2);
  return WORD.test(ch);
}

/** Occurrences of `needle` in `text` (case-sensitive) that start and end at word boundaries. */
export function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!needle) return out;
  const edgeStart = WORD.test(needle[0]);
  const edgeEnd = WORD.test(needle[needle.length - 1]);
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (edgeStart && isWordChar(text, i - 1, true)) continue;
    if (edgeEnd && isWordChar(text, end, false)) continue;
    out.push({ start: i, end });
  }
  return out;
}
