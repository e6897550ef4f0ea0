/** GET /api/clusters — the cluster map; GET /api/clusters/:id?limit= — one cluster's subgraph. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import type { ClusterDetails, ClustersResponse } from '../../model/api';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { notFound } from '../errors';
import { readOne } from '../read-query';
import { parseInput } from '../validation';
import { clusterSummary, clustersResponse, type ClusterRow } from '../views/clusters';
import { graphFromRows, type EdgeRow, type NodeRow } from '../views/graph-rows';

export function clusterRoutes(app: FastifyInstance, context: RouteContext): void {
  const cap = context.limits.graphNodeCap;

  app.get('/api/clusters', cachedRoute, async (): Promise<ClustersResponse> => {
    const row = await readOne<Parameters<typeof clustersResponse>[0]>(context, 'clusters');
    return clustersResponse(row ?? { clusters: [], links: [] });
  });

  app.get('/api/clusters/:id', cachedRoute, async (request): Promise<ClusterDetails> => {
    const { id } = parseInput(z.object({ id: z.string().min(1).max(100) }), request.params);
    const { limit } = parseInput(
      z.object({
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(cap)
          .default(Math.min(context.limits.graphNodeDefault, cap)),
      }),
      request.query,
    );
    const row = await readOne<{
      cluster: ClusterRow;
      nodes: NodeRow[];
      relationships: EdgeRow[];
      truncated: boolean;
    }>(context, 'cluster', { id, limit: int(limit) });
    if (!row) throw notFound(`No cluster with id "${id}".`);
    const graph = graphFromRows(row.nodes, row.relationships, { limit, truncated: row.truncated });
    return { ...clusterSummary(row.cluster), graph };
  });
}
