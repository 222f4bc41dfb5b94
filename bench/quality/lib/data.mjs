// Loaders for the third-party evaluation sets under ../shared/data (see each folder's
// README.md for format and licence). Every loader returns null when its files are absent,
// so a section can skip with a message. Pure parsing helpers are exported for tests.
import fs from 'node:fs';
import path from 'node:path';

export function sharedDir(root) {
  return path.resolve(root, '..', 'shared');
}

function readIf(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

/** Tab-separated lines, no quote handling (the READMEs warn against CSV quoting). */
export function tsvRows(text, { header = false } = {}) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (header ? lines.slice(1) : lines).map((l) => l.replace(/\r$/, '').split('\t'));
}

/** MRPC `msr_paraphrase_{train,test}.txt`: { gold: boolean, a, b }. */
export function loadMrpc(root, split) {
  const text = readIf(path.join(sharedDir(root), 'data', 'mrpc', `msr_paraphrase_${split}.txt`));
  if (text === null) return null;
  return tsvRows(text, { header: true })
    .filter((c) => c.length >= 5)
    .map((c) => ({ gold: c[0] === '1', a: c[3], b: c[4] }));
}

/** STS-B `sts-{train,dev,test}.csv`: { genre, source, gold (0-5), a, b }. */
export function loadStsb(root, split) {
  const text = readIf(path.join(sharedDir(root), 'data', 'stsb', `sts-${split}.csv`));
  if (text === null) return null;
  return tsvRows(text)
    .map((c) => ({ genre: c[0], source: c[1], gold: Number(c[4]), a: c[5], b: c[6] }))
    .filter((r) => Number.isFinite(r.gold) && r.a !== undefined && r.b !== undefined);
}

/** STS 2012-2016 news test sets: { year, dataset, gold, a, b }. */
export function loadStsNews(root) {
  const text = readIf(path.join(sharedDir(root), 'data', 'sts-news-2012-2016', 'sts_news_2012_2016.tsv'));
  if (text === null) return null;
  return tsvRows(text, { header: true })
    .map((c) => ({ year: c[0], dataset: c[1], gold: Number(c[3]), a: c[4], b: c[5] }))
    .filter((r) => Number.isFinite(r.gold) && r.a !== undefined && r.b !== undefined);
}

/** SICK: { id, a, b, relatedness (1-5), label: ENTAILMENT | NEUTRAL | CONTRADICTION }. */
export function loadSick(root, split = 'test') {
  const file = split === 'test' ? 'SICK_test_annotated.txt' : split === 'trial' ? 'SICK_trial.txt' : 'SICK_train.txt';
  const text = readIf(path.join(sharedDir(root), 'data', 'sick', file));
  if (text === null) return null;
  return tsvRows(text, { header: true })
    .filter((c) => c.length >= 5)
    .map((c) => ({ id: c[0], a: c[1], b: c[2], relatedness: Number(c[3]), label: c[4] }));
}

/** Relatedness at or above which a SICK pair counts as "related" (the SICK README's NEUTRAL cut). */
export const SICK_RELATED = 3;

/**
 * Undo the Penn-style tokenisation of the iSTS headlines ("Britain 's", "crisis ,",
 * "`` quote ''", "-LRB-") so the engine sees ordinary text. Single quotes are left spaced.
 */
export function detokenise(s) {
  return s
    .replace(/&amp ;/g, '&')
    .replace(/``|''/g, '"')
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/gi, '$1')
    .replace(/ ([,;:%?!.)])/g, '$1')
    .replace(/([($]) /g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sentence-level gold from an iSTS chunk alignment: `conflict` when any chunk pair is OPPO
 * or carries a _POL / _FACT mark; `equivalent` when there is an aligned chunk pair and every
 * aligned pair is EQUI (NOALI chunks allowed; `strict` when there is no NOALI either);
 * `other` otherwise (SIMI, SPE, REL, or nothing aligned at all).
 */
export function istsGold(alignments) {
  const types = alignments.map((x) => String(x.type));
  if (types.some((t) => t.startsWith('OPPO') || t.includes('_POL') || t.includes('_FACT'))) return 'conflict';
  if (types.includes('EQUI') && types.every((t) => t === 'EQUI' || t === 'NOALI')) {
    return types.every((t) => t === 'EQUI') ? 'strict' : 'equivalent';
  }
  return 'other';
}

/** iSTS 2016 headlines: { id, a, b (detokenised), gold: conflict|equivalent|strict|other, alignments }. */
export function loadIsts(root, split) {
  const text = readIf(path.join(sharedDir(root), 'data', 'ists-2016-headlines', `${split}.jsonl`));
  if (text === null) return null;
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((r) => ({
      id: r.id,
      a: detokenise(r.sentence1),
      b: detokenise(r.sentence2),
      gold: istsGold(r.alignments),
      alignments: r.alignments,
    }));
}

/** Article text as the engine's ingest reads it: front matter (title, date), paragraphs. */
export function basilText(article) {
  const title = String(article.title ?? '').replace(/\s+/g, ' ').trim();
  const head = ['---', `title: ${title}`];
  if (/^\d{4}-\d{2}-\d{2}$/.test(String(article.date ?? ''))) head.push(`date: ${article.date}`);
  head.push('---', '');
  const body = (article['body-paragraphs'] ?? [])
    .map((p) => p.map((s) => String(s).trim()).filter(Boolean).join(' '))
    .filter(Boolean);
  return `${head.join('\n')}\n${body.join('\n\n')}\n`;
}

/** BASIL triplets: [{ triplet, year, event, articles: [{ index, source, date, title, text }] }]. */
export function loadBasil(root) {
  const dir = path.join(sharedDir(root), 'data', 'basil');
  const index = readIf(path.join(dir, 'index.tsv'));
  if (index === null) return null;
  const [head, ...rows] = tsvRows(index);
  const col = (name) => head.indexOf(name);
  const byTriplet = new Map();
  for (const c of rows) {
    const file = path.join(dir, c[col('article_file')]);
    if (!fs.existsSync(file)) continue;
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const id = c[col('triplet_uuid')];
    if (!byTriplet.has(id)) {
      byTriplet.set(id, { triplet: id, year: c[col('year')], event: c[col('main_event')], articles: [] });
    }
    byTriplet.get(id).articles.push({
      index: Number(c[col('index_in_triplet')]),
      source: String(c[col('source')]).toLowerCase(),
      date: c[col('date')],
      title: json.title,
      text: basilText(json),
    });
  }
  const triplets = [...byTriplet.values()].sort((x, y) => (x.year + x.triplet < y.year + y.triplet ? -1 : 1));
  for (const t of triplets) t.articles.sort((x, y) => x.index - y.index);
  return triplets;
}

/** Every unordered same-event pair of a triplet (3 per triplet): [[A, B], ...] in index order. */
export function tripletPairs(articles) {
  const out = [];
  for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) out.push([articles[i], articles[j]]);
  return out;
}
