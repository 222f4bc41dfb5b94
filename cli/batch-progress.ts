/**
 * Progress of `sourcediff batch` on stderr. On a terminal, a bar redrawn in place; anywhere
 * else (a CI log, a file) plain lines that never redraw: one at the start, one at most every
 * PLAIN_EVERY_MS when the batch has passed another tenth of its pairs (or once a minute
 * when it has not), then the closing summary. No carriage returns, no escape codes.
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

/** Plain progress lines are at least this far apart. */
export const PLAIN_EVERY_MS = 5_000;
/** A slow batch still gets a plain line this often, even within one tenth of its pairs. */
export const PLAIN_QUIET_MS = 60_000;

/** The first plain line: how much there is to do. */
export function startLine(c: BatchCounts): string {
  return `sourcediff batch: ${c.total} pairs to compare${c.skipped ? ` (${c.skipped} already done)` : ''}`;
}

/** One plain progress line (no bar, no control characters). */
export function plainLine(c: BatchCounts, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (c.done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? `, ETA ${seconds(((c.total - c.done) / rate) * 1000)}` : '';
  const percent = c.total > 0 ? Math.floor((100 * c.done) / c.total) : 100;
  return `sourcediff batch: ${c.done}/${c.total} pairs (${percent}%), ${c.errors} errors, ${rate.toFixed(1)} pairs/s${eta}`;
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
  begin(c: BatchCounts): void;
  update(c: BatchCounts): void;
  finish(c: BatchCounts, output: string): void;
}

/** A redrawn bar, at most ten times a second. */
function barOn(stream: NodeJS.WriteStream, now: () => number): Progress {
  const start = now();
  let last = 0;
  const draw = (c: BatchCounts) => stream.write(`\r${progressLine(c, now() - start, stream.columns || 80)}\x1b[K`);
  return {
    begin: draw,
    update(c) {
      const t = now();
      if (t - last < 100 && c.done < c.total) return;
      last = t;
      draw(c);
    },
    finish(c, output) {
      stream.write('\r\x1b[K');
      stream.write(`${summaryLine(c, now() - start, output)}\n`);
    },
  };
}

/** Plain lines for a log (see the file comment). */
function linesOn(stream: NodeJS.WriteStream, now: () => number): Progress {
  const start = now();
  let last = start;
  let lastTenth = 0;
  return {
    begin(c) {
      stream.write(`${startLine(c)}\n`);
    },
    update(c) {
      // The last pair's line would only repeat the summary that follows it.
      if (c.done >= c.total) return;
      const t = now();
      const tenth = Math.floor((10 * c.done) / c.total);
      if (t - last < PLAIN_EVERY_MS || (tenth <= lastTenth && t - last < PLAIN_QUIET_MS)) return;
      last = t;
      lastTenth = tenth;
      stream.write(`${plainLine(c, t - start)}\n`);
    },
    finish(c, output) {
      stream.write(`${summaryLine(c, now() - start, output)}\n`);
    },
  };
}

/** A progress reporter on `stream`: a bar on a terminal, plain lines anywhere else. */
export function progressOn(stream: NodeJS.WriteStream, now: () => number = Date.now): Progress {
  return stream.isTTY ? barOn(stream, now) : linesOn(stream, now);
}
