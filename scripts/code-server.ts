// code-server (VS Code in the browser) for `npm start` and the editor tests. It is never a
// dependency of the project (a plain `npm ci` stays fast and works anywhere): the first
// launch installs it into .cache/code-server/. Each instance keeps everything it writes
// (config, user data, extensions, XDG folders) inside a run folder, listens on 127.0.0.1
// only, and is stopped by killing its process group: the extension host and the language
// server would outlive the main process.
//
//   npx tsx scripts/code-server.ts install    install it now (what the first launch does)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/** VS Code 1.100.3: the newest code-server that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
/** Debian packages the install (and the editor tests) need. */
export const DEBIAN_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];
// Where @vscode/ripgrep's postinstall looks for a cached download before fetching it from GitHub.
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const root = path.resolve(__dirname, '..');
export const installDir = path.join(root, '.cache/code-server');
const executable = path.join(installDir, 'node_modules/.bin/code-server');
const marker = path.join(installDir, `.installed-${CODE_SERVER_VERSION}`);

type Log = (line: string) => void;

/** The environment for npm and code-server, without npm's own `npm_*` variables (we may run under `npm test`). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'INIT_CWD'));
  return { ...env, ...extra };
}

export function isInstalled(): boolean {
  return fs.existsSync(marker) && fs.existsSync(executable);
}

/** The code-server executable, installed first when missing. Throws with the reason when it cannot be. */
export async function ensureCodeServer(log: Log = (l) => console.error(l)): Promise<string> {
  if (isInstalled()) return executable;
  fs.mkdirSync(path.dirname(installDir), { recursive: true });
  const lock = `${installDir}.lock`;
  await acquire(lock, log);
  try {
    if (!isInstalled()) install(log); // another process may have installed it while we waited
    return executable;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * On a fresh Debian machine, as root, the packages code-server's install needs are installed first (as `.ci/run` does);
 * elsewhere the error names them.
 */
function debianPackages(log: Log): void {
  const missing = !['/usr/bin/rg', '/bin/rg'].some((p) => fs.existsSync(p)) || !fs.existsSync('/usr/include/krb5.h');
  if (!missing || process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) return;
  log(`Installing the Debian packages code-server needs (${DEBIAN_PACKAGES.join(', ')}) with apt-get (once)...`);
  const env = cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  run('apt-get', ['update'], env, 'apt-get update');
  run('apt-get', ['install', '-y', ...DEBIAN_PACKAGES], env, `apt-get install ${DEBIAN_PACKAGES.join(' ')}`);
}

function install(log: Log): void {
  debianPackages(log);
  const rg = ['/usr/bin/rg', '/bin/rg'].find((p) => fs.existsSync(p));
  const apt = `apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`;
  if (!rg) throw new Error(`ripgrep is not installed (code-server's install needs Debian's rg): ${apt}`);
  if (!fs.existsSync('/usr/include/krb5.h')) throw new Error(`libkrb5-dev is not installed (code-server's kerberos module builds against it): ${apt}`);
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, installDir)}/ (once, about a minute)...`);
  fs.rmSync(installDir, { recursive: true, force: true });
  const tmp = path.join(installDir, '.tmp');
  fs.mkdirSync(path.join(tmp, RIPGREP_CACHE), { recursive: true });
  // A tarball holding only Debian's rg, where @vscode/ripgrep looks before downloading.
  run('tar', ['czf', path.join(tmp, RIPGREP_CACHE, RIPGREP_TARBALL), '-C', path.dirname(rg), 'rg'], cleanEnv(), 'packing rg');
  const env = cleanEnv({
    TMPDIR: tmp,
    npm_config_yes: 'true', // node-pty's build runs `npx node-gyp`
    npm_config_unsafe_perm: 'true', // as root, code-server's postinstall refuses to run without it
  });
  run('npm', ['install', '--prefix', installDir, `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--unsafe-perm'], env, 'npm install code-server');
  const version = run(executable, ['--version'], cleanEnv(), 'code-server --version');
  if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed ${version}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(marker, version);
  log(`Installed code-server ${version.split('\n')[0]} in ${Math.round((Date.now() - started) / 1000)} s.`);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, what: string): string {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${what} failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`})${tail ? `:\n${tail}` : ''}`);
  }
  return r.stdout;
}

