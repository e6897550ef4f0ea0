/**
 * `tsx tests/e2e/support/serve.ts` with E2E_NEO4J (connection settings, JSON) and E2E_STATIC (the built
 * app): the real HTTP server (`buildServer`) on a free loopback port. Prints `{"url": ...}` once listening;
 * SIGTERM closes it. The e2e global setup runs it as a child process, as `npm start` runs in production
 * (the server may start worker threads, which vitest's module runner cannot host).
 */
import { Database, type ConnectionSettings } from '../../../neo4j/database';
import { buildServer } from '../../../src/server/app';

const settings = JSON.parse(process.env.E2E_NEO4J ?? 'null') as ConnectionSettings | null;
const staticDir = process.env.E2E_STATIC;
if (!settings || !staticDir) throw new Error('serve: E2E_NEO4J and E2E_STATIC must be set');

const db = await Database.connect(settings);
const app = await buildServer({ db }, { staticDir });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void close());
process.on('SIGINT', () => void close());
