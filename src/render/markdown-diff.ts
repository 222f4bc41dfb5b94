/**
 * Word-level diff of a link (`link.diff`) as one line of Markdown.
 *
 * Marking, style `plain` (default): deletions (words only in A) as `~~struck~~`, insertions
 * (words only in B) as `**bold**`. Why: both read naturally as plain text (tildes for
 * "crossed out", asterisks for "emphasised" are the most widely understood plain-text
 * conventions), and both render on GitHub as strikethrough and bold without any HTML,
 * so the report stays free of `<del>`/`<ins>` noise and passes markdownlint's MD033.
 * `[-x-]{+y+}` reads well but renders as literal punctuation on GitHub; `<del>`/`<ins>`
 * render but read poorly as text.
 *
 * GFM only honours `~~`/`**` at "flanking" positions, which fail when a marker sits
 * between a letter and punctuation (`official**,**`). So changes are widened to whole
 * whitespace-delimited words: a marker always has whitespace (or the line edge) outside
 * and a non-space character inside, which is valid whatever the word contains.
 *
 * Style `critic`: CriticMarkup `{--deleted--}{++inserted++}`.
 */
import type { DiffPart } from '../model/result.js';
import { escapeText, normaliseWhitespace } from './markdown-escape.js';

export type DiffStyle = 'plain' | 'critic';

type Op = DiffPart['op'];

interface Piece {
  op: Op;
  text: string;
}

/**
 * Split the diff into chunks at whitespace that both sides share (whitespace inside an
 * `equal` part). Each chunk is either unchanged or holds at least one delete/insert.
 */
function chunks(parts: readonly DiffPart[]): Piece[][] {
  const out: Piece[][] = [];
  let current: Piece[] = [];
  const push = (op: Op, text: string) => {
    if (text !== '') current.push({ op, text });
  };
  const close = () => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.op !== 'equal') {
      // A run of changes after an unchanged word starts a new chunk when both sides have
      // white space there ("Russia| publicly" in A, "Russia| and China" in B).
      const prev = parts[k - 1];
      if (prev?.op === 'equal' && /\S$/.test(prev.text)) {
        let del: DiffPart | undefined;
        let ins: DiffPart | undefined;
        let j = k;
        for (; j < parts.length && parts[j].op !== 'equal'; j++) {
          if (parts[j].op === 'delete') del ??= parts[j];
          else ins ??= parts[j];
        }
        // A side with no change here continues with the next unchanged text.
        const next = parts[j]?.text ?? '';
        const spaced = (p: DiffPart | undefined) => /^\s/.test(p === undefined ? next : p.text);
        if (spaced(del) && spaced(ins)) close();
      }
      push(part.op, part.text);
      continue;
    }
    // Alternate non-space / space runs; a space run closes the current chunk.
    for (const run of part.text.match(/\s+|\S+/g) ?? []) {
      if (/^\s/.test(run)) close();
      else push('equal', run);
    }
  }
  close();
  return out;
}

function words(text: string): string[] {
  const s = normaliseWhitespace(text);
  return s === '' ? [] : s.split(' ');
}

interface Rendered {
  before: string[];
  removed: string[];
  added: string[];
  after: string[];
}

/** Both versions of a chunk as words, minus the words they share at either end. */
function splitChunk(chunk: readonly Piece[]): Rendered {
  const a = words(chunk.filter((p) => p.op !== 'insert').map((p) => p.text).join(''));
  const b = words(chunk.filter((p) => p.op !== 'delete').map((p) => p.text).join(''));
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail += 1;
  }
  return {
    before: a.slice(0, head),
    removed: a.slice(head, a.length - tail),
    added: b.slice(head, b.length - tail),
    after: a.slice(a.length - tail),
  };
}

