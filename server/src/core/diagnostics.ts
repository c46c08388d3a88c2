/**
 * Problems an annotator should see, derived from an analysis. Plain data: the language
 * server turns them into LSP diagnostics, the command line prints them.
 */
import type { Analysis } from './analyzer';
import type { SpanRef } from './types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface CoreDiagnostic {
  start: number;
  end: number;
  severity: Severity;
  /** Stable identifier (`boilerplate`, `duplicate`, `unbalanced-quote`). */
  code: string;
  message: string;
  /** Render faded (LSP DiagnosticTag.Unnecessary). */
  unnecessary?: boolean;
  /** Other places this diagnostic is about (the twins of a duplicate). */
  related?: { ref: SpanRef; message: string }[];
  /** What a code action needs to fix it (kept by the client and sent back). */
  data?: unknown;
}

export function diagnose(analysis: Analysis): CoreDiagnostic[] {
  const out: CoreDiagnostic[] = [];
  for (const s of analysis.spans) {
    if (s.label === 'BOILERPLATE') {
      if (s.duplicateOf?.length) {
        const where = s.duplicateOf.some((r) => r.uri !== analysis.doc.uri) ? 'text that appears elsewhere in the workspace' : 'an earlier paragraph';
        out.push({
          start: s.start,
          end: s.end,
          severity: 'warning',
          code: 'duplicate',
          message: `Repeated paragraph: duplicates ${where}`,
          unnecessary: true,
          related: s.duplicateOf.map((ref) => ({ ref, message: 'Other occurrence' })),
        });
      } else {
        out.push({
          start: s.start,
          end: s.end,
          severity: 'information',
          code: 'boilerplate',
          message: `Boilerplate${s.reason ? `: ${s.reason}` : ''}`,
          unnecessary: true,
        });
      }
    } else if (s.label === 'QUOTE' && s.unbalanced) {
      out.push({
        start: s.start,
        end: s.end,
        severity: 'warning',
        code: 'unbalanced-quote',
        message: s.reason ?? 'Unbalanced quotation mark',
      });
    }
  }
  return out;
}
