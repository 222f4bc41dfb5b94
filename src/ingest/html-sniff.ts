/**
 * Is a text HTML? Kept apart from html.ts so that checking costs no parser load. Two shapes
 * count: a page (it starts with a doctype, `<html>`, `<head>` or `<body>`) and a fragment
 * of one (it starts with an element pages are made of, such as `<p>`, `<div class="story">`,
 * `<h2>` or `<b>`, and closes such an element somewhere, `</p>`). Text that mentions a tag
 * ("The <html> tag starts a page.") or uses angle brackets ("I <3 it", "a < b") does neither.
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

/** Does this text start like an HTML page, or is it a fragment of one? */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, START_WINDOW);
  if (PAGE_START.test(start)) return true;
  return FRAGMENT_START.test(start) && END_TAG.test(text.slice(0, END_TAG_WINDOW));
}
