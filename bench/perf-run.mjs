// Helpers for bench/perf.mjs: timed child processes and small statistics.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Run a command to completion; returns wall ms, exit status and output. */
export function timed(cmd, args, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Run a command that must succeed and print one JSON line last. */
export function timedJson(cmd, args, options = {}) {
  const r = timed(cmd, args, options);
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').pop()}`);
  const last = r.stdout.trim().split('\n').pop();
  return { ...JSON.parse(last), wallMs: r.ms };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
export const fmtX = (x) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`;

/** One target line: measured value against the limit. */
export function verdict(ok) {
  return ok ? 'MET' : 'MISSED';
}
