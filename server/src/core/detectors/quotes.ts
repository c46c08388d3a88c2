import type { Detector } from '../detector';

/** Placeholder until the quotes detector lands. */
export const quotesDetector: Detector = {
  name: 'quotes',
  labels: [],
  detect: () => [],
};
