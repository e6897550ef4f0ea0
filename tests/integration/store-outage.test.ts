/**
 * Outage: Neo4j dies (SIGKILL) in the middle of an ingest and is started again. The ingest rides it out with
 * retries (or fails with a clear error), a rerun completes, and the graph equals an undisturbed ingest's.
 * Runs on an embedded instance of its own ("outage") so the shared test instance is not disturbed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../neo4j/database';
import { settingsFor, start, stop, type InstanceState } from '../../neo4j/embedded';
import { syntheticCorpus } from '../../bench/synthetic-corpus';
import { givenExtractions, ingestAbstracts, type Extractor, type IngestReport } from '../../ingest/pipeline';
import { retrying, StoreUnavailableError } from '../../neo4j/retry';
import { clearDatabase, testDatabase } from '../setup/database';
import { runIngestCli } from './support/cli';
import { graphDump } from './support/graph';
import { testPort } from '../setup/ports';

const OUTAGE = 'outage';
const log = (line: string) => process.stderr.write(`[neo4j ${OUTAGE}] ${line}\n`);

describe('Neo4j outage during an ingest (real Neo4j, own instance)', () => {
  const corpus = syntheticCorpus(1_200);
  const extract: Extractor = givenExtractions(corpus.extractions);
  let instance: InstanceState;
  let db: Database;

  beforeAll(async () => {
    ({ instance } = await start({
      name: OUTAGE,
      fresh: true,
      boltPort: testPort(17787),
      httpPort: testPort(17574),
      log,
    }));
    db = await Database.connect(settingsFor(instance));
  });

  afterAll(async () => {
    await db?.close();
    await stop(OUTAGE);
  });

  it('survives a restart mid-ingest or fails clearly; a rerun completes the same graph as an undisturbed run', async () => {
    let restart: Promise<void> | undefined;
    const retries: string[] = [];
    const outcome = await ingestAbstracts(db, corpus.abstracts, {
      extract,
      batchSize: 20,
      retry: { attempts: 20, initialDelayMs: 250, onRetry: (error) => retries.push(error.message) },
      onProgress: ({ stage, done }) => {
        if (stage === 'write' && done >= 100 && !restart) {
          // The JVM dies at once (a graceful stop could let the ingest finish first), then comes back.
          process.kill(instance.pid, 'SIGKILL');
          restart = (async () => {
            await stop(OUTAGE);
            await new Promise((resolve) => setTimeout(resolve, 2_000));
            await start({ name: OUTAGE, boltPort: instance.boltPort, httpPort: instance.httpPort, log });
          })();
        }
      },
    }).then(
      (report): IngestReport | Error => report,
      (error: unknown) => error as Error,
    );
    await restart;
    log(
      `ingest during the outage: ${outcome instanceof Error ? outcome.message : 'finished'} (${retries.length} retries)`,
    );
    expect(restart).toBeDefined();
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(StoreUnavailableError);
      expect(outcome.message).toMatch(/Run the same command again/);
    } else {
      // Rode it out: by our retries, or (when Neo4j is back within maxTransactionRetryTime) by the driver's
      // own retry of the managed write transaction, which our retry layer never sees.
      expect(outcome.written).toBeGreaterThan(0);
    }

    // The database may take a moment after Bolt answers before it serves queries.
    await retrying(
      () => db.read('MATCH (p:Paper) RETURN count(p) AS n'),
      { attempts: 20, initialDelayMs: 250 },
      'waiting for the restarted database',
    );
    const rerun = await ingestAbstracts(db, corpus.abstracts, { extract, retry: { attempts: 20 } });
    expect(rerun.written + rerun.unchanged).toBe(corpus.abstracts.length);
    const recovered = await graphDump(db);

    const reference = await testDatabase();
    try {
      await clearDatabase(reference);
      await ingestAbstracts(reference, corpus.abstracts, { extract });
      expect(recovered).toBe(await graphDump(reference));
      await clearDatabase(reference);
    } finally {
      await reference.close();
    }
  }, 300_000); // a JVM restart plus backoff: slow on a busy machine

  it('when Neo4j stays down, the CLI retries, then exits non-zero with a clear message', async () => {
    const down = { ...inject('neo4j'), uri: 'bolt://127.0.0.1:1' };
    const result = await runIngestCli(['data/sample/listing.txt', '--retries', '2'], down).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Neo4j unavailable \(attempt 1\/2\)/);
    expect(result.stderr).toMatch(/ingest: Neo4j stayed unavailable while connecting \(2 attempts/);
  });
});
