/**
 * Global setup of the end-to-end tests: the real thing, started once for the run — a fresh embedded
 * Neo4j instance "e2e" (or NEO4J_URI, which is then cleared and written to), the sample corpus ingested
 * through the ingest pipeline, the app built, and the HTTP server (`buildServer`) listening on a free port.
 * It checks which API routes the server has and tells the tests (and the person reading the output).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { Database, settingsFromEnvironment, type ConnectionSettings } from '../../neo4j/database';
import { projectRoot, settingsFor, start, stop } from '../../neo4j/embedded';
import { buildServer } from '../../src/server/app';
import { chromiumMissing } from './support/browser';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; missingRoutes: string[] };
  }
}

export const E2E_INSTANCE = 'e2e';
export const e2eAppDir = join(projectRoot, 'test-output', 'e2e-app');

const say = (line: string) => process.stderr.write(`[e2e] ${line}\n`);

/** Routes the explorer needs, each probed with a request the server answers 404 `not_found` to only when it lacks the route. */
const ROUTE_PROBES: Array<{ route: string; method: 'GET' | 'POST'; path: string; body?: unknown }> = [
  { route: 'GET /api/clusters', method: 'GET', path: '/api/clusters' },
  { route: 'GET /api/clusters/:id', method: 'GET', path: '/api/clusters/0' },
  { route: 'GET /api/search', method: 'GET', path: '/api/search?q=daformer' },
  { route: 'GET /api/concepts/:key', method: 'GET', path: '/api/concepts/method%3Adaformer' },
  {
    route: 'GET /api/graph/neighborhood',
    method: 'GET',
    path: '/api/graph/neighborhood?keys=method%3Adaformer',
  },
  { route: 'GET /api/queries', method: 'GET', path: '/api/queries' },
  { route: 'POST /api/cypher', method: 'POST', path: '/api/cypher', body: { query: 'RETURN 1 AS one' } },
];

async function missingRoutes(app: FastifyInstance): Promise<string[]> {
  const missing: string[] = [];
  for (const probe of ROUTE_PROBES) {
    const response = await app.inject({
      method: probe.method,
      url: probe.path,
      payload: probe.body as object,
    });
    const body = response.json() as { error?: { code?: string; message?: string } };
    // A route that exists may answer 404 for an unknown key, but not with "No route ...".
    if (response.statusCode === 404 && /^No route/.test(body.error?.message ?? '')) missing.push(probe.route);
  }
  return missing;
}

/** Schema + `ingestFiles` on the sample corpus, in a tsx child process (see support/ingest-sample.ts). */
function ingestSample(settings: ConnectionSettings): string {
  const result = spawnSync(
    join(projectRoot, 'node_modules', '.bin', 'tsx'),
    [join(projectRoot, 'tests', 'e2e', 'support', 'ingest-sample.ts')],
    {
      cwd: projectRoot,
      env: { ...process.env, E2E_NEO4J: JSON.stringify(settings) },
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `e2e: ingesting the sample corpus failed (exit ${result.status}):\n${result.stderr || result.stdout}`,
    );
  }
  return result.stdout.trim().split('\n').at(-1) ?? '';
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const noBrowser = chromiumMissing();
  if (noBrowser) throw new Error(`e2e: ${noBrowser}`);

  let settings: ConnectionSettings | undefined = settingsFromEnvironment();
  const embedded = !settings;
  if (!settings) {
    say('starting a fresh embedded Neo4j instance "e2e"...');
    const { instance } = await start({
      name: E2E_INSTANCE,
      fresh: true,
      boltPort: 17688,
      httpPort: 17475,
      log: say,
    });
    settings = settingsFor(instance);
  }
  const db = await Database.connect(settings);
  let app: FastifyInstance | undefined;
  const teardown = async () => {
    await app?.close();
    await db.close();
    if (embedded) await stop(E2E_INSTANCE);
  };
  try {
    if (!embedded) await db.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    say(`ingesting the sample corpus: ${ingestSample(settings)}`);

    say('building the app...');
    rmSync(e2eAppDir, { recursive: true, force: true });
    await build({
      configFile: join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: e2eAppDir, emptyOutDir: true },
    });

    app = await buildServer({ db }, { staticDir: e2eAppDir });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const missing = await missingRoutes(app);
    if (missing.length > 0) {
      say(
        `the server lacks ${missing.length} API route(s) the explorer needs: ${missing.join(', ')}. ` +
          'The tests that need them are skipped (they run once the HTTP API is merged).',
      );
    }
    project.provide('e2e', { baseUrl: `http://127.0.0.1:${port}`, missingRoutes: missing });
    say(`server ready at http://127.0.0.1:${port}/`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
