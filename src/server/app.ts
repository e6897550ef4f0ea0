/**
 * The HTTP server: JSON API under /api, the built app (dist/app) for everything else.
 *
 * @example
 * const app = await buildServer({ db });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { projectRoot } from '../../neo4j/embedded';
import type { ServerContext } from './context';
import { healthRoutes } from './routes/health';

export const appDistDir = join(projectRoot, 'dist', 'app');

export async function buildServer(
  context: ServerContext,
  options: { logger?: boolean; staticDir?: string } = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  healthRoutes(app, context);

  const staticDir = options.staticDir ?? appDistDir;
  if (existsSync(staticDir)) {
    await app.register(fastifyStatic, { root: staticDir, wildcard: false });
    // Client-side routes fall back to the app's index.html; unknown /api paths stay 404 JSON.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply
          .code(404)
          .send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}` } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
