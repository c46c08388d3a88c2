/**
 * Document sync: an opened document the settings select is tracked, analysed and
 * published, and its decisions loaded; each change re-analyses it; a save writes the
 * decisions that waited for it; on close its text on disk becomes the truth again (the
 * decisions re-anchored onto it), or it leaves the index when it is not a workspace file.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { reload } from '../reload';

export function registerDocuments(ctx: ServerContext): void {
  const { documents, workspace } = ctx;
  documents.onDidOpen(async ({ document }) => {
    if (!(await selected(ctx, document))) return;
    track(ctx, document.uri);
    const key = workspace.key(document.uri);
    if (await ctx.annotations.ensure(key)) ctx.queue.changed(key);
  });
  documents.onDidSave(({ document }) => {
    const key = workspace.key(document.uri);
    if (workspace.isOpen(key)) void ctx.annotations.saved(key, document.getText());
  });
  documents.onDidChangeContent(({ document }) => {
    if (workspace.isOpen(workspace.key(document.uri))) track(ctx, document.uri);
  });
  documents.onDidClose(({ document }) => untrack(ctx, document.uri));
}

export async function selected(ctx: ServerContext, document: TextDocument): Promise<boolean> {
  return ctx.folders.selects(ctx.workspace.key(document.uri), document.languageId, await ctx.settings.for(document.uri));
}

/** Take the editor's latest text of `uri` (as the client spells it) and analyse it now. */
export function track(ctx: ServerContext, uri: string): void {
  const document = ctx.documents.get(uri);
  if (!document) return;
  const key = ctx.workspace.key(uri);
  ctx.workspace.setOpen(key, document.getText(), document.version);
  ctx.queue.changed(key);
}

/** Stop showing results for `uri`; its file on disk (if selected) replaces the editor's text in the index. */
export function untrack(ctx: ServerContext, uri: string): void {
  const key = ctx.workspace.key(uri);
  if (!ctx.workspace.isOpen(key)) return;
  const editorText = ctx.workspace.doc(key)?.text;
  ctx.workspace.close(key);
  ctx.publisher.clear(key);
  void reload(ctx, key, editorText).then(() => ctx.queue.dependents());
}
