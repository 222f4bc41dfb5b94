// Real article text from BASIL (../shared/data/basil, see its README): 100 same-event
// triplets (Fox, NYT, HuffPost), body already split into sentences.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BASIL_DIR = path.resolve(root, '..', 'shared', 'data', 'basil');

export function basilAvailable() {
  return existsSync(path.join(BASIL_DIR, 'index.tsv'));
}

/** Articles in index order: { triplet, slot, source, title, paragraphs: string[][] }. */
export function loadArticles() {
  const rows = readFileSync(path.join(BASIL_DIR, 'index.tsv'), 'utf8').trim().split('\n');
  const head = rows[0].split('\t');
  const col = (name) => head.indexOf(name);
  return rows.slice(1).map((r) => {
    const f = r.split('\t');
    const json = JSON.parse(readFileSync(path.join(BASIL_DIR, f[col('article_file')]), 'utf8'));
    const paragraphs = (json['body-paragraphs'] ?? [])
      .map((p) => p.map((s) => String(s).trim()).filter(Boolean))
      .filter((p) => p.length > 0);
    return {
      triplet: f[col('triplet_uuid')],
      slot: Number(f[col('index_in_triplet')]),
      source: f[col('source')].toLowerCase(),
      title: json.title ?? '',
      paragraphs,
    };
  });
}

/** An article as plain text: title, then paragraphs separated by blank lines. */
export function articleText(a) {
  const body = a.paragraphs.map((p) => p.join(' ')).join('\n\n');
  return a.title ? `${a.title}\n\n${body}\n` : `${body}\n`;
}

/** Triplets in index order, each [slot1, slot2, slot3]. */
export function triplets(articles) {
  const by = new Map();
  for (const a of articles) {
    if (!by.has(a.triplet)) by.set(a.triplet, []);
    by.get(a.triplet).push(a);
  }
  return [...by.values()].map((t) => t.sort((x, y) => x.slot - y.slot));
}

/**
 * Two long documents of `n` sentences each. A walks the articles slot 1, 2, 3 of every
 * triplet; B walks the same triplets rotated (slot 2, 3, 1), so at every position the two
 * sides report the same event from different outlets. Articles repeat once the 7,984
 * BASIL sentences run out. Returns sentence lists and texts (paragraphs kept).
 */
export function longPair(articles, n) {
  const ts = triplets(articles).filter((t) => t.length === 3);
  const build = (rot) => {
    const paras = [];
    let count = 0;
    for (let round = 0; count < n; round++) {
      for (let k = 0; k < 3 && count < n; k++) {
        for (const t of ts) {
          if (count >= n) break;
          for (const p of t[(k + rot) % 3].paragraphs) {
            if (count >= n) break;
            const take = p.slice(0, n - count);
            paras.push(take);
            count += take.length;
          }
        }
      }
    }
    return { sentences: paras.flat(), text: `${paras.map((p) => p.join(' ')).join('\n\n')}\n` };
  };
  return { a: build(0), b: build(1) };
}

/** Write every article as text under `dir` and a manifest of the 300 same-event pairs. */
export function writeBatchManifest(articles, dir) {
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const file = (a) => `articles/${a.triplet}_${a.slot}.txt`;
  for (const a of articles) writeFileSync(path.join(dir, file(a)), articleText(a));
  const lines = [];
  for (const t of triplets(articles)) {
    for (let i = 0; i < t.length; i++) {
      for (let j = i + 1; j < t.length; j++) {
        lines.push(JSON.stringify({ id: `${t[i].triplet}:${t[i].slot}-${t[j].slot}`, a: file(t[i]), b: file(t[j]), nameA: t[i].source, nameB: t[j].source }));
      }
    }
  }
  const manifest = path.join(dir, 'manifest.jsonl');
  writeFileSync(manifest, `${lines.join('\n')}\n`);
  return { manifest, pairs: lines.length };
}
