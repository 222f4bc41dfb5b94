/**
 * Paragraphs and blocks. Paragraphs are separated by blank lines; inside a paragraph a
 * single line break is a hard break (headline, byline, list item) unless the text is
 * hard-wrapped prose. Markdown line markers (#, >, -, *, 1.) are skipped, not rewritten.
 */
export interface Block {
  start: number;
  end: number;
  paragraph: number;
}

const MARKDOWN_PREFIX = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)/;
const RULE_LINE = /^[ \t]*(?:[-*_=][ \t]*){3,}$/;
const FENCE = /^[ \t]*(```|~~~)/;
const TERMINAL = /[.!?:;"\u201D\u2019)\]]$/;
const STARTS_NEW = /^[ \t]*(?:[A-Z0-9\u201C"'\u2018(\[]|[-*+#>][ \t])/;

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      let e = i;
      if (e > s && text[e - 1] === '\r') e--;
      lines.push({ start: s, end: e });
      s = i + 1;
    }
  }
  return lines;
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Split `text` from `bodyStart` into blocks of prose to segment. */
/**
 * A line that ends like this goes on in the next one, however short it is: a comma or a
 * word that neither a sentence nor a headline ends on ("identified as" / "John Smith, ...").
 */
const CONTINUES =
  /(?:,|\b(?:a|an|the|as|of|to|and|or|but|with|for|in|on|at|by|from|that|which|who|whose|whom|than|into|its|their|his|her|is|are|was|were|be|been|has|have|had))$/i;

export function blocksOf(text: string, bodyStart: number): Block[] {
  const blocks: Block[] = [];
  const lines = linesOf(text, bodyStart, text.length);
  let paragraph = -1;
  let inParagraph = false;
  let inFence = false;
  let current: Block | null = null;
  let prevLineText = '';
  const flush = () => {
    if (current) {
      const [s, e] = trimRange(text, current.start, current.end);
      if (e > s) blocks.push({ start: s, end: e, paragraph: current.paragraph });
    }
    current = null;
  };
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    if (FENCE.test(raw)) {
      inFence = !inFence;
      flush();
      inParagraph = false;
      continue;
    }
    if (inFence) continue;
    if (raw.trim() === '' || RULE_LINE.test(raw)) {
      flush();
      inParagraph = false;
      continue;
    }
    if (!inParagraph) {
      paragraph++;
      inParagraph = true;
    }
    const marker = MARKDOWN_PREFIX.exec(raw);
    const contentStart = line.start + (marker ? marker[0].length : 0);
    const hardBreak =
      current !== null &&
      (marker !== null ||
        (STARTS_NEW.test(raw) &&
          (TERMINAL.test(prevLineText.trimEnd()) || (prevLineText.trim().length < 60 && !CONTINUES.test(prevLineText.trimEnd())))));
    if (current === null || hardBreak) {
      flush();
      current = { start: contentStart, end: line.end, paragraph };
    } else {
      (current as Block).end = line.end;
    }
    prevLineText = raw;
  }
  flush();
  return blocks;
}
