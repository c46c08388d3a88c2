/** Semantic tokens for the whole document: one token type per label, split per line, never overlapping. */
import { SemanticTokensBuilder } from 'vscode-languageserver';
import type { Doc } from '../../core/document';
import { flattenSegments } from '../../core/present/spans';
import type { Span } from '../../core/types';
import { tokenTypeOf } from '../../protocol/labels';
import { lookup, type ServerContext } from '../context';
import { lineSegments } from '../convert';

export function registerSemanticTokens(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on(async ({ textDocument }) => {
    const found = await lookup(ctx, textDocument.uri);
    if (!found) return { data: [] };
    return buildTokens(found.analysis.doc, found.analysis.spans.filter((s) => found.shown(s.label)));
  });
}

export function buildTokens(doc: Doc, spans: readonly Span[]) {
  const perLine = new Map<number, [number, number, number][]>();
  for (const s of spans) {
    for (const [line, from, to] of lineSegments(doc, s.start, s.end)) {
      const list = perLine.get(line);
      if (list) list.push([from, to, tokenTypeOf(s.label)]);
      else perLine.set(line, [[from, to, tokenTypeOf(s.label)]]);
    }
  }
  const builder = new SemanticTokensBuilder();
  for (const line of [...perLine.keys()].sort((a, b) => a - b)) {
    for (const [from, to, type] of flattenSegments(perLine.get(line)!)) builder.push(line, from, to - from, type, 0);
  }
  return builder.build();
}
