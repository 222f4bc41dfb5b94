import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import { render } from 'ink-testing-library';
import { App, DetailPane, ItemList, buildItems, findMatches } from '../cli/tui/run.js';
import { largeComparison, smallComparison } from './fixtures/tui-comparison.js';
import { KEY_HELP } from '../cli/tui/keys.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Let Ink render: a timer, then a few turns of the event loop for work React queued with
 * setImmediate (on a loaded machine the timer can fire before that work has run).
 */
const tick = async () => {
  await sleep(20);
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};
/** Wait until the frame stops changing (at most about 2 s). */
async function settle(frame: () => string | undefined): Promise<void> {
  await tick();
  let last = frame();
  for (let i = 0; i < 100; i++) {
    await tick();
    const now = frame();
    if (now === last) return;
    last = now;
  }
}
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;
const plain = (frame: string | undefined) => (frame ?? '').replace(ANSI, '');
const lines = (frame: string | undefined) => plain(frame).split('\n');
/** The list row currently selected (marked with `>`). */
const selectedRow = (frame: string | undefined) => lines(frame).find((l) => l.startsWith('>')) ?? '';
const ESC = '\u001B';

async function app(props: { columns?: number; rows?: number; onWriteMarkdown?: () => string } = {}, comparison = smallComparison()) {
  const r = render(<App comparison={comparison} noColor columns={props.columns ?? 100} rows={props.rows ?? 30} onWriteMarkdown={props.onWriteMarkdown} />);
  await settle(r.lastFrame);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      r.stdin.write(k);
      await settle(r.lastFrame);
    }
    return r.lastFrame() ?? '';
  };
  return { ...r, press };
}

test('header shows both sources with dates and the counts per class', async () => {
  const { lastFrame, unmount } = await app();
  const [a, b, tabs] = lines(lastFrame());
  assert.match(a, /A Daily Wire Report · 2023-01-24/);
  assert.match(b, /B Evening Ledger · 2023-01-25/);
  assert.match(tabs, /\*1 All 8\*/);
  assert.match(tabs, /2 Divergent 1/);
  assert.match(tabs, /3 Corroborating 1/);
  assert.match(tabs, /4 Only A 3/);
  assert.match(tabs, /5 Only B 3/);
  unmount();
});

test('j/k and arrows move the selection; the detail pane follows with diff, differences and score', async () => {
  const { lastFrame, press, unmount } = await app();
  assert.match(selectedRow(lastFrame()), /\[C\] a1~b1/);
  const frame = await press('j');
  assert.match(selectedRow(frame), /\[D\] a2~b3 0\.71/);
  const text = plain(frame);
  assert.match(text, /l2 {2}divergent {2}score 0\.71/);
  assert.match(text, /\[-40-\]/);
  assert.match(text, /\{\+45\+\}/);
  assert.match(text, /number \(material\): A "40" \/ B "45"/);
  assert.match(text, /attribution \(not material\): A "Officials" \/ B "People familiar with the matter"/);
  assert.match(selectedRow(await press('k')), /a1~b1/);
  assert.match(selectedRow(await press(`${ESC}[B`, `${ESC}[B`)), /\[A\] a3/);
  assert.match(selectedRow(await press(`${ESC}[A`)), /a2~b3/);
  assert.match(selectedRow(await press('k', 'k', 'k')), /a1~b1/, 'stops at the top');
  assert.match(selectedRow(await press(`${ESC}[B${ESC}[B${ESC}[B`)), /\[A\] a4/, 'three arrows in one read all count');
  unmount();
});

test('g/G and PgUp/PgDn jump', async () => {
  const { press, unmount } = await app({ rows: 14 });
  assert.match(selectedRow(await press('G')), /\[B\] b5/);
  assert.match(selectedRow(await press('g')), /a1~b1/);
  // rows 14 -> list pane of 3 rows: a page moves 3 items
  assert.match(selectedRow(await press(`${ESC}[6~`)), /\[A\] a4/);
  assert.match(selectedRow(await press(`${ESC}[5~`)), /a1~b1/);
  unmount();
});

