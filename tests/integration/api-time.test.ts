/**
 * Time in the explorer: derive's per-year counts and the timeline and trends routes, on a small corpus with
 * years ingested through the real pipeline (tests/fixtures/years.jsonl: BERT in 2 of 3 papers of 2019, 1 of
 * 4 in 2020, 1 of 3 in 2021, none of 2 in 2022; GPT-3 in 2 of 3 in 2021 and 2 of 2 in 2022).
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { projectRoot } from '../../neo4j/paths';
import { ingestFiles } from '../../ingest/pipeline';
import type {
  ApiErrorBody,
  CypherResponse,
  SavedQuery,
  TimelineResponse,
  TrendsResponse,
} from '../../src/model/api';
import { apiServer, closeApi, get, post } from '../setup/api';
import { clearDatabase, testDatabase } from '../setup/database';

const corpus = join(projectRoot, 'tests', 'fixtures', 'years.jsonl');
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = await testDatabase();
  await clearDatabase(db);
  await ingestFiles(db, [corpus]);
  app = await apiServer(db);
}, 120_000);
afterAll(() => closeApi(db, app));

describe('derive: papers per year', () => {
  it('stores papers per year on the derived state and per concept, agreeing with the stored papers', async () => {
    const state = await db.read(
      "MATCH (s:DerivedState {id: 'derived'}) RETURN s.years AS years, s.yearPapers AS papers",
    );
    expect(state.rows[0]).toEqual({ years: [2019, 2020, 2021, 2022], papers: [3, 4, 3, 2] });
    const direct = await db.read(
      `MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->(c:Concept {key: 'dataset:penn treebank'})
       WITH p.year AS year, count(DISTINCT p) AS papers ORDER BY year
       RETURN collect(year) AS years, collect(papers) AS counts`,
    );
    const stored = await db.read(
      "MATCH (c:Concept {key: 'dataset:penn treebank'}) RETURN c.years AS years, c.yearCounts AS counts",
    );
    expect(stored.rows[0]).toEqual(direct.rows[0]);
    expect(stored.rows[0]).toEqual({ years: [2019, 2020], counts: [1, 2] });
  });

  it('stores on every cluster and theme its distinct papers per year, agreeing with the stored papers', async () => {
    // A theme's papers reach a concept of one of the clusters below it; a cluster's, one of its members.
    const direct = await db.read(
      `MATCH (n) WHERE n:Cluster OR n:Theme
       CALL (n) {
         MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->(:Concept)-[:IN_CLUSTER]->(:Cluster)-[:IN_THEME*0..]->(n)
         WHERE p.year IS NOT NULL
         WITH p.year AS year, count(DISTINCT p) AS papers ORDER BY year
         RETURN collect(year) AS years, collect(papers) AS counts
       }
       RETURN n.id AS id, years, counts, n.years AS storedYears, n.yearCounts AS storedCounts ORDER BY id`,
    );
    expect(direct.rows.length).toBeGreaterThan(1);
    for (const row of direct.rows) {
      expect([row.storedYears, row.storedCounts], String(row.id)).toEqual([row.years, row.counts]);
    }
  });
});

describe('GET /api/concepts/:key/timeline', () => {
  it('gives every year with the papers, the share of the year, the first year and the peak', async () => {
    const { status, body } = await get<TimelineResponse>(app, '/api/concepts/method:bert/timeline');
    expect(status).toBe(200);
    expect(body).toMatchObject({ key: 'method:bert', name: 'BERT', type: 'Method', corpusHasYears: true });
    expect(body.points.map((point) => [point.year, point.papers, point.total])).toEqual([
      [2019, 2, 3],
      [2020, 1, 4],
      [2021, 1, 3],
      [2022, 0, 2],
    ]);
    expect(body.points[0]?.share).toBeCloseTo(2 / 3, 10);
    expect(body.firstYear).toBe(2019);
    expect(body.peak?.year).toBe(2019);
  });

  it('peaks at the highest share, not the most papers', async () => {
    const { body } = await get<TimelineResponse>(app, '/api/concepts/method:gpt3/timeline');
    expect(body.firstYear).toBe(2021);
    // 2 papers in each of 2021 (of 3) and 2022 (of 2).
    expect(body.peak).toMatchObject({ year: 2022, papers: 2, total: 2, share: 1 });
  });

  it('answers 404 for an unknown concept and 400 for a malformed key', async () => {
    expect((await get<ApiErrorBody>(app, '/api/concepts/method:nothing/timeline')).status).toBe(404);
    const bad = await get<ApiErrorBody>(app, '/api/concepts/nokey/timeline');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^key: /);
  });
});

describe('GET /api/trends', () => {
  it('lists rising and falling methods over the whole span, with their points and bursts', async () => {
    const { status, body } = await get<TrendsResponse>(app, '/api/trends?type=Method&min=2');
    expect(status).toBe(200);
    expect(body).toMatchObject({ corpusHasYears: true, from: 2019, to: 2022, type: 'Method' });
    expect(body.years).toEqual([2019, 2020, 2021, 2022]);
    // GPT-3: 0 of 7 papers in 2019-2020, 4 of 5 in 2021-2022.
    expect(body.rising[0]).toMatchObject({ key: 'method:gpt3', papers: 4 });
    expect(body.rising[0]?.change).toBeCloseTo(0.8, 10);
    expect(body.rising[0]?.burst).toMatchObject({ start: 2021, end: 2022 });
    // LSTM: 2 of 7 then none (-0.286); BERT: 3 of 7 then 1 of 5 (-0.229).
    expect(body.falling.map((trend) => trend.key)).toEqual(['method:lstm', 'method:bert']);
    expect(body.falling[1]?.change).toBeCloseTo(1 / 5 - 3 / 7, 10);
    expect(body.falling[1]?.points.map((point) => point.papers)).toEqual([2, 1, 1, 0]);
    expect([...body.rising, ...body.falling].every((trend) => trend.type === 'Method')).toBe(true);
  });

  it('asks for at least 2 papers on a small corpus unless told otherwise', async () => {
    const { body } = await get<TrendsResponse>(app, '/api/trends?type=Method');
    expect(body.min).toBe(2);
    expect(body.rising[0]?.key).toBe('method:gpt3');
    const strict = await get<TrendsResponse>(app, '/api/trends?type=Method&min=5');
    expect(strict.body).toMatchObject({ corpusHasYears: true, min: 5, rising: [], falling: [] });
  });

  it('keeps to the span asked for', async () => {
    const { body } = await get<TrendsResponse>(app, '/api/trends?from=2021&to=2022&type=Method&min=2');
    expect(body).toMatchObject({ from: 2021, to: 2022 });
    // GPT-3 within 2021-2022: 2 of 3, then 2 of 2.
    expect(body.rising[0]?.key).toBe('method:gpt3');
    expect(body.rising[0]?.change).toBeCloseTo(1 - 2 / 3, 10);
    expect(body.rising[0]?.points.map((point) => point.year)).toEqual([2021, 2022]);
  });

  it('lists the top-level themes (clusters here) whose share grew and shrank, of every type', async () => {
    const { status, body } = await get<TrendsResponse>(app, '/api/trends?type=Method&min=2');
    expect(status).toBe(200);
    const top = await db.read(
      `MATCH (n) WHERE (n:Theme AND n.parent IS NULL) OR (n:Cluster AND n.theme IS NULL)
       RETURN n.id AS id, n.years AS years, n.yearCounts AS counts`,
    );
    const stored = new Map(top.rows.map((row) => [String(row.id), row]));
    const listed = [...body.themes.rising, ...body.themes.falling];
    expect(body.themes.rising.length).toBeGreaterThan(0);
    expect(body.themes.falling.length).toBeGreaterThan(0);
    for (const theme of listed) {
      const row = stored.get(theme.id);
      expect(row, theme.id).toBeDefined();
      // Its points are its stored papers per year over the corpus's years, as shares of each year's papers.
      expect(theme.points.map((point) => point.year)).toEqual([2019, 2020, 2021, 2022]);
      const own = new Map((row?.years as number[]).map((year, i) => [year, (row?.counts as number[])[i]]));
      expect(theme.points.map((point) => point.papers)).toEqual(
        theme.points.map((point) => own.get(point.year) ?? 0),
      );
      expect(theme.papers).toBeGreaterThanOrEqual(2);
    }
    expect(body.themes.rising.every((theme) => theme.change > 0)).toBe(true);
    expect(body.themes.falling.every((theme) => theme.change < 0)).toBe(true);
    const changes = body.themes.rising.map((theme) => theme.change);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    // The cluster of GPT-3 grows; the one of LSTM shrinks.
    const clusterOf = async (key: string) =>
      String((await db.read('MATCH (c:Concept {key: $key}) RETURN c.cluster AS id', { key })).rows[0]?.id);
    expect(body.themes.rising.map((theme) => theme.id)).toContain(await clusterOf('method:gpt3'));
    expect(body.themes.falling.map((theme) => theme.id)).toContain(await clusterOf('method:lstm'));

    const late = await get<TrendsResponse>(app, '/api/trends?from=2021&to=2022');
    for (const theme of [...late.body.themes.rising, ...late.body.themes.falling])
      expect(theme.points.map((point) => point.year)).toEqual([2021, 2022]);
  });

  it('refuses a reversed span and an unknown type', async () => {
    const reversed = await get<ApiErrorBody>(app, '/api/trends?from=2022&to=2020');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toMatch(/^from: /);
    expect((await get<ApiErrorBody>(app, '/api/trends?type=Paper')).status).toBe(400);
  });
});

describe('the saved queries of the console', () => {
  const run = async (name: string, params: Record<string, unknown>) => {
    const saved = (await get<SavedQuery[]>(app, '/api/queries')).body.find((query) => query.name === name);
    expect(saved, name).toBeDefined();
    const { status, body } = await post<CypherResponse>(app, '/api/cypher', { query: saved?.query, params });
    expect(status).toBe(200);
    return body.rows;
  };

  it("list a concept's papers and share per year", async () => {
    const rows = await run('concept-by-year', { key: 'method:bert' });
    expect(rows.map((row) => [row.year, row.papers, row.total])).toEqual([
      [2019, 2, 3],
      [2020, 1, 4],
      [2021, 1, 3],
      [2022, 0, 2],
    ]);
  });

  it('rank concepts by the change of their share between two years', async () => {
    const rows = await run('share-change', { from: 2019, to: 2022, type: 'Method', limit: 3 });
    // GPT-3: 0 of 3 then 2 of 2 (+1); BERT: 2 of 3 then none (-2/3); chain-of-thought prompting, which one
    // 2022 title names: none then 1 of 2 (+1/2); LSTM: 1 of 3 then none (-1/3) comes fourth.
    expect(rows.map((row) => row.concept)).toEqual(['GPT-3', 'BERT', 'chain-of-thought prompting']);
    expect(rows[0]?.change).toBeCloseTo(1, 10);
    expect(rows[1]?.change).toBeCloseTo(-2 / 3, 10);
  });

  it('rank the top-level themes by the change of their share between two years', async () => {
    const rows = await run('theme-share-change', { from: 2019, to: 2022, limit: 10 });
    expect(rows.length).toBeGreaterThan(0);
    const changes = rows.map((row) => Math.abs(Number(row.change)));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    for (const row of rows) {
      expect(Number(row.change)).toBeCloseTo(Number(row.toShare) - Number(row.fromShare), 10);
      expect(Number(row.toShare)).toBeCloseTo(Number(row.toPapers) / 2, 10);
    }
  });
});

describe('a corpus without years', () => {
  it('says so instead of giving empty series', async () => {
    await clearDatabase(db);
    await ingestFiles(db, [join(projectRoot, 'tests', 'fixtures', 'listing.txt')]);
    const trends = await get<TrendsResponse>(app, '/api/trends');
    expect(trends.body).toMatchObject({
      corpusHasYears: false,
      rising: [],
      falling: [],
      bursting: [],
      themes: { rising: [], falling: [] },
    });
    const concept = await db.read('MATCH (c:Concept) RETURN c.key AS key LIMIT 1');
    const timeline = await get<TimelineResponse>(
      app,
      `/api/concepts/${encodeURIComponent(String(concept.rows[0]?.key))}/timeline`,
    );
    expect(timeline.status).toBe(200);
    expect(timeline.body).toMatchObject({ corpusHasYears: false, points: [], firstYear: null, peak: null });
  });
});
