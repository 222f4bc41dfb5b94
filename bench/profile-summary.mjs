// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by
// source file, and inclusive time of the engine's own functions.
//   node bench/profile-summary.mjs FILE.cpuprofile [TOP]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample weights: time deltas attributed to the sampled node.
const self = new Map();
let total = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  self.set(id, (self.get(id) ?? 0) + dt);
  total += dt;
});

const short = (url) => url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/') || '(native)';
const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const byFn = new Map();
const byFile = new Map();
const incl = new Map();
for (const [id, t] of self) {
  const n = nodes.get(id);
  byFn.set(label(n), (byFn.get(label(n)) ?? 0) + t);
  const f = short(n.callFrame.url);
  byFile.set(f, (byFile.get(f) ?? 0) + t);
  // Inclusive: every distinct engine frame on the stack gets the sample once.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const c = nodes.get(cur);
    if (!/dist\/(src\/|cli\/sourcediff\.mjs)/.test(c.callFrame.url)) continue;
    const l = label(c);
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + t);
  }
}
const print = (title, m, k = top) => {
  console.log(`\n${title}`);
  for (const [l, t] of [...m].sort((x, y) => y[1] - x[1]).slice(0, k)) {
    console.log(`${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${l}`);
  }
};
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
print('self time by function', byFn);
print('self time by file', byFile, 15);
print('inclusive time, engine functions', incl);
