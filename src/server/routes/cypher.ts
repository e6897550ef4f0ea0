/** POST /api/cypher {query, params} — the read-only Cypher console (see console/run-console-query.ts). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CypherResponse } from '../../model/api';
import { runConsoleQuery } from '../console/run-console-query';
import type { RouteContext } from '../context';
import { parseInput } from '../validation';

const cypherRequest = z.object({
  query: z.string().trim().min(1, 'the query is empty').max(20_000),
  params: z.record(z.string(), z.unknown()).optional(),
});

export function cypherRoutes(app: FastifyInstance, context: RouteContext): void {
  app.post('/api/cypher', async (request): Promise<CypherResponse> => {
    const body = parseInput(cypherRequest, request.body ?? {});
    return runConsoleQuery(context.db, body, context.limits);
  });
}
