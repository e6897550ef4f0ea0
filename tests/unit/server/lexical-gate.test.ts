import { describe, expect, it } from 'vitest';
import { lexicalRefusal } from '../../../src/server/console/lexical-gate';

describe('console text gate', () => {
  it.each([
    'MATCH (n:Paper) RETURN n.title LIMIT 5',
    'MATCH (n) RETURN n;',
    "RETURN 'LOAD CSV; SHOW USERS' AS text",
    'RETURN 1 // LOAD CSV FROM x',
    'MATCH (n:Show)-[:USE]->(m) RETURN n.show, n.transactions, {show: 1} AS m',
    'WITH 1 AS start, 2 AS stop RETURN start, stop',
    'CALL db.labels() YIELD label RETURN label',
    "CALL db.index.fulltext.queryNodes('concept_text', 'bert') YIELD node RETURN node",
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN c',
    'RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d, date.truncate("month", date()) AS m',
    'MATCH (p:Paper) RETURN p {.title, .year}',
    'UNWIND [1, 2] AS x WITH x WHERE x IN [1] RETURN x',
  ])('lets %j through', (query) => {
    expect(lexicalRefusal(query)).toBeUndefined();
  });

  it.each([
    ['RETURN 1; RETURN 2', 'multiple_statements'],
    ["LOAD CSV FROM 'http://x' AS r RETURN r", 'load_csv'],
    ["load /* */ csv from 'http://x' as r return r", 'load_csv'],
    ["L\\u004fAD CSV FROM 'http://x' AS r RETURN r", 'load_csv'],
    ["RETURN 1 //\\u000aLOAD CSV FROM 'x' AS r RETURN r", 'load_csv'],
    ['MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10 ROWS', 'in_transactions'],
    ['MATCH (n) CALL (n) { DELETE n } IN 4 CONCURRENT TRANSACTIONS', 'in_transactions'],
    ['SHOW USERS', 'administration'],
    ["TERMINATE TRANSACTIONS 'x'", 'administration'],
    ['STOP DATABASE neo4j', 'administration'],
    ['USE system MATCH (n) RETURN n', 'administration'],
    ['CALL dbms.listConfig()', 'procedure_not_allowed'],
    ['CALL `dbms`.listConfig', 'procedure_not_allowed'],
    ['CALL db . createLabel ("X")', 'procedure_not_allowed'],
    ['CALL \\u0064bms.listConfig()', 'procedure_not_allowed'],
    ['CALL apoc.load.json("http://x") YIELD value RETURN value', 'procedure_not_allowed'],
    ['RETURN apoc.util.sleep(1000)', 'function_not_allowed'],
    ['RETURN {a: apoc.util.sleep(1000)} AS m', 'function_not_allowed'],
    ['RETURN `apoc`.text.join(["a"], ",")', 'function_not_allowed'],
    ['EXPLAIN MATCH (n) RETURN n', 'explain_profile'],
  ])('refuses %j (%s)', (query, code) => {
    expect(lexicalRefusal(query)?.code).toBe(code);
  });

  it('names the refused procedure', () => {
    expect(lexicalRefusal('CALL dbms.listConfig()')?.message).toContain('dbms.listConfig');
  });
});