test('filters 1-5 and Tab show only the items of one class', async () => {
  const { press, unmount } = await app();
  const rows = (frame: string) => lines(frame).filter((l) => /^[ >]\[[DCAB]\]/.test(l));
  const markers = (frame: string) => rows(frame).map((l) => l.slice(1, 4));
  assert.equal(markers(await press('2')), ['[D]']);
  assert.equal(markers(await press('3')), ['[C]']);
  assert.equal(markers(await press('4')), ['[A]', '[A]', '[A]']);
  assert.equal(markers(await press('5')), ['[B]', '[B]', '[B]']);
  assert.is(rows(await press('1')).length, 8);
  const tabbed = await press('\t');
  assert.equal(markers(tabbed), ['[D]']);
  assert.match(lines(tabbed)[2], /\*2 Divergent 1\*/);
  assert.equal(markers(await press('\t')), ['[C]']);
  unmount();
});

test('switching filter keeps the selected item when it is still listed', async () => {
  const { press, unmount } = await app();
  await press('j', 'j', 'j'); // a4
  assert.match(selectedRow(await press('4')), /a4/);
  assert.match(selectedRow(await press('1')), /a4/);
  assert.match(selectedRow(await press('5')), /b2/, 'falls back to the first item');
  unmount();
});

test('/ searches sentence text; n/N step through matches with a status line', async () => {
  const { press, unmount } = await app();
  let frame = await press('/', 'frost');
  assert.match(plain(frame), /\/frost_/);
  frame = await press('\r');
  assert.match(selectedRow(frame), /a4 .*early frost/);
  assert.match(plain(frame), /match 1\/1 for "frost"/);
  frame = await press('/', 'THE', '\r');
  // the current item (a4, "the valley") matches, so the search stays on it
  assert.match(selectedRow(frame), /a4/);
  const total = Number(/match \d+\/(\d+)/.exec(plain(frame))![1]);
  assert.is(total, findMatches(buildItems(smallComparison()), 'the').length);
  assert.ok(total >= 5);
  assert.match(selectedRow(await press('n')), /a5/);
  assert.match(selectedRow(await press('n')), /b2/);
  assert.match(selectedRow(await press('N')), /a5/);
  assert.match(selectedRow(await press('N', 'N')), /a3/);
  frame = await press('/', 'zebra', '\r');
  assert.match(plain(frame), /no match for "zebra"/);
  assert.match(selectedRow(frame), /a3/, 'selection unchanged');
  assert.match(plain(await press('n')), /no match for "zebra"/);
  await press('/', 'the', '\r', 'g');
  assert.match(selectedRow(await press('N')), /b5/, 'N wraps to the last match');
  unmount();
});

test('search prompt: backspace edits, Esc cancels without quitting, typed q does not quit', async () => {
  const { press, unmount } = await app();
  assert.match(plain(await press('/', 'frosq', '\u007F', 't')), /\/frost_/);
  const frame = await press(ESC);
  assert.not.match(plain(frame), /\/frost_/);
  assert.match(selectedRow(await press('j')), /a2~b3/, 'still running');
  unmount();
});

test('Enter toggles the full-text view in context with neighbouring sentences', async () => {
  const { press, unmount } = await app({ columns: 120 });
  await press('j');
  const frame = plain(await press('\r'));
  assert.match(frame, /In context: l2/);
  assert.match(frame, /> 2\. Officials said trade grew by 40 percent/);
  assert.match(frame, /> 3\. People familiar with the matter/);
  assert.match(frame, / 1\. The two leaders met/);
  assert.match(frame, / 5\. A spokesperson declined/);
  assert.match(frame, / 2\. Markets closed higher/);
  assert.not.match(frame, /6\. Share this/, 'radius 3 around a2 stops at a5');
  assert.not.match(frame, /\[D\] a2~b3/, 'list hidden');
  const back = await press('\r');
  assert.match(selectedRow(back), /a2~b3/);
  unmount();
});

