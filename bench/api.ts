/**
 * `npm run bench:api` — latency of the explorer API under load, each endpoint beside GET /api/health on the
 * same server in the same run (the ratio is the figure to compare across machines): search, concept,
 * related and neighbourhood (depth 2) at 1, 10 and 50 concurrent clients on loopback, then 50 clients for
 * 30 s over all of them, counting errors.
 *
 * Each endpoint is measured twice, back to back: on a server without the answer cache (every request reads
 * Neo4j) and on one with it (after the first request for each path, every answer comes from memory: the best
 * case). `--no-cache` measures only the first. The soak runs without the cache. Other work shares the cores,
 * so each row also gives the CPU time one request cost the server's main thread and Neo4j (figures that
 * contention disturbs far less than latency) and the 1-minute load average after it.
 *
 * The graph: its own embedded instance ("bench", fresh) seeded with the sample corpus when the ingest yields
 * concepts, else with the test fixture (tests/fixtures/graph.cypher); with NEO4J_URI, the data already there;
 * with `--instance NAME`, the data already in that embedded instance (started if it is not running, never
 * cleared: e.g. one holding the conference corpus).
 *
 * `--hubs N` then measures, one request at a time, the N concepts with the most papers on every endpoint the
 * explorer calls for them, cold, warm and cached (bench/hubs.ts); `--no-load` skips the load rows above.
 */
import { cpus, loadavg } from 'node:os';
import { Command } from 'commander';
import { connectDatabase } from '../neo4j/connect';
import { cypher } from '../neo4j/cypher-files';
import { int } from '../neo4j/database';
import { stop } from '../neo4j/embedded';
import { buildServer } from '../src/server/app';
import { DEFAULT_LIMITS } from '../src/server/context';
import { warmPlans } from '../src/server/warm-plans';
import { seedGraph } from '../tests/setup/seed';
import { HUB_HEADER, hubLine, hubTargets, healthBaseline, measurePass, type HubRow } from './hubs';
import { load, type LoadResult } from './load';

const say = (line: string) => process.stdout.write(`${line}\n`);
const INSTANCE = 'bench';

const options = new Command('bench:api')
  .option('--data <graph>', 'auto (sample when it yields concepts, else fixture), sample or fixture', 'auto')
  .option('--seconds <n>', 'seconds per measurement', '5')
  .option('--soak <n>', 'seconds of the 50-client run over every endpoint (0 skips it)', '30')
  .option('--clients <list>', 'concurrency levels', '1,10,50')
  .option('--no-cache', 'measure only without the answer cache')
  .option('--instance <name>', 'use the data already in this embedded instance (not cleared, not seeded)')
  .option('--hubs <n>', 'also time the n concepts with the most papers, cold, warm and cached (0: skip)', '0')
  .option('--no-load', 'skip the load rows and the soak (with --hubs: only the hub timings)')
  .parse()
  .opts<{
    data: string;
    seconds: string;
    soak: string;
    clients: string;
    cache: boolean;
    instance?: string;
    hubs: string;
    load: boolean;
  }>();

async function main(): Promise<void> {
  const fromEnvironment = Boolean(process.env.NEO4J_URI);
  const instanceName = options.instance ?? INSTANCE;
  const { db, embedded } = await connectDatabase({
    name: instanceName,
    fresh: options.instance === undefined,
    log: say,
  });
  try {
    const graph = fromEnvironment
      ? 'data already in NEO4J_URI'
      : options.instance !== undefined
        ? `data already in instance ${options.instance}`
        : await seed(db, options.data);
    const topConcepts = (types: string[]) =>
      db.read(cypher('queries/top-concepts'), { types, limit: int(10) }).then(({ rows }) => rows);
    const top = (await topConcepts([])) as Array<{ key: string; name: string }>;
    const methods = await topConcepts(['Method']);
    if (top.length === 0 || methods.length === 0) throw new Error('bench:api: the graph has no concepts');
    const counts = (await db.read(cypher('queries/graph-counts'))).rows[0];
    say(
      `Graph: ${graph} — ${counts?.papers} papers, ${counts?.concepts} concepts, ${counts?.relationships} relationships`,
    );

    const hubs = Number(options.hubs);
    if (hubs > 0) await measureHubs(db, hubs, graph);
    if (!options.load) return;

    const servers = {
      uncached: await serve(db, false),
      ...(options.cache ? { cached: await serve(db, true) } : {}),
    };
    const encode = (key: unknown) => encodeURIComponent(String(key));
    const methodKeys = methods.map((row) => row.key);
    const targets: Array<[string, string[]]> = [
      ['search', top.map((concept) => `/api/search?q=${encode(concept.name.slice(0, 4))}&limit=10`)],
      ['concept', top.map((concept) => `/api/concepts/${encode(concept.key)}`)],
      ['related', methodKeys.map((key) => `/api/concepts/${encode(key)}/related`)],
      ['neighbourhood d2', methodKeys.map((key) => `/api/graph/neighborhood?keys=${encode(key)}&depth=2`)],
    ];
    const seconds = Number(options.seconds);
    const watch = { ...(embedded ? { neo4jPid: embedded.instance.pid } : {}) };
    // Warm-up, not reported: plans cached in Neo4j, code compiled by the JIT, connections pooled.
    for (const server of Object.values(servers)) {
      await load(
        server.base,
        'warm-up',
        ['/api/health', ...targets.flatMap(([, paths]) => paths)],
        4,
        Math.min(3, seconds),
      );
    }
    say(
      `Servers ${Object.entries(servers)
        .map(([name, server]) => `${name} ${server.base}`)
        .join(', ')}; ${seconds} s per measurement; autocannon in a worker thread; ` +
        `${cpus().length}-core machine shared with other work. cpu ms/req: the server's main thread; neo4j ms/req: ` +
        `the Neo4j process; load: the 1-minute load average after the row.\n`,
    );
    say(
      row([
        'endpoint',
        'cache',
        'clients',
        'requests',
        'p50 ms',
        'p99 ms',
        'p50/health',
        'p99/health',
        'errors',
        'cpu ms/req',
        'neo4j ms/req',
        'load',
      ]),
    );
    const results: Array<LoadResult & { cache: string }> = [];
    for (const clients of options.clients.split(',').map(Number)) {
      const health = {
        ...(await load(servers.uncached.base, 'health', ['/api/health'], clients, seconds, watch)),
        cache: '-',
      };
      say(line(health, health));
      for (const [name, paths] of targets) {
        for (const [cache, server] of Object.entries(servers)) {
          const result = {
            ...(await load(server.base, name, paths, clients, seconds, watch)),
            cache: cacheLabel(cache),
          };
          results.push(result);
          say(line(result, health));
        }
      }
    }
    say('');
    for (const result of results.filter((r) => r.name === 'neighbourhood d2' && r.connections === 10)) {
      const met = result.p99 < 50 ? 'met' : 'NOT met';
      say(
        `Target: neighbourhood depth 2 p99 < 50 ms at 10 clients, cache ${result.cache}: ${result.p99} ms (${met}; ${graph})`,
      );
    }
    const soak = Number(options.soak);
    if (soak > 0) {
      const everything = [['/api/health'], ...targets.map(([, paths]) => paths)].flat();
      const result = await load(servers.uncached.base, 'all endpoints', everything, 50, soak, watch);
      const met = result.errors === 0 ? 'met' : 'NOT met';
      say(
        `Target: zero errors with 50 clients for ${soak} s (cache off): ${result.errors} errors in ${result.requests} requests ` +
          `(p50 ${result.p50} ms, p99 ${result.p99} ms, cpu ${cpu(result.serverCpuMs)} + neo4j ${cpu(result.neo4jCpuMs)} ms/req, ` +
          `load ${load1()}) (${met})`,
      );
    }
    for (const server of Object.values(servers)) await server.app.close();
  } finally {
    await db.close();
    if (embedded?.startedHere) await stop(instanceName);
  }
}

