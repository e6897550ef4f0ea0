/**
 * The dev gold's predictions: the extractor run on `dev-input.jsonl` the way `npm run extract` runs it
 * (the same reader, `extractCorpus`, and each extraction as the JSON line it writes), or a JSONL file that
 * `npm run extract` already wrote.
 */
import type { Extraction } from '../src/model/extraction';
import { extractCorpus } from '../ingest/extract-corpus';
import type { VetoId } from '../ingest/extract/vagueness';
import { readDevInput, readJsonLinesById } from './gold/dev';
import type { PredictedPaper, Predictions } from './dev-score';

/** An extraction as a reader of `npm run extract`'s output sees it (fields left undefined are not written). */
const asWritten = (extraction: Extraction): PredictedPaper & { id: string } =>
  JSON.parse(JSON.stringify(extraction)) as PredictedPaper & { id: string };

export async function extractDev(
  dataDir: string,
  workers?: number,
  skipVetoes?: readonly VetoId[],
): Promise<Predictions> {
  const extractions = await extractCorpus(readDevInput(dataDir), {
    ...(workers !== undefined && { workers }),
    ...(skipVetoes && { skipVetoes }),
    onSkip: (message) => process.stderr.write(`warning: ${message}\n`),
  });
  return new Map(extractions.map(asWritten).map((paper) => [paper.id, paper]));
}

export const readPredictions = (file: string): Predictions => readJsonLinesById<PredictedPaper>(file);
