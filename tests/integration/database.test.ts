import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, DatabaseUnavailableError, QueryError } from '../../neo4j/database';
import { clearDatabase, testDatabase } from '../setup/database';

describe('Database (real Neo4j)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await clearDatabase(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('reports the server version', async () => {
    const info = await db.serverInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
  });

  it('writes in a transaction and reads back plain values', async () => {
    const big = '9007199254740993'; // 2^53 + 1: not a safe JavaScript number
    await db.write((tx) =>
      tx.run('CREATE (:Probe {name: $name, count: 42, big: toInteger($big), tags: ["a", "b"]})', {
        name: 'first',
        big,
      }),
    );
    const { columns, rows } = await db.read(
      'MATCH (p:Probe) RETURN p.name AS name, p.count AS count, p.big AS big, p.tags AS tags',
    );
    expect(columns).toEqual(['name', 'count', 'big', 'tags']);
    expect(rows).toEqual([{ name: 'first', count: 42, big, tags: ['a', 'b'] }]);
  });

  it('converts nodes, relationships and paths to plain graph values', async () => {
    await db.write((tx) => tx.run('CREATE (:Probe {name: "a"})-[:LINKS {w: 1}]->(:Probe {name: "b"})'));
    const { rows } = await db.read('MATCH path = (a:Probe {name: "a"})-[r:LINKS]->(b) RETURN a, r, path');
    const row = rows[0] as {
      a: { kind: string; labels: string[] };
      r: { kind: string; type: string };
      path: { kind: string; nodes: unknown[] };
    };
    expect(row.a).toMatchObject({ kind: 'node', labels: ['Probe'], properties: { name: 'a' } });
    expect(row.r).toMatchObject({ kind: 'relationship', type: 'LINKS', properties: { w: 1 } });
    expect(row.path.kind).toBe('path');
    expect(row.path.nodes).toHaveLength(2);
  });

  it('rolls back a failed write transaction completely', async () => {
    await expect(
      db.write(async (tx) => {
        await tx.run('CREATE (:Probe {name: "half-written"})');
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toBeInstanceOf(QueryError);
    const { rows } = await db.read('MATCH (p:Probe {name: "half-written"}) RETURN count(p) AS n');
    expect(rows[0]?.n).toBe(0);
  });

  it('stops reading at the row cap and says so', async () => {
    const result = await db.read('UNWIND range(1, 100000) AS i RETURN i', {}, { maxRows: 10 });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
  });

  it('tells the query type from EXPLAIN without running it', async () => {
    expect((await db.explain('MATCH (n) RETURN n')).queryType).toBe('r');
    expect((await db.explain('CREATE (n:Probe) RETURN n')).queryType).toBe('rw');
    const { rows } = await db.read('MATCH (p:Probe) WHERE p.name IS NULL RETURN count(p) AS n');
    expect(rows[0]?.n).toBe(0);
  });

  it('names an unreachable server as unavailable', async () => {
    await expect(
      Database.connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', origin: 'environment' }),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});
