/**
 * Where the database is: NEO4J_URI when set, else the embedded instance (started on demand).
 * Every entry point (npm start, ingest, tests, benchmarks) gets its connection here.
 */
import { Database, settingsFromEnvironment, type ConnectionSettings } from './database';
import { settingsFor, start, type InstanceOptions, type InstanceState } from './embedded';

export interface Connected {
  db: Database;
  settings: ConnectionSettings;
  /** The embedded instance when one is used; `startedHere` when this call started it. */
  embedded?: { instance: InstanceState; startedHere: boolean };
}

/**
 * Connects to NEO4J_URI, or starts (or reuses) the embedded Neo4j.
 *
 * @example
 * const { db } = await connectDatabase();
 * const { rows } = await db.read('RETURN 1 AS one');
 */
export async function connectDatabase(options: InstanceOptions = {}): Promise<Connected> {
  const fromEnvironment = settingsFromEnvironment();
  if (fromEnvironment) {
    const db = await Database.connect(fromEnvironment);
    return { db, settings: fromEnvironment };
  }
  const { instance, reused } = await start(options);
  const settings = settingsFor(instance);
  const db = await Database.connect(settings);
  return { db, settings, embedded: { instance, startedHere: !reused } };
}
