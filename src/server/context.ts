import type { Database } from '../../neo4j/database';

/** Caps the server enforces; tests and benchmarks may lower them. */
export interface ServerLimits {
  /** Cypher console: server-side transaction timeout. */
  cypherTimeoutMs: number;
  /** Cypher console: rows returned at most (the answer says when it was cut). */
  cypherRowCap: number;
  /** Cypher console: nodes drawn at most from the values of one answer. */
  cypherGraphNodes: number;
  /** Cypher console: largest answer sent, in bytes of JSON. */
  cypherAnswerBytes: number;
  /** Cypher console: heap of each console worker, in MB. */
  cypherWorkerMemoryMb: number;
  /** Neighbourhood and cluster subgraphs: nodes at most (the `limit` parameter cannot exceed it). */
  graphNodeCap: number;
  /** Neighbourhood and cluster subgraphs: nodes when the request gives no `limit`. */
  graphNodeDefault: number;
  /** Timeout of the API's own queries. */
  queryTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  cypherTimeoutMs: 10_000,
  cypherRowCap: 1_000,
  cypherGraphNodes: 2_000,
  cypherAnswerBytes: 20_000_000,
  cypherWorkerMemoryMb: 512,
  graphNodeCap: 500,
  graphNodeDefault: 100,
  queryTimeoutMs: 15_000,
};

/** What every route gets: the database boundary and the server's settings. */
export interface ServerContext {
  db: Database;
  limits?: Partial<ServerLimits>;
}

/** The context with every limit filled in. */
export interface RouteContext {
  db: Database;
  limits: ServerLimits;
}
