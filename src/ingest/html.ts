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

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd, td, th';

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of each innermost block element, in document order. */
function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // a list item holding paragraphs: take the paragraphs
    const t = clean(el.textContent);
    if (t !== '') out.push(t);
  }
  return out;
}

function isoDay(value: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(clean(value));
  return m ? m[1] : undefined;
}

/**
 * The readable article of an HTML page. Falls back to every block of the page's body when
 * Readability finds no article. Throws nothing on malformed HTML (parsers are lenient);
 * the text may be empty when the page holds no readable text.
 */
export function articleFromHtml(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const published = document.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]');
  const metaDate = isoDay(published?.getAttribute('content') ?? published?.getAttribute('datetime'));
  // Read before Readability, which changes the document: the page's own headline.
  const h1 = clean(document.querySelector('h1')?.textContent) || undefined;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    parsed = null;
  }
  const title = clean(parsed?.title ?? document.querySelector('title')?.textContent) || undefined;
  const date = isoDay(parsed?.publishedTime) ?? metaDate;
  const blocks = blockTexts(parsed?.content ?? document.querySelector('body')?.innerHTML ?? '');
  // The headline (the page's h1, else its title, which often carries the site's name),
  // unless the article's first blocks already give it.
  const headline = h1 ?? title;
  if (headline !== undefined && !blocks.slice(0, 3).some((b) => b.includes(headline))) blocks.unshift(headline);
  const front: string[] = [];
  if (title !== undefined) front.push(`title: ${title}`); // one line: clean() removed line breaks
  if (date !== undefined) front.push(`date: ${date}`);
  const head = front.length > 0 ? `---\n${front.join('\n')}\n---\n\n` : '';
  const body = blocks.join('\n\n');
  return { text: body === '' ? '' : `${head}${body}\n`, title, date, paragraphs: blocks.length };
}
