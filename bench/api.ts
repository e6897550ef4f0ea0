/**
 * `npm run bench:api` — latency of the explorer API under load, each endpoint beside GET /api/health on the
 * same server in the same run (the ratio is the figure to compare across machines): search, concept,
 * related and neighbourhood (depth 2) at 1, 10 and 50 concurrent clients on loopback, then 50 clients for
 * 30 s over all of them, counting errors.
 *
 * The graph: its own embedded instance ("bench", fresh) seeded with the sample corpus when the ingest yields
 * concepts, else with the test fixture (tests/fixtures/graph.cypher); with NEO4J_URI, the data already there.
 */
import { Command } from 'commander';
import { connectDatabase } from '../neo4j/connect';
import { cypher } from '../neo4j/cypher-files';
import { int } from '../neo4j/database';
import { stop } from '../neo4j/embedded';
import { buildServer } from '../src/server/app';
import { seedGraph } from '../tests/setup/seed';
import { load, type LoadResult } from './load';

const say = (line: string) => process.stdout.write(`${line}\n`);
const INSTANCE = 'bench';

const options = new Command('bench:api')
  .option('--data <graph>', 'auto (sample when it yields concepts, else fixture), sample or fixture', 'auto')
  .option('--seconds <n>', 'seconds per measurement', '5')
  .option('--soak <n>', 'seconds of the 50-client run over every endpoint (0 skips it)', '30')
  .option('--clients <list>', 'concurrency levels', '1,10,50')
  .parse()
  .opts<{ data: string; seconds: string; soak: string; clients: string }>();

async function main(): Promise<void> {
  const fromEnvironment = Boolean(process.env.NEO4J_URI);
  const { db, embedded } = await connectDatabase({ name: INSTANCE, fresh: true, log: say });
  try {
    const graph = fromEnvironment ? 'data already in NEO4J_URI' : await seed(db, options.data);
    const topConcepts = (types: string[]) =>
      db.read(cypher('queries/top-concepts'), { types, limit: int(10) }).then(({ rows }) => rows);
    const top = (await topConcepts([])) as Array<{ key: string; name: string }>;
    const methods = await topConcepts(['Method']);
    if (top.length === 0 || methods.length === 0) throw new Error('bench:api: the graph has no concepts');
    const counts = (await db.read(cypher('queries/graph-counts'))).rows[0];
    say(
      `Graph: ${graph} — ${counts?.papers} papers, ${counts?.concepts} concepts, ${counts?.relationships} relationships`,
    );

    const app = await buildServer({ db }, { staticDir: '/nonexistent' });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const encode = (key: unknown) => encodeURIComponent(String(key));
    const methodKeys = methods.map((row) => row.key);
    const targets: Array<[string, string[]]> = [
      ['search', top.map((concept) => `/api/search?q=${encode(concept.name.slice(0, 4))}&limit=10`)],
      ['concept', top.map((concept) => `/api/concepts/${encode(concept.key)}`)],
      ['related', methodKeys.map((key) => `/api/concepts/${encode(key)}/related`)],
      ['neighbourhood d2', methodKeys.map((key) => `/api/graph/neighborhood?keys=${encode(key)}&depth=2`)],
    ];
    const seconds = Number(options.seconds);
    // Warm-up, not reported: plans cached in Neo4j, code compiled by the JIT, connections pooled.
    await load(
      base,
      'warm-up',
      ['/api/health', ...targets.flatMap(([, paths]) => paths)],
      4,
      Math.min(3, seconds),
    );
    say(
      `Server ${base}; ${seconds} s per measurement; autocannon in a worker thread; 2-core machine shared with other work.\n`,
    );
    say(row(['endpoint', 'clients', 'requests', 'p50 ms', 'p99 ms', 'p50/health', 'p99/health', 'errors']));
    const results: LoadResult[] = [];
    for (const clients of options.clients.split(',').map(Number)) {
      const health = await load(base, 'health', ['/api/health'], clients, seconds);
      say(line(health, health));
      for (const [name, paths] of targets) {
        const result = await load(base, name, paths, clients, seconds);
        results.push(result);
        say(line(result, health));
      }
    }
    const neighbourhood = results.find(
      (result) => result.name === 'neighbourhood d2' && result.connections === 10,
    );
    if (neighbourhood) {
      const met = neighbourhood.p99 < 50 ? 'met' : 'NOT met';
      say(
        `\nTarget: neighbourhood depth 2 p99 < 50 ms at 10 clients: ${neighbourhood.p99} ms (${met}; ${graph})`,
      );
    }
    const soak = Number(options.soak);
    if (soak > 0) {
      const everything = [['/api/health'], ...targets.map(([, paths]) => paths)].flat();
      const result = await load(base, 'all endpoints', everything, 50, soak);
      const met = result.errors === 0 ? 'met' : 'NOT met';
      say(
        `Target: zero errors with 50 clients for ${soak} s: ${result.errors} errors in ${result.requests} requests ` +
          `(p50 ${result.p50} ms, p99 ${result.p99} ms) (${met})`,
      );
    }
    await app.close();
  } finally {
    await db.close();
    if (embedded?.startedHere) await stop(INSTANCE);
  }
}

async function seed(db: Parameters<typeof seedGraph>[0], data: string): Promise<string> {
  if (data === 'fixture') {
    await seedGraph(db, 'fixture');
    return 'test fixture';
  }
  await seedGraph(db, 'sample');
  const concepts = Number((await db.read(cypher('queries/graph-counts'))).rows[0]?.concepts ?? 0);
  if (concepts > 0) return 'sample corpus';
  if (data === 'sample') throw new Error('bench:api: ingesting the sample corpus produced no concepts');
  say(
    'The sample corpus ingest produced no concepts (extraction not in this build): using the test fixture.',
  );
  await seedGraph(db, 'fixture');
  return 'test fixture';
}

function row(cells: Array<string | number>): string {
  const widths = [18, 8, 9, 8, 8, 11, 11, 7];
  return cells.map((cell, index) => String(cell).padStart(widths[index] ?? 8)).join(' ');
}

function line(result: LoadResult, health: LoadResult): string {
  // autocannon reports whole milliseconds: a baseline under 1 ms counts as 1 ms.
  const ratio = (value: number, baseline: number) => `${(value / Math.max(baseline, 1)).toFixed(1)}x`;
  return row([
    result.name,
    result.connections,
    result.requests,
    result.p50,
    result.p99,
    result === health ? 'baseline' : ratio(result.p50, health.p50),
    result === health ? 'baseline' : ratio(result.p99, health.p99),
    result.errors,
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
