/**
 * Console parameters arrive as JSON, where every number is a float. Whole numbers become Neo4j integers,
 * as people mean them (`LIMIT $n` refuses 10.0); other values pass as they are.
 */
import { int } from '../../../neo4j/database';

export function cypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(cypherParams);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cypherParams(item)]));
  }
  return value;
}
