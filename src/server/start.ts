/**
 * `npm start` — the main job: ensure the database (embedded unless NEO4J_URI), apply the schema, ingest
 * the sample corpus when the database is empty, serve the app and print its URL. Ctrl+C stops the server
 * and, when this process started it, the embedded Neo4j.
 */
import { join } from 'node:path';
import { connectDatabase, type Connected } from '../../neo4j/connect';
import { cypher } from '../../neo4j/cypher-files';
import { choosePort, EmbeddedNeo4jError, isAlive, logTail, projectRoot, stop } from '../../neo4j/embedded';
import { ingestFiles } from '../../ingest/pipeline';
import { applySchema } from '../../ingest/store/schema';
import { buildServer } from './app';

export const sampleCorpus = join(projectRoot, 'data', 'sample', 'listing.txt');

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  let connected: Connected;
  try {
    // CONCEPT_ATLAS_INSTANCE picks another embedded instance (the test suite uses its own).
    connected = await connectDatabase({ name: process.env.CONCEPT_ATLAS_INSTANCE ?? 'default', log: say });
  } catch (error) {
    if (error instanceof EmbeddedNeo4jError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { db, settings, embedded } = connected;
  say(`Database: ${settings.uri} (${settings.origin === 'embedded' ? 'embedded Neo4j' : 'NEO4J_URI'})`);

  await applySchema(db);
  const counts = await db.read(cypher('queries/graph-counts'));
  if (Number(counts.rows[0]?.papers ?? 0) === 0) {
    say('The database is empty: ingesting the sample corpus (data/sample/listing.txt)...');
    const report = await ingestFiles(db, [sampleCorpus]);
    say(`Ingested ${report.papers} papers${report.skipped ? `, skipped ${report.skipped}` : ''}.`);
  }

  const host = process.env.HOST ?? '127.0.0.1';
  const port = process.env.PORT ? Number(process.env.PORT) : await choosePort(8080, 'web server', say);
  const app = await buildServer({ db });
  await app.listen({ port, host });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Concept Atlas is ready in ${seconds} s: http://${shownHost}:${boundPort}/`);

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping...');
    await app.close();
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
