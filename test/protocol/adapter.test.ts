import { strict as assert } from 'node:assert';
import { Analyzer } from '../../server/src/core/analyzer';
import type { Detector } from '../../server/src/core/detector';
import { fakeDetector } from './fake-detector';
import { STORY } from './fixtures';
import { startInProcess } from './harness';
import { protocolSuite } from './suite';

/** The server module in process with a stand-in detector: the LSP adapter alone, whatever the detectors find. */
describe('language server adapter (in process, stand-in detector)', () => {
  protocolSuite((options) => startInProcess({ ...options, analyzer: new Analyzer([fakeDetector]) }));

  it('a detector that throws is logged once and the server keeps answering', async () => {
    const boom: Detector = { name: 'boom', labels: [], detect: ({ doc }) => (doc.text.includes('BOOM') ? assert.fail('BOOM') : []) };
    const s = await startInProcess({ analyzer: new Analyzer([fakeDetector, boom]) });
    try {
      const logged = s.next('window/logMessage', (p: any) => p.type === 1 && /analysing .*bad\.txt failed/.test(p.message));
      s.open('file:///tmp/m/bad.txt', 'BOOM goes the detector.');
      await logged;
      const good = s.diagnostics('file:///tmp/m/good.txt');
      s.open('file:///tmp/m/good.txt', STORY);
      await good;
      assert.equal(await s.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/m/bad.txt' }, position: { line: 0, character: 1 } }), null);
      assert.equal(s.received.filter((r) => r.method === 'window/logMessage' && r.params.type === 1).length, 1);
    } finally {
      await s.close();
    }
  });
});