test('? shows all keys; ? again closes; Esc closes help without quitting', async () => {
  const { press, unmount } = await app();
  let frame = plain(await press('?'));
  for (const k of ['PgUp/PgDn', 'g/G', '1-5', 'n/N', 'Enter', 'm ', 'q ']) assert.ok(frame.includes(k), k);
  frame = plain(await press('?'));
  assert.not.match(frame, /Keys \(/);
  await press('?');
  frame = plain(await press(ESC));
  assert.not.match(frame, /Keys \(/);
  assert.match(selectedRow(frame), /a1~b1/);
  unmount();
});

test('m writes the Markdown report and says where; a failure is shown, not thrown', async () => {
  let calls = 0;
  const ok = await app({ onWriteMarkdown: () => { calls++; return '/tmp/reports/a-vs-b.md'; } });
  assert.match(plain(await ok.press('m')), /wrote \/tmp\/reports\/a-vs-b\.md/);
  assert.is(calls, 1);
  ok.unmount();
  const bad = await app({ onWriteMarkdown: () => { throw new Error('EACCES: permission denied'); } });
  assert.match(plain(await bad.press('m')), /EACCES: permission denied/);
  bad.unmount();
});

test('NO_COLOR: no escape sequences at all, and markers differ by text', async () => {
  // Turn on Ink's colours (the test runner sets FORCE_COLOR=0) so that this test can fail.
  const chalk = (await import('chalk')).default;
  const level = chalk.level;
  chalk.level = 1;
  try {
    const coloured = render(<App comparison={smallComparison()} columns={100} rows={30} />);
    await tick();
    assert.match(coloured.lastFrame() ?? '', /\u001B\[/, 'colour mode does use escapes');
    coloured.unmount();
    await noColorFrames();
  } finally {
    chalk.level = level;
  }
});

async function noColorFrames() {
  const { press, frames, unmount } = await app();
  await press('j', '\r', '\r', '?', '?', '5');
  assert.ok(frames.length > 3);
  for (const f of frames) assert.not.match(f, /\u001B/);
  unmount();
  const f = render(<App comparison={smallComparison()} noColor columns={100} rows={30} />);
  await tick();
  for (const m of ['[D]', '[C]', '[A]', '[B]']) assert.ok(f.lastFrame()!.includes(m), m);
  f.unmount();
}

test('side by side at 100 columns and wider, stacked below; no line is wider than the terminal', async () => {
  for (const columns of [80, 100, 140]) {
    const { press, unmount } = await app({ columns });
    const frame = await press('j');
    const ls = lines(frame);
    const sideBySide = ls.some((l) => /A · Daily Wire Report +B · Evening Ledger/.test(l));
    assert.is(sideBySide, columns >= 100, `columns ${columns}`);
    if (columns < 100) {
      const aAt = ls.findIndex((l) => l.startsWith('A · Daily'));
      const bAt = ls.findIndex((l) => l.startsWith('B · Evening'));
      assert.ok(aAt >= 0 && bAt > aAt);
    }
    for (const l of ls) assert.ok(l.length <= columns, `${l.length} > ${columns}: ${l}`);
    assert.ok(ls.length <= 29);
    unmount();
  }
});

test('a small terminal (40 x 10, 30 x 8) clips panes instead of drawing lines over each other', async () => {
  for (const [columns, rows] of [[40, 10], [30, 8]]) {
    const { press, unmount } = await app({ columns, rows });
    const list = lines(await press('j'));
    // The detail pane's title line (the link id first) keeps its own line; Ink used to
    // squeeze it to nothing and draw the next line over it.
    const title = list.findIndex((l) => /^l\d+ {2}(divergent|corroborating)/.test(l));
    assert.ok(title > 0, `detail title at ${columns}x${rows}:\n${list.join('\n')}`);
    const context = lines(await press('\r'));
    assert.ok(context.some((l) => l.startsWith('In context: ')), `context title at ${columns}x${rows}:\n${context.join('\n')}`);
    await press('\r');
    const help = lines(await press('?'));
    const head = help.findIndex((l) => l.startsWith('Keys ('));
    assert.ok(head > 0, `help title at ${columns}x${rows}`);
    // Each help line shown is one binding, whole or cut at the right edge, never two merged.
    const bindings = help.slice(head + 1).filter((l) => l.startsWith('  '));
    assert.ok(bindings.length > 0);
    for (const l of bindings) {
      const shown = l.replace(/…$/, '').trimEnd();
      assert.ok(KEY_HELP.some(([k, action]) => `  ${k}`.startsWith(shown.slice(0, k.length + 2)) && shown.includes(k) && action.startsWith(shown.slice(shown.indexOf(k) + k.length).trim())), `help line: ${l}`);
    }
    for (const frame of [list, context, help]) for (const l of frame) assert.ok(l.length <= columns, `${l.length} > ${columns}: ${l}`);
    unmount();
  }
});

test('long sentences wrap inside the panes', async () => {
  const c = smallComparison();
  const long = 'word '.repeat(60).trim();
  c.sources[0].sentences[2].text = long;
  const { press, unmount } = await app({ columns: 80 }, c);
  const ls = lines(await press('j', 'j'));
  assert.ok(ls.filter((l) => /^word word/.test(l)).length >= 3, 'wrapped on several lines');
  for (const l of ls) assert.ok(l.length <= 80);
  unmount();
});

test('10,000 items: only the visible window is rendered and the end is reachable', async () => {
  const big = largeComparison(3334);
  const { lastFrame, press, unmount } = await app({ columns: 120, rows: 40 }, big);
  const rowsOf = (f: string | undefined) => lines(f).filter((l) => /^[ >]\[[DCAB]\]/.test(l));
  assert.ok(rowsOf(lastFrame()).length <= 15);
  assert.ok(lines(lastFrame()).length <= 39);
  assert.match(plain(lastFrame()), /1\/10002/);
  const end = await press('G');
  assert.match(selectedRow(end), /b6668/);
  assert.match(plain(end), /10002\/10002/);
  assert.ok(rowsOf(end).length <= 15);
  assert.match(selectedRow(await press('k', `${ESC}[5~`)), /\[B\]/);
  unmount();
});

test('ItemList and DetailPane render on their own', async () => {
  const items = buildItems(smallComparison());
  const list = render(<ItemList items={items} selected={2} top={1} height={3} width={60} color={false} />);
  const ls = lines(list.lastFrame());
  assert.is(ls.length, 3);
  assert.match(ls[0], /^ \[D\] a2~b3/);
  assert.match(ls[1], /^>\[A\] a3/);
  list.unmount();
  const detail = render(<DetailPane item={items[5]} sources={smallComparison().sources} width={60} height={6} sideBySide={false} color={false} />);
  const text = plain(detail.lastFrame());
  assert.match(text, /b2 {2}only in B/);
  assert.match(text, /no counterpart in A/);
  assert.match(text, /Markets closed higher/);
  detail.unmount();
});

class FakeStdout extends EventEmitter {
  columns = 120;
  rows = 30;
  isTTY = false;
  last = '';
  write = (frame: string) => {
    this.last = frame;
    return true;
  };
}
class FakeStdin extends EventEmitter {
  isTTY = true;
  data: string | null = null;
  write(data: string) {
    this.data = data;
    this.emit('readable');
  }
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

function mount() {
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const instance = inkRender(<App comparison={smallComparison()} noColor />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return { stdout, stdin, instance };
}

test('redraws on resize: stacks A and B when the terminal gets narrower', async () => {
  const { stdout, stdin, instance } = mount();
  await tick();
  stdin.write('j');
  await tick();
  assert.match(plain(stdout.last), /A · Daily Wire Report +B · Evening Ledger/);
  stdout.columns = 80;
  stdout.emit('resize');
  await tick();
  assert.not.match(plain(stdout.last), /A · Daily Wire Report +B · Evening Ledger/);
  for (const l of lines(stdout.last)) assert.ok(l.length <= 80);
  instance.unmount();
});

for (const [name, key] of [['q', 'q'], ['Esc', ESC]] as const) {
  test(`${name} quits the app`, async () => {
    const { stdin, instance } = mount();
    await tick();
    stdin.write(key);
    let exited = false;
    const done = instance.waitUntilExit().then(() => (exited = true));
    await Promise.race([done, sleep(3000)]);
    assert.ok(exited, 'waitUntilExit resolved');
  });
}

test.run();
