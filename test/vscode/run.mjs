// npm run test:vscode — the extension tests in a real VS Code (downloaded by @vscode/test-electron,
// or the one named by VSCODE_EXECUTABLE), on the fixture workspace. Not part of `npm test`.
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'dist/test-vscode');
const suite = path.join(root, 'test/vscode/suite');
// Mocha is bundled in: it is ESM-only, and VS Code's extension host cannot require ESM.
await esbuild.build({
  entryPoints: fs.readdirSync(suite).filter((f) => f.endsWith('.ts')).map((f) => path.join(suite, f)),
  outdir: out,
  outbase: suite,
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
  logOverride: { 'require-resolve-not-external': 'silent' },
});

// A copy of the fixture, so settings the tests change never touch the repository.
const workspace = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'marginalia-vscode-'));
fs.cpSync(path.join(root, 'test/vscode/fixture'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(out, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
  });
} catch (e) {
  console.error(`extension tests failed: ${e}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
