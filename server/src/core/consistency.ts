/**
 * Consistency across the corpus: the same string labelled differently in different
 * documents (`Astana Times` ORG here, PLACE in two other files). The book keeps, per
 * document, the label each entity string carries there (accepted annotations first,
 * then suggestions) and reports, for one document, the strings other documents label
 * otherwise — with where, and the label most documents agree on.
 */
import type { CoreDiagnostic } from './diagnostics';
import { isEntityLabel, type Span, type SpanRef } from './types';

interface Entry {
  label: string;
  /** The first place the string carries that label in the document. */
  at: SpanRef;
  /** Whether an annotator decided it there (accepted) rather than a detector. */
  accepted: boolean;
}

export interface Conflict {
  text: string;
  here: string;
  /** Other documents' labels for the text, with one place each. */
  elsewhere: { uri: string; label: string; at: SpanRef; accepted: boolean }[];
  /** The label most documents give the text (decisions count double); ties keep this document's. */
  majority: string;
}

export class LabelBook {
  /** text → uri → entry */
  private readonly byText = new Map<string, Map<string, Entry>>();
  private readonly textsOf = new Map<string, Set<string>>();

  /** Record the entity spans a document shows now (replacing what it showed before). */
  set(uri: string, spans: readonly Span[]): void {
    this.remove(uri);
    // Per string, its first span; an accepted annotation of the string wins over suggestions of it.
    const best = new Map<string, Span>();
    for (const s of spans) {
      if (!isEntityLabel(s.label)) continue;
      const seen = best.get(s.text);
      if (!seen || (s.annotation && !seen.annotation)) best.set(s.text, s);
    }
    for (const [text, s] of best) {
      let docs = this.byText.get(text);
      if (!docs) this.byText.set(text, (docs = new Map()));
      docs.set(uri, { label: s.label, at: { uri, start: s.start, end: s.end }, accepted: !!s.annotation });
    }
    this.textsOf.set(uri, new Set(best.keys()));
  }

  remove(uri: string): void {
    for (const t of this.textsOf.get(uri) ?? []) {
      const docs = this.byText.get(t);
      docs?.delete(uri);
      if (docs?.size === 0) this.byText.delete(t);
    }
    this.textsOf.delete(uri);
  }

  /** The strings of `uri` that other documents label differently. */
  conflicts(uri: string): Conflict[] {
    const out: Conflict[] = [];
    for (const t of this.textsOf.get(uri) ?? []) {
      const docs = this.byText.get(t)!;
      const here = docs.get(uri)!;
      const elsewhere = [...docs].filter(([u, e]) => u !== uri && e.label !== here.label).map(([u, e]) => ({ uri: u, ...e }));
      if (elsewhere.length === 0) continue;
      out.push({ text: t, here: here.label, elsewhere, majority: majority(docs, here.label) });
    }
    return out;
  }

  /** Every document where `text` carries a label, and which. */
  where(text: string): { uri: string; label: string }[] {
    return [...(this.byText.get(text) ?? [])].map(([uri, e]) => ({ uri, label: e.label }));
  }
}

function majority(docs: Map<string, Entry>, fallback: string): string {
  const votes = new Map<string, number>();
  for (const e of docs.values()) votes.set(e.label, (votes.get(e.label) ?? 0) + (e.accepted ? 2 : 1));
  let best = fallback;
  for (const [label, n] of votes) if (n > (votes.get(best) ?? 0)) best = label;
  return best;
}

/** One diagnostic per conflicting string, on its first mention in the document. */
export function conflictDiagnostics(conflicts: readonly Conflict[], spans: readonly Span[]): CoreDiagnostic[] {
  return conflicts.flatMap((c): CoreDiagnostic[] => {
    const first = spans.find((s) => s.text === c.text && s.label === c.here);
    if (!first) return [];
    const others = [...new Set(c.elsewhere.map((e) => e.label))].join(' or ');
    const n = new Set(c.elsewhere.map((e) => e.uri)).size;
    return [
      {
        start: first.start,
        end: first.end,
        severity: c.elsewhere.some((e) => e.accepted) || first.annotation ? 'warning' : 'information',
        code: 'inconsistent-label',
        message: `"${c.text}" is ${c.here} here but ${others} in ${n} other document${n === 1 ? '' : 's'}`,
        related: c.elsewhere.map((e) => ({ ref: e.at, message: `${e.label}${e.accepted ? ' (accepted)' : ' (suggested)'}` })),
        data: { text: c.text, labels: [c.here, ...new Set(c.elsewhere.map((e) => e.label))], majority: c.majority },
      },
    ];
  });
}
