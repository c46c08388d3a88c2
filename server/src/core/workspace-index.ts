/**
 * The workspace index: every document's entities and paragraphs, kept current one
 * document at a time (update replaces that document's contribution; nothing is rebuilt).
 * Detectors read it as evidence; hovers, references and symbols read it for answers.
 */
import type { Doc } from './document';
import { isEntityLabel, type EntityLabel, type Span, type SpanRef } from './types';
import { paragraphKey } from './text';
import { Memo } from './memo';
import { bumpCount } from './counts';

export interface EntityMention extends SpanRef {
  text: string;
  label: EntityLabel;
  canonical: string;
}

export interface EntityRecord {
  canonical: string;
  /** The label most of its mentions carry. */
  label: EntityLabel;
  /** Surface forms seen, with how many mentions use each. */
  aliases: Map<string, number>;
  /** Mentions per document URI. */
  mentions: Map<string, EntityMention[]>;
  /** How many mentions carry each label (kept incrementally; `label` is its maximum). */
  labelCounts: Map<EntityLabel, number>;
}

interface DocEntry {
  spans: Span[];
  mentions: EntityMention[];
  paragraphs: { key: string; ref: SpanRef }[];
}

export class WorkspaceIndex {
  private readonly docs = new Map<string, DocEntry>();
  private readonly entities = new Map<string, EntityRecord>();
  /** surface form → label → number of mentions. */
  private readonly surfaces = new Map<string, Map<EntityLabel, number>>();
  /** surface form → uri → number of mentions (to discount a document's own votes). */
  private readonly surfaceDocs = new Map<string, Map<string, Map<EntityLabel, number>>>();
  private readonly paragraphs = new Map<string, SpanRef[]>();
  private _generation = 0;
  /** paragraph text → its key, so an edit re-normalises only the paragraphs it touched. */
  private readonly keys = new Memo(50000);

  /** Increases with every change; a cheap way to know cached answers are stale. */
  get generation(): number {
    return this._generation;
  }

  get size(): number {
    return this.docs.size;
  }

  uris(): IterableIterator<string> {
    return this.docs.keys();
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  spansOf(uri: string): readonly Span[] {
    return this.docs.get(uri)?.spans ?? [];
  }

  /** Replace what `doc` contributes: its spans (entities) and its paragraphs. */
  update(doc: Doc, spans: Span[]): void {
    this.remove(doc.uri);
    const mentions: EntityMention[] = [];
    for (const s of spans) {
      if (!isEntityLabel(s.label)) continue;
      mentions.push({ uri: doc.uri, start: s.start, end: s.end, text: s.text, label: s.label, canonical: s.canonical ?? s.text });
    }
    const paragraphs: DocEntry['paragraphs'] = [];
    for (const p of doc.paragraphs) {
      const key = this.keys.get(p.text, () => paragraphKey(p.text) ?? null);
      if (key) paragraphs.push({ key, ref: { uri: doc.uri, start: p.start, end: p.end } });
    }
    this.docs.set(doc.uri, { spans, mentions, paragraphs });
    for (const m of mentions) this.addMention(m);
    for (const p of paragraphs) {
      const list = this.paragraphs.get(p.key);
      if (list) list.push(p.ref);
      else this.paragraphs.set(p.key, [p.ref]);
    }
    this._generation++;
  }

  remove(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) return;
    this.docs.delete(uri);
    for (const m of entry.mentions) this.removeMention(m);
    for (const p of entry.paragraphs) {
      const list = this.paragraphs.get(p.key);
      if (!list) continue;
      const rest = list.filter((r) => r.uri !== uri);
      if (rest.length) this.paragraphs.set(p.key, rest);
      else this.paragraphs.delete(p.key);
    }
    this._generation++;
  }

  /** How often `surface` was labelled each way, optionally leaving one document out. */
  surfaceLabels(surface: string, exceptUri?: string): Map<EntityLabel, number> {
    const all = this.surfaces.get(surface);
    if (!all) return new Map();
    if (!exceptUri) return new Map(all);
    const own = this.surfaceDocs.get(surface)?.get(exceptUri);
    const out = new Map<EntityLabel, number>();
    for (const [label, n] of all) {
      const left = n - (own?.get(label) ?? 0);
      if (left > 0) out.set(label, left);
    }
    return out;
  }

  /** Every entity of the workspace. */
  allEntities(): IterableIterator<EntityRecord> {
    return this.entities.values();
  }

  entity(canonical: string): EntityRecord | undefined {
    return this.entities.get(canonical);
  }

  /** Entities whose canonical name or an alias contains `query` (case-insensitive). */
  searchEntities(query: string, limit = 200): EntityRecord[] {
    const q = query.toLowerCase();
    const out: EntityRecord[] = [];
    for (const e of this.entities.values()) {
      if (e.canonical.toLowerCase().includes(q) || [...e.aliases.keys()].some((a) => a.toLowerCase().includes(q))) {
        out.push(e);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** Where a paragraph with this normalised key occurs in the workspace, in index order. */
  occurrences(key: string): readonly SpanRef[] {
    return this.paragraphs.get(key) ?? [];
  }

  private addMention(m: EntityMention): void {
    let rec = this.entities.get(m.canonical);
    if (!rec) {
      rec = { canonical: m.canonical, label: m.label, aliases: new Map(), mentions: new Map(), labelCounts: new Map() };
      this.entities.set(m.canonical, rec);
    }
    rec.aliases.set(m.text, (rec.aliases.get(m.text) ?? 0) + 1);
    const list = rec.mentions.get(m.uri);
    if (list) list.push(m);
    else rec.mentions.set(m.uri, [m]);
    rec.labelCounts.set(m.label, (rec.labelCounts.get(m.label) ?? 0) + 1);
    rec.label = majorityLabel(rec);
    bumpCount(this.surfaces, m.text, m.label, 1);
    let perDoc = this.surfaceDocs.get(m.text);
    if (!perDoc) this.surfaceDocs.set(m.text, (perDoc = new Map()));
    bumpCount(perDoc, m.uri, m.label, 1);
  }

  private removeMention(m: EntityMention): void {
    const rec = this.entities.get(m.canonical);
    if (rec) {
      const n = (rec.aliases.get(m.text) ?? 1) - 1;
      if (n > 0) rec.aliases.set(m.text, n);
      else rec.aliases.delete(m.text);
      rec.mentions.delete(m.uri);
      const c = (rec.labelCounts.get(m.label) ?? 1) - 1;
      if (c > 0) rec.labelCounts.set(m.label, c);
      else rec.labelCounts.delete(m.label);
      if (rec.mentions.size === 0) this.entities.delete(m.canonical);
      else rec.label = majorityLabel(rec);
    }
    bumpCount(this.surfaces, m.text, m.label, -1);
    const perDoc = this.surfaceDocs.get(m.text);
    if (perDoc) {
      bumpCount(perDoc, m.uri, m.label, -1);
      if (perDoc.size === 0) this.surfaceDocs.delete(m.text);
    }
  }
}

function majorityLabel(rec: EntityRecord): EntityLabel {
  let best: EntityLabel = rec.label;
  let n = -1;
  for (const [label, c] of rec.labelCounts) if (c > n) [best, n] = [label, c];
  return best;
}
