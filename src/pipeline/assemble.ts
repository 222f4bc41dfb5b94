/** Build the public result model from the analysed documents and the classified links. */
import type { Comparison, Link, ResultOptions, ResultSource, SourceSummary } from '../model/result.js';
import { RESULT_VERSION } from '../model/result.js';
import type { AnalysedDocument } from '../model/stages.js';
import { TOOL } from '../version.js';

function sourceOf(doc: AnalysedDocument): ResultSource {
  return {
    id: doc.id,
    name: doc.name,
    ...(doc.path ? { path: doc.path } : {}),
    metadata: { ...doc.metadata },
    length: doc.text.length,
    ...(doc.extractedFrom ? { extractedFrom: doc.extractedFrom, text: doc.text } : {}),
    sentences: doc.sentences.map((s) => ({
      id: s.id,
      number: s.index + 1,
      text: doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      boilerplate: s.boilerplate,
    })),
  };
}

export function assemble(docA: AnalysedDocument, docB: AnalysedDocument, links: Link[], options: ResultOptions): Comparison {
  const sources = [sourceOf(docA), sourceOf(docB)];
  const order = new Map(sources.flatMap((s) => s.sentences.map((x, i) => [x.id, i] as const)));
  const pos = (ids: string[]) => Math.min(...ids.map((id) => order.get(id) ?? 0));
  const sorted = [...links].sort((x, y) => pos(x.a) - pos(y.a) || pos(x.b) - pos(y.b));
  sorted.forEach((l, i) => (l.id = `l${i + 1}`));

  const classOf = new Map<string, Set<string>>();
  for (const l of sorted) {
    for (const id of [...l.a, ...l.b]) {
      let s = classOf.get(id);
      if (!s) classOf.set(id, (s = new Set()));
      s.add(l.class);
    }
  }
  const unique: Record<string, string[]> = {};
  const perSource: SourceSummary[] = sources.map((src) => {
    const content = src.sentences.filter((s) => !s.boilerplate);
    const divergent = content.filter((s) => classOf.get(s.id)?.has('divergent')).length;
    const corroborated = content.filter((s) => classOf.has(s.id) && !classOf.get(s.id)?.has('divergent')).length;
    unique[src.id] = content.filter((s) => !classOf.has(s.id)).map((s) => s.id);
    return {
      id: src.id,
      sentences: src.sentences.length,
      boilerplate: src.sentences.length - content.length,
      content: content.length,
      corroborated,
      divergent,
      unique: unique[src.id].length,
    };
  });
  const divergentLinks = sorted.filter((l) => l.class === 'divergent').length;
  return {
    format: 'sourcediff',
    version: RESULT_VERSION,
    tool: TOOL,
    options,
    sources,
    links: sorted,
    summary: {
      links: { corroborating: sorted.length - divergentLinks, divergent: divergentLinks, total: sorted.length },
      sources: perSource,
      unique,
    },
  };
}
