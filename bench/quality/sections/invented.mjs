// Invented report pairs: six pairs of news reports of invented events (a factory fire, a court
// ruling, a rate decision, a recount, a storm, a merger) that we wrote for this benchmark, with
// a hand-made reference alignment each (bench/quality/invented/, the seeds gold's format),
// scored by ../shared/tools/score-alignment.mjs and pooled. A second alignment gold beside the
// seeds, independent of the thresholds chosen on them. Written before the engine was run on them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedDir } from '../lib/data.mjs';
import { r3 } from '../lib/table.mjs';

export const name = 'invented';
export const title = 'Invented pairs gold';

const PAIRS = [1, 2, 3, 4, 5, 6];
const COUNTS = ['requiredLinks', 'requiredFound', 'predictedLinks', 'rightLinks', 'divergentRequired', 'divergentFound', 'labelOk', 'keysNotLocated'];

export async function run({ engine, root }) {
  const scorer = path.join(sharedDir(root), 'tools', 'score-alignment.mjs');
  if (!fs.existsSync(scorer)) return { skip: `${scorer} absent` };
  const dir = path.join(root, 'bench', 'quality', 'invented');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcediff-invented-'));
  const pooled = Object.fromEntries(COUNTS.map((k) => [k, 0]));
  try {
    for (const n of PAIRS) {
      const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
      const result = engine.compare({ text: read(`p${n}a.txt`), name: `A${n}` }, { text: read(`p${n}b.txt`), name: `B${n}` });
      const out = path.join(tmp, `p${n}.json`);
      fs.writeFileSync(out, JSON.stringify(result));
      const s = spawnSync(process.execPath, [scorer, out, path.join(dir, `p${n}.gold.json`), '--json'], { encoding: 'utf8' });
      if (s.status !== 0) return { skip: `scorer failed on pair ${n}: ${(s.stderr || s.stdout).trim().split('\n')[0]}` };
      const scores = JSON.parse(s.stdout.trim().split('\n').pop());
      for (const k of COUNTS) pooled[k] += scores[k];
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const recall = pooled.requiredFound / pooled.requiredLinks;
  const precision = pooled.predictedLinks ? pooled.rightLinks / pooled.predictedLinks : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    rows: [
      { metric: 'linkF1 (precision / recall), pooled over 6 pairs', ours: `${r3(f1)} (${r3(precision)} / ${r3(recall)})`, n: `${pooled.requiredLinks} required links` },
      { metric: '  divergentRecall', ours: `${r3(pooled.divergentFound / pooled.divergentRequired)} (${pooled.divergentFound}/${pooled.divergentRequired})` },
      { metric: '  right links labelled as the gold accepts; gold keys not located', ours: `${pooled.labelOk}/${pooled.rightLinks}; ${pooled.keysNotLocated}` },
    ],
    scores: pooled,
  };
}
