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

/** The answer cache of the explorer's read-only routes (cache/cached-routes.ts). */
export interface AnswerCacheSettings {
  /** Bytes of answers kept at most, least recently used dropped first. */
  maxBytes: number;
  /** Answers larger than this are not kept. */
  maxAnswerBytes: number;
  /** The graph version is read at most this often: a change in the graph shows within this time. */
  versionCheckMs: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheSettings = {
  maxBytes: 64 * 1024 * 1024,
  maxAnswerBytes: 4 * 1024 * 1024,
  versionCheckMs: 2_000,
};

/** What every route gets: the database boundary and the server's settings. */
export interface ServerContext {
  db: Database;
  limits?: Partial<ServerLimits>;
  /** The answer cache (on by default); `false` turns it off, so every request reads Neo4j. */
  cache?: Partial<AnswerCacheSettings> | false;
}

/** The context with every limit filled in. */
export interface RouteContext {
  db: Database;
  limits: ServerLimits;
}
