/** GET /api/queries — the saved queries of cypher/queries/ for the Cypher console (not the internal ones). */
import type { FastifyInstance } from 'fastify';
import type { SavedQuery } from '../../model/api';
import { consoleQueries, loadSavedQueries } from '../console/saved-queries';

export function savedQueryRoutes(app: FastifyInstance): void {
  const { queries, problems } = loadSavedQueries();
  for (const problem of problems) app.log.warn(`Saved query skipped: ${problem}`);
  const listed = consoleQueries(queries);
  app.get('/api/queries', async (): Promise<SavedQuery[]> => listed);
}
