/**
 * Reading documents from disk for the index: strict UTF-8 text, or the reason a file is
 * skipped (unreadable, binary, not UTF-8, too large); and listing a folder's files.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeDocument } from '../node/decode';

const MAX_BYTES = 16 * 1024 * 1024;

/** A file's text, or why it is not read as a document. */
export async function readDocument(file: string): Promise<string | { problem: string }> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_BYTES) return { problem: `larger than ${MAX_BYTES / 1024 / 1024} MB` };
    bytes = await fs.readFile(file);
  } catch (e) {
    return { problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  return decodeDocument(bytes);
}

/** Every file under `dir` (hidden folders and node_modules left out), sorted; unreadable folders are skipped. */
export async function listFiles(dir: string, keep: (file: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length) {
    const d = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) pending.push(full);
      else if (e.isFile() && keep(full)) out.push(full);
    }
  }
  return out.sort();
}
