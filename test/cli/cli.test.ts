import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('marginalia command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-cli-'));
    fs.mkdirSync(path.join(dir, 'in'));
    fs.writeFileSync(path.join(dir, 'in', 'a.txt'), 'President Tokayev said on Tuesday that “unity matters,” officials reported.\n');
    fs.writeFileSync(path.join(dir, 'in', 'b.txt'), 'A second document.\n');
    fs.writeFileSync(path.join(dir, 'in', 'binary.txt'), Buffer.from([0x61, 0x00, 0x62]));
    fs.writeFileSync(path.join(dir, 'in', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('annotate writes one .ann per readable .txt and names each bad file on stderr', () => {
    const r = capture(['annotate', path.join(dir, 'in'), path.join(dir, 'missing'), '--out', path.join(dir, 'out')]);
    assert.equal(r.code, 0);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['a.ann', 'b.ann']);
    assert.match(r.err, /missing: no such file or folder/);
    assert.match(r.err, /binary\.txt: looks binary/);
    assert.match(r.err, /latin1\.txt: is not valid UTF-8/);
  });

  it('annotate without --out is a usage error, not a crash', () => {
    const r = capture(['annotate', path.join(dir, 'in')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /--out DIR/);
  });

  it('check prints file:line:col diagnostics and exits 1 on a warning', () => {
    const para = 'The committee met again on Monday to discuss the budget for the coming year in detail.';
    fs.writeFileSync(path.join(dir, 'dup.txt'), `Headline here\n${para}\nSomething else entirely happened later that day in the capital.\n${para}\n`);
    const r = capture(['check', path.join(dir, 'dup.txt')]);
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /dup\.txt:4:1: warning: .*\[duplicate\]/);
  });

  it('eval scores a folder against itself as perfect', () => {
    fs.mkdirSync(path.join(dir, 'gold'));
    fs.writeFileSync(path.join(dir, 'gold', 'x.txt'), 'Astana is a city.\n');
    fs.writeFileSync(path.join(dir, 'gold', 'x.ann'), 'T1\tPLACE 0 6\tAstana\nN1\tReference T1 canon:Astana\tAstana\n');
    const r = capture(['eval', '--gold', path.join(dir, 'gold'), '--pred', path.join(dir, 'gold')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^PLACE\s+1\.000\s+1\.000\s+1\.000/m);
    assert.match(r.out, /canonical name accuracy \(matched\)\s+1\.000/);
  });

  it('eval on a missing folder says so and exits 2', () => {
    const r = capture(['eval', '--gold', path.join(dir, 'nope'), '--pred', dir]);
    assert.equal(r.code, 2);
    assert.match(r.err, /nope: no such folder/);
  });
});

describe('marginalia command line: a document the analysis fails on', () => {
  it('is reported by name and left out; the other documents are analysed and the failure line says so', async () => {
    const { analyzeFiles, failureLine } = await import('../../server/src/cli/analyze-files');
    const { Analyzer } = await import('../../server/src/core/analyzer');
    const { DETECTORS } = await import('../../server/src/core/detectors');
    const fragile = { name: 'fragile', labels: [], detect: (ctx: { doc: { text: string } }) => { if (ctx.doc.text.includes('BOOM')) throw new Error('boom'); return []; } };
    const files = [{ path: 'a.txt', text: 'Kassym-Jomart Tokayev met Xi Jinping in Astana.\n' }, { path: 'b.txt', text: 'BOOM\n' }, { path: 'c.txt', text: 'Tokayev said so.\n' }];
    const { results, failures } = analyzeFiles(files, new Analyzer([...DETECTORS, fragile as never]));
    assert.deepEqual(results.map((r) => r.file.path), ['a.txt', 'c.txt']);
    assert.ok(results[0].analysis.spans.some((s) => s.label === 'PERSON' && s.text === 'Kassym-Jomart Tokayev'));
    assert.deepEqual(failures.map((f) => f.file.path), ['b.txt']);
    assert.match(failureLine(failures[0]), /^marginalia: b\.txt: internal error while analysing it \(boom\)/);
  });
});
