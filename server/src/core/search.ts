/**
 * Binary search over items sorted by position: `where(item)` is negative when the item
 * lies before the one sought, positive after it, zero on it.
 */
export function binarySearch<T>(items: readonly T[], where: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = where(items[mid]);
    if (w < 0) lo = mid + 1;
    else if (w > 0) hi = mid - 1;
    else return items[mid];
  }
  return undefined;
}
