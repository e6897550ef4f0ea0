/**
 * POST /api/cypher {query, params} — the read-only Cypher console. Queries run in console workers
 * (console/worker-pool.ts), each through the gates of console/run-console-query.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ConsoleWorkers } from '../console/worker-pool';
import type { RouteContext } from '../context';
import { parseInput } from '../validation';

const cypherRequest = z.object({
  query: z.string().trim().min(1, 'the query is empty').max(20_000),
  params: z.record(z.string(), z.unknown()).optional(),
});

export function cypherRoutes(app: FastifyInstance, context: RouteContext): void {
  let workers: ConsoleWorkers | undefined;
  app.addHook('onClose', async () => {
    await workers?.close();
  });

  app.post('/api/cypher', async (request, reply) => {
    const body = parseInput(cypherRequest, request.body ?? {});
    workers ??= new ConsoleWorkers(context.db.settings, context.limits);
    const json = await workers.run(body);
    return reply.type('application/json; charset=utf-8').send(json);
  });
}
