/**
 * A method's family tree (GET /api/concepts/:key/lineage) on the years fixture and its lineage papers
 * ingested through the real pipeline (tests/fixtures/years-lineage.jsonl: DistilBERT extends BERT in 2020,
 * TinyBERT is inspired by DistilBERT and compared with BERT in 2021, MiniLM is built on TinyBERT in 2022,
 * PrunedLM extends MiniLM in 2023).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { projectRoot } from '../../neo4j/paths';
import { ingestFiles } from '../../ingest/pipeline';
import type { ApiErrorBody, LineageResponse } from '../../src/model/api';
import { apiServer, closeApi, get } from '../setup/api';
import { clearDatabase, testDatabase } from '../setup/database';

const fixtures = join(projectRoot, 'tests', 'fixtures');
let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  db = await testDatabase();
  await clearDatabase(db);
  await ingestFiles(db, [join(fixtures, 'years.jsonl'), join(fixtures, 'years-lineage.jsonl')]);
  app = await apiServer(db);
}, 120_000);
afterAll(() => closeApi(db, app));

const lineage = (key: string, query = '') =>
  get<LineageResponse>(app, `/api/concepts/${encodeURIComponent(key)}/lineage${query}`);

describe('GET /api/concepts/:key/lineage', () => {
  it('gives the methods two steps around a method with their first years and depths', async () => {
    const { status, body } = await lineage('method:bert');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      key: 'method:bert',
      name: 'BERT',
      type: 'Method',
      corpusHasYears: true,
      depth: 2,
      truncated: false,
    });
    const nodes = Object.fromEntries(body.nodes.map((node) => [node.key, [node.firstYear, node.depth]]));
    expect(nodes).toEqual({
      'method:bert': [2019, 0],
      'method:distilbert': [2020, 1],
      'method:tinybert': [2021, 1],
      'method:knowledge distillation': [2020, 2],
      'method:minilm': [2022, 2],
    });
    // PrunedLM is three steps away.
    expect(body.nodes[0]?.key).toBe('method:bert');
  });

  it('gives each edge among the kept methods with the sentence and paper that state it', async () => {
    const { body } = await lineage('method:bert');
    const edges = body.edges.map((edge) => `${edge.from} ${edge.type} ${edge.to}`).sort();
    expect(edges).toEqual([
      'method:distilbert EXTENDS method:bert',
      'method:distilbert EXTENDS method:knowledge distillation',
      'method:minilm BUILT_ON method:tinybert',
      'method:minilm COMPARED_WITH method:distilbert',
      'method:tinybert COMPARED_WITH method:bert',
      'method:tinybert INSPIRED_BY method:distilbert',
    ]);
    const extendsBert = body.edges.find(
      (edge) => edge.from === 'method:distilbert' && edge.to === 'method:bert',
    );
    expect(extendsBert).toMatchObject({
      papers: 1,
      evidence: [
        {
          sentence: 'We propose DistilBERT, which extends BERT with knowledge distillation.',
          paper: { id: 'yl1', year: 2020 },
        },
      ],
    });
  });

  it('keeps to one step when asked, and cuts at the node limit saying so', async () => {
    const near = await lineage('method:bert', '?depth=1');
    expect(near.body.nodes.map((node) => node.key).sort()).toEqual([
      'method:bert',
      'method:distilbert',
      'method:tinybert',
    ]);
    expect(near.body.edges.map((edge) => `${edge.from} ${edge.type} ${edge.to}`).sort()).toEqual([
      'method:distilbert EXTENDS method:bert',
      'method:tinybert COMPARED_WITH method:bert',
      'method:tinybert INSPIRED_BY method:distilbert',
    ]);
    const cut = await lineage('method:minilm', '?limit=3');
    expect(cut.body).toMatchObject({ truncated: true, limit: 3 });
    expect(cut.body.nodes).toHaveLength(3);
    expect(cut.body.nodes[0]?.key).toBe('method:minilm');
  });

  it('answers an empty tree for a concept without lineage, 404 for an unknown one, 400 for bad input', async () => {
    const lonely = await lineage('method:lstm');
    expect(lonely.status).toBe(200);
    expect(lonely.body).toMatchObject({
      nodes: [{ key: 'method:lstm', depth: 0, firstYear: 2019 }],
      edges: [],
    });
    expect((await lineage('method:nothing')).status).toBe(404);
    const deep = await get<ApiErrorBody>(app, '/api/concepts/method:bert/lineage?depth=3');
    expect(deep.status).toBe(400);
    expect(deep.body.error.message).toMatch(/^depth: /);
    expect((await get<ApiErrorBody>(app, '/api/concepts/method:bert/lineage?limit=1000')).status).toBe(400);
  });
});

describe('a corpus without years', () => {
  it('says so and gives no first years', async () => {
    await clearDatabase(db);
    const dir = await mkdtemp(join(tmpdir(), 'atlas-lineage-'));
    const undated = join(dir, 'undated.jsonl');
    const lines = (await readFile(join(fixtures, 'years-lineage.jsonl'), 'utf8')).trim().split('\n');
    const papers = lines.map((line) => {
      const paper = JSON.parse(line) as Record<string, unknown>;
      delete paper.year;
      return JSON.stringify(paper);
    });
    await writeFile(undated, `${papers.join('\n')}\n`);
    await ingestFiles(db, [undated]);
    await rm(dir, { recursive: true, force: true });
    const { body } = await lineage('method:distilbert');
    expect(body.corpusHasYears).toBe(false);
    expect(body.nodes.every((node) => node.firstYear === null)).toBe(true);
  });
});
