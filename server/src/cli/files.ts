/**
 * Reading the documents the command line is given: `.txt` files found under the paths,
 * decoded as strict UTF-8. A path that is missing, binary or not UTF-8 gets one clear
 * message and is skipped; the others are still processed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDocument } from '../node/decode';

export interface InputFile {
  path: string;
  text: string;
}

export interface ReadResult {
  files: InputFile[];
  problems: string[];
}

/** `.txt` files under each path (a file is taken as given, a folder is walked). */
export function collectTexts(paths: readonly string[], ext = '.txt'): ReadResult {
  const out: ReadResult = { files: [], problems: [] };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      out.problems.push(`${p}: no such file or folder`);
      continue;
    }
    const list = stat.isDirectory() ? walk(p, ext, out.problems) : [p];
    for (const file of list) {
      const r = readText(file);
      if (typeof r === 'string') out.files.push({ path: file, text: r });
      else out.problems.push(`${file}: ${r.problem}`);
    }
  }
  return out;
}

/** A file's text, or why it cannot be read as a document. */
export function readText(file: string): string | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { problem: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const text = decodeDocument(bytes);
  return typeof text === 'string' ? text : { problem: `${text.problem}; skipped` };
}

function walk(dir: string, ext: string, problems: string[]): string[] {
  const found: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(`${dir}: cannot list (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return found;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...walk(full, ext, problems));
    else if (e.isFile() && e.name.endsWith(ext)) found.push(full);
  }
  return found;
}

/** Write a file atomically (temporary file, flush, rename): see node/atomic-write.ts. */
export { writeAtomicSync as writeAtomic } from '../node/atomic-write';
