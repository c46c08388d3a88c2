/**
 * What the other documents of the workspace know about names: canonical names per
 * surface form, full personal names by surname and by name part, organisation names
 * by spelling variant and by their last words. Kept incrementally: each document's
 * contribution is recomputed only when its spans in the index change, so a sync
 * costs one identity check per document plus the documents that changed.
 */
import { CONNECTORS } from './vocabulary';
import { bumpCount } from '../counts';
import type { Span } from '../types';
import type { WorkspaceIndex } from '../workspace-index';
import { isEntityLabel } from '../types';
import { variantKey } from './keys';
import { foldName, nameParts, surnameKey } from './similarity';

type Counts = Map<string, number>;
type Table = Map<string, Counts>;
type Entry = [table: number, key: string, canonical: string];

const SURFACE = 0;
const PERSON_BY_SURNAME = 1;
const PERSON_BY_PART = 2;
const ORG_VARIANT = 3;
const ORG_SUFFIX = 4;

export class WorkspaceNames {
  private readonly tables: Table[] = [new Map(), new Map(), new Map(), new Map(), new Map()];
  private readonly docs = new Map<string, { spans: readonly Span[]; entries: Entry[] }>();

  /** Bring the tables up to date with the index, leaving `exceptUri` (the document being analysed) out. */
  sync(ws: WorkspaceIndex, exceptUri: string): void {
    const seen = new Set<string>();
    for (const uri of ws.uris()) {
      if (uri === exceptUri) continue;
      seen.add(uri);
      const spans = ws.spansOf(uri);
      const cur = this.docs.get(uri);
      if (cur?.spans === spans) continue;
      if (cur) this.apply(cur.entries, -1);
      const entries = entriesOf(spans);
      this.apply(entries, 1);
      this.docs.set(uri, { spans, entries });
    }
    for (const [uri, cur] of this.docs) {
      if (seen.has(uri)) continue;
      this.apply(cur.entries, -1);
      this.docs.delete(uri);
    }
  }

  /** Canonical names other documents gave this exact surface form. */
  canonicalsOf(surface: string): ReadonlyMap<string, number> | undefined {
    return this.tables[SURFACE].get(surface);
  }
  /** Full personal names (canonical) with this folded surname. */
  personsBySurname(name: string): ReadonlyMap<string, number> | undefined {
    return this.tables[PERSON_BY_SURNAME].get(surnameKey(name));
  }
  /** Full personal names (canonical) that have this word as one of their parts. */
  personsByPart(word: string): ReadonlyMap<string, number> | undefined {
    const key = foldName(word);
    return key.length >= 2 ? this.tables[PERSON_BY_PART].get(key) : undefined;
  }
  /** Organisation canonical names written like `name` up to spelling variants. */
  orgVariants(name: string): ReadonlyMap<string, number> | undefined {
    return this.tables[ORG_VARIANT].get(variantKey(name));
  }
  /** Organisation canonical names ending with `name` (`General Assembly` → `United Nations General Assembly`). */
  orgsEndingWith(name: string): ReadonlyMap<string, number> | undefined {
    return this.tables[ORG_SUFFIX].get(variantKey(name));
  }

  private apply(entries: readonly Entry[], by: number): void {
    for (const [t, key, canonical] of entries) bumpCount(this.tables[t], key, canonical, by);
  }
}

function entriesOf(spans: readonly Span[]): Entry[] {
  const out: Entry[] = [];
  for (const s of spans) {
    if (!isEntityLabel(s.label)) continue;
    const canonical = s.canonical ?? s.text;
    out.push([SURFACE, s.text, canonical]);
    if (s.label === 'PERSON' && nameParts(canonical).length >= 2) {
      out.push([PERSON_BY_SURNAME, surnameKey(canonical), canonical]);
      const parts = new Set([...nameParts(canonical), ...nameParts(s.text)].map(foldName));
      // A part folding to one letter (`A321`, an initial) names no one.
      for (const p of parts) if (p.length >= 2) out.push([PERSON_BY_PART, p, canonical]);
    }
    if (s.label === 'ORG') {
      for (const form of new Set([s.text, canonical])) {
        out.push([ORG_VARIANT, variantKey(form), canonical]);
        const words = form.split(/\s+/);
        // Not after a connector: `Council of the European Union` is no longer form of `European Union`.
        for (let k = 1; k + 2 <= words.length; k++) if (!CONNECTORS.has(words[k - 1]) && !CONNECTORS.has(words[k])) out.push([ORG_SUFFIX, variantKey(words.slice(k).join(' ')), canonical]);
      }
    }
  }
  return out;
}

/** The name with the highest count (ties: the longer name, then the first in order). */
export function best(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let out: string | undefined;
  let n = 0;
  if (!counts) return undefined;
  for (const [name, c] of counts) if (c > n || (c === n && out !== undefined && name.length > out.length)) [out, n] = [name, c];
  return out;
}

/** The canonical name other documents give this surface form, when it differs from it. */
export function otherDocs(surface: string, names: WorkspaceNames): string | undefined {
  const c = best(names.canonicalsOf(surface));
  return c && c !== surface ? c : undefined;
}
