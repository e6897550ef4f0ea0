/**
 * POST /api/cypher, read-only: the text check (lexical-gate.ts), Neo4j's plan check (plan-gate.ts), then a
 * READ transaction with a timeout and a row cap. The answer holds the table and the graph found in its
 * values; relationships whose end nodes the query did not return get them fetched, so they can be drawn.
 */
import { QueryError, type Database } from '../../../neo4j/database';
import { savedQueryText } from '../read-query';
import type { CypherRequest, CypherResponse } from '../../model/api';
import type { ServerLimits } from '../context';
import { ApiError } from '../errors';
import { GraphPayloadBuilder } from '../views/graph-payload';
import { consoleQueryError } from './cypher-errors';
import { lexicalRefusal, type Refusal } from './lexical-gate';
import { cypherParams } from './params';
import { planRefusal } from './plan-gate';

const EXPLAIN_PREFIX = 'EXPLAIN '.length;

const refused = (refusal: Refusal) => new ApiError(403, refusal.code, refusal.message);

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof QueryError ? consoleQueryError(error, EXPLAIN_PREFIX) : error;
  }
}

export async function runConsoleQuery(
  db: Database,
  request: CypherRequest,
  limits: ServerLimits,
): Promise<CypherResponse> {
  const lexical = lexicalRefusal(request.query);
  if (lexical) throw refused(lexical);
  const params = cypherParams(request.params ?? {}) as Record<string, unknown>;

  const summary = await guarded(() => db.explain(request.query, params));
  const planned = planRefusal(summary);
  if (planned) throw refused(planned);

  const started = performance.now();
  const result = await guarded(() =>
    db.read(request.query, params, { timeoutMs: limits.cypherTimeoutMs, maxRows: limits.cypherRowCap }),
  );
  const elapsedMs = Math.round(performance.now() - started);

  const graph = new GraphPayloadBuilder(limits.cypherGraphNodes).add(result.rows);
  const missing = graph.missingNodeIds().slice(0, limits.cypherGraphNodes);
  if (missing.length > 0) {
    const ends = await db.read(
      savedQueryText('nodes-by-element-id'),
      { ids: missing },
      { timeoutMs: limits.queryTimeoutMs },
    );
    graph.add(ends.rows);
  }
  return {
    columns: result.columns,
    rows: result.rows,
    graph: graph.build(),
    truncated: result.truncated,
    rowCap: limits.cypherRowCap,
    elapsedMs,
  };
}
