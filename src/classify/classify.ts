/**
 * classify + explain: run every difference detector over a linked pair. A link is
 * divergent when any difference is material, corroborating otherwise; non-material
 * differences (most attribution and hedging) stay on the link for the reader.
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
import { kindDifferences } from './detectors/kinds.js';
import { negationDifferences } from './detectors/negation.js';
import { numberDifferences } from './detectors/numbers.js';
import { rankDifferences } from './detectors/ranks.js';
import { titleDifferences } from './detectors/titles.js';

const DETECTORS = [
  negationDifferences,
  directionDifferences,
  antonymDifferences,
  numberDifferences,
  rankDifferences,
  dateDifferences,
  eventDifferences,
  argumentDifferences,
  kindDifferences,
  entityDifferences,
  titleDifferences,
  attributionDifferences,
  hedgingDifferences,
];

export interface Classification {
  class: LinkClass;
  differences: Difference[];
}

type Range = { start: number; end: number };
const overlap = (x: Range, y: Range) => x.start < y.end && y.start < x.end;
const extent = (d: Difference) => d.a.end - d.a.start + (d.b.end - d.b.start);

/**
 * Two findings of one type that quote overlapping text on either side are one difference
 * seen twice ("approved" / "rejected" as an opposite, and "rejected" as the negation of
 * "emergency funding"): the tighter quote is kept, at the place of the first.
 */
function addFinding(list: Difference[], d: Difference): void {
  const same = (e: Difference) => e.type === d.type && (overlap(e.a, d.a) || overlap(e.b, d.b));
  const k = list.findIndex(same);
  if (k < 0) list.push(d);
  else if (extent(d) < extent(list[k]) && d.material === list[k].material) list[k] = d;
}

export function classifyPair(ctx: PairContext): Classification {
  const differences: Difference[] = [];
  for (const detect of DETECTORS) for (const d of detect(ctx)) addFinding(differences, d);
  return { class: differences.some((d) => d.material) ? 'divergent' : 'corroborating', differences };
}
