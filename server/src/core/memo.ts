/**
 * A bounded cache of per-paragraph results, kept across analyses of the same or other
 * documents so that re-analysis after an edit recomputes only the changed paragraphs.
 */
export class Memo {
  private readonly map = new Map<string, unknown>();

  constructor(private readonly max = 20000) {}

  /** The cached value for `key`, computing and storing it when absent. */
  get<T>(key: string, compute: () => T): T {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) {
      // Refresh recency: Map iteration order is insertion order.
      this.map.delete(key);
      this.map.set(key, hit);
      return hit as T;
    }
    const value = compute();
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    return value;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}
