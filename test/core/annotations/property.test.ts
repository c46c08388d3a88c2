/**
 * Annotations follow edits: thousands of random edits (insertions, deletions,
 * replacements; at span boundaries, across spans, over several spans; astral characters)
 * applied to a store and to a reference model — the text as an array of characters,
 * each carrying the ids of the annotations covering it — and compared after every edit:
 * none lost, none extra, none misplaced.
 */
import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../server/src/core/annotations';

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cell {
  ch: string;
  ids: Set<string>;
}

const ALPHABET = ['a', 'b', 'c', ' ', 'Ä', '\n', '😀', '—', 'x', 'y'];

/** The reference model of one edit: delete cells [a, b), insert new cells that belong to what both neighbours belong to. */
function modelEdit(cells: Cell[], a: number, b: number, inserted: string[]): Cell[] {
  const left = cells[a - 1]?.ids ?? new Set<string>();
  const right = cells[b]?.ids ?? new Set<string>();
  const both = new Set([...left].filter((id) => right.has(id)));
  const fresh = inserted.map((ch) => ({ ch, ids: new Set(both) }));
  return [...cells.slice(0, a), ...fresh, ...cells.slice(b)];
}

/** UTF-16 offset of cell i (cells may hold surrogate pairs). */
function offsets(cells: Cell[]): number[] {
  const out = [0];
  for (const c of cells) out.push(out[out.length - 1] + c.ch.length);
  return out;
}

function check(store: AnnotationStore, cells: Cell[], text: string, step: string): void {
  const at = offsets(cells);
  const expected = new Map<string, [number, number]>();
  cells.forEach((c, i) => {
    for (const id of c.ids) {
      const r = expected.get(id);
      if (r) r[1] = at[i + 1];
      else expected.set(id, [at[i], at[i + 1]]);
    }
  });
  const got = new Map(store.annotations.map((a) => [a.id, [a.start, a.end] as [number, number]]));
  assert.deepEqual([...got.keys()].sort(), [...expected.keys()].sort(), `${step}: the surviving annotations`);
  for (const a of store.annotations) {
    assert.deepEqual([a.start, a.end], expected.get(a.id), `${step}: ${a.id} placed on its characters`);
    assert.equal(a.text, text.slice(a.start, a.end), `${step}: ${a.id} text`);
  }
}

function run(seed: number, edits: number): { edits: number; ms: number } {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const chars = (n: number) => Array.from({ length: n }, () => ALPHABET[int(ALPHABET.length)]);
  let cells: Cell[] = chars(3000).map((ch) => ({ ch, ids: new Set<string>() }));
  let text = cells.map((c) => c.ch).join('');
  const store = AnnotationStore.empty();
  // ~100 annotations, some nested or overlapping, some one character long.
  for (let k = 0; k < 100; k++) {
    const s = int(cells.length - 1);
    const e = Math.min(cells.length, s + 1 + int(k % 10 === 0 ? 200 : 12));
    const at = offsets(cells);
    const a = store.add({ label: k % 2 ? 'PERSON' : 'QUOTE', start: at[s], end: at[e], text: text.slice(at[s], at[e]) });
    for (let i = s; i < e; i++) cells[i].ids.add(a.id);
  }
  check(store, cells, text, `seed ${seed} start`);
  const t0 = performance.now();
  let applied = 0;
  for (let step = 0; step < edits; step++) {
    const at = offsets(cells);
    // Edits aimed at annotation boundaries half the time.
    const anns = store.annotations;
    let a = int(cells.length + 1);
    if (anns.length && rnd() < 0.5) {
      const pick = anns[int(anns.length)];
      const edge = rnd() < 0.5 ? pick.start : pick.end;
      a = Math.max(0, at.indexOf(edge) + int(3) - 1);
    }
    a = Math.min(a, cells.length);
    const kind = rnd();
    const del = kind < 0.35 ? 0 : Math.min(cells.length - a, int(kind < 0.9 ? 6 : 300));
    const ins = kind > 0.35 && kind < 0.6 ? [] : chars(int(8) + (kind < 0.35 ? 1 : 0));
    const b = a + del;
    const inserted = ins.join('');
    store.applyEdit(at[a], at[b], inserted);
    cells = modelEdit(cells, a, b, ins);
    text = text.slice(0, at[a]) + inserted + text.slice(at[b]);
    applied++;
    check(store, cells, text, `seed ${seed} edit ${step} ([${at[a]}, ${at[b]}) → ${JSON.stringify(inserted)})`);
  }
  return { edits: applied, ms: performance.now() - t0 };
}

describe('annotations follow random edits (property test against a character model)', function () {
  this.timeout(120_000);
  it('loses and misplaces nothing over 5 seeds × 2,000 edits', () => {
    let edits = 0;
    let ms = 0;
    for (const seed of [1, 2, 3, 42, 2026]) {
      const r = run(seed, 2000);
      edits += r.edits;
      ms += r.ms;
    }
    console.log(`      ${edits} random edits checked against the model in ${Math.round(ms)} ms (checks included)`);
    assert.equal(edits, 10_000);
  });

  it('rebase onto a text changed in several places keeps, moves or reports every annotation', () => {
    for (const seed of [7, 8, 9, 10]) {
      const rnd = prng(seed);
      const words = Array.from({ length: 600 }, (_, i) => `w${i}${['', 'x', 'yy'][i % 3]}`);
      const oldText = words.join(' ');
      const store = AnnotationStore.empty();
      const ids: string[] = [];
      for (let k = 0; k < 80; k++) {
        const w = Math.floor(rnd() * words.length);
        const start = oldText.indexOf(` ${words[w]} `) + 1;
        if (start <= 0) continue;
        ids.push(store.add({ label: 'PERSON', start, end: start + words[w].length, text: words[w] }).id);
      }
      // Change three places: delete some words, insert some, replace some.
      const next = [...words];
      next.splice(100, 5);
      next.splice(300, 0, 'new', 'words', 'here');
      next.splice(450, 2, 'swapped');
      const newText = next.join(' ');
      const reports = store.rebase(oldText, newText);
      const reported = new Set(reports.map((r) => r.id));
      for (const id of ids) {
        const a = store.get(id);
        assert.ok(a, `${id} is still in the store (orphaned at worst)`);
        if (a.orphan) assert.ok(reported.has(id), `${id} orphaned and reported`);
        else assert.equal(newText.slice(a.start, a.end), a.text, `${id} on its text`);
      }
      const survivors = ids.filter((id) => !store.get(id)!.orphan);
      assert.ok(survivors.length >= ids.length - 10, `most annotations survive (${survivors.length}/${ids.length})`);
    }
  });
});
