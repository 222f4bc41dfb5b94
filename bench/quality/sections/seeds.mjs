// Seeds gold: compare() on the CNN (A) and Bloomberg (B) seed reports, JSON written to a
// temporary file and scored by ../shared/tools/score-alignment.mjs against the hand-made gold.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedDir } from '../lib/data.mjs';
import { r3 } from '../lib/table.mjs';

export const name = 'seeds';
export const title = 'Seeds gold';

const A = 'cnn-2023-01-china-russia.txt';
const B = 'bloomberg-2023-01-24-china-russia.txt';

function seedPath(root, file) {
  const own = path.join(root, 'seeds', file);
  return fs.existsSync(own) ? own : path.join(sharedDir(root), 'seeds', file);
}

/** Run compare() on the seeds and the scorer on its JSON; returns { skip } or { stdout }. */
export function scoreSeeds(engine, root, flags = ['--json']) {
  const shared = sharedDir(root);
  const gold = path.join(shared, 'gold', 'seeds.gold.json');
  const scorer = path.join(shared, 'tools', 'score-alignment.mjs');
  const pa = seedPath(root, A);
  const pb = seedPath(root, B);
  for (const f of [gold, scorer, pa, pb]) if (!fs.existsSync(f)) return { skip: `${f} absent` };
  const result = engine.compare(
    { text: fs.readFileSync(pa, 'utf8'), name: 'CNN', path: `seeds/${A}` },
    { text: fs.readFileSync(pb, 'utf8'), name: 'Bloomberg', path: `seeds/${B}` },
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcediff-seeds-'));
  const out = path.join(tmp, 'result.json');
  fs.writeFileSync(out, JSON.stringify(result));
  const run = spawnSync(process.execPath, [scorer, out, gold, ...flags], { encoding: 'utf8' });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (run.status !== 0) return { skip: `scorer failed: ${(run.stderr || run.stdout).trim().split('\n')[0]}` };
  return { stdout: run.stdout, result };
}

export async function run({ engine, root }) {
  const scored = scoreSeeds(engine, root);
  if (scored.skip) return { skip: scored.skip };
  const s = JSON.parse(scored.stdout.trim().split('\n').pop());
  return {
    rows: [
      { metric: 'linkF1 (precision / recall)', ours: `${r3(s.linkF1)} (${r3(s.linkPrecision)} / ${r3(s.linkRecall)})`, target: '>= 0.90', n: `${s.predictedLinks} links` },
      { metric: '  divergentRecall', ours: `${r3(s.divergentRecall)} (${s.divergentFound}/${s.divergentRequired})`, target: '>= 0.8' },
      { metric: '  labelAccuracy (exact)', ours: `${r3(s.labelAccuracy)} (${r3(s.labelExact)})`, target: '>= 0.9' },
      { metric: '  unique precision / recall', ours: `${r3(s.uniquePrecision)} / ${r3(s.uniqueRecall)}` },
      { metric: '  boilerplate caught; gold keys not located', ours: `${s.boilerplateCaught}; ${s.keysNotLocated}` },
    ],
    scores: s,
  };
}
