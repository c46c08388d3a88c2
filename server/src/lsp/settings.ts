/**
 * Settings resolved per resource through `workspace/configuration` (pull), cached until
 * the next `workspace/didChangeConfiguration`. Clients that cannot be asked get the
 * settings they pushed last, or the defaults.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SECTION, fromSection, readSettings, type Settings } from '../protocol/settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = DEFAULT_SETTINGS;
  canPull = false;

  constructor(private readonly connection: Connection) {}

  /** The settings that apply to `uri` (a document or folder); the window's when omitted. */
  for(uri?: string): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    const key = uri ?? '';
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(
        (raw) => readSettings(fromSection(raw)),
        () => this.pushed,
      );
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** After `workspace/didChangeConfiguration`: forget what was resolved; keep pushed values. */
  changed(pushed: unknown): void {
    this.cache.clear();
    const section = typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>)[SECTION] : undefined;
    if (section !== undefined) this.pushed = readSettings(fromSection(section));
  }
}
