/**
 * The one place integration tests and benchmarks get their graph from. `fixture` (default) loads
 * tests/fixtures/graph.cypher, a small graph written exactly as cypher/README.md describes it, so tests can
 * assert exact values; `sample` ingests the sample corpus through the real pipeline (TEST_GRAPH=sample), for
 * the tests that hold on any graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../neo4j/database';
import { statements } from '../../neo4j/cypher-files';
import { projectRoot } from '../../neo4j/paths';
import { ingestFiles } from '../../ingest/pipeline';
import { applySchema } from '../../ingest/store/schema';
import { clearDatabase } from './database';

export type TestGraph = 'fixture' | 'sample';

export const fixturePath = join(projectRoot, 'tests', 'fixtures', 'graph.cypher');
export const sampleCorpusPath = join(projectRoot, 'data', 'sample', 'listing.txt');

/** TEST_GRAPH from the environment: 'sample' or (default) 'fixture'. */
export function testGraph(env: NodeJS.ProcessEnv = process.env): TestGraph {
  return env.TEST_GRAPH === 'sample' ? 'sample' : 'fixture';
}

/** Empties the database, applies the project schema, then loads the chosen graph and waits for its indexes. */
export async function seedGraph(db: Database, graph: TestGraph = testGraph()): Promise<void> {
  await clearDatabase(db);
  await applySchema(db);
  if (graph === 'sample') {
    await ingestFiles(db, [sampleCorpusPath]);
  } else {
    for (const statement of statements(readFileSync(fixturePath, 'utf8'))) await db.run(statement);
  }
  await db.run('CALL db.awaitIndexes(300)');
}
