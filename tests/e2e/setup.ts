/**
 * Global setup of the end-to-end tests: the real thing, started once for the run — a fresh embedded
 * Neo4j instance "e2e" (or NEO4J_URI, which is then cleared and written to), the sample corpus ingested
 * through the ingest pipeline, the app built, and the HTTP server (`buildServer`) listening on a free port
 * (the last two steps in tsx child processes: support/ingest-sample.ts, support/serve.ts).
 * It checks that the server has every API route the explorer needs, and fails the run naming the
 * missing ones (a skipped browser test would hide a broken app).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { Database, settingsFromEnvironment, type ConnectionSettings } from '../../neo4j/database';
import { settingsFor, start, stop } from '../../neo4j/embedded';
import { projectRoot } from '../../neo4j/paths';
import { clearGraph } from '../../ingest/store/clear';
import { chromiumMissing } from './support/browser';
import { e2ePorts } from '../setup/ports';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; embeddedInstance?: string };
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
  {
    route: 'GET /api/concepts/:key/timeline',
    method: 'GET',
    path: '/api/concepts/method%3Adaformer/timeline',
  },
  {
    route: 'GET /api/concepts/:key/lineage',
    method: 'GET',
    path: '/api/concepts/method%3Adaformer/lineage',
  },
  { route: 'GET /api/trends', method: 'GET', path: '/api/trends' },
  { route: 'GET /api/queries', method: 'GET', path: '/api/queries' },
  { route: 'POST /api/cypher', method: 'POST', path: '/api/cypher', body: { query: 'RETURN 1 AS one' } },
];

async function missingRoutes(baseUrl: string): Promise<string[]> {
  const missing: string[] = [];
  for (const probe of ROUTE_PROBES) {
    const response = await fetch(`${baseUrl}${probe.path}`, {
      method: probe.method,
      headers: probe.body ? { 'content-type': 'application/json' } : {},
      body: probe.body ? JSON.stringify(probe.body) : undefined,
    });
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    // A route that exists may answer 404 for an unknown key, but not with "No route ...".
    if (response.status === 404 && /^No route/.test(body.error?.message ?? '')) missing.push(probe.route);
  }
  return missing;
}

const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
const support = (name: string) => join(projectRoot, 'tests', 'e2e', 'support', name);

/** The server in a child process; resolves with its URL once it listens. */
async function startServer(settings: ConnectionSettings): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(tsx, [support('serve.ts')], {
    cwd: projectRoot,
    env: { ...process.env, E2E_NEO4J: JSON.stringify(settings), E2E_STATIC: e2eAppDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const listening = (async () => {
    for await (const line of lines) {
      const url = (JSON.parse(line) as { url?: string }).url;
      if (url) return url;
    }
    throw new Error('e2e: the server exited before listening (its error is above)');
  })();
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`e2e: the server exited with code ${String(code)} before listening`);
  });
  return { url: await Promise.race([listening, exited]), child };
}

async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Schema + `ingestFiles` on the sample corpus, in a tsx child process (see support/ingest-sample.ts). */
function ingestSample(settings: ConnectionSettings): string {
  const result = spawnSync(tsx, [support('ingest-sample.ts')], {
    cwd: projectRoot,
    env: { ...process.env, E2E_NEO4J: JSON.stringify(settings) },
    encoding: 'utf8',
    timeout: 600_000,
  });
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
      ...e2ePorts,
      log: say,
    });
    settings = settingsFor(instance);
  }
  const db = await Database.connect(settings);
  let server: ChildProcess | undefined;
  const teardown = async () => {
    await stopServer(server);
    await db.close();
    if (embedded) await stop(E2E_INSTANCE);
  };
  try {
    if (!embedded) await clearGraph(db);
    say(`ingesting the sample corpus: ${ingestSample(settings)}`);

    say('building the app...');
    rmSync(e2eAppDir, { recursive: true, force: true });
    await build({
      configFile: join(projectRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: e2eAppDir, emptyOutDir: true },
    });

    const started = await startServer(settings);
    server = started.child;
    const missing = await missingRoutes(started.url);
    if (missing.length > 0) {
      throw new Error(
        `e2e: the server lacks ${missing.length} API route(s) the explorer needs: ${missing.join(', ')}`,
      );
    }
    project.provide('e2e', {
      baseUrl: started.url,
      embeddedInstance: embedded ? E2E_INSTANCE : undefined,
    });
    say(`server ready at ${started.url}/`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
