/**
 * The console's workers, seen from the server: each query runs on a thread of the product's worker pool
 * (infra/worker-pool.ts, console-worker.ts) or waits for one. A query that overruns the time limit (plus a
 * grace period) or its memory has its thread stopped (the pool starts another) and is answered 422; the
 * main thread, which serves every other request, never decodes a console answer itself.
 */
import { WorkerPool } from '../../../infra/worker-pool';
import { DatabaseUnavailableError, type ConnectionSettings } from '../../../neo4j/database';
import type { CypherRequest } from '../../model/api';
import type { ServerLimits } from '../context';
import { ApiError } from '../errors';
import type { WorkerAnswer, WorkerJob, WorkerSetup } from './worker-protocol';

const GRACE_MS = 5_000;

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';
const isOutOfMemory = (error: unknown): boolean =>
  (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

export class ConsoleWorkers {
  private readonly pool: WorkerPool<WorkerJob, WorkerAnswer>;
  private nextId = 1;
  private closed = false;

  constructor(
    settings: ConnectionSettings,
    private readonly limits: ServerLimits,
    size = 2,
  ) {
    const data: WorkerSetup = { settings, limits };
    this.pool = new WorkerPool({
      module: new URL(`./console-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
      threads: size,
      data,
      maxHeapMb: limits.cypherWorkerMemoryMb,
    });
  }

  /** The query's answer as JSON text (a CypherResponse), or an ApiError / DatabaseUnavailableError. */
  async run(request: CypherRequest): Promise<string> {
    if (this.closed) throw new Error('console: the worker pool is closed');
    const graceMs = this.limits.cypherTimeoutMs + GRACE_MS;
    let answer: WorkerAnswer;
    try {
      answer = await this.pool.run({ id: this.nextId++, request }, AbortSignal.timeout(graceMs));
    } catch (error) {
      if (isAbort(error))
        throw new ApiError(
          422,
          'query_timeout',
          `The query was stopped: no answer within ${Math.round(graceMs / 1000)} s.`,
        );
      if (isOutOfMemory(error))
        throw new ApiError(
          422,
          'query_memory',
          'The query was stopped: its answer did not fit in the memory the console allows.',
        );
      throw new Error(`console worker failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    if (answer.kind === 'ok') return answer.json;
    if (answer.kind === 'api-error') {
      const { code, message, position } = answer.body.error;
      throw new ApiError(answer.status, code, message, position);
    }
    if (answer.kind === 'unavailable') throw new DatabaseUnavailableError(answer.message);
    throw new Error(`console worker: ${answer.message}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.close();
  }
}
