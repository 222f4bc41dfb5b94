/**
 * Markdown report of a comparison: a reader who never runs the tool gets the whole
 * comparison from one file. Sections, in order: title and summary, Divergences,
 * Corroborations, Only in A, Only in B, Page furniture, Method.
 *
 * Pure and deterministic: the output depends on the comparison and the options only
 * (no clock, no locale, no Map/Set iteration over unordered data). Every piece of source
 * text is escaped by `markdown-escape.ts`. The output passes markdownlint with the rules
 * listed in `markdown-lint-config.ts` relaxed.
 */
import { InputError } from '../errors.js';
import type { Comparison, Difference, Link, ResultSentence, SourceSummary } from '../model/result.js';
import { diffLegend, renderDiff, type DiffStyle } from './markdown-diff.js';
import { escapeHeadingPart, escapeText, quote, truncateText } from './markdown-escape.js';
import { rankDivergences, sortDifferences, type RankedDivergence } from './markdown-rank.js';
import { inReportOrder, sentencesOf, sideLabel, sides, type Side } from './markdown-sources.js';

export interface MarkdownOptions {
  /** Word-diff marking: `plain` (`~~deleted~~ **inserted**`, default) or `critic`. */
  diffStyle?: DiffStyle;
  /**
   * Quoted sentences longer than this many characters are shortened at a word boundary
   * (run-together page text can be thousands of characters). Default 1000; 0 keeps all.
   */
  maxQuoteLength?: number;
}

interface Ctx {
  c: Comparison;
  A: Side;
  B: Side;
  style: DiffStyle;
  max: number;
}

export function renderMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  if (comparison === null || typeof comparison !== 'object' || !Array.isArray(comparison.sources) || !Array.isArray(comparison.links)) {
    throw new InputError('renderMarkdown: expected a Comparison (the result of compare)');
  }
  if (options === null || typeof options !== 'object') throw new InputError('renderMarkdown: options must be an object');
  if (options.diffStyle !== undefined && options.diffStyle !== 'plain' && options.diffStyle !== 'critic') {
    throw new InputError(`renderMarkdown: diffStyle must be 'plain' or 'critic' (got ${JSON.stringify(options.diffStyle)})`);
  }
  const { A, B } = sides(comparison);
  const ctx: Ctx = {
    c: comparison,
    A,
    B,
    style: options.diffStyle === 'critic' ? 'critic' : 'plain',
    max: options.maxQuoteLength ?? 1000,
  };
  const blocks = [
    ...header(ctx),
    ...divergences(ctx),
    ...corroborations(ctx),
    ...onlyIn(ctx, A),
    ...onlyIn(ctx, B),
    ...furniture(ctx),
    ...method(ctx),
  ];
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------- helpers

/** Escape source-derived text; in this layout it always follows a label or mark. */
function esc(s: string): string {
  return escapeText(s, { midLine: true });
}

function percent(n: number, of: number): string {
  return `${Math.round((n * 100) / of)}%`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Escaped display name. */
function name(side: Side): string {
  return esc(side.name);
}

/** The sentences' text, joined, shortened when very long, escaped. */
function text(ctx: Ctx, sentences: readonly ResultSentence[]): string {
  const raw = sentences.map((s) => s.text).join(' ');
  const s = esc(truncateText(raw, ctx.max));
  return s === '' ? '(empty)' : s;
}

function sideText(ctx: Ctx, side: Side, ids: readonly string[]): string {
  return `${sideLabel(side, ids)}: ${text(ctx, sentencesOf(side, ids))}`;
}

/**
 * One typed difference: type, weight and both spans quoted. The engine's note (e.g.
 * `hedging: "may" (modal) vs "said" (asserted)`) is used when it quotes both spans in
 * order, with the spans relabelled `A “…”`/`B “…”`; otherwise it follows after a dash
 * when it says more than the spans.
 */
function differenceLine(d: Difference): string {
  const head = `**${esc(d.type)}**, ${d.material ? 'material' : 'not material'}: `;
  const plain = `A ${quote(d.a.text)} vs B ${quote(d.b.text)}`;
  const raw = (d.note ?? '').trim();
  const note = raw.startsWith(`${d.type}:`) ? raw.slice(d.type.length + 1).trim() : raw;
  const qa = `"${d.a.text}"`;
  const qb = `"${d.b.text}"`;
  const ia = d.a.text === '' ? -1 : note.indexOf(qa);
  const ib = ia < 0 || d.b.text === '' ? -1 : note.indexOf(qb, ia + qa.length);
  if (ib >= 0) {
    const before = esc(note.slice(0, ia));
    const middle = esc(note.slice(ia + qa.length, ib));
    const after = esc(note.slice(ib + qb.length));
    const parts = [before, `A ${quote(d.a.text)}`, middle, `B ${quote(d.b.text)}`, after].filter((p) => p !== '');
    // Punctuation right after a span stays attached to it ("B “x”, and ...").
    return head + parts.reduce((out, p) => (/^[,.;:)]/.test(p) ? `${out}${p}` : `${out} ${p}`));
  }
  return note === '' || note === `${qa} vs ${qb}` ? head + plain : `${head}${plain} — ${esc(note)}`;
}

