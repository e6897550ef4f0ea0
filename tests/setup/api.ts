/** A server on the test database for API tests (Fastify's inject, no socket) and typed requests to it. */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../neo4j/database';
import { buildServer } from '../../src/server/app';
import type { ServerLimits } from '../../src/server/context';
import { testDatabase } from './database';
import { seedGraph, type TestGraph } from './seed';

export async function apiServer(db: Database, limits: Partial<ServerLimits> = {}): Promise<FastifyInstance> {
  return buildServer({ db, limits }, { staticDir: '/nonexistent' });
}

/** A connection to the test database, seeded with `graph`, and a server on it. */
export async function seededApi(
  graph?: TestGraph,
  limits: Partial<ServerLimits> = {},
): Promise<{ db: Database; app: FastifyInstance }> {
  const db = await testDatabase();
  await seedGraph(db, graph);
  return { db, app: await apiServer(db, limits) };
}

export async function closeApi(db: Database | undefined, app: FastifyInstance | undefined): Promise<void> {
  await app?.close();
  await db?.close();
}

export interface Answer<T> {
  status: number;
  body: T;
}

export async function get<T>(app: FastifyInstance, url: string): Promise<Answer<T>> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<T>() };
}

export async function post<T>(app: FastifyInstance, url: string, payload: object): Promise<Answer<T>> {
  const response = await app.inject({ method: 'POST', url, payload });
  return { status: response.statusCode, body: response.json<T>() };
}

/** Everything in the database, in a stable order: nodes and relationships with all their properties. */
export async function fingerprint(db: Database): Promise<string> {
  const nodes = await db.read(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY elementId(n)',
  );
  const relationships = await db.read(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS properties, elementId(b) AS b ORDER BY elementId(r)',
  );
  return JSON.stringify([nodes.rows, relationships.rows]);
}

/** Constraints and indexes, by name, type and what they cover. */
export async function schemaFingerprint(db: Database): Promise<string> {
  const constraints = await db.run(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name',
  );
  const indexes = await db.run(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name',
  );
  return JSON.stringify([constraints.rows, indexes.rows]);
}
