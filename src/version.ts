/** Tool name and version, read once from package.json. */
import { packageInfo } from './package-root.js';

export const TOOL = (({ name, version }) => ({ name, version }))(packageInfo());
