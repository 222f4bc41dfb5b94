/**
 * classify + explain: run every difference detector over a linked pair. A link is
 * divergent when any difference is material, corroborating otherwise; non-material
 * differences (attribution, hedging) stay on the link for the reader.
 */
import type { Difference, LinkClass } from '../model/result.js';
import type { PairContext } from './context.js';
import { antonymDifferences } from './detectors/antonyms.js';
import { argumentDifferences } from './detectors/arguments.js';
import { attributionDifferences } from './detectors/attribution.js';
import { dateDifferences } from './detectors/dates.js';
import { directionDifferences } from './detectors/direction.js';
import { entityDifferences } from './detectors/entities.js';
import { eventDifferences } from './detectors/events.js';
import { hedgingDifferences } from './detectors/hedging.js';
import { negationDifferences } from './detectors/negation.js';
import { numberDifferences } from './detectors/numbers.js';

const DETECTORS = [
  negationDifferences,
  directionDifferences,
  antonymDifferences,
  numberDifferences,
  dateDifferences,
  eventDifferences,
  argumentDifferences,
  entityDifferences,
  attributionDifferences,
  hedgingDifferences,
];

export interface Classification {
  class: LinkClass;
  differences: Difference[];
}

export function classifyPair(ctx: PairContext): Classification {
  const seen = new Set<string>();
  const differences: Difference[] = [];
  for (const detect of DETECTORS) {
    for (const d of detect(ctx)) {
      const key = `${d.type}|${d.a.start}|${d.a.end}|${d.b.start}|${d.b.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      differences.push(d);
    }
  }
  return { class: differences.some((d) => d.material) ? 'divergent' : 'corroborating', differences };
}
