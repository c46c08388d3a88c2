import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analyzer } from '../../../server/src/core/analyzer';
import { Doc } from '../../../server/src/core/document';
import { Memo } from '../../../server/src/core/memo';
import { WorkspaceIndex } from '../../../server/src/core/workspace-index';
import { entitiesDetector } from '../../../server/src/core/detectors/entities';

const TEXT = [
  'ASTANA – President Kassym-Jomart Tokayev met the Chinese delegation.',
  'Tokayev said the talks with China went well.',
  'The Organization of Turkic States (OTS) will meet in Baku.',
].join('\n');

describe('entities: the detector', () => {
  const run = (doc: Doc, memo: Memo, ws = new WorkspaceIndex()) => entitiesDetector.detect({ doc, found: [], workspace: ws, memo });

  it('returns spans whose text is the document slice, each with a canonical name', () => {
    const doc = new Doc('file:///a.txt', TEXT);
    const spans = run(doc, new Memo());
    assert.ok(spans.length >= 8);
    for (const s of spans) {
      assert.equal(s.text, TEXT.slice(s.start, s.end));
      assert.ok(s.canonical, `${s.text} has a canonical name`);
      assert.ok(entitiesDetector.labels.includes(s.label));
    }
  });

  it('recomputes only the edited paragraph', () => {
    const memo = new Memo();
    run(new Doc('file:///a.txt', TEXT), memo);
    const before = memo.size;
    const edited = TEXT.replace('went well', 'went very well');
    const spans = run(new Doc('file:///a.txt', edited, 1), memo);
    assert.equal(memo.size, before + 1);
    assert.ok(spans.some((s) => s.text === 'Tokayev' && s.canonical === 'Kassym-Jomart Tokayev'));
  });

  it('does not let document offsets leak into the memoised paragraph results', () => {
    const memo = new Memo();
    const line = 'Tokayev said the talks with China went well.';
    const a = run(new Doc('file:///a.txt', `${line}\n${line}`), memo);
    const b = run(new Doc('file:///b.txt', `Intro line here.\n${line}`), memo);
    assert.deepEqual(
      a.filter((s) => s.text === 'China').map((s) => s.start),
      [line.indexOf('China'), line.length + 1 + line.indexOf('China')],
    );
    assert.deepEqual(
      b.filter((s) => s.text === 'China').map((s) => s.start),
      ['Intro line here.\n'.length + line.indexOf('China')],
    );
  });

  it('finds non-overlapping spans on the sample documents', () => {
    const dir = path.join(__dirname, '../../../seeds');
    const docs = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => new Doc(`file:///${f}`, fs.readFileSync(path.join(dir, f), 'utf8')));
    for (const a of new Analyzer([entitiesDetector]).analyzeCorpus(docs)) {
      const spans = a.spans;
      assert.ok(spans.length > 10, a.doc.uri);
      for (let k = 1; k < spans.length; k++) assert.ok(spans[k - 1].end <= spans[k].start, `${spans[k - 1].text} / ${spans[k].text} in ${a.doc.uri}`);
    }
  });
});
