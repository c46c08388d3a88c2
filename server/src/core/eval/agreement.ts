/**
 * Agreement between two annotators at token level: each token of the text (the
 * CoNLL tokeniser's) gets the entity or date label of the span covering it — the
 * shortest one when several do — or O, and Cohen's kappa compares the two label
 * sequences, pooled over all documents:
 *   kappa = (p_o − p_e) / (1 − p_e),  p_o = share of tokens labelled alike,
 *   p_e = Σ_label share_A(label) · share_B(label)   (agreement expected by chance).
 */
import { CodePoints } from '../formats/codepoints';
import { tokenize } from '../formats/tokenize';
import { DATE_LABELS, ENTITY_LABELS } from '../types';
import type { EvalSpan } from './annotated';

export interface TokenAgreement {
  tokens: number;
  /** p_o: share of tokens both annotators labelled alike. */
  observed: number;
  /** p_e: agreement expected by chance from each annotator's label shares. */
  expected: number;
  /** Undefined (null) when chance agreement is already total, e.g. both said O everywhere. */
  kappa: number | null;
}

export interface AgreementDoc {
  text: string;
  /** Spans with code-point offsets, as read from brat. */
  a: readonly EvalSpan[];
  b: readonly EvalSpan[];
}

const TOKEN_LABELS: ReadonlySet<string> = new Set([...ENTITY_LABELS, ...DATE_LABELS]);

export function tokenAgreement(docs: readonly AgreementDoc[]): TokenAgreement {
  const per = docs.map((d) => {
    const cps = new CodePoints(d.text);
    const tokens = tokenize(d.text).map((t) => [cps.codePoint(t.start), cps.codePoint(t.end)] as const);
    return [tokenLabels(tokens, d.a), tokenLabels(tokens, d.b)];
  });
  return cohenKappa(per.flatMap((p) => p[0]), per.flatMap((p) => p[1]));
}

/** The label of each token (offsets in any one unit, the spans' unit): the shortest entity/date span overlapping it, or O. */
export function tokenLabels(tokens: readonly (readonly [number, number])[], spans: readonly EvalSpan[]): string[] {
  const out = tokens.map(() => 'O');
  const painted = spans.filter((s) => TOKEN_LABELS.has(s.label) && s.end > s.start).sort((x, y) => y.end - y.start - (x.end - x.start));
  for (const s of painted) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid][1] <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i][0] < s.end; i++) out[i] = s.label;
  }
  return out;
}

/** Cohen's kappa of two equally long label sequences. */
export function cohenKappa(a: readonly string[], b: readonly string[]): TokenAgreement {
  if (a.length !== b.length) throw new Error(`cohenKappa: ${a.length} labels against ${b.length}`);
  const n = a.length;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let same = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) same++;
    countA.set(a[i], (countA.get(a[i]) ?? 0) + 1);
    countB.set(b[i], (countB.get(b[i]) ?? 0) + 1);
  }
  if (!n) return { tokens: 0, observed: 0, expected: 0, kappa: null };
  let expected = 0;
  for (const [label, k] of countA) expected += (k / n) * ((countB.get(label) ?? 0) / n);
  const observed = same / n;
  return { tokens: n, observed, expected, kappa: expected >= 1 ? null : (observed - expected) / (1 - expected) };
}
