// Rewrites one `export const NAME: CombineWeights = { ... };` block of src/score/weights.ts
// with fitted values. Shared by scripts/eval-sts.mjs and scripts/fit-claim.mjs.
import fs from 'node:fs';
import path from 'node:path';

export function writeWeightsBlock(root, constName, names, bias, coef) {
  const file = path.join(root, 'src', 'score', 'weights.ts');
  const text = fs.readFileSync(file, 'utf8');
  const block = [
    `export const ${constName}: CombineWeights = {`,
    `  names: [${names.map((n) => `'${n}'`).join(', ')}],`,
    `  bias: ${bias.toFixed(4)},`,
    `  coef: [${coef.map((c) => c.toFixed(4)).join(', ')}],`,
    '};',
  ].join('\n');
  const pattern = new RegExp(`export const ${constName}: CombineWeights = \\{[\\s\\S]*?\\n\\};`);
  if (!pattern.test(text)) throw new Error(`${constName} block not found in weights.ts`);
  fs.writeFileSync(file, text.replace(pattern, block));
  console.log(`wrote ${constName} in ${path.relative(root, file)} (run npm run build to use it)`);
}

/** Rewrites the `export const NAME: MlpWeights = { ... };` block of src/score/weights.ts. */
export function writeMlpBlock(root, constName, model) {
  const file = path.join(root, 'src', 'score', 'weights.ts');
  const text = fs.readFileSync(file, 'utf8');
  const nums = (xs) => `[${xs.map((c) => c.toFixed(4)).join(', ')}]`;
  const block = [
    `export const ${constName}: MlpWeights = {`,
    `  names: [${model.names.map((n) => `'${n}'`).join(', ')}],`,
    `  bias: ${model.bias.toFixed(4)},`,
    `  coef: ${nums(model.coef)},`,
    '  hidden: [',
    ...model.hidden.map((row) => `    ${nums(row)},`),
    '  ],',
    `  out: ${nums(model.out)},`,
    '};',
  ].join('\n');
  const pattern = new RegExp(`export const ${constName}: MlpWeights = \\{[\\s\\S]*?\\n\\};`);
  if (!pattern.test(text)) throw new Error(`${constName} block not found in weights.ts`);
  fs.writeFileSync(file, text.replace(pattern, block));
  console.log(`wrote ${constName} in ${path.relative(root, file)} (run npm run build to use it)`);
}
