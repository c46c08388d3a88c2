/** Inlay hints: a date's ISO value and a quote's speaker, after the span (setting `marginalia.inlayHints.enabled`). */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import { inlayText } from '../../core/present/inlay';
import { lookup, type ServerContext } from '../context';
import { toOffset, toPosition } from '../convert';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const found = await lookup(ctx, textDocument.uri);
    if (!found || !found.settings['inlayHints.enabled']) return null;
    const { doc, spans } = found.analysis;
    const [from, to] = [toOffset(doc, range.start), toOffset(doc, range.end)];
    return spans.flatMap((s): InlayHint[] => {
      const hint = s.end >= from && s.end <= to && found.shown(s.label) ? inlayText(s) : undefined;
      const kind = s.label === 'QUOTE' ? InlayHintKind.Parameter : InlayHintKind.Type;
      return hint ? [{ position: toPosition(doc, s.end), label: hint.text, tooltip: hint.tooltip, kind, paddingLeft: true }] : [];
    });
  });
}
