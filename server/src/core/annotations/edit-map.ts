/**
 * How a span follows an edit. Each character carries the set of annotations covering it;
 * an edit deletes the characters of [a, b) and inserts n new ones at a, which belong to an
 * annotation only when both neighbours of the insertion do. A span all of whose
 * characters are deleted is gone.
 */

/** The span [s, e) after replacing [a, b) with n characters; undefined when it is deleted. */
export function mapSpan(s: number, e: number, a: number, b: number, n: number): [number, number] | undefined {
  const d = n - (b - a);
  if (b <= s) {
    // Entirely before (an insertion at s stays outside: its right neighbour is in, its left one is not).
    return [s + d, e + d];
  }
  if (a >= e) return [s, e];
  if (a <= s && b >= e) return undefined;
  if (a <= s) return [a + n, e + d]; // the edit eats the start: what is inserted lies before what is left
  if (b >= e) return [s, a]; // the edit eats the end
  return [s, e + d]; // strictly inside: the inserted text is part of the span
}
