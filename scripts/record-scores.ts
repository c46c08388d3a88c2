// Writes the current scores on the gold seeds to test/eval/recorded-scores.json
// (run after an improvement: npx tsx scripts/record-scores.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../server/src/cli/main';
import { evaluate } from '../server/src/cli/eval';
import { figures } from '../test/eval/figures';

const repo = path.resolve(__dirname, '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-record-'));
run(['annotate', path.join(repo, 'seeds'), '--out', out], () => {}, () => {});
const report = evaluate(path.resolve(repo, '../shared/gold/seeds'), out, console.error);
if (!report) process.exit(2);
const rounded = Object.fromEntries(Object.entries(figures(report)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
fs.writeFileSync(path.join(repo, 'test/eval/recorded-scores.json'), JSON.stringify(rounded, null, 2) + '\n');
console.log(rounded);
