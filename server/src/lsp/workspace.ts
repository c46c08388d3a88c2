/**
 * The server's documents: the open ones (the editor's text wins) and the ones read from
 * disk, each analysed into the shared index. Answers come from the latest analysis of
 * the current version; a document with none yet is analysed on the spot (it is fast).
 * Documents are keyed by URI in one spelling (see uris.ts).
 */
import { Analyzer, type Analysis } from '../core/analyzer';
import { Doc } from '../core/document';
import { Uris } from './uris';

export class Workspace {
  private readonly docs = new Map<string, Doc>();
  private readonly open = new Set<string>();
  private readonly analyses = new Map<string, Analysis>();
  private readonly failing = new Set<string>();
  /** The index generation right after each document's last analysis. */
  private readonly seen = new Map<string, number>();
  private readonly uris = new Uris();

  constructor(
    readonly analyzer: Analyzer = new Analyzer(),
    /** Told when an analysis throws (once per document until it succeeds again). */
    private readonly onError: (uri: string, error: unknown) => void = () => undefined,
  ) {}

  get index() {
    return this.analyzer.index;
  }

  /** The key of a URI the client sent. */
  readonly key = (uri: string): string => this.uris.key(uri);

  /** The URI to send the client for a key. */
  readonly clientUri = (key: string): string => this.uris.out(key);

  /** The current text of a known document. */
  readonly doc = (uri: string): Doc | undefined => this.docs.get(uri);

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  openUris(): string[] {
    return [...this.open];
  }

  /** Every document known, open or read from disk. */
  knownUris(): string[] {
    return [...this.docs.keys()];
  }

  /** The latest analysis of the document's current version, made now if missing. */
  analysis(uri: string): Analysis | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const cached = this.analyses.get(uri);
    return cached && cached.doc === doc ? cached : this.analyze(uri);
  }

  /** Analyse the current version again (the index may have changed around it); undefined if the analysis throws. */
  analyze(uri: string): Analysis | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    try {
      const a = this.analyzer.analyze(doc);
      this.analyses.set(uri, a);
      this.seen.set(uri, this.index.generation);
      this.failing.delete(uri);
      return a;
    } catch (e) {
      if (!this.failing.has(uri)) this.onError(uri, e);
      this.failing.add(uri);
      return undefined;
    }
  }

  /** Whether the latest analysis is of the current text and nothing entered the index since. */
  isCurrent(uri: string): boolean {
    return this.analyses.get(uri)?.doc === this.docs.get(uri) && this.seen.get(uri) === this.index.generation;
  }

  /** The editor's text of an open document. */
  setOpen(uri: string, text: string, version: number): void {
    this.open.add(uri);
    if (this.docs.get(uri)?.version !== version || this.docs.get(uri)?.text !== text) this.docs.set(uri, new Doc(uri, text, version));
  }

  /** The editor closed it: it stays known (as last seen) until reread or removed. */
  close(uri: string): void {
    this.open.delete(uri);
  }

  /** Text read from disk; ignored while the document is open. Returns whether it was taken. */
  setFromDisk(uri: string, text: string): boolean {
    if (this.open.has(uri)) return false;
    if (this.docs.get(uri)?.text !== text) this.docs.set(uri, new Doc(uri, text));
    return true;
  }

  /** Forget a document (deleted, or no longer selected). */
  remove(uri: string): void {
    this.open.delete(uri);
    this.docs.delete(uri);
    this.analyses.delete(uri);
    this.seen.delete(uri);
    this.index.remove(uri);
  }

  /** Forget every document that is not open (before indexing again). */
  removeClosed(): void {
    for (const uri of [...this.docs.keys()]) if (!this.open.has(uri)) this.remove(uri);
  }
}