/** A lock directory holding its owner's pid; a lock whose owner is gone is taken over. */
async function acquire(lock: string, log: Log): Promise<void> {
  for (let told = false; ; ) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner = 0;
    try {
      owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {}
    if (owner && !alive(owner)) {
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!told) log(`Waiting for another process (pid ${owner || '?'}) that is installing code-server...`);
    told = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** User settings for a quiet workbench: nothing opens by itself, nothing goes to the network. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.restoreWindows': 'none',
  'editor.wordWrap': 'on',
};

/** The folders of one instance, all inside `runDir`, created; user settings written (the user's own edits kept). */
export function prepareRunDir(runDir: string, settings: Record<string, unknown> = QUIET_SETTINGS) {
  const xdg = {
    XDG_CONFIG_HOME: path.join(runDir, 'xdg/config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg/cache'),
    XDG_STATE_HOME: path.join(runDir, 'xdg/state'),
  };
  const dirs = { userData: path.join(runDir, 'user-data'), extensions: path.join(runDir, 'extensions'), config: path.join(runDir, 'config.yaml'), xdg };
  for (const d of [dirs.userData, dirs.extensions, ...Object.values(xdg)]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(dirs.config, 'bind-addr: 127.0.0.1:8080\nauth: none\ncert: false\n');
  const file = path.join(dirs.userData, 'User/settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {}
  fs.writeFileSync(file, `${JSON.stringify({ ...settings, ...current }, null, 2)}\n`);
  return { ...dirs, args: ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions], env: cleanEnv(xdg) };
}

/** Install a .vsix into the run folder's extensions (over the same version, if there). */
export function installExtension(codeServer: string, runDir: string, vsix: string): void {
  const d = prepareRunDir(runDir);
  run(codeServer, [...d.args, '--install-extension', vsix, '--force'], d.env, `code-server --install-extension ${path.basename(vsix)}`);
}

export interface CodeServer {
  /** The workbench with the folder open. */
  url: string;
  port: number;
  pid: number;
  userData: string;
  /** Everything it printed so far. */
  output(): string;
  /** Settles when the main process exits, whatever the reason. */
  exited: Promise<void>;
  /** Kill its process group; resolves once the main process has exited. */
  stop(): Promise<void>;
}

/** Start code-server on 127.0.0.1 (a free port unless `port` is given) with `folder` open; resolves once it listens. */
export async function launchCodeServer(o: { codeServer: string; runDir: string; folder: string; port?: number; timeoutMs?: number; settings?: Record<string, unknown> }): Promise<CodeServer> {
  const d = prepareRunDir(o.runDir, o.settings);
  const port = o.port ?? (await freePort());
  const args = [
    ...d.args,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    o.folder,
  ];
  const child = spawn(o.codeServer, args, { env: d.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(path.join(o.runDir, 'code-server.log'));
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {}
  };
  const killAll = () => kill('SIGKILL');
  process.once('exit', killAll); // never left behind, whatever happens to this process

  let timer: NodeJS.Timeout | undefined;
  const listening = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      output += chunk.toString();
      if (/HTTP server listening on/.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    void exited.then(() => reject(new Error(`code-server exited before listening:\n${output.slice(-2000)}`)));
    const limit = o.timeoutMs ?? 60_000;
    timer = setTimeout(() => reject(new Error(`code-server did not listen within ${limit / 1000} s:\n${output.slice(-2000)}`)), limit);
  });

  const stop = async () => {
    process.removeListener('exit', killAll);
    if (child.exitCode === null && child.signalCode === null) {
      kill('SIGTERM');
      const t = setTimeout(killAll, 3000);
      await exited;
      clearTimeout(t);
    }
    killAll(); // whatever is left of the group: the extension host, the language server
    log.end();
  };

  try {
    await listening;
  } catch (e) {
    await stop();
    throw e;
  } finally {
    clearTimeout(timer);
  }
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(o.folder).replace(/%2F/g, '/')}`;
  return { url, port, pid: child.pid!, userData: d.userData, output: () => output, exited, stop };
}

if (require.main === module) {
  if (process.argv[2] === 'install') {
    ensureCodeServer().then(
      (bin) => console.log(bin),
      (e) => {
        console.error(e instanceof Error ? e.message : String(e));
        process.exitCode = 1;
      },
    );
  } else {
    console.error('usage: npx tsx scripts/code-server.ts install');
    process.exitCode = 2;
  }
}
