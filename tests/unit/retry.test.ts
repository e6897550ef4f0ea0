import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, QueryError } from '../../neo4j/database';
import { retrying, StoreUnavailableError } from '../../neo4j/retry';

/** Work that fails with the given errors, in order, then answers 'done'. */
function failingWith(...errors: Error[]): { work: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    work: () => {
      const error = errors[calls];
      calls += 1;
      return error ? Promise.reject(error) : Promise.resolve('done');
    },
    calls: () => calls,
  };
}

describe('one retry policy', () => {
  it('retries an outage and a transient error, reporting each retry, then answers', async () => {
    const { work, calls } = failingWith(
      new DatabaseUnavailableError('down'),
      new QueryError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'),
    );
    const retries: number[] = [];
    const answer = await retrying(
      work,
      { attempts: 3, initialDelayMs: 1, onRetry: (_, attempt) => retries.push(attempt) },
      'reading',
    );
    expect(answer).toBe('done');
    expect(calls()).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('does not retry a mistake in the query', async () => {
    const { work, calls } = failingWith(new QueryError('bad', 'Neo.ClientError.Statement.SyntaxError'));
    await expect(retrying(work, { attempts: 5, initialDelayMs: 1 }, 'reading')).rejects.toThrow('bad');
    expect(calls()).toBe(1);
  });

  it('names the step and what was kept when the database stays down', async () => {
    const down = new DatabaseUnavailableError('connection refused');
    const { work, calls } = failingWith(down, down, down);
    const failure = retrying(work, { attempts: 3, initialDelayMs: 1 }, 'writing papers 1-500');
    await expect(failure).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failure).rejects.toThrow(
      /while writing papers 1-500 \(3 attempts.*Nothing is half-written/s,
    );
    expect(calls()).toBe(3);
  });
});
