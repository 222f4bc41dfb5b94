/**
 * Text pieces for the detail and context views: the sentences of one side of a link split into
 * changed / unchanged runs from the word-level diff, and the neighbourhood of a sentence. Pure.
 */
import type { DiffPart, Link, ResultSentence, ResultSource } from '../../src/model/result.js';

export interface Segment {
  text: string;
  changed: boolean;
}

type Side = 'a' | 'b';

function joinSentences(sentences: readonly ResultSentence[]): Segment[] {
  const out: Segment[] = [];
  sentences.forEach((s, i) => out.push({ text: (i > 0 ? ' ' : '') + s.text, changed: false }));
  return out;
}

/**
 * Without offsets: find each part of this side, in order, in the joined sentence text and mark
 * the changed ones, so the shown text is still exactly the sentence text.
 */
function fromParts(parts: readonly DiffPart[], text: string, changedOp: DiffPart['op']): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const part of parts) {
    const needle = part.text.trim();
    if (needle === '') continue;
    const at = text.indexOf(needle, cursor);
    if (at < 0) continue;
    if (part.op === changedOp) {
      out.push({ text: text.slice(cursor, at), changed: false });
      out.push({ text: needle, changed: true });
    } else {
      out.push({ text: text.slice(cursor, at + needle.length), changed: false });
    }
    cursor = at + needle.length;
  }
  out.push({ text: text.slice(cursor), changed: false });
  return out;
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.changed === s.changed) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * One side of a link as segments: A shows `delete` parts as changed, B shows `insert` parts.
 * Uses the parts' offsets into the original text when every changed part has them, so the
 * sentence text is shown exactly; otherwise finds the parts in the sentence text.
 */
export function sideSegments(link: Link | undefined, side: Side, sentences: readonly ResultSentence[]): Segment[] {
  if (!link || link.diff.length === 0) return joinSentences(sentences);
  const changedOp = side === 'a' ? 'delete' : 'insert';
  const ownParts = link.diff.filter((p) => p.op === 'equal' || p.op === changedOp);
  const changed = ownParts.filter((p) => p.op === changedOp);
  const ranges = changed.map((p) => p[side]);
  if (ranges.some((r) => r === undefined)) {
    const text = sentences.map((x) => x.text).join(' ');
    return merge(fromParts(ownParts, text, changedOp));
  }
  const out: Segment[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) out.push({ text: ' ', changed: false });
    let cursor = s.start;
    const inside = ranges
      .map((r) => ({ start: Math.max(r!.start, s.start), end: Math.min(r!.end, s.end) }))
      .filter((r) => r.end > r.start)
      .sort((x, y) => x.start - y.start);
    for (const r of inside) {
      if (r.start < cursor) continue;
      out.push({ text: s.text.slice(cursor - s.start, r.start - s.start), changed: false });
      out.push({ text: s.text.slice(r.start - s.start, r.end - s.start), changed: true });
      cursor = r.end;
    }
    out.push({ text: s.text.slice(cursor - s.start), changed: false });
  });
  return merge(out);
}

export interface ContextLine {
  sentence: ResultSentence;
  /** The sentence belongs to the selected item. */
  selected: boolean;
}

/**
 * The selected sentences of one report with `radius` neighbouring sentences before and after
 * (in report order, boilerplate included). Empty when none of `ids` is in the source.
 */
export function contextLines(source: ResultSource | undefined, ids: readonly string[], radius: number): ContextLine[] {
  if (!source || ids.length === 0) return [];
  const wanted = new Set(ids);
  const positions = source.sentences.map((s, i) => (wanted.has(s.id) ? i : -1)).filter((i) => i >= 0);
  if (positions.length === 0) return [];
  const from = Math.max(0, positions[0] - radius);
  const to = Math.min(source.sentences.length - 1, positions[positions.length - 1] + radius);
  return source.sentences.slice(from, to + 1).map((sentence) => ({ sentence, selected: wanted.has(sentence.id) }));
}
