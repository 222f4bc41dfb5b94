/**
 * Load what every comparison needs before the first one runs: the word vectors, the WordNet
 * relation, antonym and kind tables, and wink-nlp's model. The data files are read on the thread
 * pool while the model is built on this thread, which on the seeds saves the 20 ms the reads
 * take. Optional: compare() loads whatever is still missing on first use, with the same result.
 */
import { preloadAntonyms } from '../classify/antonyms.js';
import { preloadKinds } from '../classify/kinds.js';
import { nlp } from '../nlp/wink.js';
import { preloadSynonyms } from '../score/synonyms.js';
import { preloadVectors } from '../score/vectors.js';

export async function loadResources(): Promise<void> {
  const files = Promise.all([preloadVectors(), preloadSynonyms(), preloadAntonyms(), preloadKinds()]);
  nlp();
  await files;
}
