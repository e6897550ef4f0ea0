/**
 * The answer cache of the explorer's read-only routes: answers are kept per graph version, an ingest's change
 * shows once the version is read again, browsers revalidate with ETags, and the console and health are never
 * cached.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { projectRoot } from '../../neo4j/paths';
import { readExtractions } from '../../ingest/graph/read-extractions';
import { givenExtractions, ingestFiles } from '../../ingest/pipeline';
import type { ConceptDetails, GraphPayload } from '../../src/model/api';
import { buildServer } from '../../src/server/app';
import { clearDatabase, testDatabase } from '../setup/database';

const fixtures = join(projectRoot, 'tests/fixtures/store');
const VERSION_CHECK_MS = 300;

/** Ingests a fixture corpus with its hand-written extractions (no extractor involved). */
async function ingest(db: Database, corpus: string, extractions: string): Promise<void> {
  const read = readExtractions(join(fixtures, extractions));
  if (read.warnings.length > 0) throw new Error(read.warnings.join('\n'));
  await ingestFiles(db, [join(fixtures, corpus)], { extract: givenExtractions(read.extractions) });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: Database;
/** Reads the graph version every 300 ms: for the tests that change the graph. */
let watching: FastifyInstance;
/** Reads it once a minute: for the tests that need it to stay put. */
let app: FastifyInstance;

beforeAll(async () => {
  db = await testDatabase();
  await clearDatabase(db);
  await ingest(db, 'corpus.txt', 'extractions.jsonl');
  const server = (versionCheckMs: number) =>
    buildServer({ db, cache: { versionCheckMs } }, { staticDir: '/nonexistent' });
  watching = await server(VERSION_CHECK_MS);
  app = await server(60_000);
});
afterAll(async () => {
  await watching?.close();
  await app?.close();
  await clearDatabase(db);
  await db?.close();
});

const get = (server: FastifyInstance, url: string, headers: Record<string, string> = {}) =>
  server.inject({ method: 'GET', url, headers });
const request = (url: string, headers: Record<string, string> = {}) => get(app, url, headers);
const watch = (url: string) => get(watching, url);

describe('answer cache', () => {
  it("keeps an answer per graph version and shows an ingest's change once the version is read again", async () => {
    const url = '/api/concepts/method:segformer';
    const first = await watch(url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.json<ConceptDetails>().papers.map((paper) => paper.id)).toEqual(['t-1e422ecf2026b2bb']);
    const again = await watch(url);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.payload).toBe(first.payload);
    expect(again.headers.etag).toBe(first.headers.etag);

    // The SegFormer paper: a second paper mentions SegFormer, and the ingest records a new derived basis.
    await ingest(db, 'corpus-more.txt', 'extractions-more.jsonl');
    await pause(VERSION_CHECK_MS + 50);
    const after = await watch(url);
    expect(after.headers['x-cache']).toBe('miss');
    const details = after.json<ConceptDetails>();
    expect(details.papers.map((paper) => paper.id).sort()).toEqual(
      ['t-1e422ecf2026b2bb', 't-fe11bc970c86bf6c'].sort(),
    );
    expect(details.paperCount).toBe(2);
    expect(after.headers.etag).not.toBe(first.headers.etag);

    const graph = (await watch('/api/graph/neighborhood?keys=method:segformer&depth=1')).json<GraphPayload>();
    expect(graph.nodes.map((node) => node.id)).toContain('dataset:ade20k');
  });

  it('reads a new derived basis as a new version, even when no count moved', async () => {
    const url = '/api/clusters';
    await watch(url);
    expect((await watch(url)).headers['x-cache']).toBe('hit');
    const { rows } = await db.read("MATCH (s:DerivedState {id: 'derived'}) RETURN s.basis AS basis");
    await db.run("MATCH (s:DerivedState {id: 'derived'}) SET s.basis = $basis", { basis: 'another basis' });
    try {
      await pause(VERSION_CHECK_MS + 50);
      expect((await watch(url)).headers['x-cache']).toBe('miss');
    } finally {
      await db.run("MATCH (s:DerivedState {id: 'derived'}) SET s.basis = $basis", { basis: rows[0]?.basis });
    }
  });

  it('keys answers by the normalised request: query parameters in any order share one answer', async () => {
    const first = await request('/api/graph/neighborhood?keys=method:daformer&depth=2&limit=20');
    const reordered = await request('/api/graph/neighborhood?limit=20&depth=2&keys=method:daformer');
    expect(reordered.headers['x-cache']).toBe('hit');
    expect(reordered.payload).toBe(first.payload);
    const other = await request('/api/graph/neighborhood?keys=method:daformer&depth=1&limit=20');
    expect(other.headers['x-cache']).toBe('miss');
  });

  it('lets the browser revalidate: the ETag of an unchanged answer gets 304 without a body', async () => {
    const url = '/api/search?q=dafor';
    const first = await request(url);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    const revalidated = await request(url, { 'if-none-match': etag });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.payload).toBe('');
    const stale = await request(url, { 'if-none-match': '"not-this-one"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.payload).toBe(first.payload);
  });

  it('never keeps errors, health or console answers', async () => {
    expect((await request('/api/concepts/method:nothing')).statusCode).toBe(404);
    const missing = await request('/api/concepts/method:nothing');
    expect(missing.headers['x-cache']).toBe('miss');
    expect(missing.headers.etag).toBeUndefined();
    const health = await request('/api/health');
    expect(health.headers.etag).toBeUndefined();
    expect(health.headers['x-cache']).toBeUndefined();
    const console = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: { query: 'RETURN 1 AS one' },
    });
    expect(console.statusCode).toBe(200);
    expect(console.headers['x-cache']).toBeUndefined();
  });

  it('is off with cache: false', async () => {
    const uncached = await buildServer({ db, cache: false }, { staticDir: '/nonexistent' });
    try {
      const answers = [];
      for (let i = 0; i < 2; i += 1)
        answers.push(await uncached.inject({ method: 'GET', url: '/api/stats' }));
      for (const answer of answers) {
        expect(answer.statusCode).toBe(200);
        expect(answer.headers['x-cache']).toBeUndefined();
        expect(answer.headers.etag).toBeUndefined();
      }
    } finally {
      await uncached.close();
    }
  });
});
