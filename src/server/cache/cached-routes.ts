/**
 * Answer caching for the explorer's read-only routes (registered with `config: { cached: true }`; never the
 * Cypher console, never health). A GET whose normalised request (route, path parameters, sorted query) was
 * answered under the current graph version gets the kept body without touching Neo4j; otherwise the route
 * runs and its 200 answer is kept. Answers of cached routes carry an ETag and `Cache-Control: no-cache`: the
 * browser may keep them but asks again each time, and gets 304 while the answer is unchanged.
 *
 * The graph version is read at most once per interval (GraphVersion), so a change in the graph shows within
 * that interval, and so does an outage: once a request finds Neo4j down (any 503 answer), the next request
 * reads the version again, and while that read fails nothing is served from the cache (the route runs and
 * answers 503).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AnswerCacheSettings, RouteContext } from '../context';
import { readOne } from '../read-query';
import { AnswerCache, matchesEtag } from './answer-cache';
import { GraphVersion } from './graph-version';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route only reads the graph: its answers may be cached per graph version. */
    cached?: boolean;
  }
}

/** Route options of a route whose answers may be cached: `app.get(path, cachedRoute, handler)`. */
export const cachedRoute = { config: { cached: true } };

const CACHE_CONTROL = 'no-cache';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The cache key of a request: its route, path parameters and query parameters in name order. */
function requestKey(request: FastifyRequest): string {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const sorted = Object.keys(query)
    .sort()
    .map((name) => [name, query[name]]);
  return JSON.stringify([request.routeOptions.url, request.params ?? {}, sorted]);
}

const graphVersionRow = z.object({
  basis: z.string().nullable(),
  nodes: z.number(),
  relationships: z.number(),
});

/** The graph version as one string (cypher/queries/graph-version.cypher). */
async function readGraphVersion(context: RouteContext): Promise<string> {
  const row = await readOne(context, 'graph-version', graphVersionRow);
  return JSON.stringify([row?.basis ?? null, row?.nodes ?? 0, row?.relationships ?? 0]);
}

export function installAnswerCache(
  app: FastifyInstance,
  context: RouteContext,
  settings: AnswerCacheSettings,
): void {
  const cache = new AnswerCache(settings);
  const version = new GraphVersion(() => readGraphVersion(context), settings.versionCheckMs);
  /** Requests the route answers itself, with the key and version their answer is kept under. */
  const misses = new WeakMap<FastifyRequest, { key: string; version: string }>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.routeOptions.config.cached) return;
    let current: string;
    try {
      current = await version.current();
    } catch {
      return; // Neo4j is not answering: the route runs and reports it.
    }
    const key = requestKey(request);
    const kept = cache.get(key, current);
    if (!kept) {
      misses.set(request, { key, version: current });
      void reply.header('x-cache', 'miss');
      return;
    }
    void reply.header('etag', kept.etag).header('cache-control', CACHE_CONTROL).header('x-cache', 'hit');
    if (matchesEtag(request.headers['if-none-match'], kept.etag)) return reply.code(304).send();
    return reply.type(JSON_TYPE).send(kept.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const miss = misses.get(request);
    if (!miss || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const kept = cache.set(miss.key, miss.version, payload);
    void reply.header('etag', kept.etag).header('cache-control', CACHE_CONTROL);
    return payload;
  });

  app.addHook('onResponse', async (_request, reply) => {
    if (reply.statusCode === 503) version.forget();
  });
}
