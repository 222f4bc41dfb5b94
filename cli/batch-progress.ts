/**
 * Progress of `sourcediff batch` on stderr: a redrawn bar when stderr is a terminal,
 * otherwise nothing until one closing summary line.
 */
export interface BatchCounts {
  /** Pairs to run in this invocation (skipped ones excluded). */
  total: number;
  done: number;
  errors: number;
  /** Pairs already present in the output and not run again. */
  skipped: number;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** One line of progress bar, at most `width` columns. */
export function progressLine(c: BatchCounts, elapsedMs: number, width: number): string {
  const rate = elapsedMs > 0 ? (c.done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? ` ETA ${seconds(((c.total - c.done) / rate) * 1000)}` : '';
  const tail = ` ${c.done}/${c.total} ${rate.toFixed(1)}/s${c.errors ? ` ${c.errors} err` : ''}${eta}`;
  const barWidth = Math.max(0, Math.min(40, width - tail.length - 3));
  const filled = c.total > 0 ? Math.round((barWidth * c.done) / c.total) : barWidth;
  const bar = barWidth > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
  return `${bar}${tail}`.slice(0, Math.max(0, width - 1));
}

/** The closing line, printed whatever stderr is. */
export function summaryLine(c: BatchCounts, elapsedMs: number, output: string): string {
  const ok = c.done - c.errors;
  const rate = elapsedMs > 0 ? (c.done * 1000) / elapsedMs : 0;
  const skipped = c.skipped ? `, ${c.skipped} already done` : '';
  return `sourcediff batch: ${c.done} pairs (${ok} compared, ${c.errors} errors${skipped}) in ${seconds(elapsedMs)}, ${rate.toFixed(1)} pairs/s -> ${output}`;
}

/** Failed ids named in the closing line; past this many, only a count. */
const NAMED_FAILURES = 3;

/**
 * The line after the summary when the batch is incomplete: how many of the manifest's
 * `pairs` have an error line (from this run or kept from an earlier one), and which.
 */
export function incompleteLine(failedIds: readonly string[], pairs: number, output: string): string {
  const named = failedIds.slice(0, NAMED_FAILURES).map((id) => JSON.stringify(id)).join(', ');
  const more = failedIds.length > NAMED_FAILURES ? ` and ${failedIds.length - NAMED_FAILURES} more` : '';
  return `sourcediff batch: incomplete: ${failedIds.length} of ${pairs} pairs failed (${named}${more}); see their error lines in ${output}`;
}

export interface Progress {
  update(c: BatchCounts): void;
  finish(c: BatchCounts, output: string): void;
}

/** A progress reporter on `stream`; the bar is drawn at most ten times a second. */
export function progressOn(stream: NodeJS.WriteStream, now: () => number = Date.now): Progress {
  const start = now();
  const tty = Boolean(stream.isTTY);
  let last = 0;
  const draw = (c: BatchCounts) => stream.write(`\r${progressLine(c, now() - start, stream.columns || 80)}\x1b[K`);
  return {
    update(c) {
      if (!tty) return;
      const t = now();
      if (t - last < 100 && c.done < c.total) return;
      last = t;
      draw(c);
    },
    finish(c, output) {
      if (tty) stream.write('\r\x1b[K');
      stream.write(`${summaryLine(c, now() - start, output)}\n`);
    },
  };
}
