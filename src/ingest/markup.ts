/**
 * HTML markup left in a text: Markdown may hold HTML blocks (`<div align="center">`,
 * `<p align="center"><img src="logo.png"></p>`, `<!-- a comment -->`), which a reader never
 * sees as text. A sentence made of such markup alone is not a claim: segment flags it
 * boilerplate, so it is kept (its offsets index the text as always) but never aligned or
 * listed as unique. A sentence with any text outside markup is content, tags and all.
 *
 * Markup is: a comment; a start or end tag of an HTML element (a standard name, or a custom
 * element's, which has a hyphen), so "<3" or "<Updated 5pm>" in prose are not tags; what
 * a `<script>` or `<style>` element holds; a character reference (`&nbsp;`, `&#8212;`).
 */

/** The elements of HTML (current and obsolete ones still seen in README-style files). */
const ELEMENT_NAMES = [
  'a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'big',
  'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup',
  'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'div', 'dl', 'dt', 'em', 'embed', 'fieldset',
  'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li', 'link', 'main',
  'map', 'mark', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object', 'ol', 'optgroup', 'option', 'output',
  'p', 'param', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'script', 'search',
  'section', 'select', 'slot', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub', 'summary', 'sup',
  'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr',
  'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
];

/** A start or end tag at the search position; the element name in group 1. */
const TAG = new RegExp(String.raw`</?(${ELEMENT_NAMES.join('|')}|[a-z][a-z0-9]*-[a-z0-9-]*)(?:\s[^<>]{0,4000})?/?>`, 'iy');
/** A character reference at the search position. */
const REFERENCE = /&(?:[a-z][a-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-f]{1,6});/iy;
/** Elements whose content is not text. */
const RAW = new Set(['script', 'style']);

/**
 * The character ranges [start, end) of markup in `text` from `from` on, in order, not
 * overlapping. Linear in the text: each search for the end of a comment or of a script or
 * style element runs at most once past the last one found.
 */
export function markupRanges(text: string, from = 0): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!text.includes('<', from) && !text.includes('&', from)) return ranges;
  // Where the next "-->" (or end tag of a raw element) is, once looked for; -1: there is none.
  const next = new Map<string, number>();
  const closing = (key: string, find: (at: number) => number, at: number): number => {
    let found = next.get(key);
    if (found === undefined || (found !== -1 && found < at)) {
      found = find(at);
      next.set(key, found);
    }
    return found;
  };
  const candidate = /[<&]/g;
  candidate.lastIndex = from;
  for (let m = candidate.exec(text); m !== null; m = candidate.exec(text)) {
    const at = m.index;
    let end = -1;
    if (text[at] === '&') {
      REFERENCE.lastIndex = at;
      if (REFERENCE.test(text)) end = REFERENCE.lastIndex;
    } else if (text.startsWith('<!--', at)) {
      const close = closing('-->', (i) => text.indexOf('-->', i), at + 4);
      if (close !== -1) end = close + 3;
    } else {
      TAG.lastIndex = at;
      const tag = TAG.exec(text);
      if (tag !== null) {
        end = TAG.lastIndex;
        const name = tag[1].toLowerCase();
        if (RAW.has(name) && text[at + 1] !== '/' && !tag[0].endsWith('/>')) {
          const close = closing(name, (i) => {
            const re = new RegExp(`</${name}\\s*>`, 'gi');
            re.lastIndex = i;
            return re.exec(text) === null ? -1 : re.lastIndex;
          }, end);
          if (close !== -1) end = close;
        }
      }
    }
    if (end === -1) continue;
    ranges.push([at, end]);
    candidate.lastIndex = end;
  }
  return ranges;
}

const SPACE = /\s/;

/**
 * Is every character of `text` in [start, end) white space or inside one of `ranges` (as
 * markupRanges gives them), with at least one range met?
 */
export function isMarkupOnly(text: string, start: number, end: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  // The first range that ends after `start` (binary search).
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  let met = false;
  let i = lo;
  let pos = start;
  while (pos < end) {
    if (i < ranges.length && ranges[i][0] <= pos) {
      pos = ranges[i][1];
      i++;
      met = true;
    } else if (SPACE.test(text[pos])) pos++;
    else return false;
  }
  return met;
}
