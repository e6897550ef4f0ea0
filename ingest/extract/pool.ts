/**
 * Runs `extractPaper` over many abstracts on worker threads, one per core, in batches handed out as
 * workers become free. Under `tsx` (and vitest) a worker cannot load a `.ts` file by itself, so it starts
 * from a two-line bootstrap that registers tsx's loader first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ConceptType } from '../../src/model/concepts';
import { extractPaper, type PaperInput } from './paper';
import { buildLexiconTries } from './plugin';
import type { PaperCandidates } from './types';

export interface PoolOptions {
  workers?: number;
  lexicon?: Map<string, ConceptType>;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 100;
/** Below this many abstracts, starting threads costs more than it saves. */
const MIN_FOR_WORKERS = 2 * BATCH;

function startWorker(lexicon: Array<[string, ConceptType]>): Worker {
  const script = new URL('./worker.ts', import.meta.url);
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData: { lexicon } });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { lexicon } });
}

function extractInProcess(papers: PaperInput[], options: PoolOptions): PaperCandidates[] {
  const lexiconTries = buildLexiconTries(options.lexicon ?? new Map());
  return papers.map((paper, index) => {
    const result = extractPaper(paper, { lexiconTries });
    if ((index + 1) % BATCH === 0 || index + 1 === papers.length)
      options.onProgress?.(index + 1, papers.length);
    return result;
  });
}

/**
 * @example
 * const candidates = await extractPapers(abstracts, { workers: 2, onProgress: (done, total) => bar.update(done) });
 */
export async function extractPapers(
  papers: PaperInput[],
  options: PoolOptions = {},
): Promise<PaperCandidates[]> {
  const wanted = Math.min(options.workers ?? availableParallelism(), Math.ceil(papers.length / BATCH));
  if (wanted <= 1 || papers.length < MIN_FOR_WORKERS) return extractInProcess(papers, options);
  const inputs = papers.map(({ id, title, abstract }) => ({ id, title, abstract }));
  const results: PaperCandidates[] = new Array(papers.length);
  const lexicon = [...(options.lexicon ?? new Map<string, ConceptType>())];
  const workers = Array.from({ length: wanted }, () => startWorker(lexicon));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= inputs.length) return;
        const start = next;
        next += BATCH;
        worker.once('message', (batch: PaperCandidates[]) => {
          batch.forEach((result, offset) => (results[start + offset] = result));
          done += batch.length;
          options.onProgress?.(done, papers.length);
          if (done === papers.length) resolve();
          else feed(worker);
        });
        worker.postMessage(inputs.slice(start, start + BATCH));
      };
      for (const worker of workers) {
        worker.once('error', (error) =>
          reject(new Error(`extract worker: ${error.message}`, { cause: error })),
        );
        worker.once('exit', (code) => {
          if (code !== 0 && done < papers.length)
            reject(new Error(`extract worker stopped with code ${code}`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
