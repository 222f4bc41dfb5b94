import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleFromHtml, compare, looksLikeHtml, renderMarkdown } from '../src/index.js';

const PAGE = `<!DOCTYPE html>
<html><head><title>Bus crash kills 12 - The Gazette</title>
<meta property="article:published_time" content="2024-03-08T10:00:00Z">
<script>var teaser = "Nine people died.";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bus crash kills 12</h1>
<p>Twelve people were killed when a bus overturned near Cardiff on Tuesday, police said.</p>
<p>The driver, who was <b>not</b> injured, was questioned by officers.</p>
<ul><li>Emergency services arrived within 20 minutes.</li></ul>
</article>
<footer>Copyright 2024 The Gazette. Leave a reply.</footer></body></html>`;

test('looksLikeHtml: pages yes, text that mentions a tag no', () => {
  assert.ok(looksLikeHtml(PAGE));
  assert.ok(looksLikeHtml('  <!-- saved --> <html lang="en"><body><p>x</p></body></html>'));
  assert.not.ok(looksLikeHtml('The <html> tag starts a page.'));
  assert.not.ok(looksLikeHtml('date 2024-03-08\nTwelve people were killed.'));
});

test('looksLikeHtml: a fragment of a page (it starts with an element and closes one) is HTML', () => {
  for (const html of [
    '<p>First para.</p><p>Second.</p>',
    '\n  <div class="story">\n<h2>Bus crash</h2>\n<p>Twelve people died.</p></div>\n',
    '<!-- saved from the site --><p>Twelve people died.</p>',
    '<b>Breaking:</b> twelve people died.',
    '<title>Bus crash</title><p>Twelve people died.</p>',
    '<P CLASS="lede">Twelve people died.</P>',
    '<img src="bus.jpg" alt=""><p>Twelve people died.</p>',
  ]) assert.ok(looksLikeHtml(html), html);
});

test('looksLikeHtml: text that uses angle brackets or mentions tags is not HTML', () => {
  for (const text of [
    'I <3 this city. Prices rose as a < b, and c > d.',
    '<3 to the council for the vote.',
    'a < b and c > d.',
    'The <html> tag starts a page.',
    '<p> is the paragraph tag; it needs no end tag.',
    'Readers wrote <p> and </p> around every paragraph.',
    '<unknown>a made-up element</unknown>',
    '<brief>not an element</brief> despite its b.',
    '# Title\n\nA Markdown line with <br> and </b> inside.',
    '<< Back to the news page.',
  ]) assert.not.ok(looksLikeHtml(text), text);
});

/** Markdown that opens with an HTML block, as many README-style files do. */
const MARKDOWN_WITH_HTML = `<p align="center"><img src="storm.png" alt="Storm over the coast"></p>

# Storm closes coastal roads

The storm hit the coast on Monday night, closing three roads and the harbour.

## Damage

Police said 40 homes lost power. Crews expect to restore it by Wednesday.

- The harbour will reopen on Thursday.
- Schools stay closed.
`;

const MARKDOWN_WITH_DIV = `<div align="center">
  <h3>Coast Gazette</h3>
</div>

The storm hit the coast on Monday night, closing three roads and the harbour.

Police said 40 homes lost power. Crews expect to restore it by **Wednesday**.
`;

test('looksLikeHtml: Markdown that opens with an HTML block is not HTML; a fragment whose text is in its elements is', () => {
  assert.not.ok(looksLikeHtml(MARKDOWN_WITH_HTML));
  assert.not.ok(looksLikeHtml(MARKDOWN_WITH_DIV));
  assert.not.ok(looksLikeHtml('<!-- banner -->\n<div align="center"><img src="logo.png"></div>\n\nTwelve people died on Tuesday.\n'));
  for (const html of [
    '<p>First para.</p>\n\n<p>Second.</p>\n',
    '<article>\n  <h1>Bus crash</h1>\n\n  <p>\n    Twelve people died.\n\n    Police said so.\n  </p>\n</article>\n',
    '<p>Twelve people were killed when a bus overturned near Cardiff on Tuesday.</p>\n\n<p>Police said the driver was not hurt.</p>\n\nCopyright 2024\n',
    '<style>p { color: red }\n\nh1 { margin: 0 }</style>\n<p>Twelve people died.</p>',
  ]) assert.ok(looksLikeHtml(html), html);
});

