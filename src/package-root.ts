/**
 * Where the installed package lives: the nearest directory above this module whose
 * package.json is sourcediff's. Works from src/, dist/src/ and the bundled dist/cli/, in a
 * clone or under node_modules. Found once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  root: string;
  name: string;
  version: string;
}

let found: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (found) return found;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      if (pkg.name === 'sourcediff') return (found = { root: dir, name: pkg.name, version: pkg.version });
    } catch {
      /* keep looking upwards */
    }
    dir = path.dirname(dir);
  }
  return (found = { root: process.cwd(), name: 'sourcediff', version: '0.0.0' });
}

/** A build-time data file: <package root>/data/<name>. */
export function dataFile(name: string): string {
  return path.join(packageInfo().root, 'data', name);
}
