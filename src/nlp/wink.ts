/** The single wink-nlp instance shared by every stage (loading the model costs ~80 ms). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/**
 * Only sentence boundaries and part-of-speech tags are read from wink-nlp (entities,
 * negation and sentiment are the analyse stage's own), so only those annotators run:
 * leaving out wink's entity recogniser roughly halves the time of `readDoc`.
 */
const PIPE = ['sbd', 'pos'];

export function nlp(): Nlp {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
