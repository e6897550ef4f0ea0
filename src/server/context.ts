import type { Database } from '../../neo4j/database';

/** What every route gets: the database boundary and the server's settings. */
export interface ServerContext {
  db: Database;
}
