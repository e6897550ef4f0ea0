/**
 * `tsx tests/e2e/support/ingest-sample.ts` with E2E_NEO4J set to connection settings (JSON): applies the
 * schema and ingests the sample corpus (or the file E2E_CORPUS names) through `ingestFiles`, then prints the
 * report as one JSON line.
 * The e2e global setup runs it as a child process, where the ingest pipeline may start worker threads
 * (vitest's module runner cannot host them).
 */
import { join } from 'node:path';
import { ingestFiles } from '../../../ingest/pipeline';
import { applySchema } from '../../../ingest/store/schema';
import { Database, type ConnectionSettings } from '../../../neo4j/database';
import { projectRoot } from '../../../neo4j/paths';

export const sampleCorpus = join(projectRoot, 'data', 'sample', 'listing.txt');

const settings = JSON.parse(process.env.E2E_NEO4J ?? 'null') as ConnectionSettings | null;
if (!settings) throw new Error('ingest-sample: E2E_NEO4J (connection settings as JSON) is not set');
const db = await Database.connect(settings);
try {
  await applySchema(db);
  const report = await ingestFiles(db, [process.env.E2E_CORPUS ?? sampleCorpus]);
  process.stdout.write(`${JSON.stringify({ papers: report.papers, skipped: report.skipped })}\n`);
} finally {
  await db.close();
}
