/** Hover: the cards of the spans under the cursor, from the latest analysis. */
import { MarkupKind } from 'vscode-languageserver';
import { hoverMarkdown } from '../../core/present/hover';
import { spansAt } from '../../core/present/spans';
import { lookup, type ServerContext } from '../context';
import { toOffset, toRange } from '../convert';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async ({ textDocument, position }) => {
    const found = await lookup(ctx, textDocument.uri);
    if (!found) return null;
    const { doc, spans } = found.analysis;
    const here = spansAt(spans, toOffset(doc, position)).filter((s) => found.shown(s.label));
    if (!here.length) return null;
    let value = hoverMarkdown(here, { doc, index: ctx.workspace.index, docOf: ctx.workspace.doc });
    if (ctx.indexer.busy) value += '\n\n_The workspace is still being indexed: counts across documents may grow._';
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(doc, here[0].start, here[0].end) };
  });
}
