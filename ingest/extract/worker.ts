/** Worker thread: extracts batches of abstracts with `extractPaper` and posts the candidates back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConceptType } from '../../src/model/concepts';
import { extractPaper, type PaperInput } from './paper';
import { buildLexiconTries } from './plugin';

const lexicon = new Map((workerData as { lexicon: Array<[string, ConceptType]> }).lexicon);
const lexiconTries = buildLexiconTries(lexicon);

parentPort?.on('message', (batch: PaperInput[]) => {
  parentPort?.postMessage(batch.map((paper) => extractPaper(paper, { lexiconTries })));
});
