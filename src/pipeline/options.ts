/** Default thresholds; see docs/architecture.md for how they were chosen. */
import type { ResultOptions } from '../model/result.js';

export const DEFAULT_OPTIONS: ResultOptions = {
  linkThreshold: 0.45,
  secondLinkMargin: 0.05,
};
