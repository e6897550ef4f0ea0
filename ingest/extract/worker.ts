/** Pooled worker (infra/worker-pool.ts): extracts a batch of abstracts with `extractPaper`. */
import { poolData } from '../../infra/worker-pool';
import type { ConceptType } from '../../src/model/concepts';
import { extractOrFail, type ExtractionFailure } from './paper';
import { Gazetteer } from './plugin';
import type { PaperCandidates } from './types';
import type { VetoId } from './vagueness';

export interface ExtractionWorkerData {
  lexicon: Array<[string, ConceptType]>;
  skipVetoes: VetoId[];
}

export type ExtractionBatch = Array<{ id: string; title: string; abstract: string }>;

const data = poolData<ExtractionWorkerData>();
const lexicon = new Gazetteer(data.lexicon);
const skipVetoes = new Set(data.skipVetoes);

export default function extractBatch(batch: ExtractionBatch): Array<PaperCandidates | ExtractionFailure> {
  return batch.map((paper) => extractOrFail(paper, { lexicon, skipVetoes }));
}
