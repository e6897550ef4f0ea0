/**
 * Hostile inputs for the read-only Cypher console, each with what must happen: refused by a gate (403 and
 * the gate's code), rejected by Neo4j's parser (400), or stopped by a limit (422 time/memory, or a 200 cut
 * at the row cap). None of them may change the database.
 */
export type Outcome =
  | { status: 403; code: string }
  | { status: 400; code: 'cypher_syntax' | 'cypher_error' }
  | {
      status: 422;
      code: 'query_timeout' | 'query_memory' | 'query_timeout|query_memory' | 'answer_too_large';
    }
  | { status: 200; truncated: true };

export interface HostileCase {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  outcome: Outcome;
}

const write = { status: 403, code: 'write_query' } as const;
const loadCsv = { status: 403, code: 'load_csv' } as const;
const procedure = { status: 403, code: 'procedure_not_allowed' } as const;
const administration = { status: 403, code: 'administration' } as const;
const batches = { status: 403, code: 'in_transactions' } as const;
const statements = { status: 403, code: 'multiple_statements' } as const;
const syntax = { status: 400, code: 'cypher_syntax' } as const;
const timeout = { status: 422, code: 'query_timeout' } as const;
const exhausted = { status: 422, code: 'query_timeout|query_memory' } as const;
const capped = { status: 200, truncated: true } as const;

