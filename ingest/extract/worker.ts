/** Pooled worker (infra/worker-pool.ts): extracts a batch of abstracts with `extractPaper`. */
import { poolData } from '../../infra/worker-pool';
import type { ConceptType } from '../../src/model/concepts';
import { extractOrFail, type ExtractionFailure } from './paper';
import { Gazetteer } from './plugin';
import type { PaperCandidates } from './types';

export interface ExtractionWorkerData {
  lexicon: Array<[string, ConceptType]>;
}

export type ExtractionBatch = Array<{ id: string; title: string; abstract: string }>;

const lexicon = new Gazetteer(poolData<ExtractionWorkerData>().lexicon);

export default function extractBatch(batch: ExtractionBatch): Array<PaperCandidates | ExtractionFailure> {
  return batch.map((paper) => extractOrFail(paper, { lexicon }));
}
