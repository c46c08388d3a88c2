/** The registry: detectors run in this order, each seeing what the earlier ones found. */
import type { Detector } from '../detector';
import { entitiesDetector } from './entities';
import { datesDetector } from './dates';
import { quotesDetector } from './quotes';
import { boilerplateDetector } from './boilerplate';

export const DETECTORS: readonly Detector[] = [
  entitiesDetector, // PERSON ORG PLACE NORP, with canonical names
  datesDetector, // DATE TIME, with ISO values
  quotesDetector, // QUOTE, with speakers (uses the entities above)
  boilerplateDetector, // BOILERPLATE, with duplicates across the workspace
];
