/**
 * One spelling per file URI. Editors percent-encode file URIs differently (VS Code
 * writes `report%20%281%29.txt` where Node writes `report%20(1).txt`), so every URI
 * that comes in becomes a key in Node's spelling, and every URI that goes out is
 * spelled the way the client last spelled it.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

export class Uris {
  private readonly spelling = new Map<string, string>();

  /** The internal key of a URI from the client. */
  key(uri: string): string {
    const k = normalize(uri);
    if (k !== uri) this.spelling.set(k, uri);
    return k;
  }

  /** The URI to send the client for an internal key. */
  out(key: string): string {
    return this.spelling.get(key) ?? key;
  }
}

export function normalize(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}
