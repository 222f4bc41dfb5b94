// Formatting of the single results table, as aligned text or as Markdown. Pure.

export const COLUMNS = [
  ['section', 'Benchmark'],
  ['metric', 'Metric'],
  ['ours', 'Ours'],
  ['target', 'Target (issue 5)'],
  ['anchors', 'Published / reference'],
  ['n', 'n'],
  ['time', 'Time'],
];

export const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '—');
export const r3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '—');
export const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function cell(row, key) {
  const v = row[key];
  return v === undefined || v === null || v === '' ? '' : String(v);
}

/** Plain-text table with padded columns. */
export function textTable(rows) {
  const widths = COLUMNS.map(([k, title]) => Math.max(title.length, ...rows.map((r) => cell(r, k).length)));
  const line = (vals) => vals.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(COLUMNS.map(([, t]) => t)), line(widths.map((w) => '-'.repeat(w)))];
  for (const r of rows) out.push(line(COLUMNS.map(([k]) => cell(r, k))));
  return out.join('\n');
}

/** Escape pipes; a leading indent (a sub-row) becomes an arrow, since Markdown drops it. */
function mdCell(s) {
  return s.replace(/\|/g, '\\|').replace(/^ {2,}/, '↳ ');
}

export const DOC_START = '<!-- quality-table:start -->';
export const DOC_END = '<!-- quality-table:end -->';

/** Replace the text between the table markers of a document; null when a marker is missing. */
export function replaceBetweenMarkers(doc, inner) {
  const i = doc.indexOf(DOC_START);
  const j = doc.indexOf(DOC_END);
  if (i < 0 || j < i) return null;
  return `${doc.slice(0, i + DOC_START.length)}\n\n${inner.trim()}\n\n${doc.slice(j)}`;
}

/** One Markdown table row in markdownlint's "compact" style (an empty cell is `| |`). */
function mdRow(cells) {
  return `|${cells.map((c) => (c ? ` ${c} |` : ' |')).join('')}`;
}

/** GitHub-flavoured Markdown table. */
export function markdownTable(rows) {
  const out = [mdRow(COLUMNS.map(([, t]) => t)), mdRow(COLUMNS.map(() => '---'))];
  for (const r of rows) out.push(mdRow(COLUMNS.map(([k]) => mdCell(cell(r, k)))));
  return out.join('\n');
}
