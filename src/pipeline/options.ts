/** Default thresholds; see docs/architecture.md (align) for how they were chosen. */
import type { ResultOptions } from '../model/result.js';

export const DEFAULT_OPTIONS: ResultOptions = {
  linkThreshold: 0.2,
  zThreshold: 2.25,
  strongLink: 0.6,
  predicateFloor: 0.35,
  predicateMargin: 1,
};
