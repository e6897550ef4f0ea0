/**
 * The theme hierarchy on the sample corpus ingested through the real pipeline: derive stores themes above the
 * clusters, GET /api/clusters answers the top level and ?theme= one theme's children, down to the clusters
 * /api/clusters/:id opens; a second derive changes nothing.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { deriveGraph } from '../../ingest/derive';
import type { ApiErrorBody, ClusterDetails, ClustersResponse } from '../../src/model/api';
import { closeApi, fingerprint, get, seededApi } from '../setup/api';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await seededApi('sample'));
});
afterAll(() => closeApi(db, app));

const themeUrl = (id: string) => `/api/clusters?theme=${encodeURIComponent(id)}`;

describe('GET /api/clusters with themes (sample corpus)', () => {
  it('answers the top level: 10 to 40 themes (and clusters no theme groups), each with a label and top concepts', async () => {
    const { status, body } = await get<ClustersResponse>(app, '/api/clusters');
    expect(status).toBe(200);
    expect(body.path).toEqual([]);
    expect(body.clusters.length).toBeGreaterThanOrEqual(10);
    expect(body.clusters.length).toBeLessThanOrEqual(40);
    const themes = body.clusters.filter((node) => node.level !== undefined);
    expect(themes.length).toBeGreaterThan(body.clusters.length / 2);
    // Every cluster lies in a theme, unless it is on the top level by itself.
    const alone = await db.read('MATCH (k:Cluster) WHERE k.theme IS NULL RETURN k.id AS id ORDER BY id');
    expect(alone.rows.map((row) => row.id)).toEqual(
      body.clusters
        .filter((node) => node.level === undefined)
        .map((node) => node.id)
        .sort(),
    );
    for (const theme of themes) {
      expect(theme.id).toMatch(/^t\d+:/);
      expect(theme.level).toBeGreaterThanOrEqual(1);
      // A group of one is no theme.
      expect(theme.children).toBeGreaterThanOrEqual(2);
      expect(theme.label.split(' · ').length).toBeGreaterThanOrEqual(2);
      expect(theme.top[0]?.type).not.toBe('Metric');
    }
    const sizes = body.clusters.map((theme) => theme.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const ids = new Set(body.clusters.map((theme) => theme.id));
    for (const link of body.links) {
      expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      expect(link.weight).toBeGreaterThan(0);
    }
  });

  it("opens a theme: its children with the links among them and the path to it, down to a cluster's details", async () => {
    const top = (await get<ClustersResponse>(app, '/api/clusters')).body;
    const theme = top.clusters.find((candidate) => candidate.level !== undefined);
    let opened = await get<ClustersResponse>(app, themeUrl(theme?.id as string));
    expect(opened.status).toBe(200);
    expect(opened.body.path).toEqual([{ id: theme?.id, label: theme?.label, level: theme?.level }]);
    expect(opened.body.clusters).toHaveLength(theme?.children as number);
    expect(opened.body.clusters.reduce((sum, child) => sum + child.size, 0)).toBe(theme?.size);
    const ids = new Set(opened.body.clusters.map((child) => child.id));
    for (const link of opened.body.links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);

    // Down through any further levels to the clusters, which carry no level.
    while (opened.body.clusters[0]?.level !== undefined) {
      const child = opened.body.clusters[0];
      const path = opened.body.path ?? [];
      opened = await get<ClustersResponse>(app, themeUrl(child.id));
      expect(opened.body.path).toEqual([...path, { id: child.id, label: child.label, level: child.level }]);
    }
    const cluster = opened.body.clusters[0];
    expect(cluster?.children).toBeUndefined();
    const details = await get<ClusterDetails>(
      app,
      `/api/clusters/${encodeURIComponent(cluster?.id as string)}`,
    );
    expect(details.status).toBe(200);
    expect(details.body.path).toEqual(opened.body.path);
    expect(details.body.graph.nodes.length).toBeGreaterThan(0);
  });

  it('answers 404 for a theme that does not exist and 400 for an id too long', async () => {
    const missing = await get<ApiErrorBody>(app, themeUrl('t1:method:no such thing'));
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect((await get(app, themeUrl(`t1:${'a'.repeat(400)}`))).status).toBe(400);
  });

  it('derives again to the same graph: themes, their edges and links included', async () => {
    const before = await fingerprint(db);
    const report = await deriveGraph(db, { force: true });
    expect(report.totals.themes).toBeGreaterThan(0);
    expect(report.totals.levels).toBeGreaterThanOrEqual(2);
    expect(report.changes.themes).toEqual({ upserted: 0, removed: 0 });
    expect(report.changes.clusters).toEqual({ upserted: 0, removed: 0 });
    expect(report.changes.themeLinks).toEqual({ upserted: 0, removed: 0 });
    expect(await fingerprint(db)).toBe(before);
  });
});
