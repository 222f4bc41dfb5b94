/**
 * End-to-end: drives the real `sourcediff` command on the seed reports inside a detached tmux
 * session (120x40), reads the screen with capture-pane and checks moving, filtering, searching,
 * the context view and a clean exit with the terminal restored. Skips when tmux or the built
 * CLI is missing. SOURCEDIFF_E2E_BIN may point at another built entry point.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.resolve(root, process.env['SOURCEDIFF_E2E_BIN'] ?? 'dist/cli/sourcediff.mjs');
const socket = `sourcediff-e2e-${process.pid}`;
const session = 'sourcediff';
const seedA = 'seeds/cnn-2023-01-china-russia.txt';
const seedB = 'seeds/bloomberg-2023-01-24-china-russia.txt';

function tmux(...args: string[]): string {
  const run = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

const screen = () => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the screen until `check` holds; fails with the last screen after `limitMs`. */
async function waitFor(what: string, check: (s: string) => boolean, limitMs = 10_000): Promise<string> {
  let last = '';
  for (let waited = 0; waited <= limitMs; waited += 100) {
    last = screen();
    if (check(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; screen was:\n${last}`);
}

async function keys(...k: string[]): Promise<void> {
  tmux('send-keys', '-t', session, ...k);
  await sleep(50);
}

/** The list rows on screen (marker letter and label), e.g. ` A  a12`, `>[D] a3~b4`. */
function listRows(s: string): { selected: boolean; kind: string; label: string }[] {
  const rows: { selected: boolean; kind: string; label: string }[] = [];
  for (const line of s.split('\n')) {
    const m = /^([ >])(?:\[([DCAB])\]| ([DCAB]) ) ([ab]\d+(?:[+~][ab]\d+)*)/.exec(line);
    if (m) rows.push({ selected: m[1] === '>', kind: m[2] ?? m[3], label: m[4] });
  }
  return rows;
}

const position = (s: string) => /── (\d+)\/(\d+) /.exec(s);

function skipReason(): string | undefined {
  if (spawnSync('tmux', ['-V']).error) return 'tmux is not on PATH (install it with: apt-get install -y tmux)';
  if (!existsSync(bin)) return `${path.relative(root, bin)} does not exist yet (run: npx tsc -p tsconfig.json)`;
  return undefined;
}

const reason = skipReason();
if (reason) {
  console.log(`tui-e2e: SKIPPED, ${reason}`);
  test.skip('the terminal UI in tmux', () => {});
} else {
  test('the terminal UI in tmux: move, filter, search, context, help, quit', async () => {
    const command = [
      `cd '${root}'`,
      'saved=$(stty -g)',
      `env -u CI -u CONTINUOUS_INTEGRATION -u NO_COLOR node '${bin}' ${seedA} ${seedB}`,
      'echo "sourcediff-exit=$?"',
      'if [ "$(stty -g)" = "$saved" ]; then echo tty-restored; else echo tty-changed; fi',
      'sleep 600',
    ].join('; ');
    let socketPath = '';
    try {
      tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', command);
      socketPath = tmux('display-message', '-p', '#{socket_path}').trim();
      let s = await waitFor('the header and list', (x) => /^1 All \d+/m.test(x) && listRows(x).length > 0, 120_000);
      const lines = s.split('\n');
      assert.match(lines[0], /^A cnn-2023-01-china-russia\.txt/);
      assert.match(lines[1], /^B bloomberg-2023-01-24-china-russia\.txt/);
      const counts = Object.fromEntries(
        [...lines[2].matchAll(/(\d) [A-Za-z ]+? (\d+)/g)].map((m) => [m[1], Number(m[2])]),
      ) as Record<string, number>;
      const total = counts['1'];
      assert.is(total, counts['2'] + counts['3'] + counts['4'] + counts['5'], 'counts add up');
      assert.ok(total > 10);
      for (const line of s.split('\n')) assert.ok(line.length <= 120);
      assert.equal(position(s)?.slice(1), ['1', String(total)]);
      assert.is(listRows(s)[0].selected, true);
      const pageRows = listRows(s).length; // the list pane is full: more items than rows

      // move
      await keys('j');
      s = await waitFor('selection on item 2', (x) => position(x)?.[1] === '2');
      assert.is(listRows(s)[1].selected, true);
      await keys('G');
      s = await waitFor('selection on the last item', (x) => position(x)?.[1] === String(total));
      assert.is(listRows(s).at(-1)?.selected, true);
      await keys('g');
      await waitFor('selection back on item 1', (x) => position(x)?.[1] === '1');

      // filter
      for (const [key, letter, label] of [['4', 'A', 'Only A'], ['5', 'B', 'Only B'], ['2', 'D', 'Divergent'], ['3', 'C', 'Corroborating']]) {
        await keys(key);
        s = await waitFor(`filter ${label}`, (x) => new RegExp(`── \\d+/\\d+ ${label} `).test(x) || x.includes(`0/0 ${label}`));
        const rows = listRows(s);
        assert.is(rows.length, Math.min(counts[key], pageRows), `${label}: rows shown`);
        for (const row of rows) assert.is(row.kind, letter, `${label}: ${row.label}`);
      }
      await keys('Tab');
      await waitFor('Tab to the next filter', (x) => / \d+\/\d+ Only A /.test(x));
      await keys('1');
      await waitFor('filter All', (x) => / \d+\/\d+ All /.test(x));

      // search
      await keys('/');
      await keys('-l', 'Blinken');
      await waitFor('the search prompt', (x) => x.includes('/Blinken_'));
      await keys('Enter');
      s = await waitFor('the first match', (x) => /match \d+\/\d+ for "Blinken"/.test(x));
      const [, first, matches] = /match (\d+)\/(\d+) for/.exec(s)!.map(Number);
      assert.ok(matches >= 2, 'Blinken is named in both reports');
      const body = s.split('\n').slice(3, -2).join('\n');
      assert.match(body, /Blinken/, 'the selected item mentions the search word');
      await keys('n');
      s = await waitFor('the next match', (x) => x.includes(`match ${(first % matches) + 1}/${matches} for "Blinken"`));
      await keys('N');
      await waitFor('the previous match', (x) => x.includes(`match ${first}/${matches} for "Blinken"`));

      // context view and help
      await keys('Enter');
      s = await waitFor('the context view', (x) => x.includes('In context:'));
      assert.match(s, /^> +\d+\. /m, 'the selected sentence is marked');
      await keys('Enter');
      await waitFor('the list again', (x) => !x.includes('In context:') && listRows(x).length > 0);
      await keys('?');
      await waitFor('the help', (x) => x.includes('Keys (') && x.includes('PgUp/PgDn'));
      await keys('?');
      await waitFor('help closed', (x) => !x.includes('Keys ('));

      // quit
      await keys('q');
      s = await waitFor('the command to exit', (x) => x.includes('sourcediff-exit='), 15_000);
      assert.match(s, /sourcediff-exit=0/);
      assert.match(s, /tty-restored/);
      assert.not.match(s, /^1 All \d+/m, 'the alternate screen is gone');
    } finally {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
      if (socketPath.includes(socket)) rmSync(socketPath, { force: true });
    }
  });
}

test.run();
