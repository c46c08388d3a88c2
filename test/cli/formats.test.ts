import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';
import { annContent } from '../core/formats/cases';

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const FORMATS = ['brat', 'jsonl', 'conll'];

describe('marginalia export / import', () => {
  let dir: string;
  const p = (...parts: string[]) => path.join(dir, ...parts);
  const write = (file: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(p(file)), { recursive: true });
    fs.writeFileSync(p(file), data);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-formats-'));
    write('in/a.txt', '😀 Anna said “we\r\nagree” in Paris');
    write('in/a.ann', 'T1\tPERSON 2 6\tAnna\nT2\tQUOTE 12 15;17 23\t“we agree”\nT3\tPLACE 27 32\tParis\nN1\tReference T3 canon:Paris\tParis\nR1\tSpeaker Arg1:T2 Arg2:T1\nA1\tUnmarked T2\n');
    write('in/b.txt', 'No annotations here.\n');
    write('in/c.txt', 'Bob is here.\n');
    write('in/c.ann', 'T1\tPERSON 0 3\tBob\nT2\tPERSON 0 99\tBob\nT3\tPLACE 7 11\there\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of FORMATS) {
    it(`round-trips brat → ${format} → brat through files, reporting the bad .ann line by file:line`, () => {
      const ex = capture(['export', '--format', format, p('in'), '--out', p('x')]);
      assert.equal(ex.code, 1, ex.err);
      assert.match(ex.err, new RegExp(`c\\.ann:2: T2: offsets beyond the end of the text`));
      assert.ok(!/\n\s+at /.test(ex.err), 'no stack trace');
      const im = capture(['import', '--format', format, p('x'), '--out', p('back')]);
      assert.equal(im.code, 0, im.err);
      assert.deepEqual(fs.readdirSync(p('back')).sort(), ['a.ann', 'a.txt', 'b.ann', 'b.txt', 'c.ann', 'c.txt']);
      assert.equal(fs.readFileSync(p('back/a.txt'), 'utf8'), fs.readFileSync(p('in/a.txt'), 'utf8'));
      assert.deepEqual(annContent(fs.readFileSync(p('back/a.ann'), 'utf8')), annContent(fs.readFileSync(p('in/a.ann'), 'utf8')));
      assert.equal(fs.readFileSync(p('back/b.ann'), 'utf8'), '');
      assert.deepEqual(annContent(fs.readFileSync(p('back/c.ann'), 'utf8')), annContent('T1\tPERSON 0 3\tBob\nT2\tPLACE 7 11\there\n'));
    });
  }

  it('writes jsonl and conll to one file each, or to the file --out names', () => {
    assert.equal(capture(['export', '--format', 'jsonl', p('in', 'a.ann'), '--out', p('x')]).code, 0);
    assert.equal(fs.readFileSync(p('x/corpus.jsonl'), 'utf8').split('\n').length, 2);
    assert.equal(capture(['export', '--format', 'conll', p('in', 'b.txt'), '--out', p('x', 'mine.conll')]).code, 0);
    assert.match(fs.readFileSync(p('x/mine.conll'), 'utf8'), /^# marginalia: columns TOKEN NER QUOTE BOILERPLATE\n/);
  });

  it('names each unreadable file, skips it and exports the others', () => {
    write('in/binary.txt', Buffer.from([0x61, 0x00, 0x62]));
    write('in/latin.txt', 'caf\n');
    write('in/latin.ann', Buffer.from([0x54, 0x31, 0x09, 0xe9]));
    const r = capture(['export', '--format', 'jsonl', p('in'), p('missing'), '--out', p('x')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /binary\.txt: looks binary/);
    assert.match(r.err, /latin\.ann: is not valid UTF-8.*latin\.txt skipped/);
    assert.match(r.err, /missing: no such file or folder/);
    const ids = fs.readFileSync(p('x/corpus.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    assert.deepEqual(ids, ['a', 'b', 'c']);
  });

  it('import reports bad JSONL and CoNLL lines by file:line and imports the rest', () => {
    write('j/docs.jsonl', `${JSON.stringify({ id: 'one', text: 'Anna', label: [[0, 4, 'PERSON']] })}\n{oops\n`);
    const j = capture(['import', '--format', 'jsonl', p('j'), '--out', p('jb')]);
    assert.equal(j.code, 1);
    assert.match(j.err, /docs\.jsonl:2: not valid JSON/);
    assert.equal(fs.readFileSync(p('jb/one.ann'), 'utf8'), 'T1\tPERSON 0 4\tAnna\n');
    write('c/x.conll', 'Anna B-PER\nsmiles O X\nBob WHAT\n');
    const c = capture(['import', '--format', 'conll', p('c'), '--out', p('cb')]);
    assert.equal(c.code, 1);
    assert.match(c.err, /x\.conll:3: expected "TOKEN TAG"/);
    assert.equal(fs.readFileSync(p('cb/x-1.txt'), 'utf8'), 'Anna smiles Bob');
    assert.equal(fs.readFileSync(p('cb/x-1.ann'), 'utf8'), 'T1\tPER 0 4\tAnna\n');
  });

  it('reports an .ann with no .txt beside it, and refuses to write a brat copy over its input folder', () => {
    write('in/orphan.ann', 'T1\tPERSON 0 3\tBob\n');
    const r = capture(['export', '--format', 'brat', p('in'), '--out', p('in')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /orphan\.ann: no orphan\.txt beside it; skipped/);
    assert.match(r.err, /is an input folder; writing there would replace the documents/);
    assert.equal(fs.readFileSync(p('in/c.ann'), 'utf8').split('\n').length, 4, 'the input is untouched');
  });

  it('renames a document whose name is taken or unsafe, and says so', () => {
    write('j/docs.jsonl', ['../evil', 'same', 'same'].map((id) => JSON.stringify({ id, text: id })).join('\n'));
    const r = capture(['import', '--format', 'jsonl', p('j'), '--out', p('jb')]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(fs.readdirSync(p('jb')).filter((f) => f.endsWith('.txt')).sort(), ['.._evil.txt', 'same-2.txt', 'same.txt']);
    assert.match(r.err, /"same" written as "same-2"/);
  });

  it('gives usage errors, not crashes, for a missing or unknown format, missing --out or an unwritable --out', () => {
    assert.match(capture(['export', p('in'), '--out', p('x')]).err, /export needs --format brat\|jsonl\|conll/);
    assert.match(capture(['import', '--format', 'xml', p('in'), '--out', p('x')]).err, /not "xml"/);
    assert.equal(capture(['export', '--format', 'brat', p('in')]).code, 2);
    write('file', 'x');
    const r = capture(['export', '--format', 'brat', p('in'), '--out', p('file')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write \(E\w+\)/);
  });

  it('round-trips the gold seeds through every format without loss', function () {
    const gold = path.resolve(__dirname, '../../../shared/gold/seeds');
    if (!fs.existsSync(gold)) return this.skip();
    for (const format of FORMATS) {
      assert.equal(capture(['export', '--format', format, gold, '--out', p(format)]).code, 0);
      assert.equal(capture(['import', '--format', format, p(format), '--out', p(`${format}-back`)]).code, 0);
      for (const name of fs.readdirSync(gold).filter((n) => n.endsWith('.ann'))) {
        const base = name.slice(0, -4);
        assert.equal(fs.readFileSync(p(`${format}-back`, `${base}.txt`), 'utf8'), fs.readFileSync(path.join(gold, `${base}.txt`), 'utf8'));
        assert.deepEqual(annContent(fs.readFileSync(p(`${format}-back`, name), 'utf8')), annContent(fs.readFileSync(path.join(gold, name), 'utf8')), `${format}: ${name}`);
      }
    }
  });
});

describe('marginalia eval as agreement between two annotators', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-agree-'));
    for (const who of ['ann1', 'ann2']) {
      fs.mkdirSync(path.join(dir, who));
      fs.writeFileSync(path.join(dir, who, 'd.txt'), 'Anna met Bob in Paris on Monday .');
    }
    fs.writeFileSync(path.join(dir, 'ann1', 'd.ann'), 'T1\tPERSON 0 4\tAnna\nT2\tPERSON 9 12\tBob\nT3\tPLACE 16 21\tParis\nT4\tDATE 25 31\tMonday\n');
    fs.writeFileSync(path.join(dir, 'ann2', 'd.ann'), 'T1\tPERSON 0 4\tAnna\nT2\tORG 9 12\tBob\nT3\tPLACE 16 21\tParis\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints Cohen's kappa over tokens under the per-label F1", () => {
    const r = capture(['eval', '--gold', path.join(dir, 'ann1'), '--pred', path.join(dir, 'ann2')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^PERSON\s+1\.000\s+0\.500\s+0\.667/m);
    assert.match(r.out, /Cohen's kappa over tokens\s+0\.610\s+\(observed 0\.750, chance 0\.359; 8 tokens\)/);
  });

  it('adds tokenAgreement to --json', () => {
    const r = capture(['eval', '--gold', path.join(dir, 'ann1'), '--pred', path.join(dir, 'ann2'), '--json']);
    const v = JSON.parse(r.out);
    assert.equal(v.tokenAgreement.tokens, 8);
    assert.ok(Math.abs(v.tokenAgreement.kappa - 25 / 41) < 1e-12);
    assert.equal(v.labels.PERSON.tp, 1);
  });
});
