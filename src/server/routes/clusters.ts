/**
 * GET /api/clusters — the overview: the top level of themes (or the clusters, when there are no themes);
 * GET /api/clusters?theme= — one theme's children; GET /api/clusters/:id?limit=&papers= — one cluster's
 * subgraph and the papers that mention most of its concepts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import type { ClusterDetails, ClustersResponse } from '../../model/api';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { notFound } from '../errors';
import { readOne } from '../read-query';
import { boundedInt, parseInput } from '../validation';
import {
  clusterPaper,
  clusterPaperRow,
  clusterRow,
  clustersResponse,
  clustersRow,
  clusterSummary,
  themePath,
  themeRow,
} from '../views/clusters';
import { edgeRow, graphFromRows, nodeRow } from '../views/graph-rows';

const clusterDetailsRow = z.object({
  cluster: clusterRow,
  path: z.array(themeRow).nullish(),
  nodes: z.array(nodeRow),
  relationships: z.array(edgeRow),
  truncated: z.boolean(),
  papers: z.array(clusterPaperRow),
  paperTotal: z.number(),
  paperNodes: z.array(nodeRow),
  paperEdges: z.array(edgeRow),
});

export function clusterRoutes(app: FastifyInstance, context: RouteContext): void {
  const cap = context.limits.graphNodeCap;
  const clusterParams = z.object({ id: z.string().min(1).max(300) });
  const clusterQuery = z.object({
    limit: boundedInt(1, cap, Math.min(context.limits.graphNodeDefault, cap)),
    papers: boundedInt(1, 100, 20),
  });

  const clustersQuery = z.object({ theme: z.string().min(1).max(300).optional() });

  app.get('/api/clusters', cachedRoute, async (request): Promise<ClustersResponse> => {
    const { theme } = parseInput(clustersQuery, request.query);
    if (theme === undefined) {
      const row = await readOne(context, 'clusters', clustersRow);
      return clustersResponse(row ?? { clusters: [], links: [] });
    }
    const row = await readOne(context, 'theme', clustersRow, { id: theme });
    if (!row) throw notFound(`No theme with id "${theme}".`);
    return clustersResponse(row);
  });

  app.get('/api/clusters/:id', cachedRoute, async (request): Promise<ClusterDetails> => {
    const { id } = parseInput(clusterParams, request.params);
    const { limit, papers } = parseInput(clusterQuery, request.query);
    const row = await readOne(context, 'cluster', clusterDetailsRow, {
      id,
      limit: int(limit),
      papers: int(papers),
    });
    if (!row) throw notFound(`No cluster with id "${id}".`);
    // The members first, then the papers that mention most of them (the cap counts members only).
    const graph = graphFromRows(
      [...row.nodes, ...row.paperNodes],
      [...row.relationships, ...row.paperEdges],
      { limit: limit + row.paperNodes.length, truncated: row.truncated },
    );
    return {
      ...clusterSummary(row.cluster),
      path: themePath(row.path),
      graph,
      papers: row.papers.map(clusterPaper),
      paperTotal: row.paperTotal,
    };
  });
}
