/**
 * How the store rides out a database that is down or restarting: every read and every batch goes through
 * `withRetry` (exponential backoff, 0.5 s doubling to 10 s), and when the attempts run out the error says
 * what was kept — each committed batch is complete, so rerunning the same command finishes the job.
 */
import { DatabaseUnavailableError, withRetry } from '../../neo4j/database';

export interface RetryPolicy {
  /** Attempts per operation (default 10: about 55 s of waiting in all). */
  attempts?: number;
  initialDelayMs?: number;
  onRetry?: (error: Error, attempt: number) => void;
}

/** Raised when Neo4j stayed unavailable through every retry. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

export const DEFAULT_ATTEMPTS = 10;

/**
 * Runs `work` with retries; `what` names the step for the final error.
 *
 * @example
 * await retrying(() => db.write((tx) => writeBatch(tx, rows)), policy, 'writing papers 501-1000');
 */
export async function retrying<T>(work: () => Promise<T>, policy: RetryPolicy, what: string): Promise<T> {
  const attempts = policy.attempts ?? DEFAULT_ATTEMPTS;
  const started = Date.now();
  try {
    return await withRetry(work, { ...policy, attempts });
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    throw new StoreUnavailableError(
      `Neo4j stayed unavailable while ${what} (${attempts} attempts over ${seconds} s): ${error.message}\n` +
        'Nothing is half-written: every committed batch holds whole papers with all their edges. ' +
        'Run the same command again once Neo4j is back; it continues where this run stopped.',
      { cause: error },
    );
  }
}
