/**
 * The one place core offsets become LSP positions (both count UTF-16 units, so this is
 * line arithmetic), and core answers become LSP objects.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Location, type Position, type Range } from 'vscode-languageserver';
import type { CoreDiagnostic, Severity } from '../core/diagnostics';
import type { Doc } from '../core/document';
import type { SpanRef } from '../core/types';

export function toRange(doc: Doc, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toPosition(doc: Doc, offset: number): Position {
  return doc.positionAt(offset);
}

export function toOffset(doc: Doc, pos: Position): number {
  return doc.offsetAt(pos);
}

/** The documents a location may point into, and the URI the client knows each by. */
export interface DocSource {
  doc(uri: string): Doc | undefined;
  clientUri(uri: string): string;
}

/** A place in a known document; undefined when the document is not known. */
export function toLocation(ref: SpanRef, docs: DocSource): Location | undefined {
  const doc = docs.doc(ref.uri);
  return doc && { uri: docs.clientUri(ref.uri), range: toRange(doc, ref.start, ref.end) };
}

/** The parts of `[start, end)` on each line, as `[line, startChar, endChar]`, line breaks excluded. */
export function lineSegments(doc: Doc, start: number, end: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  const first = doc.positionAt(start).line;
  for (let line = first; line < doc.lineCount && doc.lineStarts[line] < end; line++) {
    const from = Math.max(start, doc.lineStarts[line]) - doc.lineStarts[line];
    const to = Math.min(end - doc.lineStarts[line], doc.lineText(line).length);
    if (to > from) out.push([line, from, to]);
  }
  return out;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: Doc, d: CoreDiagnostic, docs: DocSource): Diagnostic {
  const related = (d.related ?? []).flatMap((r) => {
    const location = toLocation(r.ref, docs);
    return location ? [{ location, message: r.message }] : [];
  });
  return {
    range: toRange(doc, d.start, d.end),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'marginalia',
    message: d.message,
    ...(d.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(related.length ? { relatedInformation: related } : {}),
    ...(d.data !== undefined ? { data: d.data } : {}),
  };
}
