/** Entity answers for references and symbols, read from the workspace index. */
import { isEntityLabel, type Span } from '../types';
import type { EntityMention, EntityRecord, WorkspaceIndex } from '../workspace-index';

/** The entity mention under `offset`, if any (the cursor may sit just after it). */
export function entityAt(spans: readonly Span[], offset: number): Span | undefined {
  return spans.find((s) => isEntityLabel(s.label) && s.start <= offset && offset <= s.end);
}

/** Every mention of the entity `canonical` across the workspace, grouped by document. */
export function mentionsOf(index: WorkspaceIndex, canonical: string): EntityMention[] {
  const rec = index.entity(canonical);
  return rec ? [...rec.mentions.values()].flat() : [];
}

/** The mention to show for an entity in a list: its first one, preferably in `uri`. */
export function firstMention(rec: EntityRecord, uri?: string): EntityMention | undefined {
  const list = (uri && rec.mentions.get(uri)) || rec.mentions.values().next().value;
  return list?.reduce((a, b) => (b.start < a.start ? b : a));
}

/** This document's entities, one per canonical name: its first mention and how many there are. */
export function entitiesIn(spans: readonly Span[], keep: (s: Span) => boolean = () => true): { canonical: string; first: Span; count: number }[] {
  const out = new Map<string, { canonical: string; first: Span; count: number }>();
  for (const s of spans) {
    if (!isEntityLabel(s.label) || !keep(s)) continue;
    const canonical = s.canonical ?? s.text;
    const seen = out.get(canonical);
    if (seen) seen.count++;
    else out.set(canonical, { canonical, first: s, count: 1 });
  }
  return [...out.values()];
}
