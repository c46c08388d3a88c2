/** Nested counters (`key → value → count`) that forget what drops to zero. */
export function bumpCount<K, V>(table: Map<K, Map<V, number>>, key: K, value: V, by: number): void {
  let counts = table.get(key);
  if (!counts) table.set(key, (counts = new Map()));
  const n = (counts.get(value) ?? 0) + by;
  if (n > 0) counts.set(value, n);
  else counts.delete(value);
  if (counts.size === 0) table.delete(key);
}