test('looksLikeHtml: a file named .md, .markdown or .txt is HTML only when it is a whole page', () => {
  const fragment = '<p>First para.</p><p>Second.</p>';
  for (const name of ['story.md', 'dir/Story.MARKDOWN', 'story.txt']) {
    assert.not.ok(looksLikeHtml(fragment, name), name);
    assert.ok(looksLikeHtml(PAGE, name), `${name}: a page`);
  }
  for (const name of ['story.html', 'story.htm', 'story', undefined]) assert.ok(looksLikeHtml(fragment, name), String(name));
});

test('articleFromHtml: a fragment, or a page without its optional tags, gives its paragraphs', async () => {
  assert.is((await articleFromHtml('<p>First para.</p><p>Second.</p>')).text, 'First para.\n\nSecond.\n');
  const lede = await articleFromHtml('<h1>Bus crash</h1>\n<p>Twelve people died on Tuesday, police said.</p>\n<p>The driver was questioned.</p>');
  assert.is(lede.text, 'Bus crash\n\nTwelve people died on Tuesday, police said.\n\nThe driver was questioned.\n');
  assert.is(lede.paragraphs, 3);
  // Head elements first, then the body: the title and date are read as on a whole page.
  const bare = await articleFromHtml('<!doctype html><title>Bus crash</title><meta name="date" content="2024-03-08"><p>Twelve people died.</p><p>The driver was questioned.</p>');
  assert.is(bare.text, '---\ntitle: Bus crash\ndate: 2024-03-08\n---\n\nBus crash\n\nTwelve people died.\n\nThe driver was questioned.\n');
  const noHtml = await articleFromHtml('<head><title>Bus crash</title></head><body><p>Twelve people died.</p><p>The driver was questioned.</p></body>');
  assert.match(noHtml.text, /Twelve people died\.\n\nThe driver was questioned\.\n$/);
  const scripted = await articleFromHtml('<style>p { color: red }</style><script>var s = "<p>Nine died.</p>";</script><p>Twelve people died.</p>');
  assert.is(scripted.text, 'Twelve people died.\n');
});

test('articleFromHtml: the article as paragraphs with title and date, no scripts or navigation', async () => {
  const a = await articleFromHtml(PAGE);
  assert.is(a.date, '2024-03-08');
  assert.match(a.text, /^---\ntitle: Bus crash kills 12 - The Gazette\ndate: 2024-03-08\n---\n\n/);
  assert.match(a.text, /\n\nBus crash kills 12\n\nTwelve people were killed when a bus overturned near Cardiff on Tuesday, police said\.\n\n/);
  assert.match(a.text, /The driver, who was not injured, was questioned by officers\./);
  assert.match(a.text, /Emergency services arrived within 20 minutes\./);
  for (const junk of ['Nine people', 'color: red', 'Home', 'News']) assert.not.ok(a.text.includes(junk), junk);
});

test('articleFromHtml: a line break separates words; a list item keeps its own words and its paragraphs', async () => {
  const page = `<!doctype html><html><body><article><h1>Fire at the plant</h1>
<p>Twelve people were hurt.<br>Firefighters came at once. The building was empty<br/>for days.</p>
<ul><li>Intro text <p>Inner paragraph.</p> tail words</li></ul>
<p>Investigators have not said what caused the fire, which burned for most of the night.</p>
</article></body></html>`;
  const { text } = await articleFromHtml(page);
  assert.match(text, /hurt\.\nFirefighters/);
  assert.match(text, /empty\nfor days/);
  assert.match(text, /Intro text\n\nInner paragraph\.\n\ntail words/);
  const wrapped = await articleFromHtml('<!doctype html><html><head><title>\n  Fire\n  at the plant\n</title></head><body><p>Twelve people\n   were hurt.</p></body></html>');
  assert.match(wrapped.text, /^---\ntitle: Fire at the plant\n---/);
  assert.match(wrapped.text, /Twelve people were hurt\./, "the page's own line breaks are spaces");
  assert.ok(looksLikeHtml(`<?xml version="1.0" encoding="utf-8"?>\n${page}`), 'an XHTML page with an XML prolog');
});

