import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../../src/app/api/client';
import { healthOf } from '../../src/app/core/health/actions';
import { failureOf } from '../../src/app/core/cypher/actions';
import { stubFetch, SYNTAX_ERROR_BODY } from './support';

afterEach(() => vi.unstubAllGlobals());

describe('API client', () => {
  it('builds query strings and leaves out empty parameters', async () => {
    const { calls } = stubFetch({
      '/api/search': () => ({ body: { query: 'da', hits: [] } }),
      '/api/graph': () => ({ body: { nodes: [], edges: [], truncated: false } }),
    });
    await api.search('da former', { limit: 8 });
    await api.search('x', { types: ['Method', 'Dataset'] });
    await api.neighborhood(['method:a', 'paper:1'], { depth: 1 });
    expect(calls).toEqual([
      'GET /api/search?q=da+former&limit=8',
      'GET /api/search?q=x&types=Method%2CDataset',
      'GET /api/graph/neighborhood?keys=method%3Aa%2Cpaper%3A1&depth=1',
    ]);
  });

  it('escapes keys in paths', async () => {
    const { calls } = stubFetch({ '/api/concepts': () => ({ body: {} }) });
    await api.concept('method:vision transformer');
    expect(calls).toEqual(['GET /api/concepts/method%3Avision%20transformer']);
  });

  it('turns the server’s error body into an ApiError with position', async () => {
    stubFetch({
      '/api/cypher': () => ({
        status: 400,
        body: SYNTAX_ERROR_BODY,
      }),
    });
    const error = await api.cypher({ query: 'MATCH (n)\n  RETRN n' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'syntax_error', position: { line: 2, column: 3 } });
    expect(failureOf(error)).toEqual({
      message: "Invalid input 'RETRN'",
      code: 'syntax_error',
      position: { line: 2, column: 3 },
      readOnly: false,
    });
  });

  it('recognises a refused write as read-only', async () => {
    stubFetch({
      '/api/cypher': () => ({
        status: 403,
        body: { error: { code: 'read_only', message: 'Only read queries are allowed' } },
      }),
    });
    const error = await api.cypher({ query: 'CREATE (n)' }).catch((caught: unknown) => caught);
    expect(failureOf(error).readOnly).toBe(true);
  });

  it('says the database is down on 503 and the server is down when fetch fails', async () => {
    stubFetch({
      '/api/clusters': () => ({
        status: 503,
        body: { error: { code: 'database_unavailable', message: 'Neo4j is unreachable' } },
      }),
    });
    const down = await api.clusters().catch((caught: unknown) => caught);
    expect(healthOf(down)).toEqual({ state: 'database-down', message: 'Neo4j is unreachable' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const unreachable = await api.health().catch((caught: unknown) => caught);
    expect(unreachable).toMatchObject({ status: 0, code: 'network' });
    expect(healthOf(unreachable)?.state).toBe('server-down');
  });

  it('reads the saved queries as the list the server answers', async () => {
    const query = { name: 'q', description: 'd', params: [], columns: [], query: 'RETURN 1' };
    stubFetch({ '/api/queries': () => ({ body: [query] }) });
    expect(await api.queries()).toEqual([query]);
  });
});
