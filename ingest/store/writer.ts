/**
 * Writes the knowledge graph to Neo4j. One transaction holds one batch of whole papers: the papers, every
 * concept their edges reach, and all their edges (mentions, lineage, results). So a crash or an outage
 * leaves each paper either complete or absent, never half-written.
 *
 * Papers whose stored `graphHash` equals the new one are skipped; a changed paper has its old edges
 * removed and its new ones created in the same transaction. Labels and relationship types come from the
 * whitelists in src/model/concepts.ts, passed as parameters to the statements in cypher/write/.
 */
import { cypher } from '../../neo4j/cypher-files';
import type { Database, Summary, WriteTransaction } from '../../neo4j/database';
import type { ConceptRecord, KnowledgeGraph } from '../../src/model/graph';
import { conceptKeysOf, paperSlices, type PaperSlice } from './paper-slices';
import {
  LINEAGE_KINDS,
  MENTION_KINDS,
  PAPER_KINDS,
  RESULT_KINDS,
  conceptProperties,
  forDriver,
  lineageProperties,
  mentionProperties,
  paperProperties,
  resultProperties,
} from './properties';
import type { RetryPolicy } from '../../neo4j/retry';
import { readStoredHashes, type StoredHashes } from './stored-hashes';

export const BATCH_SIZE = 500;