test('an extracted article compares like text; the result carries the text its offsets index', async () => {
  const a = await articleFromHtml(PAGE);
  const r = compare(
    { text: a.text, name: 'page', extractedFrom: 'html' },
    'Fifteen people were killed when a bus overturned near Cardiff on Tuesday, police said.',
  );
  const src = r.sources[0];
  assert.is(src.extractedFrom, 'html');
  assert.is(src.text, a.text);
  assert.is(src.metadata.date, '2024-03-08');
  for (const s of src.sentences) assert.is(src.text!.slice(s.start, s.end), s.text);
  assert.ok(r.links.some((l) => l.class === 'divergent' && l.differences.some((d) => d.type === 'number')));
  assert.is(r.sources[1].text, undefined, 'plain text carries no copy');
});

test('the command reads an HTML page as its article; a page with no text is a one-line error', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcediff-html-'));
  const page = path.join(dir, 'page.html');
  writeFileSync(page, PAGE);
  const text = path.join(dir, 'wire.txt');
  writeFileSync(text, 'Fifteen people were killed when a bus overturned near Swansea on Tuesday, police said.\n');
  const bin = path.join(process.cwd(), 'dist', 'cli', 'sourcediff.mjs');
  const out = path.join(dir, 'r.json');
  const r = spawnSync(process.execPath, [bin, page, text, '--format', 'json', '-o', out], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const src = JSON.parse(readFileSync(out, 'utf8')).sources[0];
  assert.is(src.extractedFrom, 'html');
  assert.ok(src.sentences.every((s: { text: string }) => !/[<>]/.test(s.text)), 'no markup in sentences');
  const empty = path.join(dir, 'empty.html');
  writeFileSync(empty, '<!doctype html><html><body><script>x()</script></body></html>');
  const out2 = path.join(dir, 'r2.json');
  const e = spawnSync(process.execPath, [bin, empty, text, '--format', 'json', '-o', out2], { encoding: 'utf8' });
  assert.is(e.status, 2);
  assert.is(e.stderr.trim().split('\n').length, 1);
  assert.match(e.stderr, /empty\.html: an HTML page with no readable article text/);
  assert.not.ok(existsSync(out2));
  // A fragment of a page is read as HTML; text with angle brackets stays as it is.
  const fragment = path.join(dir, 'fragment.html');
  writeFileSync(fragment, '<p>Twelve people were killed when a bus overturned near Cardiff on Tuesday.</p><p>Police said the driver was <b>not</b> hurt.</p>\n');
  const hearts = path.join(dir, 'hearts.txt');
  writeFileSync(hearts, 'Readers <3 the new bus line. Fares fell as 2 < 3, the council said.\n');
  const out3 = path.join(dir, 'r3.json');
  const f = spawnSync(process.execPath, [bin, fragment, hearts, '--format', 'json', '-o', out3], { encoding: 'utf8' });
  assert.is(f.status, 0, f.stderr);
  const [frag, plain] = JSON.parse(readFileSync(out3, 'utf8')).sources;
  assert.is(frag.extractedFrom, 'html');
  assert.equal(frag.sentences.map((s: { text: string }) => s.text), [
    'Twelve people were killed when a bus overturned near Cardiff on Tuesday.',
    'Police said the driver was not hurt.',
  ]);
  assert.is(plain.extractedFrom, undefined);
  assert.is(plain.sentences[0].text, 'Readers <3 the new bus line.');
  assert.is(plain.sentences[1].text, 'Fares fell as 2 < 3, the council said.');
  // The batch workers read pages the same way.
  const manifest = path.join(dir, 'pairs.jsonl');
  writeFileSync(manifest, `${JSON.stringify({ a: 'page.html', b: 'wire.txt' })}\n${JSON.stringify({ a: 'empty.html', b: 'wire.txt' })}\n`);
  const lines = path.join(dir, 'out.jsonl');
  const b = spawnSync(process.execPath, [bin, 'batch', manifest, '-o', lines, '--workers', '1'], { encoding: 'utf8' });
  assert.is(b.status, 3, b.stderr);
  const [ok, bad] = readFileSync(lines, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.is(ok.result.sources[0].extractedFrom, 'html');
  assert.match(bad.error, /no readable article text/);
});

test('the command reads Markdown that opens with an HTML block as text: every line reaches the sentences', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcediff-html-'));
  const bin = path.join(process.cwd(), 'dist', 'cli', 'sourcediff.mjs');
  const wire = path.join(dir, 'wire.txt');
  writeFileSync(wire, 'A storm struck the coast on Monday, shutting three roads. Police said 45 homes were without power.\n');
  const sentencesOf = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [bin, ...args, wire, '--format', 'json'], { encoding: 'utf8', input });
    assert.is(r.status, 0, r.stderr);
    const src = JSON.parse(r.stdout).sources[0];
    assert.is(src.extractedFrom, undefined, 'read as text');
    return (src.sentences as Array<{ text: string }>).map((x) => x.text);
  };
  for (const markdown of [MARKDOWN_WITH_HTML, MARKDOWN_WITH_DIV]) {
    const file = path.join(dir, 'story.md');
    writeFileSync(file, markdown);
    // By its name (.md), and by its content alone (standard input has no name).
    for (const sentences of [sentencesOf([file]), sentencesOf(['-'], markdown)]) {
      const joined = sentences.join(' ');
      for (const line of markdown.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('<'))) {
        for (const piece of line.replace(/^[#-]+ /, '').split(/(?<=\.) /)) assert.ok(joined.includes(piece.trim()), `${piece} is in ${JSON.stringify(sentences)}`);
      }
    }
  }
  const [, heading] = sentencesOf(['-'], MARKDOWN_WITH_HTML);
  assert.is(heading, 'Storm closes coastal roads', 'a heading stays a sentence of its own');
  // A fragment is still read as HTML, from a file or from standard input.
  const fragment = '<h2>Storm closes roads</h2>\n\n<p>The storm hit the coast on <b>Monday</b> night.</p>\n';
  writeFileSync(path.join(dir, 'fragment.html'), fragment);
  for (const [args, input] of [[[path.join(dir, 'fragment.html')], undefined], [['-'], fragment]] as const) {
    const r = spawnSync(process.execPath, [bin, ...args, wire, '--format', 'json'], { encoding: 'utf8', input });
    assert.is(r.status, 0, r.stderr);
    const src = JSON.parse(r.stdout).sources[0];
    assert.is(src.extractedFrom, 'html');
    assert.equal(src.sentences.map((x: { text: string }) => x.text), ['Storm closes roads', 'The storm hit the coast on Monday night.']);
  }
});

