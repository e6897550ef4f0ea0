/**
 * While Neo4j is down the API answers 503 and keeps running; once Neo4j is back it answers again by itself.
 * Uses an embedded instance of its own ("api-outage"), never the shared test instance.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../neo4j/database';
import { settingsFor, start, stop, type InstanceState } from '../../neo4j/embedded';
import type { ApiErrorBody, HealthResponse } from '../../src/model/api';
import { apiServer, get, post } from '../setup/api';
import { seedGraph } from '../setup/seed';
import { testPort } from '../setup/ports';

const INSTANCE = 'api-outage';
let instance: InstanceState;
let db: Database;
let app: FastifyInstance;

const log = (line: string) => process.stderr.write(`[neo4j ${INSTANCE}] ${line}\n`);

beforeAll(async () => {
  ({ instance } = await start({
    name: INSTANCE,
    fresh: true,
    boltPort: testPort(27787),
    httpPort: testPort(27784),
    log,
  }));
  db = await Database.connect(settingsFor(instance));
  await seedGraph(db, 'fixture');
  app = await apiServer(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  await stop(INSTANCE);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not recovered within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('Neo4j outage', () => {
  it('answers 503 while Neo4j is down and recovers by itself when it is back', async () => {
    expect((await get(app, '/api/concepts/method:daformer')).status).toBe(200);

    await stop(INSTANCE);
    const health = await get<HealthResponse>(app, '/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', database: { reachable: false } });
    for (const url of [
      '/api/stats',
      '/api/search?q=dafor',
      '/api/concepts/method:daformer',
      '/api/clusters',
    ]) {
      const answer = await get<ApiErrorBody>(app, url);
      expect(answer.status, url).toBe(503);
      expect(answer.body.error.code, url).toBe('database_unavailable');
    }
    const consoleAnswer = await post<ApiErrorBody>(app, '/api/cypher', { query: 'RETURN 1 AS one' });
    expect(consoleAnswer.status).toBe(503);
    // Validation still works without the database.
    expect((await get(app, '/api/search?q=')).status).toBe(400);

    await start({ name: INSTANCE, boltPort: instance.boltPort, httpPort: instance.httpPort, log });
    await waitFor(async () => (await get(app, '/api/concepts/method:daformer')).status === 200, 60_000);
    expect((await get<HealthResponse>(app, '/api/health')).body.status).toBe('ok');
    const search = await get<{ hits: Array<{ id: string }> }>(app, '/api/search?q=dafor');
    expect(search.body.hits[0]?.id).toBe('method:daformer');
  });
});