export interface WriteOptions {
  /** The extractor that produced the graph (`Extractor.fingerprint`); stored papers remember it. */
  fingerprint: string;
  /** Papers per transaction. */
  batchSize?: number;
  /** Rewrite every paper, even unchanged ones. */
  force?: boolean;
  retry?: RetryPolicy;
  /** What the store holds for these papers, when the caller has read it already. */
  stored?: ReadonlyMap<string, StoredHashes>;
  /** Papers handled so far (written or found unchanged) out of all. */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteReport {
  /** Papers written (new or changed). */
  written: number;
  /** Papers found unchanged and skipped. */
  unchanged: number;
  transactions: number;
  /** Neo4j's update counters summed over every statement. */
  counters: Record<string, number>;
}

/** The parameters of one batch, ready for the statements in cypher/write/. */
export interface BatchParameters {
  /** Papers already stored, whose old edges go first. */
  replaced: string[];
  papers: Array<{ id: string; props: Record<string, unknown> }>;
  concepts: Array<ReturnType<typeof conceptProperties> & { key: string }>;
  mentions: Array<{ paper: string; concept: string; type: string; props: Record<string, unknown> }>;
  lineage: Array<{ from: string; to: string; type: string; props: Record<string, unknown> }>;
  results: Array<{ paper: string; target: string; props: Record<string, unknown> }>;
}

/**
 * @example
 * const report = await writeGraph(db, buildKnowledgeGraph(abstracts, extractions));
 * report.written; // papers new or changed since the last ingest
 */
export async function writeGraph(
  db: Database,
  graph: KnowledgeGraph,
  options: WriteOptions,
): Promise<WriteReport> {
  const retry = options.retry ?? {};
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const slices = paperSlices(graph, options.fingerprint);
  const stored =
    options.stored ??
    (await readStoredHashes(
      db,
      slices.map((slice) => slice.paper.id),
      retry,
    ));
  const pending = slices.filter(
    (slice) => options.force || stored.get(slice.paper.id)?.graphHash !== slice.graphHash,
  );
  const report: WriteReport = {
    written: 0,
    unchanged: slices.length - pending.length,
    transactions: 0,
    counters: {},
  };
  const concepts = new Map(graph.concepts.map((concept) => [concept.key, concept]));
  await restampContentHashes(db, slices, pending, stored, batchSize, retry);
  options.onProgress?.(report.unchanged, slices.length);

  // A concept's row is the same in every batch of a run (names and aliases are corpus-level), so each is
  // upserted once per run: by the first batch that reaches it, committed before any later batch runs.
  const written = new Set<string>();
  const storedIds = new Set(stored.keys());
  await db.writeBatches(
    pending,
    async (tx, batch) => {
      const parameters = batchParameters(batch, concepts, storedIds, written);
      return { concepts: parameters.concepts, summaries: await writeBatch(tx, parameters) };
    },
    {
      batchSize,
      retry,
      what: (first, last, total) => `writing papers ${first}-${last} of ${total}`,
      onBatch: ({ batch, result }) => {
        for (const summary of result.summaries) addCounters(report.counters, summary.counters);
        for (const concept of result.concepts) written.add(concept.key);
        report.written += batch.length;
        report.transactions += 1;
        options.onProgress?.(report.unchanged + report.written, slices.length);
      },
    },
  );
  return report;
}

/**
 * Papers whose graph is unchanged but whose content hash is not (a new extractor that found the same
 * things) get the new content hash, so the next run recognises them as done.
 */
async function restampContentHashes(
  db: Database,
  slices: readonly PaperSlice[],
  pending: readonly PaperSlice[],
  stored: ReadonlyMap<string, StoredHashes>,
  batchSize: number,
  retry: RetryPolicy,
): Promise<void> {
  const rewritten = new Set(pending);
  const rows = slices
    .filter((slice) => !rewritten.has(slice) && stored.get(slice.paper.id)?.contentHash !== slice.contentHash)
    .map((slice) => ({ id: slice.paper.id, contentHash: slice.contentHash }));
  await db.writeBatches(rows, (tx, batch) => tx.run(cypher('write/paper-content-hashes'), { rows: batch }), {
    batchSize,
    retry,
    what: 'recording content hashes',
  });
}

/** Runs the statements of one batch inside `tx`, in dependency order. */
export async function writeBatch(tx: WriteTransaction, parameters: BatchParameters): Promise<Summary[]> {
  const summaries: Summary[] = [];
  const run = async (name: string, params: Record<string, unknown>) => {
    summaries.push((await tx.run(cypher(name), params)).summary);
  };
  if (parameters.replaced.length > 0) await run('write/paper-edges-delete', { ids: parameters.replaced });
  const replaced = new Set(parameters.replaced);
  const created = parameters.papers.filter((paper) => !replaced.has(paper.id));
  if (created.length > 0) await run('write/papers-create', { rows: created });
  if (replaced.size > 0)
    await run('write/papers', { rows: parameters.papers.filter((paper) => replaced.has(paper.id)) });
  if (parameters.concepts.length > 0) await run('write/concepts', { rows: parameters.concepts });
  if (parameters.mentions.length > 0) await run('write/mentions', { rows: parameters.mentions });
  if (parameters.lineage.length > 0) await run('write/lineage', { rows: parameters.lineage });
  if (parameters.results.length > 0) await run('write/results', { rows: parameters.results });
  return summaries;
}

export function batchParameters(
  batch: readonly PaperSlice[],
  concepts: ReadonlyMap<string, ConceptRecord>,
  stored: ReadonlySet<string>,
  alreadyWritten: ReadonlySet<string> = new Set(),
): BatchParameters {
  const keys = [...conceptKeysOf(batch)].filter((key) => !alreadyWritten.has(key));
  const conceptRows = keys.sort().map((key) => {
    const concept = concepts.get(key);
    if (!concept) throw new Error(`store: concept ${key} is used by an edge but missing from the graph`);
    return { ...conceptProperties(concept), key };
  });
  return {
    replaced: batch.map((slice) => slice.paper.id).filter((id) => stored.has(id)),
    papers: batch.map((slice) => ({
      id: slice.paper.id,
      props: forDriver(paperProperties(slice), PAPER_KINDS),
    })),
    concepts: conceptRows,
    mentions: batch.flatMap((slice) =>
      slice.mentions.map((mention) => ({
        paper: mention.paperId,
        concept: mention.conceptKey,
        type: mention.type,
        props: forDriver(mentionProperties(mention), MENTION_KINDS),
      })),
    ),
    lineage: batch.flatMap((slice) =>
      slice.lineage.map((edge) => ({
        from: edge.from,
        to: edge.to,
        type: edge.type,
        props: forDriver(lineageProperties(edge), LINEAGE_KINDS),
      })),
    ),
    results: batch.flatMap((slice) =>
      slice.results.map((result) => ({
        paper: result.paperId,
        target: result.target,
        props: forDriver(resultProperties(result), RESULT_KINDS),
      })),
    ),
  };
}

export function addCounters(total: Record<string, number>, counters: Record<string, number>): void {
  for (const [name, value] of Object.entries(counters)) total[name] = (total[name] ?? 0) + value;
}
