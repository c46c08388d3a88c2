/**
 * One editor session for the end-to-end tests: the packaged .vsix installed into a fresh
 * code-server (installed on first use, see scripts/code-server.ts) that opens a copy of
 * seeds/, and headless Debian chromium (playwright-core) showing its workbench. Everything
 * it writes is under .run/e2e-<pid>/; on failure, a screenshot and the logs go to
 * test-results/e2e/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { alive, ensureCodeServer, installExtension, launchCodeServer, QUIET_SETTINGS, type CodeServer } from '../../scripts/code-server';
import { packageVsix } from '../../scripts/package-vsix';

/** Debian's chromium (`MARGINALIA_CHROMIUM` names another build). */
export const CHROMIUM = process.env.MARGINALIA_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const root = path.resolve(__dirname, '../..');
export const results = path.join(root, 'test-results');

export class Workbench {
  /** What the browser console reported as errors, and uncaught page errors. */
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: CodeServer,
    readonly runDir: string,
    /** The copy of seeds/ the workbench has open. */
    readonly folder: string,
  ) {}

  /** Why the session cannot run here (a string), or the session, with the workbench loaded. */
  static async open(log: (line: string) => void): Promise<Workbench | string> {
    if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is not there (apt-get install -y chromium)`;
    let codeServer: string;
    try {
      codeServer = await ensureCodeServer(log);
    } catch (e) {
      return `code-server could not be installed: ${e instanceof Error ? e.message : String(e)}`;
    }
    removeStaleRuns();
    const runDir = path.join(root, `.run/e2e-${process.pid}`);
    fs.rmSync(runDir, { recursive: true, force: true });
    const folder = path.join(runDir, 'workspace/seeds');
    // A copy: nothing typed in the tests can ever be saved into the repository's seeds.
    fs.cpSync(path.join(root, 'seeds'), folder, { recursive: true });
    // `npm test` and `npm run test:e2e` build first; package what was built.
    const vsix = await packageVsix({ build: !fs.existsSync(path.join(root, 'dist/extension.js')), out: path.join(runDir, 'marginalia.vsix'), quiet: true });
    installExtension(codeServer, runDir, vsix);
    // In a browser VS Code saves by itself a second after the last edit (files.autoSave's
    // web default): the tests save only when they press Ctrl+S, whatever the machine's speed.
    const server = await launchCodeServer({ codeServer, runDir, folder, settings: { ...QUIET_SETTINGS, 'files.autoSave': 'off' } });
    let browser: Browser | undefined;
    let session: Workbench | undefined;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // tsx compiles the functions given to page.evaluate with esbuild's keepNames, which
      // wraps named inner functions in a `__name` helper the page does not have.
      await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
      session = new Workbench(page, browser, server, runDir, folder);
      const errors = session.consoleErrors;
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await page.goto(server.url);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '000_' }).first().waitFor({ state: 'visible', timeout: 30_000 });
      return session;
    } catch (e) {
      if (session) log(`saved ${await session.saveFailure('startup')}.*`);
      await browser?.close().catch(() => {});
      await server.stop();
      throw e;
    }
  }

  /** The extension's output channel ("Marginalia") as VS Code logs it to disk. */
  marginaliaLog(): string {
    return logFiles(path.join(this.server.userData, 'logs'), /-Marginalia\.log$/).map((f) => fs.readFileSync(f, 'utf8')).join('');
  }

  /** The extension host's own log (activation errors land there). */
  extensionHostLog(): string {
    return logFiles(path.join(this.server.userData, 'logs'), /exthost\.log$/).map((f) => fs.readFileSync(f, 'utf8')).join('');
  }

  /** A screenshot of the whole page. */
  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, animations: 'disabled' }); // the hover's fade-in finished
  }

  /** After a failure: a screenshot, the extension's log, the extension host's, code-server's and the browser console. */
  async saveFailure(title: string): Promise<string> {
    const dir = path.join(results, 'e2e');
    const slug = title.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80);
    fs.mkdirSync(dir, { recursive: true });
    await this.screenshot(path.join(dir, `${slug}.png`)).catch(() => {});
    fs.writeFileSync(path.join(dir, `${slug}.marginalia.log`), this.marginaliaLog());
    fs.writeFileSync(path.join(dir, `${slug}.exthost.log`), this.extensionHostLog());
    fs.writeFileSync(path.join(dir, `${slug}.code-server.log`), this.server.output());
    fs.writeFileSync(path.join(dir, `${slug}.browser-console.log`), this.consoleErrors.join('\n'));
    return path.relative(process.cwd(), path.join(dir, slug));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.server.stop();
    fs.rmSync(this.runDir, { recursive: true, force: true });
  }
}

function logFiles(dir: string, name: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => name.test(f)).sort().map((f) => path.join(dir, f));
}

/** Run folders of earlier sessions whose process is gone. */
function removeStaleRuns(): void {
  const dir = path.join(root, '.run');
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const pid = /^e2e-(\d+)$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}
