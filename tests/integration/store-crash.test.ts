/**
 * Crash safety: the ingest CLI is killed with SIGKILL in the middle of writing and in the middle of
 * deriving; rerunning the same command must leave exactly the graph an uninterrupted run leaves.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { syntheticCorpus, syntheticFiles } from '../../bench/synthetic-corpus';
import { buildKnowledgeGraph } from '../../ingest/graph/build';
import { clearDatabase, testDatabase } from '../setup/database';
import { runIngestCli } from './support/cli';
import { graphDump } from './support/graph';

const PAPERS = 1_500;
const BATCH = 25;

describe('kill -9 and resume (real Neo4j, the ingest CLI as a child process)', () => {
  let db: Database;
  let dir: string;
  let args: string[];
  let reference: string;
  const edgesPerPaper = new Map<string, number>();

  const paperCount = async () => Number((await db.read('MATCH (p:Paper) RETURN count(p) AS n')).rows[0]?.n);

  beforeAll(async () => {
    db = await testDatabase();
    await clearDatabase(db);
    dir = mkdtempSync(join(tmpdir(), 'atlas-crash-'));
    const corpus = syntheticCorpus(PAPERS);
    const graph = buildKnowledgeGraph(corpus.abstracts, corpus.extractions);
    for (const edge of [...graph.mentions, ...graph.results]) {
      edgesPerPaper.set(edge.paperId, (edgesPerPaper.get(edge.paperId) ?? 0) + 1);
    }
    const files = syntheticFiles(corpus);
    writeFileSync(join(dir, 'corpus.txt'), files.listing);
    writeFileSync(join(dir, 'extractions.jsonl'), files.extractions);
    args = [
      join(dir, 'corpus.txt'),
      '--extractions',
      join(dir, 'extractions.jsonl'),
      '--batch-size',
      String(BATCH),
    ];
    const uninterrupted = await runIngestCli(args, inject('neo4j')).done;
    expect(uninterrupted.code, uninterrupted.stderr).toBe(0);
    reference = await graphDump(db);
  });

  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('killed while writing, it leaves whole batches only, and a rerun finishes the same graph', async () => {
    await clearDatabase(db);
    const run = runIngestCli(args, inject('neo4j'));
    await run.waitFor(/^write: [1-9]\d*\/\d+ papers/);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');

    const stored = await paperCount();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(PAPERS);
    expect(stored % BATCH).toBe(0);
    // Each stored paper is complete: it has every edge the graph gives it.
    const { rows } = await db.read(
      'MATCH (p:Paper) RETURN p.id AS id, COUNT { (p)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES|REPORTS]->() } AS edges',
    );
    expect(rows).toHaveLength(stored);
    for (const row of rows) expect(row.edges).toBe(edgesPerPaper.get(String(row.id)));

    const rerun = await runIngestCli(args, inject('neo4j')).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`\\(${stored} unchanged\\)`));
    expect(await graphDump(db)).toBe(reference);
  });

  it('killed while deriving, a rerun writes nothing new and completes the derived layer', async () => {
    await clearDatabase(db);
    const run = runIngestCli(args, inject('neo4j'));
    await run.waitFor(/^derive: writing concept counts/);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expect(await paperCount()).toBe(PAPERS);
    const { rows } = await db.read('MATCH (s:DerivedState) RETURN count(s) AS n');
    expect(rows[0]?.n).toBe(0);

    const rerun = await runIngestCli(args, inject('neo4j')).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain('Every paper is stored unchanged');
    expect(await graphDump(db)).toBe(reference);
  });
});
