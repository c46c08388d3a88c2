/**
 * The language server with a second real client: headless Neovim (Debian's 0.7) runs
 * test/nvim/lsp-check.lua, which starts `node dist/server.js --stdio` on seeds/, waits
 * for a seed's diagnostics and for the folder's indexing, and prints them with the hover
 * on a person's name. Skipped when `nvim` is not installed (apt-get install neovim).
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const SEED = '000_118aedce4f979e2c.txt';

function runCheck(file: string, hover: string): Promise<{ code: number | null; out: string }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-nvim-'));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_STATE_HOME: path.join(home, 'state'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    MARGINALIA_NODE: process.execPath,
    MARGINALIA_SERVER: path.join(root, 'dist/server.js'),
    MARGINALIA_FOLDER: path.join(root, 'seeds'),
    MARGINALIA_FILE: path.join(root, 'seeds', file),
    MARGINALIA_HOVER: hover,
  };
  const child = spawn('nvim', ['--headless', '--clean', '-i', 'NONE', '-u', path.join(__dirname, 'lsp-check.lua')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      fs.rmSync(home, { recursive: true, force: true });
      resolve({ code, out });
    });
  });
}

describe('Neovim as the LSP client (headless)', function () {
  this.timeout(60_000);
  let result: { code: number | null; out: string };
  let lines: string[];

  before(async function () {
    const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      console.log(`      skipped: nvim is not installed (apt-get install -y neovim): ${probe.error.message}`);
      this.skip();
    }
    assert.ok(fs.existsSync(path.join(root, 'dist/server.js')), 'dist/server.js is missing: npm run build');
    result = await runCheck(SEED, 'Kassym-Jomart Tokayev');
    lines = result.out.split('\n');
  });

  it('attaches the server to a seed and ends cleanly', () => {
    assert.equal(result.code, 0, result.out);
    assert.ok(lines.includes('DONE'), result.out);
    assert.ok(!lines.some((l) => l.startsWith('ERROR')), result.out);
    const documents = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).length;
    assert.match(result.out, new RegExp(`^LOG Marginalia: indexed ${documents} documents`, 'm'));
  });

  it('receives the diagnostics: boilerplate, and the repeated paragraph with its twin as related information', () => {
    assert.ok(lines.includes('DIAG 21:1 information boilerplate Boilerplate: source line'), result.out);
    const dup = lines.findIndex((l) => l.startsWith('DIAG 30:1 warning duplicate Repeated paragraph'));
    assert.ok(dup >= 0, result.out);
    assert.match(lines[dup + 1], new RegExp(`^RELATED 28:1 ${SEED} Other occurrence$`));
  });

  it("answers the hover on a person's name with the entity card", () => {
    const hover = lines.find((l) => l.startsWith('HOVER '));
    assert.ok(hover, result.out);
    assert.match(hover, /^HOVER 3:\d+ \*\*PERSON\*\* · Kassym\\-Jomart Tokayev \| Seen as: .*Tokayev \(\d+\)/);
    assert.match(hover, /\| \d+ mentions in this document · in [1-9]\d* other documents?$/);
  });
});
