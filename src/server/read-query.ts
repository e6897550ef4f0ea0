/** Runs one of the API's saved queries (cypher/queries/<name>.cypher) in a READ transaction. */
import { cypher } from '../../neo4j/cypher-files';
import type { ReadResult, Row } from '../../neo4j/database';
import type { RouteContext } from './context';

export function readQuery(
  { db, limits }: RouteContext,
  name: string,
  params: Record<string, unknown> = {},
): Promise<ReadResult> {
  return db.read(cypher(`queries/${name}`), params, { timeoutMs: limits.queryTimeoutMs });
}

/** The first row of a query that returns at most one, typed by the caller, or undefined. */
export async function readOne<T>(
  context: RouteContext,
  name: string,
  params: Record<string, unknown> = {},
): Promise<T | undefined> {
  const { rows } = await readQuery(context, name, params);
  return rows[0] as (Row & T) | undefined;
}
