import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnnotationStore, annTarget, occurrences, validateAnn } from '../../../server/src/core/annotations';

const gold = path.resolve(__dirname, '../../../../shared/gold/seeds');
const lines = (ann: string) => ann.split('\n').filter(Boolean).sort();
/** A line's content without its N/A/R number (those are renumbered on write). */
const content = (l: string) => (/^[NAR]\d+\t/.test(l) ? l.replace(/^([NAR])\d+/, '$1') : l);

describe('annotation store: brat files in and out', () => {
  const names = fs.existsSync(gold) ? fs.readdirSync(gold).filter((f) => f.endsWith('.ann')) : [];
  for (const name of names) {
    it(`reads and writes ${name} back with every T/N/A/R line's content`, () => {
      const ann = fs.readFileSync(path.join(gold, name), 'utf8');
      const text = fs.readFileSync(path.join(gold, name.replace(/\.ann$/, '.txt')), 'utf8');
      const { store, reports } = AnnotationStore.read(ann, '', text);
      assert.deepEqual(reports, [], 'every gold annotation is where its offsets say');
      assert.deepEqual(lines(store.write(text).ann).map(content).sort(), lines(ann).map(content).sort());
    });
  }

  it('counts code points in files and UTF-16 units inside, around astral characters and CRLF', () => {
    const text = 'Hi 😀 Anna\r\nin 𝔸thens\r\n';
    const ann = 'T1\tPERSON 5 9\tAnna\nT2\tPLACE 14 20\t𝔸thens\n';
    const { store, reports } = AnnotationStore.read(ann, '', text);
    assert.deepEqual(reports, []);
    assert.deepEqual(store.annotations.map((a) => [a.start, a.end, text.slice(a.start, a.end)]), [[6, 10, 'Anna'], [15, 22, '𝔸thens']]);
    store.applyEdit(0, 0, '😀');
    assert.deepEqual(lines(store.write('😀' + text).ann), ['T1\tPERSON 6 10\tAnna', 'T2\tPLACE 15 21\t𝔸thens']);
  });

  it('keeps lines it does not understand, ids, and a span across a line break as fragments', () => {
    const text = 'The New\nYork Times said.';
    const ann = 'T3\tORG 4 7;8 18\tNew York Times\n#1\tAnnotatorNotes T3\tcheck this\nE1\tEvent:T3\n';
    const { store } = AnnotationStore.read(ann, '', text);
    const a = store.add({ label: 'ORG', start: 0, end: 3, text: 'The' });
    assert.equal(a.id, 'T4', 'new ids follow the highest one read');
    const out = store.write(text).ann;
    assert.match(out, /^T3\tORG 4 7;8 18\tNew York Times$/m);
    assert.match(out, /^#1\tAnnotatorNotes T3\tcheck this$/m);
    assert.match(out, /^E1\tEvent:T3$/m);
  });

  it('re-anchors an annotation whose text moved, and keeps (and reports) one whose text is gone', () => {
    const text = 'Intro added. Tokayev met Xi.';
    const ann = 'T1\tPERSON 0 7\tTokayev\nT2\tPERSON 12 14\tXi\nT3\tPERSON 20 25\tPutin\nN1\tReference T3 canon:Vladimir Putin\tPutin\n';
    const { store, reports } = AnnotationStore.read(ann, '', text);
    assert.deepEqual(reports.map((r) => [r.id, r.kind, r.line]), [['T1', 'moved', 0], ['T2', 'moved', 1], ['T3', 'orphan', 2]]);
    assert.equal(text.slice(store.get('T1')!.start, store.get('T1')!.end), 'Tokayev');
    const out = store.write(text).ann;
    assert.match(out, /^T3\tPERSON 20 25\tPutin$/m, 'the orphan is written back as it was');
    assert.match(out, /^N\d+\tReference T3 canon:Vladimir Putin\tPutin$/m);
  });

  it('remembers rejections in a sorted file that follows the text', () => {
    const text = 'Apple and Orange met.';
    const store = AnnotationStore.empty();
    store.reject({ label: 'ORG', start: 10, end: 16, text: 'Orange' });
    store.reject({ label: 'ORG', start: 0, end: 5, text: 'Apple' });
    store.reject({ label: 'ORG', start: 0, end: 5, text: 'Apple' });
    assert.equal(store.write(text).rejections, 'ORG\t0 5\tApple\nORG\t10 16\tOrange\n');
    store.applyEdit(0, 0, 'An ');
    assert.ok(store.isRejected('ORG', 13, 19));
    const again = AnnotationStore.read('', store.write('An ' + text).rejections, 'An ' + text).store;
    assert.ok(again.isRejected('ORG', 3, 8) && again.isRejected('ORG', 13, 19));
  });

  it('removing an annotation drops its notes and the speaker links to it', () => {
    const store = AnnotationStore.empty();
    const q = store.add({ label: 'QUOTE', start: 0, end: 5, text: '"Hi."' });
    const p = store.add({ label: 'PERSON', start: 10, end: 13, text: 'Bob', canonical: 'Bob Smith' });
    store.setSpeaker(q.id, p.id);
    store.applyEdit(9, 14, '');
    assert.equal(store.get(q.id)?.speaker, undefined);
    assert.equal(store.get(p.id), undefined);
    assert.deepEqual(lines(store.write('"Hi." said.').ann), ['T1\tQUOTE 0 5\t"Hi."']);
  });
});

describe('.ann files checked against their document', () => {
  const text = 'Tokayev met Xi in Astana.\n';
  it('reports each kind of problem on its line and field', () => {
    const ann = ['T1\tPERSON 0 7\tTokayev', 'T2\tPERSON 12 14\tXu', 'T3\tPLACE 18 99\tAstana', 'T4\tCITY 18 24\tAstana', 'N1\tReference T9 canon:X\tX', 'bogus line', 'T1\tORG 0 7\tTokayev', 'T5\tPERSON 7 3\tx', 'R1\tSpeaker Arg1:T1'].join('\n');
    const got = validateAnn(ann, text).map((p) => `${p.line}:${p.startCol}-${p.endCol} ${p.severity} ${p.message}`);
    assert.deepEqual(got, [
      '1:16-18 error T2: the document has "Xi" at 12 14, not "Xu"',
      '2:9-14 error T3: offset 99 is past the end of the document (26 characters)',
      '3:3-7 warning "CITY" is not a label of the guidelines (PERSON, ORG, PLACE, NORP, DATE, TIME, QUOTE, BOILERPLATE)',
      '4:13-15 error N1 refers to T9, which is not defined in this file',
      '5:0-10 error "bogus line" is not a brat id (T, N, A, R, E or M followed by a number)',
      '6:0-2 error T1 is defined twice (first on line 1)',
      '7:10-13 error T5: the end offset comes before the start',
    ]);
  });

  it('go to definition: a T line to its span, N/A/R lines to their target', () => {
    const ann = 'T1\tPERSON 0 7\tTokayev\nT2\tPLACE 18 24\tAstana\nN1\tReference T2 canon:Astana\tAstana\nR1\tSpeaker Arg1:T2 Arg2:T1\n';
    assert.deepEqual(annTarget(ann, text, 0), { start: 0, end: 7 });
    assert.deepEqual(annTarget(ann, text, 2), { start: 18, end: 24 });
    assert.deepEqual(annTarget(ann, text, 3), { start: 18, end: 24 });
    assert.equal(annTarget(ann, text, 9), undefined);
  });
});

describe('whole-word occurrences', () => {
  it('finds names with spaces, hyphens and astral letters, not inside longer words', () => {
    const t = 'Astana, Astanaville, New Astana; Kassym-Jomart Tokayev and 𝔸thens 𝔸thensx';
    assert.deepEqual(occurrences(t, 'Astana').map((o) => o.start), [0, 25]);
    assert.deepEqual(occurrences(t, 'Kassym-Jomart Tokayev').length, 1);
    assert.deepEqual(occurrences(t, '𝔸thens').length, 1);
    assert.deepEqual(occurrences(t, 'Jomart'), [{ start: 40, end: 46 }], 'a hyphen is a word boundary');
  });
});
