/**
 * Starting, stopping and restarting the language server (`dist/server.js` over IPC).
 * Whatever must listen to the client (the decorations) is attached on every start.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { documentSelector } from './settings';

export class ServerHost implements vscode.Disposable {
  private client?: LanguageClient;
  private starting?: Promise<void>;
  private attached: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<boolean>();
  /** Fires with whether the server is running (not while it is starting). */
  readonly onDidChangeRunning = this.stateChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
    private readonly attach: (client: LanguageClient) => vscode.Disposable[],
  ) {}

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  /** The running client; throws while the server is not up. */
  get languageClient(): LanguageClient {
    if (!this.client || !this.running) throw new Error('The Marginalia server is not running.');
    return this.client;
  }

  /** Start the server, or wait for the start under way; a server that stopped (or crashed) is started anew. */
  start(): Promise<void> {
    if (this.starting && this.client && this.client.state !== State.Stopped) return this.starting;
    const starting = this.launch();
    this.starting = starting;
    starting.catch(() => this.starting === starting && (this.starting = undefined));
    return starting;
  }

  async stop(): Promise<void> {
    this.starting = undefined;
    await this.teardown();
    this.stateChanged.fire(false);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
    this.stateChanged.dispose();
  }

  private async launch(): Promise<void> {
    await this.teardown();
    const module = this.context.asAbsolutePath('dist/server.js');
    const server: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const options: LanguageClientOptions = { documentSelector: documentSelector(), outputChannel: this.output, diagnosticCollectionName: 'marginalia' };
    const client = (this.client = new LanguageClient('marginalia', 'Marginalia', server, options));
    this.attached = [
      ...this.attach(client),
      client.onDidChangeState((e) => e.newState !== State.Starting && this.stateChanged.fire(e.newState === State.Running)),
    ];
    try {
      await client.start();
    } catch (e) {
      this.output.appendLine(`Marginalia: the server did not start: ${String(e)}`);
      throw e;
    }
  }

  /** Stop and forget the current client, if any. */
  private async teardown(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const d of this.attached.splice(0)) d.dispose();
    if (client) await client.dispose(2000).catch((e) => this.output.appendLine(`Marginalia: stopping the server: ${String(e)}`));
  }
}