function mark(removed: string[], added: string[], style: DiffStyle): string {
  if (style === 'critic') {
    const esc = (w: string[]) => escapeText(w.join(' '), { extra: '{}', midLine: true });
    const del = removed.length > 0 ? `{--${esc(removed)}--}` : '';
    const ins = added.length > 0 ? `{++${esc(added)}++}` : '';
    return del + ins;
  }
  const out: string[] = [];
  const esc = (w: string[]) => escapeText(w.join(' '), { midLine: true });
  if (removed.length > 0) out.push(`~~${esc(removed)}~~`);
  if (added.length > 0) out.push(`**${esc(added)}**`);
  return out.join(' ');
}

/**
 * Group chunks: an unchanged chunk stands alone; consecutive changed chunks (separated
 * only by shared whitespace) form one group, so a rewritten phrase reads as
 * `~~old phrase~~ **new phrase**` instead of alternating word by word.
 */
function groups(list: Piece[][]): Piece[][][] {
  const out: Piece[][][] = [];
  for (const chunk of list) {
    const changed = chunk.some((p) => p.op !== 'equal');
    const last = out[out.length - 1];
    if (changed && last && last[0].some((p) => p.op !== 'equal')) last.push(chunk);
    else out.push([chunk]);
  }
  return out;
}

/** B's text at offsets of B, when the renderer can read it. */
export type QuoteB = (start: number, end: number) => string | undefined;
/** The same for A. */
export type QuoteA = QuoteB;

/** The first word (up to white space) of a side's text at `span`, or undefined when it cannot be read. */
function firstWord(quote: QuoteB, span: { start: number; end: number }): string | undefined {
  const text = quote(span.start, span.end);
  return text === undefined ? undefined : (text.match(/^\S*/)?.[0] ?? '');
}

/** Length of the white space at `from` in B's text up to `end`. */
function wbGap(quote: QuoteB, from: number, end: number): number {
  return quote(from, end)?.match(/^\s*/)?.[0].length ?? 0;
}

/**
 * A part's leading white space is one side's (see explain/word-diff.ts): where the other side
 * has a space and this one none, or the reverse ("full-year" / "full year"), the words would
 * run together on one side ("fullyear") or split on it. Each side's white space is read from
 * its own text before the part; where the two disagree, an equal part is shown as changed,
 * and a part of one side takes that side's white space.
 */
function ownSpaces(parts: readonly DiffPart[], quoteA: QuoteA, quoteB: QuoteB): DiffPart[] {
  const out: DiffPart[] = [];
  let endA: number | undefined;
  let endB: number | undefined;
  // Whether the side's own text has white space between its previous part and `start` (undefined: unknown).
  // A span that starts with white space (not a diff of the engine's form) says nothing.
  const spaced = (quote: QuoteB, end: number | undefined, start: number) => {
    if (end === undefined || /^\s/.test(quote(start, start + 1) ?? ' ')) return undefined;
    const gap = quote(end, start);
    return gap === undefined ? undefined : /\s/.test(gap);
  };
  const emit = (part: DiffPart) => {
    out.push(part);
    if (part.a !== undefined) endA = part.a.end;
    if (part.b !== undefined) endB = part.b.end;
  };
  const queue = [...parts];
  while (queue.length > 0) {
    const part = queue.shift()!;
    const lead = part.text.match(/^\s*/)?.[0] ?? '';
    const body = part.text.slice(lead.length);
    const sa = part.a === undefined ? undefined : spaced(quoteA, endA, part.a.start);
    const sb = part.b === undefined ? undefined : spaced(quoteB, endB, part.b.start);
    const shown = lead !== '';
    const space = (own: boolean | undefined) => (own === undefined ? lead : own ? lead || ' ' : '');
    if (part.op === 'equal' && ((sa !== undefined && sa !== shown) || (sb !== undefined && sb !== shown))) {
      // Only the first word is joined or split otherwise: it is shown as changed, and the
      // rest is looked at again (its own spacing may differ further on).
      const [wa, wb] = [firstWord(quoteA, part.a!), firstWord(quoteB, part.b!)];
      const rest = body.slice(wa?.length ?? body.length);
      if (wa === undefined || wb === undefined || wa.length !== wb.length || rest.trim() === '') {
        const bText = quoteB(part.b!.start, part.b!.end) ?? body;
        emit({ op: 'delete', text: space(sa) + body, a: part.a });
        emit({ op: 'insert', text: space(sb) + bText, b: part.b });
      } else {
        const [a0, b0] = [part.a!.start + wa.length, part.b!.start + wb.length];
        emit({ op: 'delete', text: space(sa) + wa, a: { start: part.a!.start, end: a0 } });
        emit({ op: 'insert', text: space(sb) + wb, b: { start: part.b!.start, end: b0 } });
        const restLead = rest.length - rest.trimStart().length;
        queue.unshift({ op: 'equal', text: rest, a: { start: a0 + restLead, end: part.a!.end }, b: { start: b0 + wbGap(quoteB, b0, part.b!.end), end: part.b!.end } });
      }
    } else if (part.op === 'delete' && sa !== undefined && sa !== shown) {
      emit({ ...part, text: space(sa) + body });
    } else if (part.op === 'insert' && sb !== undefined && sb !== shown) {
      emit({ ...part, text: space(sb) + body });
    } else {
      emit(part);
    }
  }
  return out;
}

