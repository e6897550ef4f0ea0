/**
 * Runs `extractPaper` over many abstracts on the product's worker pool (infra/worker-pool.ts), one thread
 * per core, in batches handed out as threads become free.
 */
import { availableParallelism } from 'node:os';
import { WorkerPool } from '../../infra/worker-pool';
import type { ConceptType } from '../../src/model/concepts';
import { extractOrFail, isFailure, type ExtractionFailure, type PaperInput } from './paper';
import { Gazetteer } from './plugin';
import type { PaperCandidates } from './types';
import type { VetoId } from './vagueness';
import type { ExtractionBatch, ExtractionWorkerData } from './worker';

export interface PoolOptions {
  workers?: number;
  lexicon?: Map<string, ConceptType>;
  /** Vetoes switched off (see `PaperOptions.skipVetoes`). */
  skipVetoes?: readonly VetoId[];
  onProgress?: (done: number, total: number) => void;
  /** An abstract the extractor failed on: it is left out of the results. */
  onFailure?: (failure: ExtractionFailure) => void;
}

const BATCH = 100;
/** Below this many abstracts, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 2 * BATCH;

type BatchResult = Array<PaperCandidates | ExtractionFailure>;

/**
 * Worker threads kept for several runs (the benchmark alternates with its baseline).
 *
 * @example
 * const pool = new ExtractionPool({ workers: 2 });
 * const candidates = await pool.run(abstracts);
 * await pool.close();
 */
export class ExtractionPool {
  private readonly pool: WorkerPool<ExtractionBatch, BatchResult>;

  constructor(options: Pick<PoolOptions, 'lexicon' | 'skipVetoes'> & { workers: number }) {
    const data: ExtractionWorkerData = {
      lexicon: [...(options.lexicon ?? new Map<string, ConceptType>())],
      skipVetoes: [...(options.skipVetoes ?? [])],
    };
    this.pool = new WorkerPool({
      module: new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
      threads: options.workers,
      data,
      preload: [import.meta.resolve('compromise')],
    });
  }

  async run(
    papers: PaperInput[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Array<PaperCandidates | ExtractionFailure>> {
    const inputs = papers.map(({ id, title, abstract }) => ({ id, title, abstract }));
    let done = 0;
    const batches: ExtractionBatch[] = [];
    for (let start = 0; start < inputs.length; start += BATCH)
      batches.push(inputs.slice(start, start + BATCH));
    const results = await Promise.all(
      batches.map(async (batch) => {
        const result = await this.pool.run(batch).catch((error: unknown) => {
          throw new Error(`extract worker: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
          });
        });
        done += batch.length;
        onProgress?.(done, inputs.length);
        return result;
      }),
    );
    return results.flat();
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function extractInProcess(
  papers: PaperInput[],
  options: PoolOptions,
): Array<PaperCandidates | ExtractionFailure> {
  const lexicon = new Gazetteer(options.lexicon ?? []);
  const skipVetoes = new Set(options.skipVetoes);
  return papers.map((paper, index) => {
    const result = extractOrFail(paper, { lexicon, skipVetoes });
    if ((index + 1) % BATCH === 0 || index + 1 === papers.length)
      options.onProgress?.(index + 1, papers.length);
    return result;
  });
}

/** How many worker threads a run of `count` abstracts gets (0: run in this thread). */
export function workersFor(count: number, wanted = availableParallelism()): number {
  const workers = Math.min(wanted, Math.ceil(count / BATCH));
  return workers <= 1 || count < MIN_FOR_WORKERS ? 0 : workers;
}

/**
 * @example
 * const candidates = await extractPapers(abstracts, { workers: 2, onProgress: (done) => bar.update(done) });
 *
 * An abstract the extractor fails on is reported to `onFailure` and left out; the others go on.
 */
export async function extractPapers(
  papers: PaperInput[],
  options: PoolOptions = {},
): Promise<PaperCandidates[]> {
  const workers = workersFor(papers.length, options.workers);
  let results: Array<PaperCandidates | ExtractionFailure>;
  if (workers === 0) results = extractInProcess(papers, options);
  else {
    const pool = new ExtractionPool({
      workers,
      ...(options.lexicon && { lexicon: options.lexicon }),
      ...(options.skipVetoes && { skipVetoes: options.skipVetoes }),
    });
    try {
      results = await pool.run(papers, options.onProgress);
    } finally {
      await pool.close();
    }
  }
  return results.filter((result): result is PaperCandidates => {
    if (!isFailure(result)) return true;
    options.onFailure?.(result);
    return false;
  });
}
