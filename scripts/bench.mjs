// npm run bench: prints how fast the analysis is. Figures, not pass/fail.
// Uses the bundled core (dist/bench-core.js) so it measures what ships.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
await esbuild.build({
  entryPoints: [path.join(root, 'scripts/bench-core.ts')],
  bundle: true, platform: 'node', format: 'cjs', outfile: path.join(root, 'dist/bench-core.js'), logLevel: 'warning',
});
const core = createRequire(import.meta.url)(path.join(root, 'dist/bench-core.js'));
const { Analyzer, Doc, diagnose, writeAnn } = core;

const seedDir = path.join(root, 'seeds');
const seeds = fs.readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort().map((n) => fs.readFileSync(path.join(seedDir, n), 'utf8'));
const largest = seeds.reduce((a, b) => (b.length > a.length ? b : a));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = (f) => { const t = performance.now(); const r = f(); return [performance.now() - t, r]; };
const ms = (x) => `${x.toFixed(2)} ms`;

/** Text of `size` characters cycled from the seeds, each paragraph made unique so no cache can cheat. */
function buildDoc(size, salt) {
  const out = [];
  let n = 0, len = 0, i = 0;
  while (len < size) {
    for (const p of seeds[i++ % seeds.length].split('\n')) {
      const line = p.trim() ? `${p} (${salt}-${n++})` : p;
      out.push(line);
      len += line.length + 1;
    }
  }
  return out.join('\n');
}

function full(text, label) {
  const cold = [];
  for (let i = 0; i < 5; i++) cold.push(time(() => new Analyzer().analyze(new Doc(`mem:${label}`, text)))[0]);
  const a = new Analyzer();
  a.analyze(new Doc(`mem:${label}`, text));
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(time(() => a.analyze(new Doc(`mem:${label}`, text, i + 1)))[0]);
  console.log(`${label.padEnd(28)} ${(text.length / 1024).toFixed(0).padStart(5)} KB  full analysis (cold) ${ms(median(cold))}   re-analysis, nothing changed ${ms(median(warm))}`);
}

function editToDiagnostics(text, label, edits = 60, warmup = Math.ceil(edits / 3)) {
  const a = new Analyzer();
  let doc = new Doc(`mem:${label}`, text, 0);
  a.analyze(doc);
  const times = [];
  // The first edits compile the analysis code (JIT); timing starts after them, as an editor that has been open a while.
  for (let i = 1; i <= warmup + edits; i++) {
    const paras = doc.paragraphs;
    const p = paras[(i * 7) % paras.length];
    const at = p.start + Math.floor(p.text.length / 2);
    const next = doc.text.slice(0, at) + (i % 2 ? ' x' : 'y ') + doc.text.slice(at);
    const [t] = time(() => { doc = new Doc(doc.uri, next, i); return diagnose(a.analyze(doc)); });
    if (i > warmup) times.push(t);
  }
  console.log(`${label.padEnd(28)} edit → diagnostics: median ${ms(median(times))}, p95 ${ms([...times].sort((x, y) => x - y)[Math.floor(times.length * 0.95)])} over ${edits} edits (after ${warmup} untimed)`);
}

function throughput(count) {
  const docs = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = buildDoc(3000 + (i % 5) * 2000, `d${i}`);
    bytes += text.length;
    docs.push(new Doc(`mem:corpus/${i}.txt`, text));
  }
  const [t] = time(() => {
    const analyses = new Analyzer().analyzeCorpus(docs);
    for (const an of analyses) writeAnn(an.doc, an.spans);
  });
  console.log(`annotate ${count} documents (${(bytes / 1e6).toFixed(1)} MB): ${(t / 1000).toFixed(1)} s, ${(count / (t / 1000)).toFixed(0)} docs/s, ${(bytes / 1e6 / (t / 1000)).toFixed(2)} MB/s (two passes: index, then analysis)`);
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
full(largest, 'largest seed');
editToDiagnostics(largest, 'largest seed');
// The same after 300 untimed edits: the steady state of an editor open all day, once the JIT has compiled the analysis'
// hot paths and the caches hold the document's paragraphs (the line above, after 20, is kept to compare with earlier runs).
editToDiagnostics(largest, 'largest seed, steady', 60, 300);
const big = buildDoc(1_000_000, 'big');
full(big, '1 MB document from seeds');
editToDiagnostics(big, '1 MB document from seeds', 20);
throughput(Number(process.env.BENCH_DOCS ?? 2000));
