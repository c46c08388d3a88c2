/**
 * A bounded cache of per-paragraph results, kept across analyses of the same or other
 * documents so that re-analysis after an edit recomputes only the changed paragraphs.
 *
 * Two generations approximate LRU without touching the map on every hit: entries live
 * in `young`; when it is full it becomes `old` (the previous `old` is dropped), and a hit
 * in `old` moves the entry back to `young`. Whatever is used at least once per
 * generation survives; a hit costs one lookup.
 */
export class Memo {
  private young = new Map<string, unknown>();
  private old = new Map<string, unknown>();

  /** `max` bounds each generation, so at most 2 × max entries are kept. */
  constructor(private readonly max = 20000) {}

  /** The cached value for `key`, computing and storing it when absent. */
  get<T>(key: string, compute: () => T): T {
    if (this.young.has(key)) return this.young.get(key) as T;
    let value: T;
    if (this.old.has(key)) {
      value = this.old.get(key) as T;
      this.old.delete(key);
    } else {
      value = compute();
    }
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
