/**
 * Part of `npm run bench`: how long a decision takes from the client's request to the
 * `.ann` on disk, through the real server (dist/server.js over stdio) on a copy of the
 * seeds. The largest seed is opened; each of its suggestions is accepted in turn
 * (what Alt+A sends), and the time is taken until the new line is in the file. Figures,
 * not pass/fail.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startSpawned } from '../test/protocol/harness';

const root = path.resolve(__dirname, '..');
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 40);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-bench-decide-'));
  const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((n) => n.endsWith('.txt'));
  for (const n of seeds) fs.copyFileSync(path.join(root, 'seeds', n), path.join(dir, n));
  const largest = seeds.reduce((a, b) => (fs.statSync(path.join(dir, b)).size > fs.statSync(path.join(dir, a)).size ? b : a));
  const file = path.join(dir, largest);
  const annFile = file.replace(/\.txt$/, '.ann');
  const uri = pathToFileURL(file).href;
  const s = await startSpawned({ folders: [pathToFileURL(dir).href] });
  try {
    // Timed once the workspace is indexed (the first second after start is the indexing's).
    await s.seen('window/logMessage', (p: any) => /indexed \d+ documents/.test(p.message));
    const shown = s.next('marginalia/decorations', (p: any) => p.uri === uri);
    s.open(uri, fs.readFileSync(file, 'utf8'));
    const deco = await shown;
    const targets = Object.values(deco.ranges as Record<string, { start: unknown }[]>).flat().slice(0, DECISIONS);
    const times: number[] = [];
    let lines = 0;
    const count = () => (fs.existsSync(annFile) ? fs.readFileSync(annFile, 'utf8').split('\n').filter((l) => l.startsWith('T')).length : 0);
    const answers: number[] = [];
    for (const r of targets) {
      const t = performance.now();
      let answered = false;
      const reply = s
        .request<{ changed: number }>('workspace/executeCommand', {
          command: 'marginalia.server.decide',
          arguments: [{ uri, range: { start: r.start, end: r.start }, action: 'accept' }],
        })
        .then((res) => ((answered = true), answers.push(performance.now() - t), res));
      // Watch the file while the request is out: the time counted is until the line is on disk.
      let onDisk = -1;
      while (onDisk < 0) {
        if (count() > lines) onDisk = performance.now() - t;
        else if (answered) break;
        else await new Promise((resolve) => setImmediate(resolve));
      }
      const res = await reply;
      if (res.changed === 0) continue;
      if (onDisk < 0) throw new Error('the server answered a decision without writing it');
      lines = count();
      times.push(onDisk);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))].toFixed(1);
    const answered = [...answers].sort((a, b) => a - b);
    console.log(
      `decision → .ann on disk (real server, stdio, ${largest}): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms over ${times.length} accepts (${lines} annotations written); answer with the label-all offer: median ${answered[answered.length >> 1].toFixed(1)} ms`,
    );
  } finally {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
