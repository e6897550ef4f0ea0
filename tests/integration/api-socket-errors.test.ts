/**
 * Refusals that only a real socket shows: Node's HTTP parser answers an over-long request line itself (431),
 * before Fastify has a request, and Fastify's router refuses an over-long path parameter (414). Both answer in
 * the API's error envelope, and the server goes on answering.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type { ApiErrorBody } from '../../src/model/api';
import { apiServer, closeApi } from '../setup/api';
import { testDatabase } from '../setup/database';

let db: Database;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  db = await testDatabase();
  app = await apiServer(db);
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(() => closeApi(db, app));

interface RawAnswer {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** One GET on its own connection (no agent: a refused request's socket is closed by the server). */
function rawGet(path: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method: 'GET', agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'], body }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('refusals before routing, over a socket', () => {
  it.each([
    ['a query string over 16 KB', 431, `/api/search?q=${'a'.repeat(20_000)}`],
    ['a path parameter too long to route', 414, `/api/papers/${'a'.repeat(3_000)}`],
    ['an unknown route', 404, '/api/nothing-here'],
  ])('%s → %i in the envelope', async (_case, status, path) => {
    const answer = await rawGet(path);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(answer.body) as ApiErrorBody;
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  it('still answers afterwards', async () => {
    expect((await rawGet('/api/health')).status).toBe(200);
  });
});
