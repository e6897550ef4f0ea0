/**
 * Derive's step for the precomputed answers (answers.ts): reads every paper's mentions, computes the context
 * norms and the clusters' ranked papers for the derived layer just computed, and writes those that differ
 * from what is stored, in batches. Runs after the clusters are written (the papers go on Cluster nodes).
 */
import { z } from 'zod';
import { cypher } from '../../neo4j/cypher-files';
import { int, type Database } from '../../neo4j/database';
import { parseRows } from '../../neo4j/rows';
import { retrying, type RetryPolicy } from '../../neo4j/retry';
import { precomputeAnswers } from './answers';
import { diffRows, keyed } from './diff';
import type { DerivedLayer } from './layer';

const ROWS = {
  mentions: z.object({ id: z.string(), mentioned: z.array(z.string()) }),
  'context-norms': z.object({ key: z.string(), contextNorm: z.number().nullable() }),
  'cluster-papers': z.object({
    id: z.string(),
    paperIds: z.array(z.string()).nullable(),
    paperMentions: z.array(z.number()).nullable(),
    paperTotal: z.number().nullable(),
  }),
};

export interface AnswersChange {
  contextNorms: number;
  clusters: number;
}

/**
 * @example
 * await writePrecomputedAnswers(db, layer, papers, { retry: {}, batchSize: 10_000 });
 */
export async function writePrecomputedAnswers(
  db: Database,
  layer: DerivedLayer,
  years: ReadonlyArray<{ id: string; year: number | null }>,
  options: { retry: RetryPolicy; batchSize: number },
): Promise<AnswersChange> {
  const read = async <S extends z.ZodType>(name: keyof typeof ROWS, schema: S, what: string) => {
    const query = `write/derive/${name}`;
    const { rows } = await retrying(() => db.read(cypher(query)), options.retry, what);
    return parseRows(query, rows, schema);
  };
  const write = (name: string, rows: readonly unknown[]) =>
    db.writeBatches(rows, (tx, batch) => tx.run(cypher(`write/derive/${name}`), { rows: batch }), {
      batchSize: options.batchSize,
      retry: options.retry,
      what: (first, last) => `writing ${name} rows ${first}-${last}`,
    });

  const yearOf = new Map(years.map((paper) => [paper.id, paper.year]));
  const papers = (await read('mentions', ROWS.mentions, 'reading the papers’ mentions')).map((paper) => ({
    ...paper,
    year: yearOf.get(paper.id) ?? null,
  }));
  const answers = precomputeAnswers(papers, layer.concepts);

  // Every concept gets a norm (0 when nothing mentions it), so none is left with a stale one.
  const norms = (await read('context-norms', ROWS['context-norms'], 'reading the context norms')).filter(
    (row) => row.contextNorm !== (answers.contextNorms.get(row.key) ?? 0),
  );
  await write(
    'context-norms-set',
    norms.map((row) => ({ key: row.key, contextNorm: answers.contextNorms.get(row.key) ?? 0 })),
  );

  const ranked = keyed(answers.clusters, (row) => row.id);
  const clusters = diffRows(
    keyed(
      await read('cluster-papers', ROWS['cluster-papers'], 'reading the clusters’ papers'),
      (row) => row.id,
    ),
    keyed(
      layer.clusters.map((cluster) => {
        const found = ranked.get(cluster.id);
        return found ?? { id: cluster.id, paperIds: [], paperMentions: [], paperTotal: 0 };
      }),
      (row) => row.id,
    ),
  );
  await write(
    'cluster-papers-set',
    clusters.upserts.map((row) => ({
      id: row.id,
      paperIds: row.paperIds ?? [],
      paperMentions: (row.paperMentions ?? []).map(int),
      paperTotal: int(row.paperTotal ?? 0),
    })),
  );
  return { contextNorms: norms.length, clusters: clusters.upserts.length };
}
