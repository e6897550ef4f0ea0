/** Worker thread: extracts batches of abstracts with `extractPaper` and posts the candidates back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConceptType } from '../../src/model/concepts';
import { extractPaper, type PaperInput } from './paper';
import { Gazetteer } from './plugin';

const lexicon = new Gazetteer((workerData as { lexicon: Array<[string, ConceptType]> }).lexicon);

parentPort?.on('message', (batch: PaperInput[]) => {
  parentPort?.postMessage(batch.map((paper) => extractPaper(paper, { lexicon })));
});
