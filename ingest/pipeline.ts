/**
 * The whole ingest flow on one screen:
 *
 *   read files ─▶ Abstract[] ─▶ (all stored unchanged? stop) ─▶ extract + consolidate ─▶ Extraction[]
 *     ─▶ build ─▶ KnowledgeGraph ─▶ write (batches of whole papers) ─▶ derive (co-occurrence, clusters)
 *
 * or, for the bulk path, build ─▶ derive in memory ─▶ neo4j-admin import CSVs.
 *
 * Extraction runs over the whole input or not at all: consolidation is corpus-level, so extracting only the
 * papers a crashed run had not written yet could name their concepts differently. Instead, when every
 * paper is already stored with the same content it is skipped; otherwise everything is extracted and the
 * writer skips each paper whose written form (its graph hash) is unchanged.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../neo4j/database';
import type { Abstract } from '../src/model/abstract';
import type { Extraction } from '../src/model/extraction';
import type { KnowledgeGraph } from '../src/model/graph';
import { deriveGraph, type DeriveReport } from './derive';
import { computeDerivedLayer, deriveInputOf, deriveSettings, type DeriveSettings } from './derive/layer';
import { extractCorpus, type ExtractOptions } from './extract-corpus';
import { extractorFingerprint } from './extract/fingerprint';
import { buildKnowledgeGraph } from './graph/build';
import { readRecords, settleSharedIds, type Format, type SharedIdCounts } from './read';
import { emitImportCsv, type CsvExport } from './store/bulk-csv';
import { contentHash } from './store/hashes';
import { retrying, type RetryPolicy } from '../neo4j/retry';
import { applySchema } from './store/schema';
import { readStoredHashes } from './store/stored-hashes';
import { writeGraph } from './store/writer';

/** What the pipeline tells an extractor besides the abstracts: `onSkip` for a record that could not be
 *  extracted (skipped, counted and warned about; with its paper id, the paper is not written this run, so a
 *  later run tries it again). */
export type ExtractorContext = ExtractOptions;

/** Turns abstracts into consolidated extractions. */
export interface Extractor {
  /** Names this extractor (its code, or the file it reads); stored papers remember it, so another
   *  extractor re-extracts them. */
  fingerprint: string;
  extract(abstracts: Abstract[], context: ExtractorContext): Promise<Extraction[]>;
}

/**
 * An extractor that hands out extractions made elsewhere (e.g. read from `npm run extract` JSONL); its
 * fingerprint is a hash of them, so different extractions of the same papers are written again.
 */
export function givenExtractions(extractions: Extraction[]): Extractor {
  return {
    fingerprint: createHash('sha1').update(JSON.stringify(extractions)).digest('hex').slice(0, 16),
    extract: async () => extractions,
  };
}

/** The project's own extractor (ingest/extract + ingest/consolidate). */
export const builtInExtractor: Extractor = {
  get fingerprint() {
    return extractorFingerprint();
  },
  extract: (abstracts, context) => extractCorpus(abstracts, context),
};

export type IngestStage = 'read' | 'check' | 'extract' | 'write' | 'derive' | 'csv';

export interface IngestProgress {
  stage: IngestStage;
  done: number;
  total: number;
  /** What the stage is doing now (derive steps). */
  detail?: string;
}

export interface IngestOptions {
  format?: Format;
  /** Re-extract and rewrite every paper, and derive again, even when nothing changed. */
  force?: boolean;
  /** Papers per write transaction. */
  batchSize?: number;
  derive?: Partial<DeriveSettings>;
  retry?: RetryPolicy;
  /** The extractor (default: `builtInExtractor`); e.g. extractions read from a file. */
  extract?: Extractor;
  onProgress?: (progress: IngestProgress) => void;
  onWarning?: (message: string) => void;
}

export interface IngestReport {
  files: string[];
  /** Papers read. */
  papers: number;
  /** Malformed records skipped by the readers or the extractor (truncated abstracts are kept, with a warning). */
  skipped: number;
  /** Records whose id an earlier record had: repeats of a paper read once, other papers kept renamed. */
  sharedIds: SharedIdCounts;
  warnings: string[];
  /** False when every paper was already stored unchanged, so extraction was not needed. */
  extracted: boolean;
  /** Papers written (new or changed) and papers found unchanged. */
  written: number;
  unchanged: number;
  /** Neo4j's update counters of the write step. */
  counters: Record<string, number>;
  derive?: DeriveReport;
  /** Seconds per stage. */
  seconds: Partial<Record<IngestStage, number>>;
}

/**
 * Reads, extracts, writes and derives.
 *
 * @example
 * const report = await ingestFiles(db, ['data/sample/listing.txt']);
 * console.log(`${report.written} papers written, ${report.unchanged} unchanged`);
 */
export async function ingestFiles(
  db: Database,
  files: string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const { abstracts, report } = readFiles(files, options);
  return ingestAbstracts(db, abstracts, options, report);
}

