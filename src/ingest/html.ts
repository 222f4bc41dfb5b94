/**
 * HTML articles. A saved web page is mostly navigation, scripts and markup; its article is
 * found by Mozilla's Readability over a linkedom document and written out as plain text:
 * Markdown front matter with the title and publication date (which ingest reads as
 * metadata), the headline, then one paragraph per block (paragraph, heading, list item,
 * quotation), separated by blank lines. Offsets of a comparison then index this text, which
 * the result model carries (`ResultSource.text`), since they cannot index the HTML.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BLOCK_ELEMENTS } from './html-sniff.js';
import { checkReportSize } from './limits.js';

export interface ExtractedArticle {
  /** The article as plain text, front matter first (see the file comment). */
  text: string;
  title?: string;
  /** Publication date (YYYY-MM-DD) when the page states one. */
  date?: string;
  /** Number of paragraphs found. */
  paragraphs: number;
}

export { looksLikeHtml } from './html-sniff.js';

/** Elements that start a new paragraph; their text never runs into a neighbour's. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCK_ELEMENTS);
/**
 * Elements whose content is never text of the article (a `<title>` lands in the body of a
 * fragment wrapped by asDocument; the page's title is read apart).
 */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'title']);

/** Marks a `<br>` while a paragraph's text is gathered (the page's own line breaks are spaces). */
const BREAK = '\uE000';

/** All white space as single spaces: one line. */
function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** A paragraph: white space collapsed, a line break where the page had `<br>`, no blank lines. */
function clean(s: string): string {
  return s
    .split(BREAK)
    .map(oneLine)
    .filter((line) => line !== '')
    .join('\n');
}

interface HtmlNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: Iterable<HtmlNode>;
}

/**
 * The text of `html` as paragraphs: a block element ends the paragraph before it and starts
 * its own, so a list item's own words and the paragraphs inside it are all kept, in order;
 * `<br>` is a line break within a paragraph.
 */
function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = clean(buf);
    if (t !== '') out.push(t);
    buf = '';
  };
  const walk = (node: HtmlNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        buf += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child.tagName ?? '').toLowerCase();
      if (tag === 'br') buf += BREAK;
      else if (SKIP_TAGS.has(tag)) continue;
      else if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  const body = document.querySelector('body');
  if (body) walk(body as unknown as HtmlNode);
  flush();
  return out;
}

/** Head elements at the start of a page that leaves out `<head>` (its title, meta data). */
const LEADING_HEAD = /^(?:\s|<!--[\s\S]*?-->|<title[\s>][\s\S]*?<\/title\s*>|<(?:base|link|meta)[\s>/][^>]*>|<(style|script|noscript)[\s>][\s\S]*?<\/\1\s*>)*/i;

/**
 * The page as a whole document. HTML lets a page leave out its `<html>`, `<head>` and
 * `<body>` tags, and a fragment (`<p>...</p><p>...</p>`) has none; linkedom then builds no
 * body, and the text after the first element would be lost. Such a page is wrapped: in
 * `<html>` when it has a body; otherwise its leading head elements go in a head, as a
 * browser would put them, and the rest in a body.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const rest = html.replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>\s*)?/i, '');
  if (/<body[\s>]/i.test(rest)) return `<!doctype html><html>${rest}</html>`;
  const head = LEADING_HEAD.exec(rest)?.[0] ?? '';
  return `<!doctype html><html><head>${head}</head><body>${rest.slice(head.length)}</body></html>`;
}

function isoDay(value: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(oneLine(value));
  return m ? m[1] : undefined;
}

/**
 * The readable article of an HTML page, or of a fragment of one (see asDocument). Falls
 * back to every block of the page's body when Readability finds no article. Throws
 * nothing on malformed HTML (parsers are lenient), an InputError only for a page over the
 * report size limit (limits.ts, the command's limit on any report file); the text may be
 * empty when the page holds no readable text.
 */
export function articleFromHtml(html: string): ExtractedArticle {
  checkReportSize(html, 'HTML page');
  const { document } = parseHTML(asDocument(html));
  const published = document.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]');
  const metaDate = isoDay(published?.getAttribute('content') ?? published?.getAttribute('datetime'));
  // Read before Readability, which changes the document: the page's own headline.
  const h1 = oneLine(document.querySelector('h1')?.textContent) || undefined;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    parsed = null;
  }
  const title = oneLine(parsed?.title ?? document.querySelector('title')?.textContent) || undefined;
  const date = isoDay(parsed?.publishedTime) ?? metaDate;
  const blocks = blockTexts(parsed?.content ?? document.querySelector('body')?.innerHTML ?? '');
  // The headline (the page's h1, else its title, which often carries the site's name),
  // unless the article's first blocks already give it.
  const headline = h1 ?? title;
  if (headline !== undefined && !blocks.slice(0, 3).some((b) => b.includes(headline))) blocks.unshift(headline);
  const front: string[] = [];
  if (title !== undefined) front.push(`title: ${title}`);
  if (date !== undefined) front.push(`date: ${date}`);
  const head = front.length > 0 ? `---\n${front.join('\n')}\n---\n\n` : '';
  const body = blocks.join('\n\n');
  return { text: body === '' ? '' : `${head}${body}\n`, title, date, paragraphs: blocks.length };
}
