/**
 * What derive precomputes for the hubs (ingest/derive/answers.ts) on the sample corpus ingested through the
 * real pipeline: every concept's context norm and every cluster's ranked papers are stored, and related
 * methods and GET /api/clusters/:id answer exactly what they answer when they compute them on the spot (the
 * properties removed: a graph derive has not annotated).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type { ClusterDetails, RelatedResponse } from '../../src/model/api';
import { buildServer } from '../../src/server/app';
import { closeApi, get, seededApi } from '../setup/api';

let db: Database;
let app: FastifyInstance;
let uncached: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await seededApi('sample'));
  uncached = await buildServer({ db, cache: false }, { staticDir: '/nonexistent' });
});
afterAll(async () => {
  await uncached.close();
  await closeApi(db, app);
});

/**
 * Related methods, comparable across the two ways: the stored norm is the same sum taken in another order, so
 * two methods whose scores tie exactly in one way can differ in the last bit in the other and swap, or trade
 * places at the cutoff. Ties sorted by key, the tie at the cutoff left out.
 */
function comparable(body: RelatedResponse) {
  const sorted = [...body.related].sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const cutoff = sorted.at(-1)?.score;
  return sorted.length < 50 ? sorted : sorted.filter((method) => method.score !== cutoff);
}

async function answers(clusterIds: string[], conceptKeys: string[]) {
  const clusters: ClusterDetails[] = [];
  for (const id of clusterIds) {
    const { status, body } = await get<ClusterDetails>(
      uncached,
      `/api/clusters/${encodeURIComponent(id)}?papers=100&limit=500`,
    );
    expect(status).toBe(200);
    clusters.push(body);
  }
  const related: unknown[] = [];
  for (const key of conceptKeys) {
    const { status, body } = await get<RelatedResponse>(
      uncached,
      `/api/concepts/${encodeURIComponent(key)}/related?limit=50`,
    );
    expect(status).toBe(200);
    related.push(comparable(body));
  }
  return { clusters, related };
}

describe('precomputed hub answers (sample corpus)', () => {
  it('stores a context norm on every concept and ranked papers on every cluster', async () => {
    const { rows } = await db.read(
      `MATCH (c:Concept) WITH count(c) AS concepts, count(c.contextNorm) AS normed
       MATCH (k:Cluster)
       RETURN concepts, normed, count(k) AS clusters, count(k.paperIds) AS ranked,
              sum(CASE WHEN size(k.paperIds) = size(k.paperMentions) AND size(k.paperIds) <= 100
                       AND k.paperTotal >= size(k.paperIds) THEN 1 ELSE 0 END) AS consistent`,
    );
    const counts = rows[0] as Record<string, number>;
    expect(counts.concepts).toBeGreaterThan(0);
    expect(counts.normed).toBe(counts.concepts);
    expect(counts.clusters).toBeGreaterThan(0);
    expect(counts.ranked).toBe(counts.clusters);
    expect(counts.consistent).toBe(counts.clusters);
  });

  it('answers related methods and clusters as it does when it computes them on the spot', async () => {
    const clusterIds = (
      await db.read('MATCH (k:Cluster) RETURN k.id AS id ORDER BY k.size DESC, id')
    ).rows.map((row) => String(row.id));
    const conceptKeys = (
      await db.read('MATCH (c:Concept) RETURN c.key AS key ORDER BY c.paperCount DESC, key LIMIT 40')
    ).rows.map((row) => String(row.key));
    const stored = await answers(clusterIds, conceptKeys);
    expect(stored.clusters.some((cluster) => cluster.papers.length > 0)).toBe(true);
    expect(stored.related.some((list) => (list as unknown[]).length > 0)).toBe(true);

    await db.run('MATCH (c:Concept) REMOVE c.contextNorm');
    await db.run('MATCH (k:Cluster) REMOVE k.paperIds, k.paperMentions, k.paperTotal');
    const live = await answers(clusterIds, conceptKeys);
    clusterIds.forEach((id, index) =>
      expect(JSON.stringify(live.clusters[index]), id).toBe(JSON.stringify(stored.clusters[index])),
    );
    conceptKeys.forEach((key, index) =>
      expect(JSON.stringify(live.related[index]), key).toBe(JSON.stringify(stored.related[index])),
    );
  });
});
