/**
 * `npm start` — the main job: ensure the database (embedded unless NEO4J_URI), apply the schema, ingest
 * the sample corpus when the database is empty (and bring it up to date when it is the only corpus there),
 * serve the app and print its URL. Ctrl+C stops the server
 * and, when this process started it, the embedded Neo4j.
 */
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { connectDatabase, type Connected } from '../../neo4j/connect';
import { cypher } from '../../neo4j/cypher-files';
import type { Database } from '../../neo4j/database';
import { EmbeddedNeo4jError } from '../../neo4j/distribution';
import { isAlive, logTail, stop } from '../../neo4j/embedded';
import { projectRoot } from '../../neo4j/paths';
import { choosePort } from '../../neo4j/ports';
import { ingestFiles } from '../../ingest/pipeline';
import { retrying } from '../../neo4j/retry';
import { applySchema } from '../../ingest/store/schema';
import { buildServer } from './app';

export const sampleCorpus = join(projectRoot, 'data', 'sample', 'listing.txt');

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Ingests the sample unless the database holds another corpus; a no-op when the sample is stored unchanged. */
async function ensureSample(db: Database): Promise<void> {
  const counts = await db.read(cypher('queries/graph-counts'));
  const empty = Number(counts.rows[0]?.papers ?? 0) === 0;
  if (!empty) {
    const others = await db.read(cypher('write/papers-from-other-sources'), {
      source: `${basename(sampleCorpus)}:`,
    });
    if (Number(others.rows[0]?.papers ?? 0) > 0) return;
  }
  say(
    empty
      ? 'The database is empty: ingesting the sample corpus (data/sample/listing.txt)...'
      : 'Checking that the sample corpus is stored completely and by this extractor...',
  );
  const report = await ingestFiles(db, [sampleCorpus]);
  if (report.extracted)
    say(`Ingested ${report.written} papers of the sample corpus (${report.unchanged} unchanged).`);
  else say('The sample corpus is up to date.');
  if (report.warnings.length > 0) {
    say(
      `${report.warnings.length} extraction warnings (npm run ingest -- data/sample/listing.txt --warnings FILE lists them).`,
    );
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  let connected: Connected;
  try {
    // CONCEPT_ATLAS_INSTANCE picks another embedded instance (the test suite uses its own).
    const name = process.env.CONCEPT_ATLAS_INSTANCE ?? 'default';
    connected = await retrying(() => connectDatabase({ name, log: say }), {}, 'connecting');
  } catch (error) {
    if (error instanceof EmbeddedNeo4jError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { db, settings, embedded } = connected;
  say(`Database: ${settings.uri} (${settings.origin === 'embedded' ? 'embedded Neo4j' : 'NEO4J_URI'})`);

  // Set once the server listens; shutdown may run before that (Ctrl+C during the first ingest).
  const serving: { app?: FastifyInstance } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping...');
    await serving.app?.close();
    await db.close();
    if (embedded?.startedHere) {
      await stop(embedded.instance.name);
      say('Embedded Neo4j stopped.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  if (embedded) {
    const watch = setInterval(() => {
      if (stopping || isAlive(embedded.instance)) return;
      clearInterval(watch);
      console.error(
        `The embedded Neo4j (pid ${embedded.instance.pid}) died. Last lines of its log:\n${logTail(embedded.instance.home)}`,
      );
      void shutdown(1);
    }, 2_000);
    watch.unref();
  }

  await retrying(() => applySchema(db), {}, 'applying the schema');
  await ensureSample(db);

  const host = process.env.HOST ?? '127.0.0.1';
  const port = process.env.PORT ? Number(process.env.PORT) : await choosePort(8080, 'web server', say);
  const app = await buildServer({ db }, { logger: { level: 'warn' } });
  serving.app = app;
  await app.listen({ port, host });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Concept Atlas is ready in ${seconds} s: http://${shownHost}:${boundPort}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
