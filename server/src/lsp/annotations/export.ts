/**
 * The export command: every document's accepted annotations (as the `.ann` would hold
 * them for the current text), written as brat, JSONL or CoNLL into a folder — the same
 * writers as `marginalia export`.
 */
import * as path from 'node:path';
import { writeDocs } from '../../cli/export';
import { readBrat } from '../../core/formats/brat';
import type { AnnotatedDoc } from '../../core/formats/model';
import type { ExportParams } from '../../protocol/messages';
import type { ServerContext } from '../context';
import { toPath } from '../folders';

export async function exportWorkspace(ctx: ServerContext, p: ExportParams): Promise<{ files: number; message: string }> {
  const docs: AnnotatedDoc[] = [];
  const problems: string[] = [];
  for (const key of ctx.workspace.knownUris().sort()) {
    const doc = ctx.workspace.doc(key);
    const entry = await ctx.annotations.ensure(key);
    if (!doc || !entry) continue;
    const file = toPath(key) ?? key;
    const name = path.basename(file).replace(/\.[^.]*$/, '');
    const { doc: annotated, problems: bad } = readBrat(name, doc.text, entry.store.write(doc.text).ann);
    for (const b of bad) problems.push(`${name}: ${b.message}`);
    docs.push(annotated);
  }
  const log: string[] = [];
  const ok = writeDocs(p.format, docs, p.folder, (s) => log.push(s));
  for (const l of [...problems, ...log]) ctx.connection.console.log(l);
  return { files: ok ? docs.length : 0, message: ok ? `Exported ${docs.length} documents as ${p.format} to ${p.folder}.` : (log[log.length - 1] ?? 'Nothing exported.') };
}
