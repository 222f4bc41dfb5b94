/** Tool name and version, read once from package.json. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

function findPackageJson(): { name: string; version: string } {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
      if (pkg.name === 'sourcediff') return pkg;
    } catch {
      /* keep looking upwards */
    }
    dir = path.dirname(dir);
  }
  return { name: 'sourcediff', version: '0.0.0' };
}

export const TOOL = (({ name, version }) => ({ name, version }))(findPackageJson());