test('Markdown lines of HTML markup alone stay in the report, at their offsets, but are set aside: never linked, never unique', () => {
  const wire = 'A storm struck the coast on Monday, shutting three roads. Police said 45 homes were without power.';
  const story = `<!-- banner -->\n<div align="center">\n<img src="logo.png">\n</div>\n\n${MARKDOWN_WITH_HTML}`;
  const result = compare({ text: story, name: 'story.md' }, { text: wire, name: 'wire.txt' });
  const [a] = result.sources;
  for (const x of a.sentences) assert.is(story.slice(x.start, x.end), x.text, 'offsets index the text as given');
  // Everything before the heading is markup: in sentences (however wink splits it), all set aside.
  const heading = story.indexOf('Storm closes coastal roads');
  const markup = a.sentences.filter((x) => x.start < heading);
  assert.ok(markup.length >= 3, JSON.stringify(markup.map((x) => x.text)));
  assert.ok(markup.every((x) => x.boilerplate), JSON.stringify(markup.map((x) => [x.text, x.boilerplate])));
  assert.is(markup.map((x) => x.text).join('').replace(/[\s#]/g, ''), story.slice(0, heading).replace(/[\s#]/g, ''), 'no markup left out');
  assert.ok(a.sentences.filter((x) => x.start >= heading).every((x) => !x.boilerplate), 'the text is content');
  const ids = new Set(markup.map((x) => x.id));
  assert.ok(result.summary.unique.a.length > 0, 'the story has unique sentences');
  assert.not.ok(result.summary.unique.a.some((id) => ids.has(id)), 'no markup line is unique');
  assert.not.ok(result.links.some((l) => l.a.some((id) => ids.has(id))), 'no markup line is linked');
  const only = renderMarkdown(result).split('## Only in A')[1].split('## ')[0];
  assert.not.match(only, /align|banner|img/);
  assert.match(only, /Schools stay closed\./);
});

test.run();
