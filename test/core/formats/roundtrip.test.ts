import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBrat, writeBrat } from '../../../server/src/core/formats/brat';
import { fromConll } from '../../../server/src/core/formats/conll-read';
import { toConll } from '../../../server/src/core/formats/conll-write';
import { fromJsonl } from '../../../server/src/core/formats/jsonl-read';
import { toJsonl } from '../../../server/src/core/formats/jsonl-write';
import type { AnnotatedDoc } from '../../../server/src/core/formats/model';
import { annContent, TRICKY, type BratCase } from './cases';

/** Each format's export and import, in memory: documents → file content → documents. */
const THROUGH: Record<string, (docs: AnnotatedDoc[]) => AnnotatedDoc[]> = {
  brat: (docs) => docs.map((d) => readBrat(d.name, d.text, writeBrat(d))).map((r) => (assert.deepEqual(r.problems, []), r.doc)),
  jsonl: (docs) => {
    const r = fromJsonl(docs.map(toJsonl).join('\n') + '\n', 'x');
    assert.deepEqual(r.problems, []);
    return r.docs;
  },
  conll: (docs) => {
    const r = fromConll(toConll(docs), 'x');
    assert.deepEqual(r.problems, []);
    return r.docs;
  },
};

function roundTrip(cases: BratCase[]): void {
  const docs = cases.map((c) => {
    const r = readBrat(c.name, c.text, c.ann);
    assert.deepEqual(r.problems, [], c.name);
    return r.doc;
  });
  for (const [format, through] of Object.entries(THROUGH)) {
    const back = through(docs);
    assert.deepEqual(back.map((d) => d.name), cases.map((c) => c.name), format);
    back.forEach((d, i) => {
      assert.equal(d.text, cases[i].text, `${format}: text of ${d.name}`);
      assert.deepEqual(annContent(writeBrat(d)), annContent(cases[i].ann), `${format}: annotations of ${d.name}`);
      assert.equal(writeBrat(d), writeBrat(docs[i]), `${format}: normalised .ann of ${d.name}`);
    });
  }
}

describe('formats: brat → X → brat loses nothing', () => {
  for (const c of TRICKY) it(`on "${c.name}"`, () => roundTrip([c]));

  it('on all tricky documents in one file', () => roundTrip(TRICKY));

  it('on the five gold seed documents', function () {
    const dir = path.resolve(__dirname, '../../../../shared/gold/seeds');
    if (!fs.existsSync(dir)) return this.skip();
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.ann')).map((n) => n.slice(0, -4)).sort();
    assert.equal(names.length, 5);
    roundTrip(names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'), ann: fs.readFileSync(path.join(dir, `${name}.ann`), 'utf8') })));
  });
});
