/** References: every mention of the entity under the cursor, across the workspace. */
import type { Location } from 'vscode-languageserver';
import { entityAt, mentionsOf } from '../../core/present/entities';
import { lookup, type ServerContext } from '../context';
import { toLocation, toOffset } from '../convert';

export function registerReferences(ctx: ServerContext): void {
  ctx.connection.onReferences(async ({ textDocument, position }) => {
    const found = await lookup(ctx, textDocument.uri);
    const entity = found && entityAt(found.analysis.spans, toOffset(found.analysis.doc, position));
    if (!entity) return null;
    const mentions = mentionsOf(ctx.workspace.index, entity.canonical ?? entity.text);
    return mentions.map((m) => toLocation(m, ctx.workspace)).filter((l): l is Location => !!l);
  });
}
