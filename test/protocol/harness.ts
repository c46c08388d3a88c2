/**
 * Drives a Marginalia language server over a real LSP connection, the way an editor
 * does: either the bundled `dist/server.js --stdio` in a child process, or the server
 * module in this process over in-memory streams (with an analyzer the test chooses).
 * Waits are promises resolved by the server's messages, never sleeps.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Analyzer } from '../../server/src/core/analyzer';

export const SERVER = path.join(__dirname, '../../dist/server.js');
const TIMEOUT = 15000;

export interface StartOptions {
  folders?: string[];
  /** The `marginalia` section answered to `workspace/configuration`, per scope URI. */
  configuration?: (scopeUri: string | undefined) => unknown;
  /** In-process only: the analyzer the server uses. */
  analyzer?: Analyzer;
}

interface Received {
  method: string;
  params: any;
}

export class Session {
  readonly received: Received[] = [];
  private waiters: { method: string; test: (p: any) => boolean; resolve: (p: any) => void }[] = [];
  initializeResult!: InitializeResult;

  constructor(
    readonly connection: ProtocolConnection,
    private readonly stop: () => Promise<void>,
    readonly stderr: () => string,
  ) {
    for (const method of ['textDocument/publishDiagnostics', 'marginalia/decorations', 'window/logMessage', '$/progress']) {
      connection.onNotification(method, (params: any) => this.receive(method, params));
    }
  }

  /** The next `method` notification (after this call) whose params pass `test`. */
  next<P = any>(method: string, test: (p: P) => boolean = () => true, timeout = TIMEOUT): Promise<P> {
    return new Promise<P>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seen = this.received.filter((r) => r.method === method).map((r) => JSON.stringify(r.params).slice(0, 300));
        reject(new Error(`no matching ${method} within ${timeout} ms; received:\n${seen.join('\n')}\nstderr: ${this.stderr()}`));
      }, timeout);
      this.waiters.push({ method, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** A `method` notification already received that passes `test`, or the next one. */
  seen<P = any>(method: string, test: (p: P) => boolean = () => true): Promise<P> {
    const past = this.received.find((r) => r.method === method && test(r.params));
    return past ? Promise.resolve(past.params) : this.next(method, test);
  }

  /** Diagnostics for `uri` at `version` (the first published after the call). */
  diagnostics(uri: string, version?: number, test: (p: any) => boolean = () => true): Promise<any> {
    return this.next('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version) && test(p));
  }

  open(uri: string, text: string, version = 1, languageId = 'plaintext'): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async close(): Promise<void> {
    await this.stop();
  }

  private receive(method: string, params: any): void {
    this.received.push({ method, params });
    const ready = this.waiters.filter((w) => w.method === method && w.test(params));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(params);
  }
}

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    symbol: {},
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, versionSupport: true },
    inlayHint: {},
  },
};

async function initialize(session: Session, options: StartOptions, processId: number | null, died?: Promise<never>): Promise<Session> {
  const c = session.connection;
  c.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
    p.items.map((i) => options.configuration?.(i.scopeUri) ?? null),
  );
  for (const m of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh']) {
    c.onRequest(m, () => null);
  }
  c.listen();
  const folders = (options.folders ?? []).map((uri) => ({ uri, name: path.basename(uri) }));
  const init = c.sendRequest<InitializeResult>('initialize', { processId, rootUri: folders[0]?.uri ?? null, capabilities: CAPABILITIES, workspaceFolders: folders });
  session.initializeResult = await (died ? Promise.race([init, died]) : init);
  await c.sendNotification('initialized', {});
  return session;
}

/** `node dist/server.js --stdio` in a child process. */
export async function startSpawned(options: StartOptions = {}): Promise<Session> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const stop = async () => {
    if (child.exitCode === null) {
      await Promise.race([connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')), exited]).catch(() => undefined);
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    }
    connection.dispose();
  };
  const died = exited.then((code): never => {
    throw new Error(`${SERVER} exited with code ${code} before answering initialize (run npm run build first?)\n${stderr}`);
  });
  died.catch(() => undefined);
  return initialize(new Session(connection, stop, () => stderr), options, process.pid, died);
}

/** The server module in this process, over in-memory streams. */
export async function startInProcess(options: StartOptions = {}): Promise<Session> {
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
  const { startServer } = await import('../../server/src/lsp/server');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const ctx = startServer(server, { analyzer: options.analyzer, quietMs: 20 });
  const connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await ctx.indexer.done;
    connection.dispose();
    server.dispose();
  };
  return initialize(new Session(connection, stop, () => ''), options, null);
}

