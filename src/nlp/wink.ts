/** The single wink-nlp instance shared by every stage (loading the model costs ~40 ms; see core-model.ts). */
import winkNLP from 'wink-nlp';
import { englishModel } from './core-model.js';

type Nlp = ReturnType<typeof winkNLP>;
type Doc = ReturnType<Nlp['readDoc']>;

/** The part of wink's core model that remembers new words: its lexeme table. */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

let instance: Nlp | undefined;
let lexemes: LexemeTable | undefined;

/**
 * Only sentence boundaries and part-of-speech tags are read from wink-nlp (entities,
 * negation and sentiment are the analyse stage's own), so only those annotators run:
 * leaving out wink's entity recogniser roughly halves the time of `readDoc`. The model from
 * core-model.ts has empty entity and sentiment machines: adding either step here needs the
 * package's own loaders for it back.
 */
const PIPE = ['sbd', 'pos'];

export function nlp(): Nlp {
  if (instance === undefined) {
    // Keep a handle on the core model wink builds, to forget the words it learns (below).
    const model = englishModel();
    const core = model.core as () => unknown;
    model.core = () => {
      const c = core();
      lexemes = (c as { features?: { lexeme?: LexemeTable } }).features?.lexeme;
      return c;
    };
    instance = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], PIPE);
  }
  return instance;
}

/**
 * Read a text with wink-nlp as if for the first time. wink remembers every word it has not
 * seen before and later tokenises that word differently: once "Ryan’s" has been met inside
 * other punctuation it is no longer split into "Ryan" + "’s". Results would then depend on
 * what the process read before (a batch worker's earlier pairs). After each text the new
 * words are taken out of the look-up table again; the token data of the document just read
 * (and of earlier ones) stays valid, because it is addressed by index, not through the table.
 */
export function readFresh(text: string): { doc: Doc; forget: () => void } {
  const w = nlp();
  const table = lexemes;
  const before = table?.list.length ?? 0;
  const doc = w.readDoc(text);
  const forget = () => {
    if (table === undefined) return;
    for (let i = before; i < table.list.length; i++) {
      const word = table.list[i];
      if (table.hash[word] === i) delete table.hash[word];
    }
  };
  return { doc, forget };
}
