/**
 * Extraction of a corpus: abstracts in, consolidated extractions out (the JSONL contract of
 * `npm run extract`). It stands above both steps, so neither folder imports the other's entry point. Per-abstract extraction (`extractPaper`, a compromise plugin plus our steps) runs on
 * worker threads; corpus-level consolidation (`ingest/consolidate`) runs once over all of them.
 */
import type { Abstract } from '../src/model/abstract';
import type { ConceptType } from '../src/model/concepts';
import type { Extraction } from '../src/model/extraction';
import { consolidate } from './consolidate';
import { extractPapers } from './extract/pool';
import type { VetoId } from './extract/vagueness';

export interface ExtractOptions {
  /** Optional user lexicon: name → type. Nothing may depend on one being given. */
  lexicon?: Map<string, ConceptType>;
  /** Worker threads to use (default: one per core; 0 or 1 runs in this thread). */
  workers?: number;
  /** Called as abstracts are done. */
  onProgress?: (done: number, total: number) => void;
  /** Vetoes switched off, to measure what each is worth (`npm run eval -- --by-veto`). */
  skipVetoes?: readonly VetoId[];
  /** An abstract that could not be extracted: it has no extraction, and the caller is told its id. */
  onSkip?: (message: string, paperId?: string) => void;
}

/**
 * @example
 * const extractions = await extractCorpus(readCorpus('data/sample/listing.txt').abstracts);
 */
export async function extractCorpus(
  abstracts: Abstract[],
  options: ExtractOptions = {},
): Promise<Extraction[]> {
  const candidates = await extractPapers(abstracts, {
    ...options,
    onFailure: ({ id, title, failure }) =>
      options.onSkip?.(
        `paper ${id} (${JSON.stringify(title.slice(0, 80))}): extraction failed: ${failure}: skipped`,
        id,
      ),
  });
  return consolidate(candidates, { ...(options.lexicon && { lexicon: options.lexicon }) });
}
