/**
 * `npm run bench:write` — the graph store's speed, each figure beside a baseline measured in the same run,
 * on an embedded Neo4j instance of its own ("bench", started fresh and stopped at the end):
 *
 * 1. End to end on ../shared/data/conference-abstracts/abstracts.jsonl (skipped when absent): read,
 *    extract (whatever extractor this checkout has), write, derive — time, nodes/s, relationships/s, peak
 *    RSS of Node and of the Neo4j JVM; then the same corpus again: count changes and speed-up.
 * 2. The writer's rows/s beside bare `UNWIND ... CREATE` of the same batch parameters and batch size
 *    (synthetic corpus with realistic extraction density), alternating rounds; the ratio is the figure.
 * 3. Optionally (--synthetic-e2e N) write + derive of N synthetic papers, as dense as a real extractor's
 *    output, to show the derive cost at scale independently of the extractor.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { cypher } from '../neo4j/cypher-files';
import { Database } from '../neo4j/database';
import { settingsFor, start, stop, type InstanceState } from '../neo4j/embedded';
import { projectRoot } from '../neo4j/paths';
import { buildKnowledgeGraph } from '../ingest/graph/build';
import { builtInExtractor, givenExtractions, ingestAbstracts } from '../ingest/pipeline';
import { readCorpus } from '../ingest/read';
import { paperSlices } from '../ingest/store/paper-slices';
import { clearGraph } from '../ingest/store/clear';
import { applySchema } from '../ingest/store/schema';
import { batchParameters, writeGraph, BATCH_SIZE, type BatchParameters } from '../ingest/store/writer';
import type { Abstract } from '../src/model/abstract';
import { writeBaseline } from './baseline-writer';
import { mib, nodePeakRssMiB, processPeakRssMiB, resetPeakRss, timed } from './measure';
import { syntheticCorpus } from './synthetic-corpus';

const SCALE_CORPUS = join(projectRoot, '..', 'shared', 'data', 'conference-abstracts', 'abstracts.jsonl');
const INSTANCE = 'bench';

interface Options {
  papers: number;
  rounds: number;
  batchSize: number;
  syntheticE2e: number;
  e2e: boolean;
}

const count = (value: string) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number');
  return parsed;
};

const say = (line = '') => process.stdout.write(`${line}\n`);
const rate = (amount: number, seconds: number) => Math.round(amount / seconds).toLocaleString('en-US');

async function graphCounts(db: Database) {
  const row = (await db.read(cypher('queries/graph-counts'))).rows[0] ?? {};
  return {
    papers: Number(row.papers),
    concepts: Number(row.concepts),
    relationships: Number(row.relationships),
  };
}

async function endToEnd(db: Database, instance: InstanceState, batchSize: number): Promise<void> {
  say('== End to end: conference abstracts (read, extract, write, derive)');
  if (!existsSync(SCALE_CORPUS)) {
    say(`skipped: ${SCALE_CORPUS} not found (the shared data folder is absent)`);
    return;
  }
  await clearGraph(db);
  const jvmReset = resetPeakRss(instance.pid);
  const ingest = async () => {
    const { abstracts } = readCorpus(SCALE_CORPUS);
    return { papers: abstracts.length, report: await ingestAbstracts(db, abstracts, { batchSize }) };
  };
  const first = await timed(ingest);
  const nodeRss = nodePeakRssMiB();
  const jvmRss = processPeakRssMiB(instance.pid);
  const counts = await graphCounts(db);
  const nodes = counts.papers + counts.concepts;
  const stages = Object.entries(first.value.report.seconds)
    .map(([stage, seconds]) => `${stage} ${(seconds ?? 0).toFixed(1)} s`)
    .join(', ');
  say('reader: readCorpus; extractor: ingest/extract extractCorpus of this checkout');
  say(`papers: ${first.value.papers}; concepts: ${counts.concepts}; relationships: ${counts.relationships}`);
  say(`first ingest: ${first.seconds.toFixed(1)} s (${stages})`);
  say(
    `  nodes/s: ${rate(nodes, first.seconds)}; relationships/s: ${rate(counts.relationships, first.seconds)}`,
  );
  say(`  peak RSS: Node ${mib(nodeRss)}, Neo4j ${mib(jvmRss)}${jvmReset ? '' : ' (since the JVM started)'}`);

  const again = await timed(ingest);
  const after = await graphCounts(db);
  const changed = JSON.stringify(after) !== JSON.stringify(counts);
  say(
    `re-ingest: ${again.seconds.toFixed(1)} s; written ${again.value.report.written}; ` +
      `derive ${again.value.report.derive?.upToDate ? 'up to date' : 'ran'}; ` +
      `count changes: ${changed ? `YES ${JSON.stringify(counts)} -> ${JSON.stringify(after)}` : 'none'}`,
  );
  say(`  speed-up of re-ingest over first ingest: ${(first.seconds / again.seconds).toFixed(1)}x`);
}

async function writerVsBaseline(db: Database, options: Options): Promise<void> {
  say(`== Writer vs bare UNWIND CREATE: ${options.papers} synthetic papers, batches of ${options.batchSize}`);
  const corpus = syntheticCorpus(options.papers);
  const graph = buildKnowledgeGraph(corpus.abstracts, corpus.extractions);
  const fingerprint = builtInExtractor.fingerprint;
  const slices = paperSlices(graph, fingerprint);
  const concepts = new Map(graph.concepts.map((concept) => [concept.key, concept]));
  const batches: BatchParameters[] = [];
  for (let offset = 0; offset < slices.length; offset += options.batchSize) {
    batches.push(batchParameters(slices.slice(offset, offset + options.batchSize), concepts, new Set()));
  }
  // The same rows for both: every paper, concept, mention, lineage edge and result, written once.
  const rows =
    graph.papers.length +
    graph.concepts.length +
    graph.mentions.length +
    graph.lineage.length +
    graph.results.length;
  say(`rows: ${rows} (papers, concepts, mentions, lineage, results)`);
  // One unmeasured round warms the JVM up; then rounds alternate which side goes first.
  await clearGraph(db);
  await writeGraph(db, graph, { fingerprint, batchSize: options.batchSize });
  await clearGraph(db);
  await writeBaseline(db, batches);
  const ratios: number[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    const measure = async (side: 'writer' | 'baseline') => {
      await clearGraph(db);
      const run = async (): Promise<unknown> =>
        side === 'writer'
          ? writeGraph(db, graph, { fingerprint, batchSize: options.batchSize })
          : writeBaseline(db, batches);
      return (await timed(run)).seconds;
    };
    const order: Array<'writer' | 'baseline'> =
      round % 2 === 1 ? ['writer', 'baseline'] : ['baseline', 'writer'];
    const seconds = { writer: 0, baseline: 0 };
    for (const side of order) seconds[side] = await measure(side);
    ratios.push(seconds.baseline / seconds.writer);
    say(
      `round ${round}: writer ${rate(rows, seconds.writer)} rows/s (${seconds.writer.toFixed(1)} s); ` +
        `bare UNWIND CREATE ${rate(rows, seconds.baseline)} rows/s (${seconds.baseline.toFixed(1)} s); ` +
        `ratio ${(seconds.baseline / seconds.writer).toFixed(2)}`,
    );
  }
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)] ?? 0;
  say(`writer / bare UNWIND CREATE: ${median.toFixed(2)} (median of ${ratios.length}; target >= 0.6)`);
}

async function syntheticEndToEnd(db: Database, instance: InstanceState, papers: number, batchSize: number) {
  say(`== Write + derive of ${papers} synthetic papers (extraction density of a real extractor)`);
  await clearGraph(db);
  const corpus = syntheticCorpus(papers);
  const abstracts: Abstract[] = corpus.abstracts;
  resetPeakRss(instance.pid);
  const run = await timed(() =>
    ingestAbstracts(db, abstracts, { batchSize, extract: givenExtractions(corpus.extractions) }),
  );
  const counts = await graphCounts(db);
  const { report } = { report: run.value };
  const derive = report.derive;
  say(
    `${run.seconds.toFixed(1)} s: write ${(report.seconds.write ?? 0).toFixed(1)} s, derive ${(report.seconds.derive ?? 0).toFixed(1)} s; ` +
      `concepts ${counts.concepts}, relationships ${counts.relationships}; ` +
      `co-occurrence pairs ${derive?.totals.cooccurs}, clusters ${derive?.totals.clusters}; ` +
      `peak RSS Neo4j ${mib(processPeakRssMiB(instance.pid))}`,
  );
  const steps = Object.entries(derive?.seconds ?? {}).map(
    ([step, seconds]) => `${step} ${seconds.toFixed(1)} s`,
  );
  say(`  derive steps: ${steps.join('; ')}`);
}

async function main(options: Options): Promise<void> {
  const { instance } = await start({ name: INSTANCE, fresh: true, log: (line) => say(`[neo4j] ${line}`) });
  const db = await Database.connect(settingsFor(instance));
  try {
    await applySchema(db);
    say(
      `Neo4j ${instance.version} (embedded instance "${INSTANCE}", pid ${instance.pid}); 2 shared cores: numbers are noisy`,
    );
    if (options.e2e) await endToEnd(db, instance, options.batchSize);
    await writerVsBaseline(db, options);
    if (options.syntheticE2e > 0)
      await syntheticEndToEnd(db, instance, options.syntheticE2e, options.batchSize);
  } finally {
    await db.close();
    await stop(INSTANCE);
  }
}

const program = new Command('bench:write')
  .option('--papers <n>', 'synthetic papers for writer vs baseline', count, 5_000)
  .option('--rounds <n>', 'alternating rounds of writer and baseline', count, 3)
  .option('--batch-size <n>', 'papers per transaction', count, BATCH_SIZE)
  .option('--synthetic-e2e <n>', 'also write + derive N synthetic papers', count, 0)
  .option('--no-e2e', 'skip the end-to-end run on the conference abstracts')
  .action(main);

program.parseAsync().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
