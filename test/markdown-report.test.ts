import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { MicromarkToken, Rule } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import fc from 'fast-check';
import type { Comparison } from '../src/model/result.js';
import { renderMarkdown, type MarkdownOptions } from '../src/render/markdown.js';
import { MARKDOWN_LINT_CONFIG } from '../src/render/markdown-lint-config.js';
import { normaliseWhitespace } from '../src/render/markdown-escape.js';
import { buildComparison, identicalComparison, type LinkSpec } from './fixtures/comparison.js';

// ------------------------------------------------------------------ lint

/**
 * Constructs quoted text could smuggle in; the renderer itself never emits them.
 * (Not directives: markdownlint's parser reads `10:30` as a `:30` directive, which GitHub
 * and CommonMark do not have, so times are left unescaped.)
 */
const FORBIDDEN = new Set([
  'emphasis', 'link', 'image', 'codeText', 'autolink', 'literalAutolink',
  'literalAutolinkEmail', 'literalAutolinkHttp', 'literalAutolinkWww', 'mathText', 'mathFlow',
  'characterReference', 'blockQuote',
  'listOrdered', 'codeFenced', 'codeIndented', 'setextHeading', 'thematicBreak', 'definition',
  'gfmFootnoteCall',
]);

function walk(tokens: readonly MicromarkToken[], visit: (t: MicromarkToken) => void): void {
  for (const t of tokens) {
    visit(t);
    walk(t.children, visit);
  }
}

const has = (t: MicromarkToken, type: string) => {
  let found = false;
  walk([t], (x) => {
    if (x.type === type) found = true;
  });
  return found;
};

/**
 * Checks on the parsed report: no construct that quoted text could create, HTML only as
 * the `<details>` block, no bold inside a quoted sentence, every table row 4 cells.
 */
