import { startSpawned } from './harness';
import { protocolSuite } from './suite';

/** The bundled server (`node dist/server.js --stdio`) with the real detectors. */
describe('language server over stdio (dist/server.js, real detectors)', () => protocolSuite(startSpawned));
