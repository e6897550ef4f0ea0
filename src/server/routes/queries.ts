/**
 * GET /api/queries — the saved queries of cypher/queries/ for the Cypher console (not the internal ones),
 * each with example parameters the loaded graph answers (`withGraphExamples`); when the graph cannot be
 * asked, the examples of the files' headers.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import type { SavedQuery } from '../../model/api';
import { cachedRoute } from '../cache/cached-routes';
import { withGraphExamples } from '../console/example-params';
import { consoleQueries, loadSavedQueries } from '../console/saved-queries';
import type { RouteContext } from '../context';
import { readRows } from '../read-query';

const exampleRow = z.object({ key: z.string() });

/** Concepts of a type tried as examples, most mentioned first. */
const CANDIDATES = 5;

export function savedQueryRoutes(app: FastifyInstance, context: RouteContext): void {
  const { queries, problems } = loadSavedQueries();
  for (const problem of problems) app.log.warn(`Saved query skipped: ${problem}`);
  const listed = consoleQueries(queries);
  const { db, limits } = context;
  const countRows = async (query: string, params: Record<string, unknown>) =>
    (await db.read(query, params, { timeoutMs: limits.queryTimeoutMs })).rows.length;
  const candidates = async (type: string) =>
    (await readRows(context, 'example-concepts', exampleRow, { type, limit: int(CANDIDATES) })).map(
      (row) => row.key,
    );
  app.get('/api/queries', cachedRoute, async (request): Promise<SavedQuery[]> => {
    try {
      return await Promise.all(listed.map((query) => withGraphExamples(query, countRows, candidates)));
    } catch (error) {
      request.log.warn({ err: error }, 'saved queries: the graph could not check the examples');
      return listed;
    }
  });
}