/** The hub timings (bench/hubs.ts): cold on a fresh cached server, warm on an uncached one, then cached. */
async function measureHubs(db: Parameters<typeof buildServer>[0]['db'], hubs: number, graph: string) {
  const targets = await hubTargets(db, hubs);
  const cached = await serve(db, true);
  const uncached = await serve(db, false);
  // As `npm start` does once it is ready (in the background there): the costliest queries planned, so the cold
  // pass times answers, not Neo4j planning them after a restart. Done before timing anything.
  const warming = performance.now();
  await warmPlans({ db, limits: DEFAULT_LIMITS });
  say(
    `Query plans warmed in ${((performance.now() - warming) / 1000).toFixed(1)} s (src/server/warm-plans.ts).`,
  );
  try {
    say(
      `Hubs: the ${hubs} concepts with the most papers (${graph}); one request at a time; ` +
        `${cpus().length}-core machine, 1-minute load ${load1()} at the start.`,
    );
    const health = await healthBaseline(uncached.base);
    say(`/api/health: p50 ${health.p50.toFixed(1)} ms, p95 ${health.p95.toFixed(1)} ms\n`);
    say(HUB_HEADER);
    const rows: HubRow[] = [];
    for (const target of targets) {
      for (const [pass, base] of [
        ['cold', cached.base],
        ['warm', uncached.base],
        ['cached', cached.base],
      ] as const) {
        const row = await measurePass(base, target, pass);
        rows.push(row);
        say(hubLine(row));
      }
    }
    const cold = rows.filter((row) => row.pass === 'cold');
    const over = cold.filter((row) => row.p95 >= 300);
    say(
      `\nTarget: p95 < 300 ms cold for every endpoint: ${over.length === 0 ? 'met' : `NOT met (${over.map((row) => `${row.name} ${row.p95.toFixed(0)} ms`).join(', ')})`}; ` +
        `load ${load1()} at the end\n`,
    );
  } finally {
    await cached.app.close();
    await uncached.app.close();
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

/** A server on the bench database, with or without the answer cache, listening on a free loopback port. */
async function serve(db: Parameters<typeof buildServer>[0]['db'], cache: boolean) {
  const app = await buildServer({ db, ...(cache ? {} : { cache: false }) }, { staticDir: '/nonexistent' });
  return { app, base: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

const cacheLabel = (server: string) => (server === 'cached' ? 'on' : 'off');
const cpu = (ms: number | undefined) => (ms === undefined ? 'n/a' : ms.toFixed(2));
const load1 = () => loadavg()[0]?.toFixed(1) ?? 'n/a';

function row(cells: Array<string | number>): string {
  const widths = [18, 6, 8, 9, 7, 7, 11, 11, 7, 11, 13, 5];
  return cells.map((cell, index) => String(cell).padStart(widths[index] ?? 8)).join(' ');
}

function line(result: LoadResult & { cache: string }, health: LoadResult): string {
  // autocannon reports whole milliseconds: a baseline under 1 ms counts as 1 ms.
  const ratio = (value: number, baseline: number) => `${(value / Math.max(baseline, 1)).toFixed(1)}x`;
  return row([
    result.name,
    result.cache,
    result.connections,
    result.requests,
    result.p50,
    result.p99,
    result === health ? 'baseline' : ratio(result.p50, health.p50),
    result === health ? 'baseline' : ratio(result.p99, health.p99),
    result.errors,
    cpu(result.serverCpuMs),
    cpu(result.neo4jCpuMs),
    load1(),
  ]);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
