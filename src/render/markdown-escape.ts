/**
 * The one escaping module of the Markdown renderer. Every piece of source text (sentences,
 * spans, names, dates, notes) goes through `escapeText` before it reaches the output, so
 * that nothing a report says can open a table cell, emphasis, a link, HTML, a heading,
 * a list, a code span, math or an autolink, or break a line.
 *
 * Escapes use backslashes (CommonMark/GFM: any ASCII punctuation may be escaped), which
 * render invisibly on GitHub and stay readable as plain text. HTML entities are avoided.
 */

/** Collapse every whitespace run (newlines, tabs, NBSP, U+2028 ...) to one space; trim. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Characters escaped wherever they occur. `$` too: GitHub renders `$...$` as math, and a
 * lone dollar in one quote can pair with one in the next quote of the same paragraph.
 */
const ALWAYS = /[\\`*_[\]<>|~$]/g;

export interface EscapeOptions {
  /** Extra characters to escape (e.g. `{}` inside CriticMarkup). */
  extra?: string;
  /**
   * The text never starts a line (it follows a label or an opening mark), so line-start
   * syntax (`#`, `-`, `1.`) needs no escape. Default false: safe at the start of a line.
   */
  midLine?: boolean;
}

/**
 * Escape one line of inline text. The result never contains a newline, never starts or
 * ends with whitespace, and is safe anywhere inline: in a table cell, a list item, a
 * heading, after a label, or at the very start of a line.
 */
export function escapeText(text: string, options: EscapeOptions = {}): string {
  let s = normaliseWhitespace(text);
  if (s === '') return '';
  s = s.replace(ALWAYS, (c) => `\\${c}`);
  if (options.extra) {
    const set = new Set(options.extra);
    s = Array.from(s, (c) => (set.has(c) ? `\\${c}` : c)).join('');
  }
  // `&amp;`, `&#39;`: keep entity-looking text literal.
  s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // GFM autolink literals (and markdownlint MD034): URLs, www. hosts, e-mail addresses.
  s = s.replace(/:\/\//g, '\\://');
  s = s.replace(/(www)\./gi, '$1\\.');
  s = s.replace(/@(?=[A-Za-z0-9_-]+\.)/g, '\\@');
  // GitHub emoji shortcodes (`:smile:`); times such as 10:30:45 are left alone.
  s = s.replace(/:(?=[a-z][a-z0-9+-]*:)/g, '\\:');
  return options.midLine ? s : escapeLineStart(s);
}

/**
 * Neutralise block syntax that is only active at the start of a line: ATX headings (`#`),
 * list markers (`-`, `+`, `1.`, `1)`), setext underlines (`=`). `>`, `*`, `|` and
 * backticks are already escaped by `escapeText`. Harmless mid-line.
 */
function escapeLineStart(s: string): string {
  if (/^[#+=-]/.test(s)) return `\\${s}`;
  const ordered = /^(\d{1,9})([.)])/.exec(s);
  if (ordered) return `${ordered[1]}\\${s.slice(ordered[1].length)}`;
  return s;
}

/** Punctuation that markdownlint MD026 refuses at the end of a heading. */
const HEADING_TRAILING = /[.,;:!。，；：！]$/;

/**
 * Escape text for a heading. Every `#` is escaped (a trailing ` #` would otherwise close
 * the heading), and text that would end with punctuation (e.g. a source called "Yahoo!")
 * is wrapped in quotes.
 */
export function escapeHeadingPart(text: string): string {
  const s = escapeText(text, { midLine: true }).replace(/#/g, '\\#');
  return HEADING_TRAILING.test(s) ? `“${s}”` : s;
}

/**
 * Shorten very long text (raw, before escaping) at a word boundary, saying how much was
 * left out. `max <= 0` or `Infinity` keeps everything.
 */
export function truncateText(text: string, max: number): string {
  const s = normaliseWhitespace(text);
  if (!(max > 0) || s.length <= max) return s;
  let cut = s.lastIndexOf(' ', max);
  if (cut < max * 0.6) cut = max;
  // Do not split a surrogate pair.
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const kept = s.slice(0, cut).trimEnd();
  return `${kept} … (${s.length - kept.length} more characters)`;
}

/** Escape and quote: `“text”`, or `(nothing)` for an empty span. */
export function quote(text: string): string {
  const s = escapeText(text, { midLine: true });
  return s === '' ? '(nothing)' : `“${s}”`;
}
