/**
 * Writing a file so that it is never half-written: the content goes to a temporary file
 * in the same folder, is flushed to disk, then renamed over the target (atomic on POSIX
 * file systems and on NTFS). A crash leaves either the old file or the new one.
 */
import * as fsSync from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

let counter = 0;

/** A temporary file's name beside `file`, unique in this process. */
function tempFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
}

export async function writeAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = tempFor(file);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** The same, synchronously (the command line). */
export function writeAtomicSync(file: string, content: string): void {
  fsSync.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempFor(file);
  const fd = fsSync.openSync(tmp, 'w');
  try {
    fsSync.writeFileSync(fd, content, 'utf8');
    fsSync.fsyncSync(fd);
  } finally {
    fsSync.closeSync(fd);
  }
  try {
    fsSync.renameSync(tmp, file);
  } catch (e) {
    fsSync.rmSync(tmp, { force: true });
    throw e;
  }
}

/** A file's text, or undefined when it does not exist; other errors are thrown. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
