/**
 * The one worker pool of the product (extraction and the Cypher console use it): piscina threads running a
 * module's default export, one task at a time per thread. The module may be compiled JavaScript (the
 * product's build, `dist/node/`: each thread loads it directly) or TypeScript (development and tests: each
 * thread starts in typescript-worker.mjs, which registers tsx first); `poolData()` gives it the data the pool
 * was made with.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';

export interface PoolOptions {
  /** The worker module (`new URL('./worker.ts', import.meta.url)`): its default export runs each task. */
  module: URL;
  threads: number;
  /** Cloned into every thread; read there with `poolData()`. */
  data?: unknown;
  /** Modules imported before a TypeScript worker module (and before tsx's loader); compiled ones need none. */
  preload?: string[];
  /** Heap limit of each thread, in MB. */
  maxHeapMb?: number;
}

interface PoolWorkerData {
  entry: string;
  preload: string[];
  data: unknown;
}

/** Inside a pooled worker: the `data` its pool was made with. */
export const poolData = <T>(): T => (workerData as PoolWorkerData).data as T;

/**
 * @example
 * const pool = new WorkerPool<string[], number>({ module: new URL('./count.ts', import.meta.url), threads: 2 });
 * await pool.run(['a', 'b']);
 * await pool.close();
 */
export class WorkerPool<Task, Result> {
  private readonly piscina: Piscina;

  constructor(options: PoolOptions) {
    const setup: PoolWorkerData = {
      entry: options.module.href,
      preload: options.preload ?? [],
      data: options.data,
    };
    const typescript = options.module.pathname.endsWith('.ts');
    this.piscina = new Piscina({
      filename: typescript ? new URL('./typescript-worker.mjs', import.meta.url).href : options.module.href,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: Infinity,
      // A worker keeps open handles (a database connection) between tasks: no pausing on atomics.
      atomics: 'disabled',
      workerData: setup,
      ...(options.maxHeapMb !== undefined && {
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
      }),
    });
  }

  /** Runs one task; with `signal`, an abort stops the thread running it (the pool starts another). */
  run(task: Task, signal?: AbortSignal): Promise<Result> {
    return this.piscina.run(task, signal ? { signal } : {}) as Promise<Result>;
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
