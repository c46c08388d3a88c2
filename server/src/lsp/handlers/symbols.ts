/** Workspace symbols (entities by name, across the workspace) and document symbols (this document's entities). */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { entitiesIn, firstMention } from '../../core/present/entities';
import type { EntityLabel } from '../../core/types';
import { lookup, type ServerContext } from '../context';
import { toLocation, toRange } from '../convert';

const KIND: Record<EntityLabel, SymbolKind> = {
  PERSON: SymbolKind.Object,
  ORG: SymbolKind.Class,
  PLACE: SymbolKind.Namespace,
  NORP: SymbolKind.EnumMember,
};

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(({ query }) =>
    ctx.workspace.index.searchEntities(query).flatMap((rec): SymbolInformation[] => {
      const m = firstMention(rec);
      const location = m && toLocation(m, ctx.workspace);
      return location ? [{ name: rec.canonical, kind: KIND[rec.label], location, containerName: rec.label }] : [];
    }),
  );

  ctx.connection.onDocumentSymbol(async ({ textDocument }) => {
    const found = await lookup(ctx, textDocument.uri);
    if (!found) return null;
    const { doc, spans } = found.analysis;
    return entitiesIn(spans, (s) => found.shown(s.label)).map(({ canonical, first, count }): DocumentSymbol => {
      const range = toRange(doc, first.start, first.end);
      return { name: canonical, detail: `${first.label} · ${count} mention${count === 1 ? '' : 's'}`, kind: KIND[first.label as EntityLabel], range, selectionRange: range };
    });
  });
}
