/**
 * The one retry policy for everything that talks to Neo4j (the driver's own managed-transaction retry,
 * configured in `database.ts`, rides out a leader switch within one call; this rides out an outage): while
 * the database is unavailable or answers with a transient error, `retrying` waits with exponential backoff
 * (0.5 s doubling to 10 s) and tries again; when the attempts run out the error says what was kept — each
 * committed batch is complete, so rerunning the same command finishes the job.
 */
import { DatabaseUnavailableError, QueryError } from './errors';

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
const MAX_DELAY_MS = 10_000;

const retryable = (error: unknown): error is Error =>
  error instanceof DatabaseUnavailableError ||
  (error instanceof QueryError && error.code.startsWith('Neo.TransientError'));

/**
 * Runs `work` with retries; `what` names the step for the final error.
 *
 * @example
 * await retrying(() => db.write((tx) => writeBatch(tx, rows)), policy, 'writing papers 501-1000');
 */
export async function retrying<T>(work: () => Promise<T>, policy: RetryPolicy, what: string): Promise<T> {
  const attempts = policy.attempts ?? DEFAULT_ATTEMPTS;
  const started = Date.now();
  let delay = policy.initialDelayMs ?? 500;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!retryable(error)) throw error;
      if (attempt >= attempts) {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        throw new StoreUnavailableError(
          `Neo4j stayed unavailable while ${what} (${attempts} attempts over ${seconds} s): ${error.message}\n` +
            'Nothing is half-written: every committed batch holds whole papers with all their edges. ' +
            'Run the same command again once Neo4j is back; it continues where this run stopped.',
          { cause: error },
        );
      }
      policy.onRetry?.(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
