// Writes the current scores on every evaluation set (test/eval/sets.ts) to
// test/eval/recorded-scores.json, the floor `npm test` holds them to
// (run after an improvement: npx tsx scripts/record-scores.ts).
import * as fs from 'node:fs';
import { figures } from '../test/eval/figures';
import { RECORDED, SETS, score } from '../test/eval/sets';

const recorded: Record<string, Record<string, number>> = {};
for (const set of SETS) {
  const report = score(set);
  if (!report) {
    console.error(`${set.name}: no gold at ${set.gold}; not recorded`);
    continue;
  }
  recorded[set.name] = Object.fromEntries(Object.entries(figures(report)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
fs.writeFileSync(RECORDED, JSON.stringify(recorded, null, 2) + '\n');
console.log(JSON.stringify(recorded, null, 2));
