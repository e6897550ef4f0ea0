import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../neo4j/paths';
import { consoleQueries, loadSavedQueries, parseSavedQuery } from '../../../src/server/console/saved-queries';
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

  it('reads "Internal:" (what reads the query), which keeps it off the console\'s list', () => {
    const internal = parseSavedQuery(
      'stats',
      '// Counts.\n// Internal: GET /api/stats\n// Params: none\n// Returns: n\nRETURN 1 AS n',
    );
    expect(internal.internal).toBe('GET /api/stats');
    expect(internal.description).toBe('Counts.');
    const example = parseSavedQuery('n', '// Counts.\n// Params: none\n// Returns: n\nRETURN 1 AS n');
    expect(example).not.toHaveProperty('internal');
    expect(consoleQueries([internal, example])).toEqual([example]);
    expect(() =>
      parseSavedQuery('x', '// C.\n// Internal:\n// Params: none\n// Returns: n\nRETURN 1 AS n', 'x.cypher'),
    ).toThrow('x.cypher:2: say after "Internal:" what reads the query');
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

  it('marks Internal exactly the queries the server reads, and lists researcher examples', () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(projectRoot, 'src', 'server'));
    const read = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(/\(\s*context,\s*'([a-z-]+)'/g)) read.add(match[1] ?? '');
      for (const match of source.matchAll(/cypher\(\s*'queries\/([a-z-]+)'\s*\)/g)) read.add(match[1] ?? '');
      for (const match of source.matchAll(/savedQueryText\(\s*'([a-z-]+)'\s*\)/g)) read.add(match[1] ?? '');
    }
    const { queries } = loadSavedQueries();
    expect(read.size).toBeGreaterThan(10);
    expect(
      queries
        .filter((query) => query.internal)
        .map((query) => query.name)
        .sort(),
    ).toEqual([...read].sort());
    const listed = consoleQueries(queries).map((query) => query.name);
    expect(listed).toEqual(
      expect.arrayContaining([
        'methods-on-dataset',
        'datasets-per-task',
        'papers-linking-concepts',
        'co-occurring-concepts',
        'method-lineage',
        'results-on-target',
      ]),
    );
    for (const name of listed) expect(read.has(name), name).toBe(false);
  });
});