/**
 * Equal parts quote A. Where B writes a shared word otherwise ("The" / "the", curly and
 * straight quotes), that word is shown as changed, so the line never puts A's spelling in
 * B's mouth. The diff matched the two because it folds case and punctuation styles.
 */
function ownSpellings(parts: readonly DiffPart[], quoteB: QuoteB): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const bText = part.op === 'equal' && part.b !== undefined ? quoteB(part.b.start, part.b.end) : undefined;
    const lead = part.text.match(/^\s*/)?.[0] ?? '';
    const aText = part.text.slice(lead.length);
    if (bText === undefined || bText === aText) {
      out.push(part);
      continue;
    }
    const [wa, wb] = [aText.split(/\s+/), bText.split(/\s+/)];
    if (wa.length !== wb.length) {
      out.push({ op: 'delete', text: part.text }, { op: 'insert', text: lead + bText });
      continue;
    }
    wa.forEach((w, k) => {
      const space = k === 0 ? lead : ' ';
      if (w === wb[k]) out.push({ op: 'equal', text: space + w });
      else out.push({ op: 'delete', text: space + w }, { op: 'insert', text: space + wb[k] });
    });
  }
  return out;
}

/**
 * Render `link.diff` as a single escaped line. Returns `''` for an empty diff.
 * Whitespace-only differences are not marked. With `quoteB`, a shared word that B spells
 * otherwise is marked as changed (see ownSpellings); with `quoteA` too, a word joined on one
 * side and split on the other is marked as changed, each side in its own spacing (see ownSpaces).
 */
export function renderDiff(parts: readonly DiffPart[], style: DiffStyle = 'plain', quoteB?: QuoteB, quoteA?: QuoteA): string {
  const esc = (w: string[]) => escapeText(w.join(' '), { midLine: true });
  const out: string[] = [];
  const spaced = quoteA !== undefined && quoteB !== undefined ? ownSpaces(parts, quoteA, quoteB) : parts;
  for (const group of groups(chunks(quoteB === undefined ? spaced : ownSpellings(spaced, quoteB)))) {
    // Shared whitespace between the chunks of a group counts as a word break on both sides.
    const joined = group.flatMap((chunk, i) => (i === 0 ? chunk : [{ op: 'equal' as const, text: ' ' }, ...chunk]));
    const r = splitChunk(joined);
    const segs: string[] = [];
    if (r.before.length > 0) segs.push(esc(r.before));
    if (r.removed.length > 0 || r.added.length > 0) segs.push(mark(r.removed, r.added, style));
    if (r.after.length > 0) segs.push(esc(r.after));
    out.push(segs.join(' '));
  }
  return out.filter((s) => s !== '').join(' ');
}

/** One-line legend for the marking used by `renderDiff`. */
export function diffLegend(style: DiffStyle, nameA: string, nameB: string): string {
  return style === 'critic'
    ? `{--deleted--} words appear only in ${nameA}, {++inserted++} words only in ${nameB} (CriticMarkup).`
    : `~~struck~~ words appear only in ${nameA}, **bold** words only in ${nameB}.`;
}
