/** Worker thread: extracts batches of abstracts with `extractPaper` and posts the results back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConceptType } from '../../src/model/concepts';
import { extractOrFail } from './paper';
import { Gazetteer } from './plugin';

const lexicon = new Gazetteer((workerData as { lexicon: Array<[string, ConceptType]> }).lexicon);

parentPort?.on('message', (batch: Array<{ id: string; title: string; abstract: string }>) => {
  parentPort?.postMessage(batch.map((paper) => extractOrFail(paper, { lexicon })));
});
