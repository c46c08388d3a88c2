/**
 * When to analyse. A changed document is analysed at once (on the next turn of the event
 * loop, so a burst of changes costs one analysis of the latest version) and published.
 * The other open documents, whose results depend on the index, are re-analysed after a
 * quiet period, one per turn, unless the index is as their last analysis left it; a
 * newer change cancels a pass under way.
 */
import type { Workspace } from './workspace';

export class AnalysisQueue {
  private readonly now = new Set<string>();
  private immediate?: NodeJS.Immediate;
  private timer?: NodeJS.Timeout;
  private pass = 0;

  constructor(
    private readonly workspace: Workspace,
    /** Send the results of an open document; resolves to whether anything changed. */
    private readonly publish: (uri: string) => Promise<boolean>,
    /** Called after a pass over the other documents changed some results. */
    private readonly refreshed: () => void,
    private readonly quietMs = 200,
  ) {}

  /** An open document's text changed: analyse and publish it now, the others later. */
  changed(uri: string): void {
    this.now.add(uri);
    this.immediate ??= setImmediate(() => this.flush());
    this.dependents();
  }

  /** The index changed (a file on disk, indexing): re-analyse the open documents later. */
  dependents(): void {
    clearTimeout(this.timer);
    const pass = ++this.pass;
    this.timer = setTimeout(() => void this.runPass(pass), this.quietMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.pass++;
  }

  private flush(): void {
    this.immediate = undefined;
    const uris = [...this.now];
    this.now.clear();
    for (const uri of uris) if (this.workspace.isOpen(uri) && this.workspace.analysis(uri)) void this.publish(uri);
  }

  private async runPass(pass: number): Promise<void> {
    let changed = false;
    for (const uri of this.workspace.openUris()) {
      if (pass !== this.pass) return;
      if (!this.workspace.isOpen(uri) || this.workspace.isCurrent(uri) || !this.workspace.analyze(uri)) continue;
      changed = (await this.publish(uri)) || changed;
      await new Promise((r) => setImmediate(r));
    }
    if (changed && pass === this.pass) this.refreshed();
  }
}
