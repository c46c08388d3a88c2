import type { Detector } from '../detector';

/** Placeholder until the dates detector lands. */
export const datesDetector: Detector = {
  name: 'dates',
  labels: [],
  detect: () => [],
};