/** The flow after reading: for callers that have abstracts already. */
export async function ingestAbstracts(
  db: Database,
  abstracts: Abstract[],
  options: IngestOptions = {},
  report: IngestReport = emptyReport([]),
): Promise<IngestReport> {
  const progress = options.onProgress ?? (() => undefined);
  const timed = timer(report);
  report.papers = abstracts.length;
  await retrying(() => applySchema(db), options.retry ?? {}, 'applying the schema');

  const stored = await timed('check', () =>
    readStoredHashes(
      db,
      abstracts.map((paper) => paper.id),
      options.retry,
    ),
  );
  const extractor = options.extract ?? builtInExtractor;
  const unchanged = uniqueById(abstracts).every(
    (paper) => stored.get(paper.id)?.contentHash === contentHash(paper, extractor.fingerprint),
  );
  if (unchanged && !options.force) {
    report.unchanged = stored.size;
  } else {
    const graph = await timed('extract', () => extractAndBuild(abstracts, options, report));
    const written = await timed('write', () =>
      writeGraph(db, graph, {
        fingerprint: extractor.fingerprint,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        force: options.force ?? false,
        retry: options.retry ?? {},
        stored,
        onProgress: (done, total) => progress({ stage: 'write', done, total }),
      }),
    );
    Object.assign(report, {
      extracted: true,
      written: written.written,
      unchanged: written.unchanged,
      counters: written.counters,
    });
  }

  report.derive = await timed('derive', () =>
    deriveGraph(db, {
      ...(options.derive ? { settings: options.derive } : {}),
      force: options.force ?? false,
      retry: options.retry ?? {},
      onStep: (detail, done, total) => progress({ stage: 'derive', done, total, detail }),
    }),
  );
  return report;
}

/**
 * The bulk path: reads, extracts and derives in memory, then writes `neo4j-admin database import` CSVs
 * into `dir`. No database is needed.
 */
export async function emitCsvFiles(
  files: string[],
  dir: string,
  options: IngestOptions = {},
): Promise<{ report: IngestReport; csv: CsvExport }> {
  const { abstracts, report } = readFiles(files, options);
  const timed = timer(report);
  report.papers = abstracts.length;
  const graph = await timed('extract', () => extractAndBuild(abstracts, options, report));
  const settings = deriveSettings(graph.papers.length, options.derive);
  const csv = await timed('csv', async () => {
    const layer = computeDerivedLayer(deriveInputOf(graph), settings);
    return emitImportCsv(graph, layer, settings, dir, (options.extract ?? builtInExtractor).fingerprint);
  });
  report.written = graph.papers.length;
  return { report, csv };
}

function readFiles(files: string[], options: IngestOptions): { abstracts: Abstract[]; report: IngestReport } {
  const report = emptyReport(files);
  const abstracts: Abstract[] = [];
  const started = performance.now();
  files.forEach((file, index) => {
    const { abstracts: read, issues } = readRecords(file, options.format);
    abstracts.push(...read);
    report.skipped += issues.filter((issue) => issue.kind === 'skipped').length;
    for (const issue of issues) warn(report, options, `${issue.source}: ${issue.message}`);
    options.onProgress?.({ stage: 'read', done: index + 1, total: files.length });
  });
  // Ids shared within a file or across files, settled at once: a paper repeated in two files is one paper.
  const settled = settleSharedIds(abstracts);
  report.sharedIds = settled.counts;
  for (const issue of settled.issues) warn(report, options, `${issue.source}: ${issue.message}`);
  report.seconds.read = (performance.now() - started) / 1000;
  return { abstracts: settled.abstracts, report };
}

async function extractAndBuild(
  abstracts: Abstract[],
  options: IngestOptions,
  report: IngestReport,
): Promise<KnowledgeGraph> {
  const extractor = options.extract ?? builtInExtractor;
  const failed = new Set<string>();
  const extractions = await extractor.extract(abstracts, {
    onProgress: (done, total) => options.onProgress?.({ stage: 'extract', done, total }),
    onSkip: (message, paperId) => {
      report.skipped += 1;
      if (paperId !== undefined) failed.add(paperId);
      warn(report, options, message);
    },
  });
  const extracted = abstracts.filter((abstract) => !failed.has(abstract.id));
  return buildKnowledgeGraph(extracted, extractions, {
    warn: (message) => warn(report, options, message),
  });
}

function warn(report: IngestReport, options: IngestOptions, message: string): void {
  report.warnings.push(message);
  options.onWarning?.(message);
}

function uniqueById(abstracts: Abstract[]): Abstract[] {
  const seen = new Set<string>();
  return abstracts.filter((paper) => !seen.has(paper.id) && Boolean(seen.add(paper.id)));
}

function emptyReport(files: string[]): IngestReport {
  return {
    files,
    papers: 0,
    skipped: 0,
    sharedIds: { repeats: 0, renamed: 0 },
    warnings: [],
    extracted: false,
    written: 0,
    unchanged: 0,
    counters: {},
    seconds: {},
  };
}

function timer(report: IngestReport) {
  return async <T>(stage: IngestStage, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      report.seconds[stage] = (report.seconds[stage] ?? 0) + (performance.now() - started) / 1000;
    }
  };
}
