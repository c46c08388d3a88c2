import type { Detector } from '../detector';

/** Placeholder until the entities detector lands. */
export const entitiesDetector: Detector = {
  name: 'entities',
  labels: [],
  detect: () => [],
};
