import type { Socket } from 'node:net';
import type { ConnectionError, FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../neo4j/database';
import type { ApiErrorBody } from '../../../src/model/api';
import { buildServer } from '../../../src/server/app';
import { clientErrorHandler, parserError } from '../../../src/server/errors';

/** None of these requests reaches a route, so none reads the database. */
const noDatabase = {} as Database;

describe("answers Fastify gives before or around the routes: the API's error envelope", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ db: noDatabase, cache: false }, { staticDir: '/nonexistent' });
  });
  afterAll(async () => {
    await app.close();
  });

  const json = { 'content-type': 'application/json' };
  it.each<[string, number, string, InjectOptions]>([
    ['an unknown API route', 404, 'not_found', { method: 'GET', url: '/api/nothing-here' }],
    ['a known path with another method', 404, 'not_found', { method: 'DELETE', url: '/api/stats' }],
    ['a page path without the built app', 404, 'not_found', { method: 'GET', url: '/somewhere' }],
    [
      'a path parameter over the router limit',
      414,
      'invalid_request',
      { method: 'GET', url: `/api/papers/${'a'.repeat(3000)}` },
    ],
    ['a broken percent-encoding', 400, 'invalid_request', { method: 'GET', url: '/api/papers/%E0%A4%A' }],
    [
      'a malformed JSON body',
      400,
      'invalid_request',
      { method: 'POST', url: '/api/cypher', payload: '{"query": ', headers: json },
    ],
    [
      'a body in an unknown media type',
      415,
      'invalid_request',
      { method: 'POST', url: '/api/cypher', payload: 'q', headers: { 'content-type': 'text/x-query' } },
    ],
    [
      'a body over the size limit',
      413,
      'invalid_request',
      { method: 'POST', url: '/api/cypher', payload: `{"query": "${'x'.repeat(2_000_000)}"}`, headers: json },
    ],
  ])('%s → %i %s', async (_case, status, code, request) => {
    const response = await app.inject(request);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json<ApiErrorBody>();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toEqual({ code, message: expect.any(String) });
    expect(body.error.message.length).toBeLessThan(200);
  });
});

describe('parserError', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431, 'invalid_request'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'request_timeout'],
    ['HPE_INVALID_METHOD', 400, 'invalid_request'],
  ])('%s → %i %s', (code, status, errorCode) => {
    const error = parserError(code);
    expect([error.status, error.code]).toEqual([status, errorCode]);
  });
});

/** A socket that records what is written to it and whether it was closed. */
function recordingSocket(destroyed = false): { socket: Socket; written: string[]; closed: () => boolean } {
  const written: string[] = [];
  let closed = destroyed;
  const socket = {
    get destroyed() {
      return closed;
    },
    writable: !destroyed,
    write: (chunk: string) => written.push(chunk),
    destroy: () => {
      closed = true;
    },
  } as unknown as Socket;
  return { socket, written, closed: () => closed };
}

const connectionError = (code: string): ConnectionError =>
  Object.assign(new Error(code), { code, bytesParsed: 0, rawPacket: { type: 'Buffer', data: [] } });

describe('clientErrorHandler', () => {
  it('answers a header overflow with a complete 431 in the envelope, then closes the connection', () => {
    const { socket, written, closed } = recordingSocket();
    clientErrorHandler(connectionError('HPE_HEADER_OVERFLOW'), socket);
    expect(written).toHaveLength(1);
    const [head, body] = (written[0] ?? '').split('\r\n\r\n');
    expect(head?.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toContain('Content-Type: application/json; charset=utf-8');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body ?? '')}`);
    expect(head).toContain('Connection: close');
    expect(JSON.parse(body ?? '')).toEqual({
      error: { code: 'invalid_request', message: expect.any(String) },
    });
    expect(closed()).toBe(true);
  });

  it.each([
    ['a connection the client reset', 'ECONNRESET', false],
    ['a socket already closed', 'HPE_HEADER_OVERFLOW', true],
  ])('writes nothing to %s', (_case, code, destroyed) => {
    const { socket, written } = recordingSocket(destroyed);
    clientErrorHandler(connectionError(code), socket);
    expect(written).toEqual([]);
  });
});
