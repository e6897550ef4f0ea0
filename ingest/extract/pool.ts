/**
 * Runs `extractPaper` over many abstracts on worker threads, one per core, in batches handed out as
 * workers become free. Under `tsx` (and vitest) a worker cannot load a `.ts` file by itself, so it starts
 * from a bootstrap that registers tsx's loader first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConceptType } from '../../src/model/concepts';
import { extractOrFail, isFailure, type ExtractionFailure, type PaperInput } from './paper';
import { Gazetteer } from './plugin';
import type { PaperCandidates } from './types';

export interface PoolOptions {
  workers?: number;
  lexicon?: Map<string, ConceptType>;
  onProgress?: (done: number, total: number) => void;
  /** An abstract the extractor failed on: it is left out of the results. */
  onFailure?: (failure: ExtractionFailure) => void;
}

const BATCH = 100;
/** Below this many abstracts, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 2 * BATCH;

function startWorker(lexicon: Array<[string, ConceptType]>): Worker {
  const workerData = { lexicon };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const script = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  // compromise (hundreds of plain JS modules) loads before tsx's hooks are in place: through them it is slow.
  const [compromise, tsx] = ['compromise', 'tsx/esm/api'].map((name) =>
    JSON.stringify(import.meta.resolve(name)),
  );
  const bootstrap = `import(${compromise}).then(() => import(${tsx})).then(({ register }) => { register(); return import(${script}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Worker threads kept for several runs (the benchmark alternates with its baseline).
 *
 * @example
 * const pool = new ExtractionPool({ workers: 2 });
 * const candidates = await pool.run(abstracts);
 * await pool.close();
 */
export class ExtractionPool {
  private readonly workers: Worker[];
  private failure: Error | undefined;

  constructor(options: { workers: number; lexicon?: Map<string, ConceptType> }) {
    const lexicon = [...(options.lexicon ?? new Map<string, ConceptType>())];
    this.workers = Array.from({ length: options.workers }, () => startWorker(lexicon));
    for (const worker of this.workers) {
      worker.on(
        'error',
        (error) => (this.failure = new Error(`extract worker: ${error.message}`, { cause: error })),
      );
    }
  }

  async run(
    papers: PaperInput[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Array<PaperCandidates | ExtractionFailure>> {
    const inputs = papers.map(({ id, title, abstract }) => ({ id, title, abstract }));
    const results: Array<PaperCandidates | ExtractionFailure> = new Array(papers.length);
    let next = 0;
    let done = 0;
    await new Promise<void>((resolve, reject) => {
      if (inputs.length === 0) resolve();
      const feed = (worker: Worker) => {
        if (next >= inputs.length) return;
        const start = next;
        next += BATCH;
        const onExit = (code: number) =>
          reject(this.failure ?? new Error(`extract worker stopped (code ${code})`));
        worker.once('exit', onExit);
        worker.once('message', (batch: Array<PaperCandidates | ExtractionFailure>) => {
          worker.off('exit', onExit);
          batch.forEach((result, offset) => (results[start + offset] = result));
          done += batch.length;
          onProgress?.(done, inputs.length);
          if (done === inputs.length) resolve();
          else feed(worker);
        });
        worker.postMessage(inputs.slice(start, start + BATCH));
      };
      for (const worker of this.workers) feed(worker);
    });
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function extractInProcess(
  papers: PaperInput[],
  options: PoolOptions,
): Array<PaperCandidates | ExtractionFailure> {
  const lexicon = new Gazetteer(options.lexicon ?? []);
  return papers.map((paper, index) => {
    const result = extractOrFail(paper, { lexicon });
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
    const pool = new ExtractionPool({ workers, ...(options.lexicon && { lexicon: options.lexicon }) });
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
