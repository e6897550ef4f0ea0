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
import { projectRoot } from '../../neo4j/paths';
import { installAnswerCache } from './cache/cached-routes';
import { DEFAULT_ANSWER_CACHE, DEFAULT_LIMITS, type RouteContext, type ServerContext } from './context';
import { clientErrorHandler, frameworkErrors, installErrorHandling, unknownRoute } from './errors';
import { clusterRoutes } from './routes/clusters';
import { conceptRoutes } from './routes/concepts';
import { cypherRoutes } from './routes/cypher';
import { graphRoutes } from './routes/graph';
import { healthRoutes } from './routes/health';
import { paperRoutes } from './routes/papers';
import { savedQueryRoutes } from './routes/queries';
import { searchRoutes } from './routes/search';
import { statsRoutes } from './routes/stats';
import { timeRoutes } from './routes/time';
import { warmPlans } from './warm-plans';

/** Longest encoded path parameter Fastify routes: 300 characters of 3 UTF-8 bytes, each written %XX. */
const PATH_PARAM_MAX_ENCODED = 300 * 9;

const appDistDir = join(projectRoot, 'dist', 'app');

export async function buildServer(
  context: ServerContext,
  options: {
    logger?: boolean | { level: string };
    staticDir?: string;
    /** Plan the explorer's costliest queries in the background once the server is ready (warm-plans.ts). */
    warmPlans?: boolean;
  } = {},
): Promise<FastifyInstance> {
  // Path parameters are concept keys, paper ids and cluster ids (concept keys too) of up to 300 characters,
  // percent-encoded (up to 9 characters each); the routes' own checks bound them, not Fastify's 100 (414).
  // Errors answered before routing (414, a broken %-encoding, 431 from Node's parser) keep the API's shape.
  const app = Fastify({
    logger: options.logger ?? false,
    routerOptions: { maxParamLength: PATH_PARAM_MAX_ENCODED },
    frameworkErrors,
    clientErrorHandler,
  });
  const routeContext: RouteContext = { db: context.db, limits: { ...DEFAULT_LIMITS, ...context.limits } };
  installErrorHandling(app);
  if (context.cache !== false) {
    installAnswerCache(app, routeContext, { ...DEFAULT_ANSWER_CACHE, ...context.cache });
  }
  healthRoutes(app, routeContext);
  statsRoutes(app, routeContext);
  searchRoutes(app, routeContext);
  conceptRoutes(app, routeContext);
  paperRoutes(app, routeContext);
  graphRoutes(app, routeContext);
  clusterRoutes(app, routeContext);
  timeRoutes(app, routeContext);
  savedQueryRoutes(app, routeContext);
  cypherRoutes(app, routeContext);

  const staticDir = options.staticDir ?? appDistDir;
  const serveApp = existsSync(staticDir);
  if (serveApp) await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  // Client-side routes fall back to the app's index.html; unknown /api paths stay 404 JSON.
  app.setNotFoundHandler((request, reply) => {
    if (!serveApp || request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply.code(404).send(unknownRoute(request.method, request.url));
    }
    return reply.sendFile('index.html');
  });
  if (options.warmPlans) {
    app.addHook('onReady', async () => {
      void warmPlans(routeContext);
    });
  }
  return app;
}
