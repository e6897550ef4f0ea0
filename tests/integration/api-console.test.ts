/** The Cypher console on the fixture graph: saved queries, answers with table and graph, caps and errors. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type { ApiErrorBody, CypherResponse, SavedQuery } from '../../src/model/api';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../src/model/graph-values';
import { DEFAULT_LIMITS } from '../../src/server/context';
import { apiServer, closeApi, get, post, seededApi } from '../setup/api';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await seededApi('fixture', { cypherTimeoutMs: 2_000, cypherRowCap: 50 }));
});
afterAll(() => closeApi(db, app));

const run = (query: string, params?: Record<string, unknown>) =>
  post<CypherResponse & ApiErrorBody>(app, '/api/cypher', { query, ...(params ? { params } : {}) });

describe('GET /api/queries', () => {
  it('lists every saved query with description, parameters, columns and text', async () => {
    const { status, body } = await get<SavedQuery[]>(app, '/api/queries');
    expect(status).toBe(200);
    const counts = body.find((query) => query.name === 'graph-counts');
    expect(counts).toMatchObject({
      description: 'Counts of papers, concepts and relationships in the graph.',
      params: [],
      columns: ['papers', 'concepts', 'relationships'],
    });
    expect(counts?.query).toMatch(/^CALL \(\) \{/);
    const lineage = body.find((query) => query.name === 'method-lineage');
    expect(lineage?.params).toEqual([{ name: 'key', description: 'method key', example: 'method:daformer' }]);
  });

  it('runs every saved query through the console with its examples, giving the declared columns', async () => {
    const { body } = await get<SavedQuery[]>(app, '/api/queries');
    expect(body.length).toBeGreaterThanOrEqual(15);
    for (const saved of body) {
      const params = Object.fromEntries(saved.params.map((param) => [param.name, param.example]));
      const answer = await run(saved.query, params);
      expect(answer.status, `${saved.name}: ${JSON.stringify(answer.body.error)}`).toBe(200);
      expect(answer.body.columns, saved.name).toEqual(saved.columns);
    }
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
