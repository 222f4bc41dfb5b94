/**
 * Resuming a batch: a result line in the output answers a manifest entry only when it was
 * computed from that entry's inputs: the same id, the same two paths (as the manifest
 * writes them), the same two display names, and the same bytes in both files (the sha256
 * the line records; line endings and a byte-order mark count, since the result's offsets
 * count them, and a refusal says when only they changed). When the manifest or a file now
 * gives an id other inputs than its result line records, the batch refuses to start:
 * keeping the old result would file it under inputs it does not describe, and replacing it
 * would silently discard a result. The researcher chooses: a new output file, or deleting
 * that line. A result line without fingerprints (written before they were recorded) cannot
 * be checked, so it is refused too, and so is an output with two result lines for one id
 * (two output files run together, say): which of them is current cannot be told.
 */
import { InputError } from '../src/errors.js';
import { CurrentFingerprints } from './batch-fingerprint.js';
import type { PairInputs, RecordedResult, ReportFingerprints } from './batch-lines.js';
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

/** Why the result line of `e`'s id does not answer `e`'s manifest line, or null when it does. */
export function changedInputs(e: ManifestEntry, recorded: PairInputs): string | null {
  if (e.kind === 'bad') return `manifest line ${e.line} no longer gives a pair to compare (${e.error.replace(/^manifest line \d+: /, '')})`;
  const now = pairInputs(e);
  const changed = FIELDS.filter((k) => recorded[k] !== now[k]);
  if (changed.length === 0) return null;
  const what = changed.map((k) => `"${k}" was ${shown(recorded[k])}, now ${shown(now[k])}`).join('; ');
  return `manifest line ${e.line} now gives it other inputs (${what})`;
}

/** Why the files of `e` no longer hold the bytes its result line was computed from, or null. */
export function changedContent(e: PairJob, recorded: ReportFingerprints, files: CurrentFingerprints): string | null {
  for (const [side, written, file] of [['a', e.a, e.aPath], ['b', e.b, e.bPath]] as const) {
    const now = files.of(file);
    if ('error' in now) return `${written} cannot be read again (${now.error})`;
    if (now.sha256 === recorded[side]) continue;
    const hashes = `sha256 was ${recorded[side].slice(0, 12)}..., now ${now.sha256.slice(0, 12)}...`;
    // The text reads the same, but the result's offsets count the characters as they were.
    const layout = files.layoutChangeOf(file, recorded[side]);
    if (layout !== null) return `${written} changed since: only ${layout}, which moves the offsets the result gives (${hashes}; convert it back to resume)`;
    return `${written} changed since (${hashes})`;
  }
  return null;
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

/** Throw an InputError naming the first id of `entries` whose result line has no fingerprints. */
export function refuseUnfingerprinted(entries: readonly ManifestEntry[], scan: OutputScan, output: string): void {
  const ids = entries.filter((e) => scan.done.get(e.id)?.sha256 === null).map((e) => e.id);
  if (ids.length === 0) return;
  const more = ids.length > 1 ? `; ${ids.length - 1} more line${ids.length > 2 ? 's lack' : ' lacks'} it too` : '';
  throw new InputError(
    `${output}: the result line for id ${JSON.stringify(ids[0])} has no "sha256" of its reports (an earlier sourcediff wrote it${more}), ` +
      `so a rerun cannot tell whether they changed; write to a new output file, or delete those lines to have their pairs compared again`,
  );
}

/**
 * Throw an InputError naming the first id of `entries` whose result line in `output` was
 * computed from other inputs (and how many more there are); return when there is none.
 * Reads each file of the pairs that have a result line once, to compare its bytes.
 */
export function refuseChangedInputs(
  entries: readonly ManifestEntry[],
  scan: OutputScan,
  output: string,
  files: CurrentFingerprints = new CurrentFingerprints(),
): void {
  const conflicts: Array<[string, string]> = [];
  for (const e of entries) {
    const recorded: RecordedResult | undefined = scan.done.get(e.id);
    if (recorded === undefined) continue;
    const why = changedInputs(e, recorded) ?? (e.kind === 'pair' && recorded.sha256 !== null ? changedContent(e, recorded.sha256, files) : null);
    if (why !== null) conflicts.push([e.id, why]);
  }
  if (conflicts.length === 0) return;
  const [[id, why]] = conflicts;
  const others = conflicts.length - 1;
  const more = others > 0 ? ` (${others} more id${others > 1 ? 's' : ''} changed too)` : '';
  throw new InputError(
    `${output}: holds a result for id ${JSON.stringify(id)}, but ${why}${more}; ` +
      `to run the manifest as it is now, write to a new output file, or delete that id's line from ${output}`,
  );
}

/** Throw an InputError when `output` cannot be resumed for `entries` (see the file comment). */
export function checkResumable(entries: readonly ManifestEntry[], scan: OutputScan, output: string): void {
  refuseRepeatedResults(scan, output);
  refuseUnfingerprinted(entries, scan, output);
  refuseChangedInputs(entries, scan, output);
}
