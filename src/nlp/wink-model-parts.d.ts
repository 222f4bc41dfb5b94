/** The English model's loader modules, imported one by one by core-model.ts (untyped CommonJS). */
declare module 'wink-eng-lite-web-model/dist/*' {
  const part: unknown;
  export default part;
}
