/** GET /api/stats — nodes per label, relationships per type, concepts per type. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StatsResponse } from '../../model/api';
import { CONCEPT_TYPES, type ConceptType } from '../../model/concepts';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { readOne } from '../read-query';

const counts = z.record(z.string(), z.number());
const statsRow = z.object({ labels: counts, relationships: counts });

export function statsRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/api/stats', cachedRoute, async (): Promise<StatsResponse> => {
    const row = await readOne(context, 'stats', statsRow);
    const labels = row?.labels ?? {};
    const concepts = Object.fromEntries(CONCEPT_TYPES.map((type) => [type, labels[type] ?? 0])) as Record<
      ConceptType,
      number
    >;
    return { labels, relationships: row?.relationships ?? {}, concepts };
  });
}
