// npm run package: bundles the extension (npm run build) and packages it with @vscode/vsce
// as marginalia-<version>.vsix in the repository root. The bundles are self-contained, so
// no node_modules go in (dependencies: false); .vscodeignore says what does.
import { createVSIX } from '@vscode/vsce';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..');

/** `marginalia-<version>.vsix` in the repository root. */
export function defaultVsixPath(): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return path.join(root, `${name}-${version}.vsix`);
}

/** `npm run build`: dist/extension.js, dist/server.js, dist/cli.js. */
export function build(): void {
  const r = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the build failed (exit ${r.status})`);
}

/** Build (unless `build: false`) and package; resolves to the path of the .vsix. */
export async function packageVsix(options: { build?: boolean; out?: string; quiet?: boolean } = {}): Promise<string> {
  if (options.build !== false) build();
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run npm run build`);
  }
  const out = options.out ?? defaultVsixPath();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const log = console.log;
  if (options.quiet) console.log = () => {}; // vsce lists the files it packs
  try {
    await createVSIX({
      cwd: root,
      packagePath: out,
      dependencies: false,
      skipLicense: true, // package.json says "license": "MIT"; there is no LICENSE file
      allowMissingRepository: true,
      rewriteRelativeLinks: false, // no repository URL to point the README's image at
    });
  } finally {
    console.log = log;
  }
  return out;
}

if (require.main === module) {
  packageVsix({ build: !process.argv.includes('--no-build') }).then(
    (out) => console.log(`packaged ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`),
    (e) => {
      console.error(`npm run package: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
