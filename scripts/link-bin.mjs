#!/usr/bin/env node
// npm does not link a project's own `bin` into its node_modules/.bin, so `npx sourcediff`
// inside a fresh clone would look on the registry instead. After the build, link it here.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'dist', 'cli', 'sourcediff.mjs');
const binDir = path.join(root, 'node_modules', '.bin');
if (!existsSync(target) || !existsSync(path.join(root, 'node_modules'))) process.exit(0);
chmodSync(target, 0o755);
mkdirSync(binDir, { recursive: true });
const link = path.join(binDir, 'sourcediff');
rmSync(link, { force: true });
symlinkSync(path.relative(binDir, target), link);
console.log('linked node_modules/.bin/sourcediff -> dist/cli/sourcediff.mjs');
