/** GET /api/papers/:id — a paper with its extracted entities (evidence placed in each sentence), results, lineage. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { PaperDetails } from '../../model/api';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { notFound } from '../errors';
import { readOne } from '../read-query';
import { parseInput } from '../validation';
import { paperDetails, paperDetailsRow } from '../views/paper-details';

const paperParams = z.object({ id: z.string().min(1).max(300) });

export function paperRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/api/papers/:id', cachedRoute, async (request): Promise<PaperDetails> => {
    const { id } = parseInput(paperParams, request.params);
    const row = await readOne(context, 'paper', paperDetailsRow, { id });
    if (!row) throw notFound(`No paper with id "${id}".`);
    return paperDetails(row);
  });
}