const literalQuotes: Rule = {
  names: ['sourcediff-literal-quotes'],
  description: 'quoted source text renders literally',
  tags: ['sourcediff'],
  parser: 'micromark',
  function: (params, onError) => {
    walk(params.parsers.micromark.tokens, (t) => {
      const type: string = t.type;
      const line = params.lines[t.startLine - 1] ?? '';
      if (FORBIDDEN.has(type)) onError({ lineNumber: t.startLine, detail: `${type}: ${t.text}` });
      // The only HTML: the tags of the page-furniture block.
      if (type === 'htmlText' && !/^<\/?(details|summary)>$/.test(t.text)) {
        onError({ lineNumber: t.startLine, detail: `html: ${t.text}` });
      }
      if (type === 'strong' && /^- [AB] [\d(]/.test(line)) {
        onError({ lineNumber: t.startLine, detail: 'bold inside a quoted sentence' });
      }
      if (type === 'tableRow') {
        const cells = t.children.filter((c) => ['tableData', 'tableHeader'].includes(c.type as string));
        if (cells.length !== 4) onError({ lineNumber: t.startLine, detail: `${cells.length} cells` });
        cells.slice(0, 3).forEach((c) => {
          if (has(c, 'strong')) onError({ lineNumber: t.startLine, detail: 'bold inside a quoted cell' });
        });
      }
    });
  },
};

function lintErrors(md: string): string[] {
  const result = lint({ strings: { report: md }, config: MARKDOWN_LINT_CONFIG, customRules: [literalQuotes] });
  return result.report.map((e) => `${e.lineNumber} ${e.ruleNames[0]} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`);
}

function render(c: Comparison, options?: MarkdownOptions): string {
  const md = renderMarkdown(c, options);
  assert.equal(lintErrors(md), [], 'markdownlint');
  return md;
}

test('the lint check itself catches markup leaking from quoted text', () => {
  const broken = [
    '# T',
    '',
    '- A 1: a *b* [x](y) <b>c</b> https://x.example `d` **e**',
    '',
    '| A | B | Score | Notes |',
    '| --- | --- | --- | --- |',
    '| x | y | z |',
    '',
  ].join('\n');
  const found = lintErrors(broken).join('\n');
  for (const what of ['emphasis', 'link', 'html: <b>', 'literalAutolink', 'codeText', 'bold inside a quoted sentence', '3 cells']) {
    assert.ok(found.includes(what), `expected the check to report ${what}:\n${found}`);
  }
});

// ------------------------------------------------------------------ structure helpers

const REQUIRED = ['## Divergences', '## Corroborations', '## Only in A', '## Only in B', '## Page furniture', '## Method'];

function headings(md: string): string[] {
  return md.split('\n').filter((l) => /^#{1,6} /.test(l));
}

/** Assert the section order and return the text of each `##` section by its prefix. */
function sections(md: string): Record<string, string> {
  const h2 = headings(md).filter((h) => h.startsWith('## '));
  assert.is(headings(md)[0].startsWith('# '), true, 'title first');
  assert.is(h2.length, REQUIRED.length, `h2 headings: ${h2.join(' / ')}`);
  REQUIRED.forEach((prefix, i) => assert.ok(h2[i].startsWith(prefix), `${h2[i]} should start with ${prefix}`));
  const out: Record<string, string> = {};
  const parts = md.split(/^(?=## )/m);
  out.head = parts[0];
  for (const p of parts.slice(1)) {
    const key = REQUIRED.find((r) => p.startsWith(r));
    if (key) out[key] = p;
  }
  return out;
}

const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function tableRows(section: string): string[] {
  return section.split('\n').filter((l) => l.startsWith('|')).slice(2);
}

// ------------------------------------------------------------------ fixtures

function sample(): Comparison {
  return buildComparison({
    a: {
      name: 'Daily Wire',
      date: '2023-01-24',
      title: 'US warns Beijing over supplies',
      sentences: [
        'The US raised concerns with China about supplies to Russia, two US officials said.',
        { text: 'Sign up for our newsletter.', boilerplate: true },
        'The items include helmets and body armor.',
        'Three companies were involved in the sales.',
        'The State Department declined to comment.',
        'China has not denied the transfers.',
        'Blinken will visit Beijing next month.',
      ],
    },
    b: {
      name: 'Evening Post',
      sentences: [
        'The US raised concerns with China about supplies to Russia, people familiar with the matter said.',
        'Five companies were involved in the sales.',
        'Helmets and body armor are among the items.',
        'China has denied the transfers.',
        'Analysts expect further sanctions.',
        { text: 'Read more: related coverage', boilerplate: true, paragraph: true },
        { text: 'Photo: Reuters', boilerplate: true },
      ],
    },
    links: [
      { a: [1], b: [1], score: 0.93, differences: [{ type: 'attribution', material: false, a: 'two US officials', b: 'people familiar with the matter' }] },
      { a: [3], b: [3], score: 0.81 },
      { a: [4], b: [2], score: 0.88, differences: [{ type: 'number', a: 'Three', b: 'Five' }] },
      { a: [6], b: [4], score: 0.7, differences: [{ type: 'negation', a: 'not', b: '' }] },
    ],
  });
}

// ------------------------------------------------------------------ tests

test('sections come in the required order, title names both sources', () => {
  const md = render(sample());
  const s = sections(md);
  assert.is(headings(md)[0], '# Daily Wire (2023-01-24) vs Evening Post');
  assert.ok(headings(md).includes('## Only in A: Daily Wire'));
  assert.ok(headings(md).includes('## Only in B: Evening Post'));
  assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
  assert.match(s.head, /Report A is \*\*Daily Wire\*\*, dated 2023-01-24, headline “US warns Beijing over supplies”/);
});

test('summary gives counts and shares of content sentences per report', () => {
  const head = sections(render(sample())).head;
  // A: 6 content sentences: 2 corroborated (1, 3), 2 divergent (4, 6), 2 unique (5, 7).
  assert.match(head, /of its 6 content sentences, 2 corroborated \(33%\), 2 divergent \(33%\), 2 unique \(33%\)/);
  // B: 5 content: 2 corroborated, 2 divergent, 1 unique.
  assert.match(head, /of its 5 content sentences, 2 corroborated \(40%\), 2 divergent \(40%\), 1 unique \(20%\)/);
  assert.match(head, /4 linked claims: 2 corroborating, 2 divergent/);
  assert.match(head, /3 sentences of page furniture were set aside/);
});

test('headline: the most important divergence (negation outranks number)', () => {
  const head = sections(render(sample())).head;
  const line = head.split('\n').find((l) => l.startsWith('Most important divergence:'));
  assert.is(line, 'Most important divergence: **negation** in A 6 / B 4, A “not” vs B (nothing).');
});

test('headline ranking: material first, then type priority, then score', () => {
  const base = {
    a: { name: 'X', sentences: ['It hit 3 towns on Monday.', 'He may go on Friday.', 'It cost 5 dollars.'] },
    b: { name: 'Y', sentences: ['It hit 4 towns on Monday.', 'He will go on Friday.', 'It cost 6 dollars.'] },
  };
  const headlineOf = (c: Comparison) =>
    renderMarkdown(c).split('\n').find((l) => l.startsWith('Most important divergence:')) ?? '';
  const c1 = buildComparison({
    ...base,
    links: [
      { a: [2], b: [2], class: 'divergent', score: 0.99, differences: [{ type: 'hedging', material: false, a: 'may', b: 'will' }] },
      { a: [1], b: [1], score: 0.6, differences: [{ type: 'number', a: '3', b: '4' }] },
      { a: [3], b: [3], score: 0.9, differences: [{ type: 'number', a: '5', b: '6' }] },
    ],
  });
  assert.match(headlineOf(c1), /\*\*number\*\* in A 3 \/ B 3/, 'material number with the higher score');
  const c2 = buildComparison({
    ...base,
    links: [{ a: [2], b: [2], class: 'divergent', differences: [{ type: 'hedging', material: false, a: 'may', b: 'will' }] }],
  });
  assert.match(headlineOf(c2), /\*\*hedging\*\* \(not material\) in A 2 \/ B 2/);
});

test('divergences: one entry per link in order of A, typed differences, both sentences, diff', () => {
  const s = sections(render(sample()))['## Divergences'];
  const entries = s.split('\n').filter((l) => l.startsWith('### '));
  assert.equal(entries, ['### 1. A 4 / B 2: number', '### 2. A 6 / B 4: negation']);
  assert.match(s, /- \*\*number\*\*, material: A “Three” vs B “Five”/);
  assert.match(s, /- \*\*negation\*\*, material: A “not” vs B \(nothing\)/);
  assert.match(s, /- A 4: Three companies were involved in the sales\./);
  assert.match(s, /- B 2: Five companies were involved in the sales\./);
  assert.match(s, /- Diff: ~~Three~~ \*\*Five\*\* companies were involved in the sales\./);
  assert.match(s, /- Diff: China has ~~not~~ denied the transfers\./);
  assert.match(s, /~~struck~~ words appear only in Daily Wire, \*\*bold\*\* words only in Evening Post/);
});

test('corroborations: one table row per link, in order of A, with similarity and notes', () => {
  const s = sections(render(sample()))['## Corroborations'];
  const rows = tableRows(s);
  assert.is(rows.length, 2);
  assert.is(
    rows[0],
    '| A 1: The US raised concerns with China about supplies to Russia, two US officials said. ' +
      '| B 1: The US raised concerns with China about supplies to Russia, people familiar with the matter said. ' +
      '| 0.93 | **attribution**, not material: A “two US officials” vs B “people familiar with the matter” |',
  );
  assert.is(rows[1], '| A 3: The items include helmets and body armor. | B 3: Helmets and body armor are among the items. | 0.81 | — |');
  assert.match(s, /\| Daily Wire \(A\) \| Evening Post \(B\) \| Score \| Notes \|/);
});

test('a link with several sentences on a side joins them under one label', () => {
  const c = buildComparison({
    a: { name: 'X', sentences: ['It rained.', 'Roads flooded.', 'Schools shut.', 'Trains ran.'] },
    b: { name: 'Y', sentences: ['Rain flooded roads.', 'Schools closed.'] },
    links: [
      { a: [1, 2], b: [1] },
      { a: [3], b: [2] },
    ],
  });
  const rows = tableRows(sections(render(c))['## Corroborations']);
  assert.ok(rows[0].startsWith('| A 1–2: It rained. Roads flooded. | B 1: Rain flooded roads. |'), rows[0]);
});

test('engine notes: spans relabelled A/B when the note quotes them, else appended', () => {
  const c = buildComparison({
    a: { name: 'X', sentences: ['He may resign.', 'They met on Monday.'] },
    b: { name: 'Y', sentences: ['He said he will resign.', 'They spoke by phone on Monday.'] },
    links: [
      { a: [1], b: [1], differences: [{ type: 'hedging', material: false, a: 'may', b: 'said', note: 'hedging: "may" (modal) vs "said" (asserted)' }] },
      { a: [2], b: [2], differences: [{ type: 'event', a: 'met', b: 'spoke by phone', note: 'event: meeting *vs* call' }] },
    ],
  });
  const md = render(c);
  // Punctuation right after a quoted span stays attached to it.
  const d = buildComparison({
    a: { name: 'X', sentences: ['Russia said Ukraine did it.'] },
    b: { name: 'Y', sentences: ['Ukraine said Russia did it.'] },
    links: [{ a: [1], b: [1], differences: [{ type: 'attribution', a: 'Russia', b: 'Ukraine', note: 'attribution swapped: "Russia" vs "Ukraine", each blames the other' }] }],
  });
  assert.match(render(d), /material: attribution swapped: A “Russia” vs B “Ukraine”, each blames the other\n/);
  assert.match(md, /\| \*\*hedging\*\*, not material: A “may” \(modal\) vs B “said” \(asserted\) \|/);
  assert.match(md, /- \*\*event\*\*, material: A “met” vs B “spoke by phone” — meeting \\\*vs\\\* call\n/);
});

test('consecutive rows with the same A sentence do not repeat it', () => {
  const c = buildComparison({
    a: { name: 'X', sentences: ['Prices rose in May and June.'] },
    b: { name: 'Y', sentences: ['Prices rose in May.', 'Prices rose in June.'] },
    links: [
      { a: [1], b: [1] },
      { a: [1], b: [2] },
    ],
  });
  const rows = tableRows(sections(render(c))['## Corroborations']);
  assert.ok(rows[0].startsWith('| A 1: Prices rose in May and June. | B 1: Prices rose in May. |'), rows[0]);
  assert.ok(rows[1].startsWith('| A 1 (as above) | B 2: Prices rose in June. |'), rows[1]);
});

test('only in A / only in B: every unique sentence, document order, numbered', () => {
  const s = sections(render(sample()));
  assert.is(s['## Only in A'].trim(), '## Only in A: Daily Wire\n\n- A 5: The State Department declined to comment.\n- A 7: Blinken will visit Beijing next month.');
  assert.is(s['## Only in B'].trim(), '## Only in B: Evening Post\n\n- B 5: Analysts expect further sanctions.');
});

test('page furniture collapsed, method note with tool, options, format', () => {
  const s = sections(render(sample()));
  const f = s['## Page furniture'];
  assert.match(f, /<details>\n<summary>3 sentences set aside: 1 in A, 2 in B<\/summary>\n\n- A 2: Sign up for our newsletter\.\n- B 6: Read more: related coverage\n- B 7: Photo: Reuters\n\n<\/details>/);
  const m = s['## Method'];
  assert.match(m, /Tool: sourcediff 0\.0\.0-test; result format sourcediff 1\.0\./);
  assert.match(m, /Options: minimum similarity for a link 0\.2, predicate similarity below which a pair must stand out more 0\.35, by how many more standard deviations 1, similarity linked regardless of rivals 0\.6, how far a best match must stand out, in standard deviations, 2\.25\./);
});

test('critic diff style', () => {
  const s = sections(render(sample(), { diffStyle: 'critic' }))['## Divergences'];
  assert.match(s, /- Diff: \{--Three--\}\{\+\+Five\+\+\} companies were involved/);
  assert.match(s, /\{--deleted--\} words appear only in Daily Wire/);
  assert.not.match(s, /~~/);
});

test('empty reports (0 sentences) render every section with a one-line note', () => {
  const md = render(buildComparison({ a: { name: 'X', sentences: [] }, b: { name: 'Y', sentences: [] } }));
  const s = sections(md);
  assert.match(s.head, /Report A is \*\*X\*\*: it has no content sentences\./);
  assert.match(s.head, /share 0 linked claims/);
  assert.match(s['## Divergences'], /No divergences found\./);
  assert.match(s['## Corroborations'], /No corroborations found\./);
  assert.match(s['## Only in A'], /No sentences appear only in X\./);
  assert.match(s['## Only in B'], /No sentences appear only in Y\./);
  assert.match(s['## Page furniture'], /No page furniture was set aside\./);
  assert.not.match(md, /NaN|undefined|Infinity/);
});

test('no links at all: everything is unique', () => {
  const c = buildComparison({
    a: { name: 'X', sentences: ['One.', 'Two.'] },
    b: { name: 'Y', sentences: ['Three.'] },
  });
  const s = sections(render(c));
  assert.match(s.head, /2 content sentences, 0 corroborated \(0%\), 0 divergent \(0%\), 2 unique \(100%\)/);
  assert.match(s.head, /Most important divergence: none/);
  assert.match(s['## Only in A'], /- A 1: One\.\n- A 2: Two\./);
  assert.match(s['## Only in B'], /- B 1: Three\./);
  assert.match(s['## Corroborations'], /No corroborations found\./);
});

test('two identical reports: all corroborated, nothing unique', () => {
  const sentences = ['Markets fell on Monday.', 'The index lost 2%.', 'Traders blamed rates.'];
  const s = sections(render(identicalComparison(sentences)));
  assert.is(tableRows(s['## Corroborations']).length, 3);
  assert.match(s.head, /3 corroborated \(100%\), 0 divergent \(0%\), 0 unique \(0%\)/);
  assert.match(s['## Divergences'], /No divergences found\./);
  assert.match(s['## Only in A'], /No sentences appear only in Wire 1\./);
  assert.match(s['## Only in B'], /No sentences appear only in Wire 2\./);
});

test('sources without a name (or with the same name) still get distinct, clear labels', () => {
  const unnamed = buildComparison({ a: { sentences: ['Alpha.'] }, b: { name: '  ', sentences: ['Beta.'] } });
  const md = render(unnamed);
  assert.is(headings(md)[0], '# report A vs report B');
  assert.ok(headings(md).includes('## Only in A') && headings(md).includes('## Only in B'));
  assert.match(md, /Report A is unnamed/);
  const same = buildComparison({ a: { name: 'CNN', sentences: ['A.'] }, b: { name: 'CNN', sentences: ['B.'] } });
  const h = headings(render(same));
  assert.ok(h.includes('## Only in A: CNN') && h.includes('## Only in B: CNN'));
});

// ------------------------------------------------------------------ adversarial

const NASTY = [
  'Prices | rose *sharply* and _quickly_, officials said.',
  '<script>alert("x")</script> <b>bold</b> & AT&amp;T [link](http://evil.example) ![img](x.png)',
  '# Not a heading, and `code` with ``double`` ticks.',
  '- not a list item',
  '1984. The year it began; 2) second',
  '> not a quote   ',
  'Trailing spaces here   \nand a\r\nline break\tinside.',
  'It cost $5 or $10, see www.example.com or mail tips@example.com, :smile: {--x--}',
  '**Bold claim** and ~~struck~~ text \\ backslash.',
  '| --- | --- |',
  `${'A very long sentence with many words '.repeat(60)}ends here.`,
];

function adversarial(): Comparison {
  return buildComparison({
    a: { name: 'The *Star* | News_', date: '<today>', title: '[Breaking] `news`', sentences: [...NASTY, { text: '<iframe src=x> | share', boilerplate: true }] },
    b: { name: '# Yahoo!', sentences: [...NASTY.map((s) => s.replace('officials', 'sources')), 'Only *here* | [x](y)'] },
    links: [
      { a: [1], b: [1], differences: [{ type: 'attribution', material: true, a: 'officials', b: 'sources' }] },
      { a: [2], b: [2], differences: [{ type: 'entity', material: false, a: '<b>bold</b>', b: '[link](http://evil.example)' }] },
      { a: [3], b: [3], differences: [{ type: 'event', material: true, a: '`code`', b: '# Not' }] },
      { a: [9], b: [9] },
      { a: [10], b: [10] },
      { a: [11], b: [11] },
    ],
  });
}

test('adversarial sentences: lint clean, literal text, tables intact', () => {
  const md = render(adversarial());
  const s = sections(md);
  assert.is(headings(md)[0], '# The \\*Star\\* \\| News\\_ (\\<today\\>) vs “\\# Yahoo!”');
  // No raw HTML besides the details block.
  assert.not.match(md.replace(/<\/?(details|summary)>/g, ''), /(?<!\\)</);
  // No unescaped link brackets anywhere.
  assert.not.match(md, /(?<!\\)[[\]]/);
  // Table rows: 4 cells each (escaped pipes do not split), text round-trips.
  const rows = tableRows(s['## Corroborations']);
  assert.is(rows.length, 4);
  for (const row of rows) assert.is(row.split(/(?<!\\)\|/).length, 6, row);
  const cells = rows.map((r) => r.split(/(?<!\\)\|/).slice(1, 3).map((c) => unescape(c.trim())));
  assert.is(cells[0][0], `A 2: ${normaliseWhitespace(NASTY[1])}`);
  assert.is(cells[2][0], `A 10: ${NASTY[9]}`);
  // Every unique sentence is present, literally, one line each.
  const onlyA = s['## Only in A'].split('\n').filter((l) => l.startsWith('- '));
  const expected = [4, 5, 6, 7, 8].map((n) => `- A ${n}: ${normaliseWhitespace(NASTY[n - 1])}`);
  assert.equal(onlyA.map(unescape), expected);
  assert.match(s['## Only in B'], /- B 12: Only \\\*here\\\* \\\| \\\[x\\\]\(y\)/);
  // No line ends with whitespace (no hard breaks), no tabs.
  assert.not.match(md, /[ \t]\n/);
  assert.not.match(md, /\t/);
});

test('adversarial sentences render lint-clean in critic style too', () => {
  render(adversarial(), { diffStyle: 'critic' });
});

test('very long sentences are shortened in quotes unless asked otherwise', () => {
  const long = NASTY[10];
  const short = sections(render(adversarial()))['## Corroborations'];
  const row = tableRows(short)[3];
  assert.match(row, /… \(\d+ more characters\)/);
  assert.ok(row.length < long.length * 2);
  const full = tableRows(sections(render(adversarial(), { maxQuoteLength: 0 }))['## Corroborations'])[3];
  assert.ok(full.includes(long.trim().replace(/ +/g, ' ')));
});

/** Text made of Markdown-significant pieces, whitespace and ordinary characters. */
const PIECES = [
  '*', '**', '_', '__', '`', '``', '|', '<', '>', '<b>', '</i>', '[', ']', '(', ')', '[x](y)', '#', '# ', '-', '- ',
  '+', '1.', '2)', '!', '~', '~~', '\\', '&amp;', '&', '$', '$5', 'http://a.b', 'www.x.y', 'a@b.co', ':ok:',
  ' ', '  ', '\n', '\t', '\r\n', 'word', 'B', '.', ',', '"', '“', '{', '}', '{--', '++}', '=', '---', 'é', '😀',
];
const nasty = fc.string({ unit: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), minLength: 1, maxLength: 12 });

test('property: any sentences and names render lint-clean with literal quotes', () => {
  fc.assert(
    fc.property(
      fc.array(nasty, { minLength: 1, maxLength: 4 }),
      fc.array(nasty, { minLength: 1, maxLength: 4 }),
      nasty,
      nasty,
      (sa, sb, na, nb) => {
        const links: LinkSpec[] = [{ a: [1], b: [1], class: 'divergent', differences: [{ type: 'number' as const, a: sa[0], b: sb[0] }] }];
        if (sa.length > 1 && sb.length > 1) links.push({ a: [2], b: [2], class: 'corroborating', differences: [] });
        const c = buildComparison({ a: { name: na, date: nb, sentences: sa }, b: { name: nb, sentences: [...sb, { text: na, boilerplate: true }] }, links });
        for (const diffStyle of ['plain', 'critic'] as const) {
          const md = renderMarkdown(c, { diffStyle });
          const errors = lintErrors(md);
          if (errors.length > 0) throw new Error(`${errors.join('\n')}\n---\n${md}`);
          sections(md);
        }
      },
    ),
    { numRuns: 60, seed: 20230124 },
  );
});

// ------------------------------------------------------------------ determinism

test('deterministic: same comparison, same bytes; independent of link and option order', () => {
  const c = sample();
  const first = renderMarkdown(c);
  assert.is(renderMarkdown(c), first);
  assert.is(renderMarkdown(JSON.parse(JSON.stringify(c)) as Comparison), first);
  const shuffled: Comparison = {
    ...c,
    links: [...c.links].reverse(),
    options: { predicateMargin: c.options.predicateMargin, predicateFloor: c.options.predicateFloor, strongLink: c.options.strongLink, zThreshold: c.options.zThreshold, linkThreshold: c.options.linkThreshold },
  };
  assert.is(renderMarkdown(shuffled), first);
  assert.is(renderMarkdown(adversarial(), { diffStyle: 'critic' }), renderMarkdown(adversarial(), { diffStyle: 'critic' }));
});

test('renderer does not modify its input', () => {
  const c = sample();
  const before = JSON.stringify(c);
  renderMarkdown(c);
  assert.is(JSON.stringify(c), before);
});

test.run();
