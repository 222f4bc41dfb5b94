// Shortened copies (editor's use: wire copy against a cut-down rewrite). Every BASIL article
// of at least 8 sentences is compared with itself minus every third sentence (BASIL's own
// sentence split, one sentence per paragraph). A cut sentence has no counterpart and should
// stay unique; a kept sentence should link to its copy, and to nothing else.
import { basilAvailable, loadArticles } from '../../basil.mjs';
import { pct } from '../lib/table.mjs';

export const name = 'shortened';
export const title = 'Shortened copies (BASIL)';

export async function run({ engine }) {
  if (!basilAvailable()) return { skip: 'BASIL absent (../shared/data/basil/index.tsv)' };
  const t = { articles: 0, cut: 0, cutLinked: 0, kept: 0, keptToCopy: 0, keptElsewhere: 0 };
  for (const art of loadArticles()) {
    const sentences = art.paragraphs.flat();
    if (sentences.length < 8) continue;
    t.articles++;
    const a = sentences.join('\n\n');
    const b = sentences.filter((_, i) => i % 3 !== 1).join('\n\n');
    const r = engine.compare({ text: a, name: 'A' }, { text: b, name: 'B' });
    const copyOf = new Map(r.sources[1].sentences.map((s) => [s.text, s.id]));
    for (const s of r.sources[0].sentences) {
      if (s.boilerplate) continue;
      const links = r.links.filter((l) => l.a.includes(s.id));
      const copy = copyOf.get(s.text);
      if (copy === undefined) {
        t.cut++;
        if (links.length > 0) t.cutLinked++;
        continue;
      }
      t.kept++;
      if (links.some((l) => l.b.includes(copy))) t.keptToCopy++;
      if (links.some((l) => !l.b.includes(copy))) t.keptElsewhere++;
    }
  }
  return {
    rows: [
      { metric: 'cut sentences linked (false links)', ours: `${pct(t.cutLinked / t.cut)}% (${t.cutLinked}/${t.cut})`, n: `${t.articles} articles` },
      { metric: '  kept sentences linked to their copy', ours: `${pct(t.keptToCopy / t.kept)}% (${t.keptToCopy}/${t.kept})` },
      { metric: '  kept sentences also linked elsewhere', ours: `${pct(t.keptElsewhere / t.kept)}% (${t.keptElsewhere}/${t.kept})` },
    ],
  };
}
