/** GET /api/health — is the database reachable, which version, how much is in it (503 while it is down). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HealthResponse } from '../../model/api';
import type { RouteContext } from '../context';
import { readOne } from '../read-query';

const graphCountsRow = z.object({ papers: z.number(), concepts: z.number(), relationships: z.number() });

export function healthRoutes(app: FastifyInstance, context: RouteContext): void {
  const { db } = context;
  app.get('/api/health', async (_request, reply): Promise<HealthResponse> => {
    const origin = db.settings.origin;
    try {
      const [info, counts] = await Promise.all([
        db.serverInfo(),
        readOne(context, 'graph-counts', graphCountsRow),
      ]);
      return {
        status: 'ok',
        database: { reachable: true, version: info.agent, origin },
        counts: {
          papers: Number(counts?.papers ?? 0),
          concepts: Number(counts?.concepts ?? 0),
          relationships: Number(counts?.relationships ?? 0),
        },
      };
    } catch {
      void reply.code(503);
      return { status: 'unavailable', database: { reachable: false, origin } };
    }
  });
}
