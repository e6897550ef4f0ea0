import { describe, expect, it } from 'vitest';
import { QueryError } from '../../../neo4j/database';
import { cleanMessage, consoleQueryError, syntaxPosition } from '../../../src/server/console/cypher-errors';

const neo4jMessage =
  "Invalid input 'RETRUN': expected 'RETURN' (line 1, column 19 (offset: 18))\n\"EXPLAIN MATCH (n) RETRUN n\"\n                   ^";

describe('console error messages', () => {
  it('gives the position in the text the user typed', () => {
    expect(syntaxPosition(neo4jMessage, 8)).toEqual({ line: 1, column: 11, offset: 10 });
    expect(syntaxPosition('bad (line 3, column 4 (offset: 40))', 8)).toEqual({
      line: 3,
      column: 4,
      offset: 32,
    });
    expect(
      syntaxPosition('Expected exactly one statement (line 0, column 0 (offset: 0))', 8),
    ).toBeUndefined();
  });

  it("keeps Neo4j's message without its echo of the query", () => {
    expect(cleanMessage(neo4jMessage)).toBe("Invalid input 'RETRUN': expected 'RETURN'");
  });

  it.each([
    ['Neo.ClientError.Statement.SyntaxError', 400, 'cypher_syntax'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 422, 'query_timeout'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 422, 'query_memory'],
    ['Neo.ClientError.Statement.AccessMode', 403, 'write_query'],
    ['Neo.ClientError.Statement.ArithmeticError', 400, 'cypher_error'],
  ])('answers %s with %i %s', (code, status, apiCode) => {
    const error = consoleQueryError(new QueryError(neo4jMessage, code), 8);
    expect([error.status, error.code]).toEqual([status, apiCode]);
  });
});
