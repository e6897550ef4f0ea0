/**
 * The console's workers, seen from the server: each query goes to an idle worker (console-worker.ts) or waits
 * for one. A worker that overruns the time limit (plus a grace period) or its memory is terminated and
 * replaced, and the query is answered 422; the main thread, which serves every other request, never decodes
 * a console answer itself.
 */
import { Worker } from 'node:worker_threads';
import { DatabaseUnavailableError, type ConnectionSettings } from '../../../neo4j/database';
import type { CypherRequest } from '../../model/api';
import type { ServerLimits } from '../context';
import { ApiError } from '../errors';
import type { WorkerAnswer, WorkerJob, WorkerSetup } from './worker-protocol';

/**
 * Workers run TypeScript like the server does, with tsx: a worker does not inherit the loader of its
 * process, so its entry registers tsx first, then imports console-worker.ts.
 */
const workerEntry = `
  import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => register())
    .then(() => import(${JSON.stringify(new URL('./console-worker.ts', import.meta.url).href)}));
`;

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class ConsoleWorkers {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly settings: ConnectionSettings,
    private readonly limits: ServerLimits,
    private readonly size = 2,
  ) {}

  /** The query's answer as JSON text (a CypherResponse), or an ApiError / DatabaseUnavailableError. */
  async run(request: CypherRequest): Promise<string> {
    const slot = await this.acquire();
    try {
      return await this.ask(slot, { id: this.nextId++, request });
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async ({ worker }) => {
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.postMessage('close');
        const timer = setTimeout(() => void worker.terminate(), 2_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    this.slots.length = 0;
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { settings: this.settings, limits: this.limits };
    const worker = new Worker(workerEntry, {
      eval: true,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.cypherWorkerMemoryMb },
    });
    worker.unref();
    const slot = { worker, busy: false };
    this.slots.push(slot);
    // A worker that dies between queries leaves the pool; the next query gets a fresh one.
    worker.once('exit', () => {
      const index = this.slots.indexOf(slot);
      if (index >= 0 && !slot.busy) this.slots.splice(index, 1);
    });
    return slot;
  }

  private acquire(): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error('console: the worker pool is closed'));
    const idle =
      this.slots.find((slot) => !slot.busy) ?? (this.slots.length < this.size ? this.spawn() : undefined);
    if (idle) {
      idle.busy = true;
      return Promise.resolve(idle);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next && this.slots.includes(slot)) next(slot);
    else if (next) {
      const fresh = this.spawn();
      fresh.busy = true;
      next(fresh);
    } else slot.busy = false;
  }

  /** Replaces a worker that was terminated or died. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  private ask(slot: Slot, job: WorkerJob): Promise<string> {
    const { worker } = slot;
    return new Promise<string>((resolve, reject) => {
      const graceMs = this.limits.cypherTimeoutMs + 5_000;
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (error: Error) => {
        cleanup();
        this.retire(slot);
        reject(error);
      };
      const timer = setTimeout(
        () =>
          fail(
            new ApiError(
              422,
              'query_timeout',
              `The query was stopped: no answer within ${Math.round(graceMs / 1000)} s.`,
            ),
          ),
        graceMs,
      );
      const onMessage = (answer: WorkerAnswer) => {
        if (answer.id !== job.id) return;
        cleanup();
        if (answer.kind === 'ok') resolve(answer.json);
        else if (answer.kind === 'api-error') {
          const { code, message, position } = answer.body.error;
          reject(new ApiError(answer.status, code, message, position));
        } else if (answer.kind === 'unavailable') reject(new DatabaseUnavailableError(answer.message));
        else reject(new Error(`console worker: ${answer.message}`));
      };
      const onError = (error: Error) => {
        const memory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        fail(
          memory
            ? new ApiError(
                422,
                'query_memory',
                'The query was stopped: its answer did not fit in the memory the console allows.',
              )
            : new Error(`console worker failed: ${error.message}`),
        );
      };
      const onExit = () => fail(new Error('console worker exited'));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }
}
