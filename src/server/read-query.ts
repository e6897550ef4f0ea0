/** Runs one of the API's saved queries (cypher/queries/<name>.cypher) in a READ transaction. */
import { cypher } from '../../neo4j/cypher-files';
import type { z } from 'zod';
import type { ReadResult } from '../../neo4j/database';
import { parseRows } from '../../neo4j/rows';
import { parseSavedQuery } from './console/saved-queries';
import type { RouteContext } from './context';

const queryTexts = new Map<string, string>();

/**
 * The statement of a saved query without its header comment: Neo4j does not need the header, and a shorter
 * text is fewer bytes to send with every request (and fewer socket writes: the driver writes in 1.4 kB chunks).
 */
export function savedQueryText(name: string): string {
  let text = queryTexts.get(name);
  if (text === undefined) {
    text = parseSavedQuery(name, cypher(`queries/${name}`)).query;
    queryTexts.set(name, text);
  }
  return text;
}

export function readQuery(
  { db, limits }: RouteContext,
  name: string,
  params: Record<string, unknown> = {},
): Promise<ReadResult> {
  return db.read(savedQueryText(name), params, { timeoutMs: limits.queryTimeoutMs });
}

/** The rows of a saved query, each parsed with the query's row schema (a misfit raises RowShapeError). */
export async function readRows<S extends z.ZodType>(
  context: RouteContext,
  name: string,
  schema: S,
  params: Record<string, unknown> = {},
): Promise<z.output<S>[]> {
  const { rows } = await readQuery(context, name, params);
  return parseRows(name, rows, schema);
}

/** The first row of a query that returns at most one, parsed with the query's row schema, or undefined. */
export async function readOne<S extends z.ZodType>(
  context: RouteContext,
  name: string,
  schema: S,
  params: Record<string, unknown> = {},
): Promise<z.output<S> | undefined> {
  const { rows } = await readQuery(context, name, params);
  return parseRows(name, rows.slice(0, 1), schema)[0];
}
