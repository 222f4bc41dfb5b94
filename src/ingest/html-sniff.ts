/**
 * Is a text HTML? Kept apart from html.ts so that checking costs no parser load. Two shapes
 * count: a page (it starts with a doctype, `<html>`, `<head>` or `<body>`) and a fragment
 * of one (it starts with an element pages are made of, such as `<p>`, `<div class="story">`,
 * `<h2>` or `<b>`, and closes such an element somewhere, `</p>`). Text that mentions a tag
 * ("The <html> tag starts a page.") or uses angle brackets ("I <3 it", "a < b") does neither.
 *
 * A fragment whose text lies mostly outside its elements, in paragraphs of their own, is
 * Markdown (or plain text) that opens with an HTML block, as README-style files do
 * (`<p align="center"><img ...></p>`, then `# Heading` and paragraphs): it stays text, since
 * reading it as HTML would run its headings, paragraphs and list items together. A file
 * named `.md`, `.markdown` or `.txt` is HTML only when it is a whole page.
 */

/** Before the first element: white space, an XML prolog, comments. */
const PROLOG = String.raw`^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*`;

const PAGE_START = new RegExp(`${PROLOG}(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])`, 'i');

/** Block elements: each starts a new paragraph (html.ts splits the text at them). */
export const BLOCK_ELEMENTS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
];

/** Elements a fragment of a page is made of: blocks, inline markup, and what a head holds. */
const ELEMENTS = [
  ...BLOCK_ELEMENTS,
  'a', 'abbr', 'b', 'br', 'cite', 'code', 'em', 'i', 'img', 'mark', 'q', 's', 'small', 'span', 'strong',
  'sub', 'sup', 'time', 'u',
  'base', 'link', 'meta', 'noscript', 'script', 'style', 'title',
].join('|');

/** A known element's start tag (with attributes, or self-closed) first thing in the text. */
const FRAGMENT_START = new RegExp(`${PROLOG}<(?:${ELEMENTS})(?:\\s[^<>]*)?/?>`, 'i');
/** A known element's end tag anywhere: the text is markup, not a mention of a tag. */
const END_TAG = new RegExp(`</(?:${ELEMENTS})\\s*>`, 'i');

/** How far into the text the checks look. */
const START_WINDOW = 4096;
const END_TAG_WINDOW = 65536;

/** Files whose name says they are text: HTML only when they are a whole page. */
const TEXT_FILE = /\.(?:md|markdown|txt)$/i;

/** A comment, an end tag or a start tag (any element name). */
const TAG = /<!--[\s\S]*?(?:-->|$)|<\/([a-z][a-z0-9-]*)\s*>|<([a-z][a-z0-9-]*)(?:\s[^<>]*)?>/gi;
/** Elements with no end tag: they hold nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not text (it may hold "<" and blank lines). */
const RAW = new Set(['script', 'style', 'template', 'textarea']);
/** A blank line, which ends a paragraph. */
const BLANK_LINE = /\n[ \t\r]*\n/;
const WORD_CHAR = /[\p{L}\p{N}]/gu;

/**
 * Letters and digits of `html` in its markup (inside elements, or in a paragraph led by a
 * tag) and in paragraphs of their own: after a blank line outside every element, starting
 * with text rather than a tag, as Markdown's paragraphs do.
 */
function textShares(html: string): { markup: number; outside: number } {
  let markup = 0;
  let outside = 0;
  const open: string[] = [];
  // In markup, in a paragraph of its own, or after a blank line outside every element,
  // where the next text or tag decides. The text starts with a tag (FRAGMENT_START).
  let where = 'markup' as 'markup' | 'text' | 'next';
  const text = (run: string) => {
    run.split(BLANK_LINE).forEach((piece, i) => {
      if (i > 0 && open.length === 0) where = 'next';
      if (where === 'next' && piece.trim() !== '') where = 'text';
      const n = piece.match(WORD_CHAR)?.length ?? 0;
      if (where === 'text') outside += n;
      else markup += n;
    });
  };
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    text(html.slice(at, m.index));
    if (where === 'next') where = 'markup';
    const [tag, endName, startName] = m;
    if (endName !== undefined) {
      // An end tag closes its element and any left open inside it; a stray one, nothing.
      const i = open.lastIndexOf(endName.toLowerCase());
      if (i !== -1) open.length = i;
    } else if (startName !== undefined) {
      const name = startName.toLowerCase();
      if (RAW.has(name)) {
        const close = new RegExp(`</${name}\\s*>`, 'gi');
        close.lastIndex = TAG.lastIndex;
        TAG.lastIndex = close.exec(html) === null ? html.length : close.lastIndex;
      } else if (!VOID.has(name) && !tag.endsWith('/>')) open.push(name);
    }
    at = TAG.lastIndex;
  }
  text(html.slice(at));
  return { markup, outside };
}

/**
 * Does this text start like an HTML page, or is it a fragment of one? `fileName`, when the
 * text comes from a file, lets a Markdown or text file be HTML only as a whole page.
 */
export function looksLikeHtml(text: string, fileName?: string): boolean {
  const start = text.slice(0, START_WINDOW);
  if (PAGE_START.test(start)) return true;
  if (fileName !== undefined && TEXT_FILE.test(fileName)) return false;
  const window = text.slice(0, END_TAG_WINDOW);
  if (!FRAGMENT_START.test(start) || !END_TAG.test(window)) return false;
  const { markup, outside } = textShares(window);
  return outside <= markup;
}
