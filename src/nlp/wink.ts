/** The single wink-nlp instance shared by every stage (loading the model costs ~80 ms). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}
