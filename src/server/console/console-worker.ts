/**
 * A console worker: runs read-only Cypher (run-console-query.ts) on a connection of its own, off the
 * server's main thread, so a query whose answer is huge or slow to decode can stall or exhaust only this
 * worker's thread; the pool (worker-pool.ts) replaces it.
 */
import { poolData } from '../../../infra/worker-pool';
import { Database, DatabaseUnavailableError } from '../../../neo4j/database';
import { ApiError } from '../errors';
import { runConsoleQuery } from './run-console-query';
import type { WorkerAnswer, WorkerJob, WorkerSetup } from './worker-protocol';

const { settings, limits } = poolData<WorkerSetup>();
let connection: Promise<Database> | undefined;

/** Connects lazily and again after a failed attempt, so a database that comes back is found. */
function database(): Promise<Database> {
  connection ??= Database.connect(settings, { verify: false }).catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

export default async function answer(job: WorkerJob): Promise<WorkerAnswer> {
  try {
    const response = await runConsoleQuery(await database(), job.request, limits);
    const json = JSON.stringify(response);
    if (json.length > limits.cypherAnswerBytes) {
      return {
        id: job.id,
        kind: 'api-error',
        status: 422,
        body: {
          error: {
            code: 'answer_too_large',
            message: `The answer is ${Math.round(json.length / 1e6)} MB, more than the console sends (${Math.round(limits.cypherAnswerBytes / 1e6)} MB); return fewer or smaller values.`,
          },
        },
      };
    }
    return { id: job.id, kind: 'ok', json };
  } catch (error) {
    if (error instanceof ApiError)
      return { id: job.id, kind: 'api-error', status: error.status, body: error.body() };
    if (error instanceof DatabaseUnavailableError)
      return { id: job.id, kind: 'unavailable', message: error.message };
    return { id: job.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
