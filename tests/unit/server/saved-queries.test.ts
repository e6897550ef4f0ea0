import { describe, expect, it } from 'vitest';
import { loadSavedQueries, parseSavedQuery } from '../../../src/server/console/saved-queries';
import { savedQueryText } from '../../../src/server/read-query';

describe('saved query headers', () => {
  it('reads description, parameters with examples, columns and the query', () => {
    const parsed = parseSavedQuery(
      'sample',
      [
        '// Methods evaluated on a dataset,',
        '// newest first.',
        '// Params:',
        '//   $key: dataset key (example: "dataset:cityscape")',
        '//   $limit: how many',
        '//     at most (example: 10)',
        '// Returns: method, paper',
        'MATCH (d {key: $key})<--(p)-->(m) RETURN m AS method, p AS paper LIMIT $limit',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      name: 'sample',
      description: 'Methods evaluated on a dataset, newest first.',
      params: [
        { name: 'key', description: 'dataset key', example: 'dataset:cityscape' },
        { name: 'limit', description: 'how many at most', example: 10 },
      ],
      columns: ['method', 'paper'],
      query: 'MATCH (d {key: $key})<--(p)-->(m) RETURN m AS method, p AS paper LIMIT $limit',
    });
  });

  it('reads "Params: none"', () => {
    const parsed = parseSavedQuery(
      'n',
      '// Counts.\n// Params: none\n// Returns: n\nMATCH (x) RETURN count(x) AS n',
    );
    expect(parsed.params).toEqual([]);
  });

  it.each([
    ['// Params: none\n// Returns: n\nRETURN 1 AS n', 'x.cypher:1: the header must start with a description'],
    ['// Counts.\n// Returns: n\nRETURN 1 AS n', 'x.cypher:3: the header has no "Params:" line'],
    ['// Counts.\n// Params: none\nRETURN 1 AS n', 'x.cypher:3: the header has no "Returns:" line'],
    ['// Counts.\n// Params: none\n// Returns: n\n', 'no query after the header'],
    ['// C.\n// Params: none\n// Returns: n\nRETURN $x AS n', 'parameters used but not declared: $x'],
    [
      '// C.\n// Params:\n//   $x: a thing\n// Returns: n\nRETURN 1 AS n',
      'parameters declared but not used: $x',
    ],
    [
      '// C.\n// Params:\n//   $x: a (example: {nope)\n// Returns: n\nRETURN $x AS n',
      'x.cypher:3: the example of $x is not JSON',
    ],
    [
      '// C.\n// Params:\n//   x: no dollar\n// Returns: n\nRETURN 1 AS n',
      'x.cypher:3: expected a parameter line',
    ],
  ])('rejects a malformed header %#', (text, message) => {
    expect(() => parseSavedQuery('x', text, 'x.cypher')).toThrow(message);
  });

  it('parses every file in cypher/queries', () => {
    const { queries, problems } = loadSavedQueries();
    expect(problems).toEqual([]);
    expect(queries.map((query) => query.name)).toContain('graph-counts');
    for (const query of queries) {
      expect(query.description.length, query.name).toBeGreaterThan(10);
      expect(query.columns.length, query.name).toBeGreaterThan(0);
      for (const param of query.params) expect(param.example, `${query.name} $${param.name}`).toBeDefined();
    }
  });

  it("sends the API's queries to Neo4j without their header", () => {
    for (const { name, query } of loadSavedQueries().queries) {
      expect(savedQueryText(name), name).toBe(query);
      expect(savedQueryText(name).startsWith('//'), name).toBe(false);
    }
    expect(savedQueryText('graph-counts')).toMatch(/^CALL \(\) \{ MATCH \(p:Paper\)/);
  });
});
