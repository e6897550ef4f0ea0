/** The Cypher console on the fixture graph: saved queries, answers with table and graph, caps and errors. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type { ApiErrorBody, CypherResponse, SavedQuery } from '../../src/model/api';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../src/model/graph-values';
import { loadSavedQueries } from '../../src/server/console/saved-queries';
import { DEFAULT_LIMITS } from '../../src/server/context';
import { apiServer, closeApi, get, post, seededApi } from '../setup/api';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await seededApi('fixture', { cypherTimeoutMs: 6_000, cypherRowCap: 50 }));
});
afterAll(() => closeApi(db, app));

const run = (query: string, params?: Record<string, unknown>) =>
  post<CypherResponse & ApiErrorBody>(app, '/api/cypher', { query, ...(params ? { params } : {}) });

describe('GET /api/queries', () => {
  it('lists the researcher examples (description, parameters, columns, text), not the internal queries', async () => {
    const { status, body } = await get<SavedQuery[]>(app, '/api/queries');
    expect(status).toBe(200);
    const names = body.map((query) => query.name);
    expect(names).not.toContain('graph-counts');
    expect(names).not.toContain('neighborhood');
    expect(names).toEqual(
      loadSavedQueries()
        .queries.filter((query) => !query.internal)
        .map((query) => query.name),
    );
    const linking = body.find((query) => query.name === 'papers-linking-concepts');
    expect(linking).toMatchObject({
      params: [
        { name: 'first', description: 'a concept key', example: 'method:daformer' },
        { name: 'second', description: 'another concept key', example: 'dataset:cityscape' },
      ],
      columns: ['paper', 'year', 'first', 'firstMention', 'second', 'secondMention'],
    });
    expect(linking?.query).toMatch(/^MATCH \(a:Concept \{key: \$first\}\)/);
    expect(body.every((query) => !('internal' in query))).toBe(true);
    const lineage = body.find((query) => query.name === 'method-lineage');
    expect(lineage?.params).toEqual([{ name: 'key', description: 'method key', example: 'method:daformer' }]);
  });

  it('runs every query file, internal ones included, with its examples, giving the declared columns', async () => {
    const { queries } = loadSavedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(20);
    for (const saved of queries) {
      const params = Object.fromEntries(saved.params.map((param) => [param.name, param.example]));
      const answer = await run(saved.query, params);
      expect(answer.status, `${saved.name}: ${JSON.stringify(answer.body.error)}`).toBe(200);
      expect(answer.body.columns, saved.name).toEqual(saved.columns);
    }
  });

  it('gives rows for every listed example on the fixture graph, with its examples', async () => {
    const { body } = await get<SavedQuery[]>(app, '/api/queries');
    expect(body.length).toBeGreaterThanOrEqual(8);
    for (const saved of body) {
      const params = Object.fromEntries(saved.params.map((param) => [param.name, param.example]));
      const answer = await run(saved.query, params);
      expect(answer.body.rows.length, saved.name).toBeGreaterThan(0);
    }
  });

  it('answers the researcher examples correctly on the fixture graph', async () => {
    const query = async (name: string, params: Record<string, unknown>) => {
      const saved = loadSavedQueries().queries.find((candidate) => candidate.name === name);
      return (await run(saved?.query ?? '', params)).body;
    };
    const datasets = await query('datasets-per-task', { task: 'task:semantic segmentation', perTask: 2 });
    expect(datasets.rows.length).toBeGreaterThan(0);
    expect(datasets.rows.length).toBeLessThanOrEqual(2);
    expect(datasets.rows.every((row) => row.task === 'semantic segmentation')).toBe(true);
    const counts = datasets.rows.map((row) => row.papers as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const { rows: expected } = await db.read(
      `MATCH (:Task {key: 'task:semantic segmentation'})<-[:ADDRESSES]-(p:Paper)-[:EVALUATES_ON]->(d)
       RETURN d.key AS key, d.name AS dataset, count(DISTINCT p) AS papers ORDER BY papers DESC, key LIMIT 1`,
    );
    expect(datasets.rows[0]).toMatchObject({ dataset: expected[0]?.dataset, papers: expected[0]?.papers });
    const everyTask = await query('datasets-per-task', { task: null, perTask: 1 });
    expect(new Set(everyTask.rows.map((row) => row.task)).size).toBe(everyTask.rows.length);
    expect(everyTask.rows.length).toBeGreaterThan(1);

    const linking = await query('papers-linking-concepts', {
      first: 'method:daformer',
      second: 'dataset:cityscape',
    });
    expect(linking.rows.length).toBeGreaterThan(0);
    const paperKeys = linking.graph.nodes.map((node) => node.id);
    expect(paperKeys).toEqual(expect.arrayContaining(['method:daformer', 'dataset:cityscape']));
    expect(linking.graph.edges.some((edge) => edge.target === 'dataset:cityscape')).toBe(true);

    const together = await query('co-occurring-concepts', {
      key: 'method:daformer',
      types: ['Dataset'],
      limit: 5,
    });
    expect(together.rows.length).toBeGreaterThan(0);
    expect(together.rows.every((row) => row.type === 'Dataset')).toBe(true);
    const weights = together.rows.map((row) => row.weight as number);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(together.graph.nodes.map((node) => node.id)).toContain('method:daformer');
  });
});

describe('POST /api/cypher', () => {
  it('answers with the table and the graph in its values', async () => {
    const { status, body } = await run(
      'MATCH path = (m:Method {key: $key})-[:EXTENDS]->(:Method) RETURN path, m.name AS name',
      { key: 'method:hrda' },
    );
    expect(status).toBe(200);
    expect(body.columns).toEqual(['path', 'name']);
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ name: 'HRDA', path: { kind: 'path' } });
    expect(body.graph.nodes.map((node) => node.id).sort()).toEqual(['method:daformer', 'method:hrda']);
    expect(body.graph.edges).toEqual([
      expect.objectContaining({ source: 'method:hrda', target: 'method:daformer', type: 'EXTENDS' }),
    ]);
    expect(body).toMatchObject({ truncated: false, rowCap: 50 });
    expect(body.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('sends nodes, relationships and paths as the GraphValue shapes the page reads', async () => {
    const { status, body } = await run(
      'MATCH path = (m:Method {key: $key})-[e:EXTENDS]->(o:Method) RETURN path, m, e, [o] AS others',
      { key: 'method:hrda' },
    );
    expect(status).toBe(200);
    const [row] = body.rows;
    const path = row?.path;
    expect(isPathValue(path)).toBe(true);
    if (!isPathValue(path)) return;
    expect(path.nodes.map((node) => node.properties.key)).toEqual(['method:hrda', 'method:daformer']);
    expect(path.relationships).toEqual([row?.e]);
    const [step] = path.relationships;
    expect([step?.start, step?.end]).toEqual(path.nodes.map((node) => node.id));
    expect(row?.m).toEqual(path.nodes[0]);
    expect(isNodeValue(row?.m)).toBe(true);
    expect(isRelationshipValue(row?.e)).toBe(true);
    expect(step).toMatchObject({ kind: 'relationship', type: 'EXTENDS' });
    expect(row?.others).toEqual([path.nodes[1]]);
    expect(path).not.toHaveProperty('segments');
  });

  it('fetches the end nodes of relationships returned alone, and reads whole numbers as integers', async () => {
    const { status, body } = await run('MATCH ()-[r:BUILT_ON]->() RETURN r ORDER BY r.paper LIMIT $n', {
      n: 2,
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(2);
    expect(body.graph.edges.map((edge) => edge.id)).toEqual([
      'method:bert-BUILT_ON->method:transformer',
      'method:vision transformer-BUILT_ON->method:transformer',
    ]);
    expect(body.graph.nodes.map((node) => node.id).sort()).toEqual([
      'method:bert',
      'method:transformer',
      'method:vision transformer',
    ]);
  });

  it('stops at the row cap and says so', async () => {
    const { body } = await run('UNWIND range(1, 100000) AS i RETURN i');
    expect(body.rows).toHaveLength(50);
    expect(body.rows[49]).toEqual({ i: 50 });
    expect(body.truncated).toBe(true);
  });

  it('converts big integers to strings and small ones to numbers', async () => {
    const { body } = await run('RETURN 9007199254740993 AS big, 42 AS small, 1.5 AS float');
    expect(body.rows[0]).toEqual({ big: '9007199254740993', small: 42, float: 1.5 });
  });

  it("answers a syntax error with Neo4j's message and the position in the query as typed", async () => {
    const { status, body } = await run('MATCH (n)\nRETRUN n');
    expect(status).toBe(400);
    expect(body.error.code).toBe('cypher_syntax');
    expect(body.error.message).toContain("Invalid input 'RETRUN'");
    expect(body.error.message).not.toContain('EXPLAIN');
    expect(body.error.position).toEqual({ line: 2, column: 1, offset: 10 });
    const first = await run('RETRUN 1');
    expect(first.body.error.position).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('answers other query errors with 400 and slow ones with 422', async () => {
    const missing = await run('MATCH (n) WHERE n.x = $absent RETURN n');
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('cypher_error');
    const slow = await run('MATCH (a), (b), (c), (d), (e), (f) WHERE a <> f RETURN count(*)');
    expect(slow.status).toBe(422);
    expect(slow.body.error.code).toBe('query_timeout');
  });

  it('validates the body', async () => {
    expect((await post<ApiErrorBody>(app, '/api/cypher', {})).status).toBe(400);
    expect((await post<ApiErrorBody>(app, '/api/cypher', { query: '   ' })).status).toBe(400);
    expect((await post<ApiErrorBody>(app, '/api/cypher', { query: 'RETURN 1', params: [1] })).status).toBe(
      400,
    );
    const broken = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: '{"query": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<ApiErrorBody>().error.code).toBe('invalid_request');
  });

  it('has a 10 s timeout and a 1,000-row cap unless configured otherwise', async () => {
    expect(DEFAULT_LIMITS).toMatchObject({ cypherTimeoutMs: 10_000, cypherRowCap: 1_000 });
    const defaults = await apiServer(db);
    try {
      const { body } = await post<CypherResponse>(defaults, '/api/cypher', {
        query: 'UNWIND range(1, 5000) AS i RETURN i',
      });
      expect(body.rows).toHaveLength(1_000);
      expect(body).toMatchObject({ truncated: true, rowCap: 1_000 });
    } finally {
      await defaults.close();
    }
  });
});
