/**
 * Indexing the workspace folders in the background: list the selected files, read them
 * (bad ones are skipped with one warning each), and analyse them in two passes like the
 * command line, so each document is seen against all the others. Work is sliced with
 * `setImmediate` so requests are served meanwhile; starting again cancels a run.
 */
import { pathToFileURL } from 'node:url';
import type { Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { SettingsStore } from './settings';
import type { Folders } from './folders';
import { listFiles, readDocument } from './files';
import { toPath } from './folders';
import type { Workspace } from './workspace';

const SLICE_MS = 15;

export class Indexer {
  private run = 0;
  private running = false;
  /** Resolves when the current run ends (finished or cancelled). */
  done: Promise<void> = Promise.resolve();

  /** True while a run is under way: cross-document answers may still grow. */
  get busy(): boolean {
    return this.running;
  }

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly folders: Folders,
    private readonly settings: SettingsStore,
    private readonly indexed: () => void,
  ) {}

  /** Index the folders again from scratch (documents open in the editor stay as they are). */
  start(): Promise<void> {
    const run = ++this.run;
    this.running = true;
    this.done = this.index(run).catch((e) => this.connection.console.error(`Marginalia: indexing failed: ${String(e)}`));
    return this.done;
  }

  private async index(run: number): Promise<void> {
    const t0 = Date.now();
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Marginalia: indexing', 0, 'listing files', false);
    try {
      const uris = await this.list();
      if (run !== this.run) return;
      this.workspace.removeClosed();
      const good = await this.pass(run, uris, (uri) => this.read(uri), progress, 0);
      if (run !== this.run) return;
      await this.pass(run, good, async (uri) => !!this.workspace.analyze(uri), progress, 50);
      if (run !== this.run) return;
      const skipped = uris.length - good.length;
      this.connection.console.info(`Marginalia: indexed ${good.length} documents in ${Date.now() - t0} ms${skipped ? ` (${skipped} skipped)` : ''}`);
      this.indexed();
    } finally {
      if (run === this.run) this.running = false;
      progress?.done();
    }
  }

  /** The selected files of every folder, as URIs. */
  private async list(): Promise<string[]> {
    const out: string[] = [];
    for (const folder of this.folders.all()) {
      const dir = toPath(folder);
      if (!dir) continue;
      const s = await this.settings.for(folder);
      const files = await listFiles(dir, (f) => this.folders.selects(pathToFileURL(f).href, undefined, s));
      out.push(...files.map((f) => pathToFileURL(f).href));
    }
    return out;
  }

  /** Read one file into the workspace and the index; false (with a warning) when it is skipped. */
  private async read(uri: string): Promise<boolean> {
    if (this.workspace.isOpen(uri)) return true;
    const text = await readDocument(toPath(uri)!);
    if (typeof text !== 'string') {
      this.connection.console.warn(`Marginalia: skipped ${toPath(uri)}: ${text.problem}`);
      this.workspace.remove(uri);
      return false;
    }
    this.workspace.setFromDisk(uri, text);
    this.workspace.analyze(uri);
    return true;
  }

  /** Run `step` over `uris` in time slices; returns the URIs it succeeded on. */
  private async pass(run: number, uris: string[], step: (uri: string) => Promise<boolean>, progress: WorkDoneProgressReporter | undefined, base: number): Promise<string[]> {
    const ok: string[] = [];
    let slice = Date.now();
    for (let i = 0; i < uris.length && run === this.run; i++) {
      if (await step(uris[i])) ok.push(uris[i]);
      if (Date.now() - slice > SLICE_MS) {
        progress?.report(base + Math.round((50 * i) / uris.length), `${i + 1}/${uris.length} documents`);
        await new Promise((r) => setImmediate(r));
        slice = Date.now();
      }
    }
    return ok;
  }
}