export const HOSTILE_CYPHER: HostileCase[] = [
  // Writes of every kind
  { name: 'create node', query: 'CREATE (:Paper {id: "x"})', outcome: write },
  {
    name: 'create relationship',
    query: 'MATCH (a:Paper), (b:Concept) CREATE (a)-[:USES]->(b)',
    outcome: write,
  },
  { name: 'merge', query: 'MERGE (m:Method {key: "method:evil"}) RETURN m', outcome: write },
  {
    name: 'merge on match set',
    query: 'MERGE (p:Paper {id: "2111.14887"}) ON MATCH SET p.title = "x"',
    outcome: write,
  },
  { name: 'set property', query: 'MATCH (p:Paper) SET p.title = "pwned"', outcome: write },
  { name: 'set all properties', query: 'MATCH (p:Paper) SET p = {}', outcome: write },
  { name: 'set label', query: 'MATCH (p:Paper) SET p:Evil', outcome: write },
  { name: 'remove property', query: 'MATCH (c:Concept) REMOVE c.name', outcome: write },
  { name: 'remove label', query: 'MATCH (c:Concept) REMOVE c:Concept', outcome: write },
  { name: 'delete relationships', query: 'MATCH ()-[r]->() DELETE r', outcome: write },
  { name: 'detach delete', query: 'MATCH (n) DETACH DELETE n', outcome: write },
  { name: 'detach delete, lower case', query: 'match (n) detach delete n', outcome: write },
  { name: 'foreach create', query: 'FOREACH (i IN range(1, 10) | CREATE (:Junk {i: i}))', outcome: write },
  { name: 'write in a subquery', query: 'MATCH (p:Paper) CALL (p) { SET p.x = 1 } RETURN p', outcome: write },
  { name: 'write after a read', query: 'MATCH (p:Paper) WITH p LIMIT 1 DELETE p RETURN 1', outcome: write },
  {
    name: 'write behind a union',
    query: 'RETURN 1 AS x UNION CREATE (n:Junk) RETURN 2 AS x',
    outcome: write,
  },
  {
    name: 'write in a conditional subquery',
    query: 'OPTIONAL MATCH (p:Nope) CALL (p) { WITH p WHERE p IS NULL CREATE (:Junk) } RETURN 1',
    outcome: write,
  },
  {
    name: 'write with a parameter',
    query: 'CREATE (n:Junk) SET n = $props',
    params: { props: { a: 1 } },
    outcome: write,
  },
  // Schema and index changes
  { name: 'create index', query: 'CREATE INDEX evil FOR (p:Paper) ON (p.title)', outcome: write },
  { name: 'drop full-text index', query: 'DROP INDEX concept_text', outcome: write },
  { name: 'drop constraint', query: 'DROP CONSTRAINT paper_id', outcome: write },
  {
    name: 'create constraint',
    query: 'CREATE CONSTRAINT evil FOR (p:Paper) REQUIRE p.title IS UNIQUE',
    outcome: write,
  },
  {
    name: 'create full-text index',
    query: 'CREATE FULLTEXT INDEX evil FOR (p:Paper) ON EACH [p.title]',
    outcome: write,
  },
  // LOAD CSV
  {
    name: 'load csv over http',
    query: "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
    outcome: loadCsv,
  },
  {
    name: 'load csv from a file',
    query: "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN row",
    outcome: loadCsv,
  },
  {
    name: 'load csv, lower case',
    query: "load csv from 'https://example.org/a.csv' as r return r",
    outcome: loadCsv,
  },
  {
    name: 'load csv split by a comment',
    query: "LOAD/* */CSV FROM 'http://x/y' AS r RETURN r",
    outcome: loadCsv,
  },
  {
    name: 'load csv split by a line comment',
    query: "LOAD // hidden\nCSV FROM 'http://x/y' AS r RETURN r",
    outcome: loadCsv,
  },
  // Procedure abuse
  { name: 'dbms.listConfig', query: 'CALL dbms.listConfig()', outcome: procedure },
  { name: 'dbms.components', query: 'CALL dbms.components() YIELD name RETURN name', outcome: procedure },
  { name: 'dbms.killConnections', query: "CALL dbms.killConnections(['bolt-1'])", outcome: procedure },
  { name: 'db.createLabel', query: "CALL db.createLabel('Evil')", outcome: procedure },
  { name: 'db.createProperty', query: "CALL db.createProperty('evil')", outcome: procedure },
  { name: 'db.createRelationshipType', query: "CALL db.createRelationshipType('EVIL')", outcome: procedure },
  { name: 'db.stats.clear (a READ procedure)', query: "CALL db.stats.clear('QUERIES')", outcome: procedure },
  { name: 'db.clearQueryCaches', query: 'CALL db.clearQueryCaches()', outcome: procedure },
  { name: 'tx.setMetaData', query: 'CALL tx.setMetaData({evil: true})', outcome: procedure },
  {
    name: 'apoc.load.json',
    query: "CALL apoc.load.json('http://127.0.0.1:1/x') YIELD value RETURN value",
    outcome: procedure,
  },
  {
    name: 'apoc.cypher.runWrite',
    query: "CALL apoc.cypher.runWrite('CREATE (:Junk)', {})",
    outcome: procedure,
  },
  { name: 'procedure in backticks', query: 'CALL `dbms`.`listConfig`()', outcome: procedure },
  { name: 'procedure without parentheses', query: 'CALL dbms.listConfig', outcome: procedure },
  { name: 'procedure with spaced dots', query: 'CALL dbms . listConfig ()', outcome: procedure },
  {
    name: 'procedure inside EXISTS',
    query: 'MATCH (n) WHERE EXISTS { CALL dbms.components() YIELD name RETURN name } RETURN n',
    outcome: procedure,
  },
  {
    name: 'procedure in a subquery',
    query: 'CALL () { CALL db.createLabel("Evil") } RETURN 1',
    outcome: procedure,
  },
  {
    name: 'unknown namespaced function',
    query: "RETURN apoc.text.join(['a'], ',') AS x",
    outcome: { status: 403, code: 'function_not_allowed' },
  },
  // Administration
  { name: 'show users', query: 'SHOW USERS', outcome: administration },
  { name: 'show transactions', query: 'SHOW TRANSACTIONS', outcome: administration },
  {
    name: 'terminate transactions',
    query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    outcome: administration,
  },
  {
    name: 'show settings',
    query: 'SHOW SETTINGS YIELD name, value RETURN name, value',
    outcome: administration,
  },
  { name: 'alter user', query: "ALTER USER neo4j SET PASSWORD 'changed-password'", outcome: administration },
  { name: 'create user', query: "CREATE USER evil SET PASSWORD 'evil-password-1'", outcome: write },
  { name: 'grant role', query: 'GRANT ROLE admin TO evil', outcome: administration },
  { name: 'stop database', query: 'STOP DATABASE neo4j', outcome: administration },
  { name: 'use system', query: 'USE system SHOW USERS', outcome: administration },
  // Batched writes
  {
    name: 'call in transactions',
    query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS',
    outcome: batches,
  },
  {
    name: 'read in transactions',
    query: 'UNWIND [1] AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS OF 1 ROW RETURN j',
    outcome: batches,
  },
  {
    name: 'concurrent transactions',
    query: 'MATCH (n) CALL (n) { DETACH DELETE n } IN 2 CONCURRENT TRANSACTIONS',
    outcome: batches,
  },
  // Multi-statement tricks
  { name: 'second statement', query: 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', outcome: statements },
  { name: 'second statement without spaces', query: 'RETURN 1;CREATE (:Junk)', outcome: statements },
  {
    name: 'second statement after a comment',
    query: 'RETURN 1 // note\n; CREATE (:Junk)',
    outcome: statements,
  },
  {
    name: 'statement hidden after a string',
    query: "RETURN 'a;b' AS s; CREATE (:Junk)",
    outcome: statements,
  },
  {
    name: 'explain prefix',
    query: 'EXPLAIN CREATE (:Junk)',
    outcome: { status: 403, code: 'explain_profile' },
  },
  {
    name: 'profile prefix',
    query: 'PROFILE MATCH (n) DETACH DELETE n',
    outcome: { status: 403, code: 'explain_profile' },
  },
  // Comments and unicode hiding keywords
  { name: 'delete after a block comment', query: 'MATCH (n) /* RETURN n */ DETACH DELETE n', outcome: write },
  { name: 'keyword broken by a comment', query: 'MATCH (n) DE/**/TACH DELETE n', outcome: syntax },
  { name: 'unicode-escaped LOAD', query: "L\\u004fAD CSV FROM 'http://x/y' AS r RETURN r", outcome: loadCsv },
  {
    name: 'escaped newline ends a comment',
    query: "RETURN 1 AS x //\\u000aLOAD CSV FROM 'http://x/y' AS r RETURN r",
    outcome: loadCsv,
  },
  { name: 'unicode-escaped procedure namespace', query: 'CALL \\u0064bms.listConfig()', outcome: procedure },
  { name: 'unicode-escaped procedure name', query: "CALL db.createL\\u0061bel('Evil')", outcome: procedure },
  {
    name: 'escaped quote ends a string early',
    query: "WITH 'a\\u0027 AS x CREATE (:Junk) RETURN 'b' AS y",
    outcome: write,
  },
  { name: 'non-breaking space in DETACH DELETE', query: 'MATCH (n) DETACH\u00a0DELETE n', outcome: write },
  { name: 'ideographic space before DELETE', query: 'MATCH (n)\u3000DETACH DELETE n', outcome: write },
  {
    name: 'zero-width space in LOAD CSV',
    query: "LOAD\u200bCSV FROM 'http://x/y' AS r RETURN r",
    outcome: loadCsv,
  },
  { name: 'fullwidth CREATE', query: 'ＣＲＥＡＴＥ (:Junk)', outcome: syntax },
  { name: 'Cyrillic C in CREATE', query: '\u0421REATE (:Junk)', outcome: syntax },
  { name: 'right-to-left override', query: 'MATCH (n) \u202eETELED HCATED\u202c RETURN n', outcome: syntax },
  // Huge work
  {
    name: 'huge cartesian product',
    query: 'MATCH (a), (b), (c), (d), (e), (f) WHERE a <> f RETURN count(*)',
    outcome: timeout,
  },
  {
    name: 'deep variable-length paths, counted',
    query: 'MATCH p = ()-[*]-() RETURN count(p)',
    outcome: timeout,
  },
  { name: 'deep variable-length paths, returned', query: 'MATCH p = ()-[*]-() RETURN p', outcome: timeout },
  { name: 'many short paths, returned', query: 'MATCH p = ()-[*1..3]-() RETURN p', outcome: capped },
  { name: 'a billion rows', query: 'UNWIND range(1, 1000000000) AS i RETURN i', outcome: capped },
  {
    name: 'a huge list in memory',
    query: 'UNWIND range(1, 100000000) AS i WITH collect(i) AS l RETURN size(l)',
    outcome: exhausted,
  },
  {
    name: 'a huge sort',
    query: 'UNWIND range(1, 100000000) AS i WITH i ORDER BY i DESC RETURN i',
    outcome: exhausted,
  },
];
