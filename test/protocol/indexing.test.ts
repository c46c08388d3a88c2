import { Analyzer } from '../../server/src/core/analyzer';
import { fakeDetector } from './fake-detector';
import { startInProcess, startSpawned } from './harness';
import { indexingSuite } from './indexing-suite';

describe('workspace indexing over stdio (dist/server.js, real detectors)', () => indexingSuite(startSpawned));

describe('workspace indexing in process (stand-in detector)', () =>
  indexingSuite((options) => startInProcess({ ...options, analyzer: new Analyzer([fakeDetector]) })));
