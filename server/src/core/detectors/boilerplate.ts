import type { Detector } from '../detector';

/** Placeholder until the boilerplate detector lands. */
export const boilerplateDetector: Detector = {
  name: 'boilerplate',
  labels: [],
  detect: () => [],
};
