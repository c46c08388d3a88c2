/** Re-reading one file from disk into the index (after a close or a file event). */
import type { ServerContext } from './context';
import { readDocument } from './files';
import { toPath } from './folders';

/** Read `uri` again if it is a selected workspace file that is not open; forget it otherwise. Returns whether the index changed. */
export async function reload(ctx: ServerContext, uri: string): Promise<boolean> {
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
  workspace.analyze(uri);
  return true;
}
