import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, type Database } from '../../neo4j/database';
import { clearDatabase, testDatabase } from '../setup/database';

const CREATE = 'UNWIND $rows AS n CREATE (:Probe {n: n})';
const stored = async (db: Database) =>
  (await db.read('MATCH (p:Probe) RETURN p.n AS n ORDER BY n')).rows.map((row) => row.n);

describe('Database.writeBatches and readBatches (real Neo4j)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  beforeEach(async () => {
    await clearDatabase(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  const rows = Array.from({ length: 7 }, (_, index) => index + 1);

  it('writes every row in batches of batchSize, in order, reporting each committed batch', async () => {
    const progress: Array<{ batch: readonly number[]; done: number; total: number; created: number }> = [];
    const results = await db.writeBatches(
      rows,
      async (tx, batch) => (await tx.run(CREATE, { rows: batch })).summary.counters.nodesCreated,
      {
        batchSize: 3,
        what: 'writing probes',
        onBatch: ({ batch, result, done, total }) =>
          progress.push({ batch, done, total, created: result ?? 0 }),
      },
    );
    expect(results).toEqual([3, 3, 1]);
    expect(progress).toEqual([
      { batch: [1, 2, 3], done: 3, total: 7, created: 3 },
      { batch: [4, 5, 6], done: 6, total: 7, created: 3 },
      { batch: [7], done: 7, total: 7, created: 1 },
    ]);
    expect(await stored(db)).toEqual(rows);
  });

  it('writes nothing and calls nothing for no rows', async () => {
    let calls = 0;
    const results = await db.writeBatches([], async () => (calls += 1), { batchSize: 3, what: 'nothing' });
    expect(results).toEqual([]);
    expect(calls).toBe(0);
  });

  it('never leaves a half-written batch: a failing batch rolls back whole, the ones before stay, none after runs', async () => {
    const committed: number[] = [];
    const attempt = db.writeBatches(
      rows,
      async (tx, batch) => {
        await tx.run(CREATE, { rows: batch });
        if (batch.includes(4)) await tx.run('RETURN 1 / 0 AS broken');
      },
      { batchSize: 3, what: 'writing probes', onBatch: ({ done }) => committed.push(done) },
    );
    await expect(attempt).rejects.toThrow(/by zero/);
    expect(committed).toEqual([3]);
    expect(await stored(db)).toEqual([1, 2, 3]);
  });

  it('retries a batch whole through the retry policy when the database is unavailable', async () => {
    let failures = 0;
    const retried: number[] = [];
    await db.writeBatches(
      rows,
      async (tx, batch) => {
        await tx.run(CREATE, { rows: batch });
        if (batch.includes(4) && failures < 2) {
          failures += 1;
          throw new DatabaseUnavailableError('Neo4j is unavailable: simulated outage');
        }
      },
      {
        batchSize: 3,
        retry: { attempts: 3, initialDelayMs: 1, onRetry: (_error, attempt) => retried.push(attempt) },
        what: 'writing probes',
      },
    );
    expect(retried).toEqual([1, 2]);
    expect(await stored(db)).toEqual(rows);
  });

  it('names the batch in the final error when the retries run out', async () => {
    const attempt = db.writeBatches(
      rows,
      async (tx, batch) => {
        await tx.run(CREATE, { rows: batch });
        if (batch.includes(7)) throw new DatabaseUnavailableError('Neo4j is unavailable: simulated outage');
      },
      {
        batchSize: 3,
        retry: { attempts: 2, initialDelayMs: 1 },
        what: (first, last, total) => `writing probes ${first}-${last} of ${total}`,
      },
    );
    await expect(attempt).rejects.toThrow(/stayed unavailable while writing probes 7-7 of 7 \(2 attempts/);
    expect(await stored(db)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('refuses a batch size that is not a whole number from 1', async () => {
    await expect(db.writeBatches(rows, async () => 0, { batchSize: 0, what: 'nothing' })).rejects.toThrow(
      RangeError,
    );
  });

  it('reads a query once per batch of values and gives the rows of all of them', async () => {
    await db.write((tx) => tx.run(CREATE, { rows }));
    const batches: number[] = [];
    const found = await db.readBatches(
      'UNWIND $ns AS n MATCH (p:Probe {n: n}) RETURN p.n AS n',
      'ns',
      [2, 5, 6, 99, 7],
      { batchSize: 2, what: 'reading probes', onBatch: ({ result }) => batches.push(result.rows.length) },
    );
    expect(found.map((row) => row.n)).toEqual([2, 5, 6, 7]);
    expect(batches).toEqual([2, 1, 1]);
  });
});
