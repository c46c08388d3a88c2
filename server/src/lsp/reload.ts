/** Re-reading one file from disk into the index (after a close or a file event). */
import type { ServerContext } from './context';
import { readDocument } from './files';
import { toPath } from './folders';

/**
 * Read `uri` again if it is a selected workspace file that is not open; forget it otherwise.
 * Its decisions follow the text from what it was (`previous`: the editor's text on close,
 * by default the last text known) to the text on disk. Returns whether the index changed.
 */
export async function reload(ctx: ServerContext, uri: string, previous = ctx.workspace.doc(uri)?.text): Promise<boolean> {
  const { workspace, folders } = ctx;
  if (workspace.isOpen(uri)) return false;
  const file = toPath(uri);
  const s = await ctx.settings.for(uri);
  const text = file && folders.folderOf(uri) && folders.selects(uri, undefined, s) ? await readDocument(file) : undefined;
  if (workspace.isOpen(uri)) return false;
  if (typeof text !== 'string') {
    const known = !!workspace.doc(uri);
    if (text && !/ENOENT/.test(text.problem)) ctx.connection.console.warn(`Marginalia: skipped ${file}: ${text.problem}`);
    workspace.remove(uri);
    return known;
  }
  workspace.setFromDisk(uri, text);
  if (previous !== undefined) await ctx.annotations.rebaseOnto(uri, previous, text);
  workspace.analyze(uri);
  return true;
}
