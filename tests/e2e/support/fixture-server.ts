/**
 * `npx tsx tests/e2e/support/fixture-server.ts [port]` — the built app (npm run build) with the fixture
 * API, for looking at the page without Neo4j. Ctrl+C stops it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureApi } from './fixtures';
import { startStubServer } from './stub-server';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const port = process.argv[2] ? Number(process.argv[2]) : 0;
const stub = await startStubServer({ staticDirs: [join(root, 'dist', 'app')], api: fixtureApi, port });
process.stdout.write(`Fixture server: ${stub.url}/\n`);
process.on('SIGINT', () => void stub.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void stub.close().then(() => process.exit(0)));
