/** `npm run db:schema` — applies cypher/schema/*.cypher to NEO4J_URI or the embedded Neo4j. */
import { connectDatabase } from '../../neo4j/connect';
import { applySchema } from './schema';

const { db, settings } = await connectDatabase();
try {
  const applied = await applySchema(db);
  console.log(`Schema applied to ${settings.uri}: ${applied} statements (each IF NOT EXISTS).`);
} catch (error) {
  console.error(`db:schema: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