function linkLabels(ctx: Ctx, link: Link): string {
  return `${sideLabel(ctx.A, link.a)} / ${sideLabel(ctx.B, link.b)}`;
}

function typesOf(link: Link): string[] {
  const seen: string[] = [];
  for (const d of sortDifferences(link.differences)) if (!seen.includes(d.type)) seen.push(d.type);
  return seen;
}

function unique(ctx: Ctx, side: Side): ResultSentence[] {
  const ids = ctx.c.summary?.unique?.[side.source.id];
  if (ids) return sentencesOf(side, ids);
  const linked = new Set(ctx.c.links.flatMap((l) => (side.letter === 'A' ? l.a : l.b)));
  return side.source.sentences
    .filter((s) => !s.boilerplate && !linked.has(s.id))
    .sort((x, y) => x.number - y.number);
}

function counts(ctx: Ctx, side: Side): SourceSummary {
  const given = ctx.c.summary?.sources?.find((s) => s.id === side.source.id);
  if (given) return given;
  const content = side.source.sentences.filter((s) => !s.boilerplate);
  const of = (cls: Link['class']) =>
    new Set(ctx.c.links.filter((l) => l.class === cls).flatMap((l) => (side.letter === 'A' ? l.a : l.b)));
  const div = of('divergent');
  const cor = of('corroborating');
  return {
    id: side.source.id,
    sentences: side.source.sentences.length,
    boilerplate: side.source.sentences.length - content.length,
    content: content.length,
    divergent: content.filter((s) => div.has(s.id)).length,
    corroborated: content.filter((s) => !div.has(s.id) && cor.has(s.id)).length,
    unique: unique(ctx, side).length,
  };
}

// ---------------------------------------------------------------- sections

function titlePart(side: Side): string {
  const date = side.source.metadata?.date?.trim();
  return escapeHeadingPart(date ? `${side.name} (${date})` : side.name);
}

function sourceLine(ctx: Ctx, side: Side): string {
  const n = counts(ctx, side);
  const title = side.source.metadata?.title?.trim();
  const who = `Report ${side.letter} is ${side.named ? `**${name(side)}**` : 'unnamed'}`;
  const headline = title ? `, headline ${quote(title)}` : '';
  const dated = side.source.metadata?.date?.trim() ? `, dated ${esc(side.source.metadata.date)}` : '';
  if (n.content === 0) return `${who}${dated}${headline}: it has no content sentences.`;
  const part = (k: number, what: string) => `${k} ${what} (${percent(k, n.content)})`;
  return (
    `${who}${dated}${headline}: of its ${plural(n.content, 'content sentence')}, ` +
    `${part(n.corroborated, 'corroborated')}, ${part(n.divergent, 'divergent')}, ${part(n.unique, 'unique')}.`
  );
}

function headline(ctx: Ctx, top: RankedDivergence | undefined): string {
  if (!top) return 'Most important divergence: none, the reports do not contradict each other on any linked claim.';
  const where = linkLabels(ctx, top.link);
  const d = top.difference;
  if (!d) return `Most important divergence: ${where} (no typed difference given).`;
  const weight = d.material ? '' : ' (not material)';
  return `Most important divergence: **${esc(d.type)}**${weight} in ${where}, A ${quote(d.a.text)} vs B ${quote(d.b.text)}.`;
}

function header(ctx: Ctx): string[] {
  const { c, A, B } = ctx;
  const links = c.summary?.links ?? {
    corroborating: c.links.filter((l) => l.class === 'corroborating').length,
    divergent: c.links.filter((l) => l.class === 'divergent').length,
    total: c.links.length,
  };
  const furnitureCount = counts(ctx, A).boilerplate + counts(ctx, B).boilerplate;
  const summary = [
    sourceLine(ctx, A),
    sourceLine(ctx, B),
    `The reports share ${plural(links.total, 'linked claim')}: ${links.corroborating} corroborating, ${links.divergent} divergent.`,
    furnitureCount > 0 ? `${plural(furnitureCount, 'sentence')} of page furniture ${furnitureCount === 1 ? 'was' : 'were'} set aside.` : '',
  ].filter((s) => s !== '');
  const order = new Map(inReportOrder(c.links, A, B).map((l, i) => [l, i] as const));
  const top = rankDivergences(c.links, (l) => order.get(l) ?? 0)[0];
  return [`# ${titlePart(A)} vs ${titlePart(B)}`, summary.join(' '), headline(ctx, top)];
}

