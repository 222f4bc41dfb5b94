/**
 * Resuming a batch: a result line in the output answers a manifest entry only when it was
 * computed from that entry's inputs: the same id, the same two paths (as the manifest
 * writes them) and the same two display names. When the manifest now gives an id other
 * inputs than its result line records, the batch refuses to start: keeping the old result
 * would file it under inputs it does not describe, and replacing it would silently discard
 * a result. The researcher chooses: a new output file, or deleting that line. An output
 * with two result lines for one id (two output files run together, say) is refused too:
 * which of them is current cannot be told.
 */
import { InputError } from '../src/errors.js';
import type { PairInputs } from './batch-lines.js';
import type { ManifestEntry, PairJob } from './batch-manifest.js';
import type { OutputScan } from './batch-output.js';
import { reportName } from './read-input.js';

/** The inputs a pair's result line will record (names as the worker gives them). */
export function pairInputs(e: PairJob): PairInputs {
  return { a: e.a, b: e.b, nameA: reportName(e.aPath, e.nameA), nameB: reportName(e.bPath, e.nameB) };
}

const FIELDS = ['a', 'b', 'nameA', 'nameB'] as const;

function shown(v: string | null): string {
  return v === null ? 'none' : JSON.stringify(v);
}

/** Why the result line of `e`'s id does not answer `e`, or null when it does. */
export function changedInputs(e: ManifestEntry, recorded: PairInputs): string | null {
  if (e.kind === 'bad') return `manifest line ${e.line} no longer gives a pair to compare (${e.error.replace(/^manifest line \d+: /, '')})`;
  const now = pairInputs(e);
  const changed = FIELDS.filter((k) => recorded[k] !== now[k]);
  if (changed.length === 0) return null;
  const what = changed.map((k) => `"${k}" was ${shown(recorded[k])}, now ${shown(now[k])}`).join('; ');
  return `manifest line ${e.line} now gives it other inputs (${what})`;
}

/** Throw an InputError naming the first id with several result lines in `output`, if any. */
export function refuseRepeatedResults(scan: OutputScan, output: string): void {
  const [first] = scan.repeated;
  if (first === undefined) return;
  const [id, lines] = first;
  const at = `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  const others = scan.repeated.size - 1;
  const more = others > 0 ? ` (${others} more id${others > 1 ? 's have' : ' has'} several too)` : '';
  throw new InputError(
    `${output}: holds ${lines.length} result lines for id ${JSON.stringify(id)} (lines ${at}), so which one is current cannot be told${more}; ` +
      `delete all but one of them, or write to a new output file`,
  );
}

/**
 * Throw an InputError naming the first id of `entries` whose result line in `output` was
 * computed from other inputs (and how many more there are); return when there is none.
 */
export function refuseChangedInputs(entries: readonly ManifestEntry[], scan: OutputScan, output: string): void {
  const conflicts: Array<[string, string]> = [];
  for (const e of entries) {
    const recorded = scan.done.get(e.id);
    const why = recorded === undefined ? null : changedInputs(e, recorded);
    if (why !== null) conflicts.push([e.id, why]);
  }
  if (conflicts.length === 0) return;
  const [[id, why]] = conflicts;
  const more = conflicts.length > 1 ? ` (${conflicts.length - 1} more ids changed too)` : '';
  throw new InputError(
    `${output}: holds a result for id ${JSON.stringify(id)}, but ${why}${more}; ` +
      `to run the manifest as it is now, write to a new output file, or delete that id's line from ${output}`,
  );
}

/** Throw an InputError when `output` cannot be resumed for `entries` (see the file comment). */
export function checkResumable(entries: readonly ManifestEntry[], scan: OutputScan, output: string): void {
  refuseRepeatedResults(scan, output);
  refuseChangedInputs(entries, scan, output);
}
