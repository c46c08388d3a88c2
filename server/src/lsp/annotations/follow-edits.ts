/**
 * Annotations follow the editor's edits: the document sync hands every change (in order,
 * each relative to the text the previous one left) to the document's decisions before
 * the text is updated, so offsets move, spans resize, and a span whose text is deleted
 * goes away. Plugged into `TextDocuments` as its update function.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';

export function followEdits(ctx: ServerContext, doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  const key = ctx.workspace.key(doc.uri);
  if (!ctx.annotations.get(key)) return TextDocument.update(doc, changes, version);
  let current = doc;
  for (const change of changes) {
    if ('range' in change) {
      ctx.annotations.edit(key, current.offsetAt(change.range.start), current.offsetAt(change.range.end), change.text);
    } else {
      ctx.annotations.replaced(key, current.getText(), change.text);
    }
    current = TextDocument.update(current, [change], version);
  }
  ctx.annotations.settleSoon(key);
  return current;
}
