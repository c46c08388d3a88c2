/** Small text utilities shared by detectors and the index. */

/**
 * The normalised form of a paragraph used to find repeats (case, spacing and edge
 * punctuation folded), or undefined when it is too short to count as a repeat.
 */
export function paragraphKey(text: string): string | undefined {
  const norm = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const words = norm.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words >= 5 ? norm : undefined;
}
