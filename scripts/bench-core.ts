// The parts of the core the benchmark drives, bundled by scripts/bench.mjs.
export { Analyzer } from '../server/src/core/analyzer';
export { Doc } from '../server/src/core/document';
export { diagnose } from '../server/src/core/diagnostics';
export { writeAnn } from '../server/src/core/brat';
