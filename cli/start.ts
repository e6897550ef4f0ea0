/**
 * `npm start` — the main job: ensure the database (embedded unless NEO4J_URI), apply the schema, ingest
 * the sample corpus when the database is empty (and bring it up to date when it is the only corpus there),
 * serve the app and print its URL. Ctrl+C stops the server
 * and, when this process started it, the embedded Neo4j.
 *
 * `npm start -- --demo acl` does the same with a demo corpus (ingest/demo) in an embedded instance and on
 * ports of its own, so the sample database stays as it is; a later start finds it stored and reuses it.
 */
import { basename, join, relative } from 'node:path';
import { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { connectDatabase, type Connected } from '../neo4j/connect';
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';
import { EmbeddedNeo4jError } from '../neo4j/distribution';
import { isAlive, logTail, stop } from '../neo4j/embedded';
import { projectRoot } from '../neo4j/paths';
import { choosePort } from '../neo4j/ports';
import { DEMOS, precomputedExtractor, type DemoCorpus } from '../ingest/demo';
import { ingestFiles } from '../ingest/pipeline';
import { retrying } from '../neo4j/retry';
import { applySchema } from '../ingest/store/schema';
import { buildServer } from '../src/server/app';

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

/** Ingests a demo corpus, from its precomputed extraction when that is current; a no-op when it is stored. */
async function ensureDemo(db: Database, demo: DemoCorpus): Promise<void> {
  say(`Checking the ${demo.name} demo corpus (${relative(projectRoot, demo.corpus)})...`);
  const extract = precomputedExtractor(demo, (reason) =>
    say(`The precomputed extraction is not used (${reason}): extracting the corpus instead.`),
  );
  const report = await ingestFiles(db, [demo.corpus], extract ? { extract } : {});
  if (report.extracted) {
    const stages = Object.entries(report.seconds)
      .map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)} s`)
      .join(', ');
    say(
      `Ingested ${report.written} papers of the ${demo.name} demo (${report.unchanged} unchanged; ${stages}).`,
    );
  } else say(`The ${demo.name} demo corpus is up to date.`);
  if (report.warnings.length > 0) say(`${report.warnings.length} warnings while ingesting the demo.`);
}

function parseArguments(): { demo?: DemoCorpus } {
  const program = new Command('start')
    .description(
      'Start Concept Atlas: the database, the sample corpus (or a demo corpus) and the web server.',
    )
    .option(
      '--demo <name>',
      `load a demo corpus into a database of its own (${Object.keys(DEMOS).join(', ')})`,
    )
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
  program.parse();
  const name = program.opts<{ demo?: string }>().demo;
  if (name === undefined) return {};
  const demo = DEMOS[name];
  if (!demo) {
    console.error(`No demo corpus named "${name}" (known: ${Object.keys(DEMOS).join(', ')}).`);
    process.exit(2);
  }
  return { demo };
}

/** Shifts the preferred ports (web, bolt, http), so two checkouts on one machine can each run one. */
function portOffsetFromEnvironment(): number {
  const raw = process.env.ATLAS_PORT_OFFSET ?? '0';
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) {
    console.error(`ATLAS_PORT_OFFSET must be a whole number from 0 to 20000, got "${raw}".`);
    process.exit(2);
  }
  return offset;
}

async function main(): Promise<void> {
  const portOffset = portOffsetFromEnvironment();
  const started = performance.now();
  const { demo } = parseArguments();
  let connected: Connected;
  try {
    // CONCEPT_ATLAS_INSTANCE picks another embedded instance (the test suite uses its own).
    const name = process.env.CONCEPT_ATLAS_INSTANCE ?? demo?.instance ?? 'default';
    const ports = {
      boltPort: (demo?.boltPort ?? 7687) + portOffset,
      httpPort: (demo?.httpPort ?? 7474) + portOffset,
    };
    connected = await retrying(() => connectDatabase({ name, log: say, ...ports }), {}, 'connecting');
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
  if (demo) await ensureDemo(db, demo);
  else await ensureSample(db);

  const host = process.env.HOST ?? '127.0.0.1';
  const port = process.env.PORT
    ? Number(process.env.PORT)
    : await choosePort((demo?.webPort ?? 8080) + portOffset, 'web server', say);
  const app = await buildServer({ db }, { logger: { level: 'warn' }, warmPlans: true });
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