function divergences(ctx: Ctx): string[] {
  const { A, B } = ctx;
  const links = inReportOrder(ctx.c.links, A, B).filter((l) => l.class === 'divergent');
  const out = ['## Divergences'];
  if (links.length === 0) return [...out, 'No divergences found.'];
  out.push(
    `${plural(links.length, 'divergent link')}, in the order of ${name(A)}. ` +
      `In each diff, ${diffLegend(ctx.style, name(A), name(B))}`,
  );
  links.forEach((link, i) => {
    const types = typesOf(link);
    out.push(`### ${i + 1}. ${linkLabels(ctx, link)}${types.length > 0 ? `: ${types.join(', ')}` : ''}`);
    const diffs = sortDifferences(link.differences);
    if (diffs.length > 0) {
      out.push('Differences:', diffs.map((d) => `- ${differenceLine(d)}`).join('\n'));
    } else {
      out.push('Differences: none typed.');
    }
    const rows = [`- ${sideText(ctx, A, link.a)}`, `- ${sideText(ctx, B, link.b)}`];
    const diff = renderDiff(link.diff ?? [], ctx.style, B.quote, A.quote);
    if (diff !== '') rows.push(`- Diff: ${diff}`);
    out.push('Sentences:', rows.join('\n'));
  });
  return out;
}

function cell(s: string): string {
  return s === '' ? '—' : s;
}

function corroborations(ctx: Ctx): string[] {
  const { A, B } = ctx;
  const links = inReportOrder(ctx.c.links, A, B).filter((l) => l.class === 'corroborating');
  const out = ['## Corroborations'];
  if (links.length === 0) return [...out, 'No corroborations found.'];
  out.push(
    `${plural(links.length, 'corroborating link')}, in the order of ${name(A)}. ` +
      'Score is the claim score from 0 to 1 (how likely both state the same claim); notes list differences too small to count as divergence.',
  );
  // Consecutive rows often share the A sentence (one A claim backed by several B ones).
  const rows = links.map((link, i) => {
    const notes = sortDifferences(link.differences).map(differenceLine).join('; ');
    const prev = links[i - 1];
    const same = prev !== undefined && prev.a.join(' ') === link.a.join(' ') && link.a.length > 0;
    const a = same ? `${sideLabel(A, link.a)} (as above)` : sideText(ctx, A, link.a);
    return `| ${a} | ${sideText(ctx, B, link.b)} | ${link.score.toFixed(2)} | ${cell(notes)} |`;
  });
  out.push(
    [`| ${name(A)} (A) | ${name(B)} (B) | Score | Notes |`, '| --- | --- | --- | --- |', ...rows].join('\n'),
  );
  return out;
}

function onlyIn(ctx: Ctx, side: Side): string[] {
  const heading = `## Only in ${side.letter}${side.named ? `: ${escapeHeadingPart(side.name)}` : ''}`;
  const list = unique(ctx, side);
  if (list.length === 0) return [heading, `No sentences appear only in ${name(side)}.`];
  return [heading, list.map((s) => `- ${side.letter} ${s.number}: ${text(ctx, [s])}`).join('\n')];
}

function furniture(ctx: Ctx): string[] {
  const items = [ctx.A, ctx.B].flatMap((side) =>
    side.source.sentences
      .filter((s) => s.boilerplate)
      .sort((x, y) => x.number - y.number)
      .map((s) => ({ side, s })),
  );
  const out = ['## Page furniture'];
  if (items.length === 0) return [...out, 'No page furniture was set aside.'];
  const inA = items.filter((i) => i.side === ctx.A).length;
  out.push(
    'Sentences recognised as page furniture (share prompts, comment forms, credits, HTML markup on its own) were kept out of the comparison.',
    `<details>\n<summary>${plural(items.length, 'sentence')} set aside: ${inA} in A, ${items.length - inA} in B</summary>`,
    items.map(({ side, s }) => `- ${side.letter} ${s.number}: ${text(ctx, [s])}`).join('\n'),
    '</details>',
  );
  return out;
}

const OPTION_LABELS: Record<string, string> = {
  linkThreshold: 'minimum similarity for a link',
  zThreshold: 'how far a best match must stand out, in standard deviations,',
  strongLink: 'similarity linked regardless of rivals',
  predicateFloor: 'predicate similarity below which a pair must stand out more',
  predicateMargin: 'by how many more standard deviations',
};

function optionValue(v: unknown): string {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? String(v) : JSON.stringify(v);
}

function method(ctx: Ctx): string[] {
  const { c } = ctx;
  const options = Object.keys(c.options ?? {})
    .sort()
    .map((k) => {
      const label = OPTION_LABELS[k] ?? k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
      return `${label} ${optionValue((c.options as unknown as Record<string, unknown>)[k])}`;
    });
  const lines = [
    `Tool: ${esc(`${c.tool?.name ?? 'unknown'} ${c.tool?.version ?? ''}`)}; result format ${esc(`${c.format} ${c.version}`)}.`,
    `Options: ${options.length > 0 ? esc(options.join(', ')) : 'none recorded'}.`,
    'Sentence numbers count every sentence of a report, page furniture included.',
    'A link joins sentences of both reports that make the same claim; it is divergent when a material detail differs.',
    `Diff marking: ${diffLegend(ctx.style, 'A', 'B')}`,
  ];
  return ['## Method', lines.map((l) => `- ${l}`).join('\n')];
}
