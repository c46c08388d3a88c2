// npm start: build, package the .vsix, and open seeds/ in VS Code with Marginalia:
// - the desktop `code` when it is on PATH, running the extension from this checkout
//   (--extensionDevelopmentPath; `.vscode/launch.json` "Run Extension" does the same under F5);
// - otherwise code-server on 127.0.0.1 with the .vsix installed (its URL printed), until Ctrl+C.
// MARGINALIA_CODE_SERVER=1 picks code-server even when `code` is there; PORT picks its port.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, freePort, installExtension, launchCodeServer, root } from './code-server';
import { packageVsix } from './package-vsix';

const seeds = path.join(root, 'seeds');
const runDir = path.join(root, '.run/code-server');

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {}
  }
  return undefined;
}

async function portToUse(): Promise<number> {
  if (process.env.PORT) return Number(process.env.PORT);
  const server = (await import('node:net')).createServer();
  const free8080 = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(8080, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  return free8080 ? 8080 : freePort();
}

async function main(): Promise<void> {
  const vsix = await packageVsix({ quiet: true });
  console.log(`Packaged ${path.relative(process.cwd(), vsix)}.`);
  const code = process.env.MARGINALIA_CODE_SERVER ? undefined : onPath('code');
  if (code) {
    console.log(`Opening seeds/ in VS Code (${code}) with Marginalia from ${root}.`);
    const child = spawn(code, [`--extensionDevelopmentPath=${root}`, seeds], { stdio: 'inherit' });
    child.on('exit', (status) => (process.exitCode = status ?? 0));
    return;
  }
  const codeServer = await ensureCodeServer();
  installExtension(codeServer, runDir, vsix);
  const server = await launchCodeServer({ codeServer, runDir, folder: seeds, port: await portToUse() });
  console.log(`\nMarginalia in VS Code (code-server, folder seeds/):\n\n    ${server.url}\n`);
  console.log(`Its data and logs are in ${path.relative(process.cwd(), runDir)}/. Ctrl+C stops it.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  void server.exited.then(() => {
    if (stopping) return;
    console.error(`code-server stopped by itself; see ${path.relative(process.cwd(), runDir)}/code-server.log`);
    process.exit(1);
  });
}

main().catch((e) => {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
