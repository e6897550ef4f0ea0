/**
 * GET /api/graph/neighborhood?keys=&depth=1|2&limit= — the graph around seed nodes (concept keys and
 * `paper:<id>` node ids), capped at `limit` nodes (at most the server's cap), saying when it was cut.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import { NEIGHBORHOOD_MAX_SEEDS, type GraphPayload } from '../../model/api';
import { paperIdOf, typeOfKey } from '../../model/keys';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { notFound } from '../errors';
import { readOne } from '../read-query';
import { boundedInt, commaList, parseInput } from '../validation';
import { edgeRow, graphFromRows, nodeRow } from '../views/graph-rows';

const neighborhoodRow = z.object({
  nodes: z.array(nodeRow),
  relationships: z.array(edgeRow),
  truncated: z.boolean(),
});

export function graphRoutes(app: FastifyInstance, context: RouteContext): void {
  const cap = context.limits.graphNodeCap;
  const neighborhoodQuery = z.object({
    keys: commaList.pipe(
      z
        .array(
          z.string().refine((key) => paperIdOf(key) !== undefined || typeOfKey(key) !== undefined, {
            message: 'each key is a concept key (method:…, dataset:…) or a paper node id (paper:…)',
          }),
        )
        .min(1, 'give at least one key')
        .max(NEIGHBORHOOD_MAX_SEEDS),
    ),
    depth: z.coerce
      .number()
      .int()
      .refine((depth) => depth === 1 || depth === 2, { message: 'depth is 1 or 2' })
      .default(1),
    limit: boundedInt(1, cap, Math.min(context.limits.graphNodeDefault, cap)),
  });

  app.get('/api/graph/neighborhood', cachedRoute, async (request): Promise<GraphPayload> => {
    const { keys, depth, limit } = parseInput(neighborhoodQuery, request.query);
    const paperIds = keys.flatMap((key) => paperIdOf(key) ?? []);
    const conceptKeys = keys.filter((key) => paperIdOf(key) === undefined);
    const row = await readOne(context, 'neighborhood', neighborhoodRow, {
      keys: conceptKeys,
      paperIds,
      depth: int(depth),
      limit: int(limit),
    });
    if (!row || row.nodes.length === 0)
      throw notFound(`None of these keys is in the graph: ${keys.join(', ')}.`);
    return graphFromRows(row.nodes, row.relationships, { limit, truncated: row.truncated });
  });
}
