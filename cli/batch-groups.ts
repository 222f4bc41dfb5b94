/**
 * Batch tasks: consecutive manifest pairs that share a report go to one worker together,
 * so the worker analyses that report once (see ReportCache). Researchers' manifests are
 * mostly of this shape: every pair among the outlets covering one event. Grouping never
 * reorders: groups are runs of consecutive entries, and output stays in manifest order.
 */
import type { ManifestEntry } from './batch-manifest.js';

/** At most this many pairs in one task, so that both workers stay busy to the end. */
export const MAX_GROUP = 6;

/** Split entries into runs of consecutive pairs linked by a shared file; other entries stand alone. */
export function groupPairs(entries: ManifestEntry[], max: number = MAX_GROUP): ManifestEntry[][] {
  const groups: ManifestEntry[][] = [];
  let current: ManifestEntry[] = [];
  let files = new Set<string>();
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    files = new Set();
  };
  for (const e of entries) {
    if (e.kind !== 'pair') {
      close();
      groups.push([e]);
      continue;
    }
    const shares = files.has(e.aPath) || files.has(e.bPath);
    if (!shares || current.length >= max) close();
    current.push(e);
    files.add(e.aPath);
    files.add(e.bPath);
  }
  close();
  return groups;
}
