/**
 * The workspace folders, and whether a file belongs to the documents the settings
 * select: its language id is listed, or its path relative to its folder matches a glob.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../protocol/settings';
import { matchesAny } from './glob';

export class Folders {
  private uris: string[] = [];

  set(uris: readonly string[]): void {
    this.uris = uris.map((u) => u.replace(/\/$/, ''));
  }

  all(): readonly string[] {
    return this.uris;
  }

  /** The folder containing `uri`, if any. */
  folderOf(uri: string): string | undefined {
    return this.uris.filter((f) => uri.startsWith(f + '/')).sort((a, b) => b.length - a.length)[0];
  }

  /** `uri` relative to its folder (or its whole path when it is in none), `/`-separated. */
  relative(uri: string): string {
    const folder = this.folderOf(uri);
    const file = toPath(uri);
    if (!file) return uri;
    const rel = folder ? path.relative(toPath(folder) ?? '', file) : file.replace(/^\/+/, '');
    return rel.split(path.sep).join('/');
  }

  selects(uri: string, languageId: string | undefined, s: Settings): boolean {
    if (languageId && s['files.languages'].includes(languageId)) return true;
    return uri.startsWith('file:') && matchesAny(this.relative(uri), s['files.include']);
  }
}

export function toPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
