/**
 * Neo4j's error messages → the console's answer. A syntax error keeps Neo4j's message and gets its position
 * (1-based line and column, 0-based offset) relative to the user's text: the gate planned it with an
 * `EXPLAIN ` prefix, which Neo4j counts in, and Neo4j's echo of the query (with a caret) is dropped.
 */
import type { QueryError } from '../../../neo4j/database';
import { ApiError } from '../errors';

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * @example
 * syntaxPosition('Invalid input (line 1, column 9 (offset: 8))', 'EXPLAIN '.length);
 * // { line: 1, column: 1, offset: 0 }
 */
export function syntaxPosition(
  message: string,
  prefixLength: number,
): { line: number; column: number; offset: number } | undefined {
  const match = POSITION.exec(message);
  if (!match) return undefined;
  const line = Number(match[1]);
  const column = Number(match[2]);
  const offset = Number(match[3]);
  if (line < 1) return undefined;
  return {
    line,
    column: line === 1 ? Math.max(1, column - prefixLength) : column,
    offset: Math.max(0, offset - prefixLength),
  };
}

/** Neo4j's message without the position clause and without its echo of the query. */
export function cleanMessage(message: string): string {
  const echo = message.search(/\n\s*"/);
  const head = echo >= 0 ? message.slice(0, echo) : message;
  return head.replace(POSITION, '').trim();
}

/** A QueryError from planning or running a console query, as the API error to answer with. */
export function consoleQueryError(error: QueryError, prefixLength: number): ApiError {
  const code = error.code;
  if (code === 'Neo.ClientError.Statement.SyntaxError') {
    return new ApiError(
      400,
      'cypher_syntax',
      cleanMessage(error.message),
      syntaxPosition(error.message, prefixLength),
    );
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new ApiError(
      422,
      'query_timeout',
      `The query was stopped at the time limit: ${cleanMessage(error.message)}`,
    );
  }
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    return new ApiError(
      422,
      'query_memory',
      `The query was stopped at the memory limit: ${cleanMessage(error.message)}`,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new ApiError(403, 'write_query', 'The console only runs read queries.');
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new ApiError(
      400,
      'cypher_error',
      cleanMessage(error.message),
      syntaxPosition(error.message, prefixLength),
    );
  }
  return new ApiError(
    503,
    'database_busy',
    `The database could not run the query: ${cleanMessage(error.message)}`,
  );
}
