/**
 * The annotators' decisions of every document the server has touched, kept in step with
 * three things that change independently: the document's text (editor edits move the
 * annotations), its `.txt` on disk (what the `.ann` offsets count against) and the
 * `.ann`/`.rejected` files (another annotator, a pull).
 *
 * The rule that keeps them honest: the store's offsets always refer to the document's
 * current text; the files are written only when the current text is the text on disk
 * (`basis`), so the `.ann` always matches its `.txt`. Decisions taken while the document
 * has unsaved edits are written when it is saved, or re-anchored onto the disk text
 * when it is closed without saving. Every write is atomic (see atomic-write.ts).
 */
import { AnnotationStore, type AnchorReport } from '../../core/annotations';
import { annotationPaths, type AnnotationPaths } from './paths';
import { readIfExists, writeAtomic } from '../../node/atomic-write';

export interface AnnotationEntry {
  key: string;
  store: AnnotationStore;
  paths: AnnotationPaths;
  /** The `.txt` text on disk the files' offsets count against. */
  basis: string;
  /** What the files held when last read or written (undefined: no file). */
  onDisk: { ann?: string; rejected?: string };
  /** The store version the files hold. */
  written: number;
  /** What re-anchoring found at the last load (moved or orphaned annotations). */
  reports: AnchorReport[];
  /** Set when the files could not be read: the entry is never written, so nothing on disk is overwritten. */
  unreadable?: string;
}

export interface AnnotationHost {
  /** The document's current text (the editor's when open), if the server knows it. */
  text(key: string): string | undefined;
  /** The document's text on disk, if it can be read. */
  diskText(key: string): Promise<string | undefined>;
  /** Where the files of `key` live (from the settings); undefined for non-file documents. */
  paths(key: string): Promise<AnnotationPaths | undefined>;
  /** Something about the entry changed (decisions, reports): publish again. */
  changed(key: string): void;
  /** A file could not be read or written: tell the annotator. */
  problem(message: string): void;
}

export class AnnotationFiles {
  private readonly entries = new Map<string, AnnotationEntry>();
  private readonly loading = new Map<string, Promise<AnnotationEntry | undefined>>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly host: AnnotationHost) {}

  /** The loaded decisions of a document (synchronous: for answering requests). */
  get(key: string): AnnotationEntry | undefined {
    return this.entries.get(key);
  }

  all(): AnnotationEntry[] {
    return [...this.entries.values()];
  }

  /** Load the document's files once; later calls get the same entry. */
  ensure(key: string): Promise<AnnotationEntry | undefined> {
    const have = this.entries.get(key);
    if (have) return Promise.resolve(have);
    let p = this.loading.get(key);
    if (!p) {
      p = this.load(key).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  /** Read the files again (they changed on disk, or the settings moved them). */
  async reload(key: string): Promise<void> {
    await this.loading.get(key);
    await this.writing.get(key);
    const entry = this.entries.get(key);
    if (!entry) return;
    const ann = await readIfExists(entry.paths.ann).catch(() => undefined);
    const rejected = await readIfExists(entry.paths.rejected).catch(() => undefined);
    if (ann === entry.onDisk.ann && rejected === entry.onDisk.rejected) return; // our own write coming back
    this.entries.delete(key);
    await this.ensure(key);
    this.host.changed(key);
  }

  /** An editor edit: replace [start, end) of the current text with `inserted`. */
  edit(key: string, start: number, end: number, inserted: string): void {
    this.entries.get(key)?.store.applyEdit(start, end, inserted);
  }

  /** The whole text was replaced (a full-content change). */
  replaced(key: string, oldText: string, newText: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.reports = entry.store.rebase(oldText, newText);
  }

  /** After edits: when the text is back to what is on disk (undo, a reload from disk), write what moved. */
  settleSoon(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const entry = this.entries.get(key);
        if (entry && this.host.text(key) === entry.basis) void this.flush(key);
      }, 300),
    );
  }

  /** A decision was taken: write now if the text matches the disk, else when it is saved. Returns whether it was written. */
  async decided(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.host.changed(key);
    if (this.host.text(key) !== entry.basis) return false;
    await this.flush(key);
    return true;
  }

  /** The document was saved: its text is now the disk's. */
  async saved(key: string, text: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.basis = text;
    await this.flush(key);
  }

  /**
   * The document's text on disk changed or the editor dropped unsaved edits: the
   * decisions are re-anchored from the text they followed (`from`) onto the disk text.
   */
  async rebaseOnto(key: string, from: string, diskText: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (from !== diskText) entry.reports = entry.store.rebase(from, diskText);
    entry.basis = diskText;
    await this.flush(key);
    this.host.changed(key);
  }

  /** Forget a document (deleted, or no longer selected); pending writes finish first. */
  async forget(key: string): Promise<void> {
    await this.flush(key);
    this.entries.delete(key);
  }

  /** Write every entry whose decisions are not on disk yet and whose text matches the disk. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((k) => (this.host.text(k) === this.entries.get(k)?.basis ? this.flush(k) : undefined)));
  }

  /** Write the entry's files if its store changed since the last write (serialised per document). */
  flush(key: string): Promise<void> {
    const previous = this.writing.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.write(key));
    this.writing.set(key, next);
    return next;
  }

  private async write(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry || entry.unreadable || entry.store.version === entry.written) return;
    const version = entry.store.version;
    const { ann, rejections } = entry.store.write(entry.basis);
    try {
      if (ann !== (entry.onDisk.ann ?? '') || (entry.onDisk.ann === undefined && entry.store.annotations.length > 0)) {
        await writeAtomic(entry.paths.ann, ann);
        entry.onDisk.ann = ann;
      }
      if (rejections !== (entry.onDisk.rejected ?? '')) {
        await writeAtomic(entry.paths.rejected, rejections);
        entry.onDisk.rejected = rejections;
      }
      entry.written = version;
    } catch (e) {
      this.host.problem(`Marginalia could not save ${entry.paths.ann}: ${e instanceof Error ? e.message : String(e)}. Your decisions are kept in memory; they will be written at the next change or save.`);
    }
  }

  private async load(key: string): Promise<AnnotationEntry | undefined> {
    const paths = await this.host.paths(key);
    if (!paths) return undefined;
    let ann: string | undefined;
    let rejected: string | undefined;
    let unreadable: string | undefined;
    try {
      [ann, rejected] = await Promise.all([readIfExists(paths.ann), readIfExists(paths.rejected)]);
    } catch (e) {
      unreadable = e instanceof Error ? e.message : String(e);
      this.host.problem(`Marginalia cannot read the annotations of ${paths.ann}: ${unreadable}. They are not shown, and nothing will be written over them.`);
    }
    const disk = await this.host.diskText(key);
    const basis = disk ?? this.host.text(key) ?? '';
    const { store, reports } = AnnotationStore.read(ann ?? '', rejected ?? '', basis);
    const entry: AnnotationEntry = { key, store, paths, basis, onDisk: { ann, rejected }, written: store.version, reports, unreadable };
    if (this.entries.has(key)) return this.entries.get(key);
    this.entries.set(key, entry);
    const now = this.host.text(key);
    if (now !== undefined && now !== basis) entry.reports.push(...store.rebase(basis, now));
    // Re-anchored annotations are written back at once when the text matches the disk, so the .ann is right again.
    if (reports.some((r) => r.kind === 'moved')) entry.written = -1;
    if (now === basis) await this.flush(key);
    return entry;
  }
}
