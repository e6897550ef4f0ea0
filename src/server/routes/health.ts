/** GET /api/health — is the database reachable, which version, how much is in it. */
import type { FastifyInstance } from 'fastify';
import { cypher } from '../../../neo4j/cypher-files';
import type { HealthResponse } from '../../model/api';
import type { ServerContext } from '../context';

export function healthRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get('/api/health', async (_request, reply): Promise<HealthResponse> => {
    const origin = db.settings.origin;
    try {
      const [info, counts] = await Promise.all([db.serverInfo(), db.read(cypher('queries/graph-counts'))]);
      const row = counts.rows[0] ?? {};
      return {
        status: 'ok',
        database: { reachable: true, version: info.agent, origin },
        counts: {
          papers: Number(row.papers ?? 0),
          concepts: Number(row.concepts ?? 0),
          relationships: Number(row.relationships ?? 0),
        },
      };
    } catch {
      void reply.code(503);
      return { status: 'unavailable', database: { reachable: false, origin } };
    }
  });
}
