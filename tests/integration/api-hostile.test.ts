/**
 * The console under attack: every hostile input of hostile-cypher.ts is refused or stopped as listed, the
 * database (every node, relationship and property) and its schema are unchanged afterwards, and the server
 * still answers. Runs on the fixture or, with TEST_GRAPH=sample, on the ingested sample corpus.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type { ApiErrorBody, CypherResponse, HealthResponse } from '../../src/model/api';
import { planRefusal } from '../../src/server/console/plan-gate';
import { closeApi, fingerprint, get, post, schemaFingerprint, seededApi } from '../setup/api';
import { HOSTILE_CYPHER } from './hostile-cypher';

let db: Database;
let app: FastifyInstance;
let contentBefore: string;
let schemaBefore: string;

beforeAll(async () => {
  ({ db, app } = await seededApi(undefined, { cypherTimeoutMs: 2_000 }));
  contentBefore = await fingerprint(db);
  schemaBefore = await schemaFingerprint(db);
});
afterAll(() => closeApi(db, app));

describe('hostile Cypher', () => {
  it('has at least 50 cases', () => {
    expect(HOSTILE_CYPHER.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE_CYPHER.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const { status, body } = await post<CypherResponse & ApiErrorBody>(app, '/api/cypher', {
      query: hostile.query,
      ...(hostile.params ? { params: hostile.params } : {}),
    });
    const outcome = hostile.outcome;
    expect(status, JSON.stringify(body.error ?? body.truncated)).toBe(outcome.status);
    if (outcome.status === 200) expect(body.truncated).toBe(true);
    else expect(outcome.code.split('|')).toContain(body.error.code);
  });

  it('left every node, relationship, property, constraint and index as it was', async () => {
    expect(await fingerprint(db)).toBe(contentBefore);
    expect(await schemaFingerprint(db)).toBe(schemaBefore);
  });

  it('keeps answering other requests while a console query is busy', async () => {
    let settled = false;
    const busy = post(app, '/api/cypher', { query: 'RETURN range(1, 10000000) AS r' }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const health = await get<HealthResponse>(app, '/api/health');
    expect(health.status).toBe(200);
    expect(settled).toBe(false);
    expect((await busy).status).toBe(422);
  });

  it('still answers', async () => {
    const health = await get<HealthResponse>(app, '/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const read = await post<CypherResponse>(app, '/api/cypher', {
      query: 'MATCH (p:Paper) RETURN count(p) AS n',
    });
    expect(read.status).toBe(200);
    expect(read.body.rows[0]?.n).toBeGreaterThan(0);
  });
});

describe("Neo4j's plan alone refuses what the text check would miss", () => {
  it.each([
    ["LOAD CSV FROM 'http://127.0.0.1:1/x' AS row RETURN row", 'load_csv'],
    ["CALL db.stats.clear('QUERIES')", 'procedure_not_allowed'],
    ['CALL dbms.listConfig()', 'write_query'],
    ['SHOW TRANSACTIONS', 'administration'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'administration'],
    ['UNWIND [1] AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j', 'in_transactions'],
    ['MATCH (n) DETACH DELETE n', 'write_query'],
  ])('%s', async (query, code) => {
    expect(planRefusal(await db.explain(query))?.code).toBe(code);
  });

  it('and the READ transaction refuses a write that got that far', async () => {
    await expect(db.read('CREATE (:Junk)')).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
  });
});
