/**
 * Where a document's decisions live: `NAME.ann` (brat standoff) and `NAME.rejected`
 * (the suggestions an annotator turned down, one per line) beside `NAME.txt`, or under
 * the folder `marginalia.annotations.folder` names, mirroring the document's path in
 * its workspace folder.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toPath, type Folders } from '../folders';

export interface AnnotationPaths {
  ann: string;
  rejected: string;
}

/** The files of the document at `uri` (a file URI key); undefined for documents that are not files. */
export function annotationPaths(uri: string, folders: Folders, folderSetting: string): AnnotationPaths | undefined {
  const file = toPath(uri);
  if (!file) return undefined;
  const stem = file.replace(/\.[^./\\]*$/, '');
  const folder = folders.folderOf(uri);
  const root = folder && toPath(folder);
  const base = folderSetting.trim() && root ? path.join(root, folderSetting.trim(), path.relative(root, stem)) : stem;
  return { ann: `${base}.ann`, rejected: `${base}.rejected` };
}

/** The document an `.ann` file belongs to, among the documents known: same stem, any extension the include globs chose. */
export function documentOfAnn(annFile: string, known: Iterable<string>, folders: Folders, folderSetting: string): string | undefined {
  for (const uri of known) if (annotationPaths(uri, folders, folderSetting)?.ann === annFile) return uri;
  return undefined;
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
