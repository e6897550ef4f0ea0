/**
 * `npm run ingest -- [options] FILE...` — read, extract, write and derive into Neo4j (NEO4J_URI, or the
 * embedded one), with a progress bar on a terminal; or, with `--emit-csv DIR`, write the same graph as
 * `neo4j-admin database import` CSVs without touching a database.
 *
 * Exit codes: 0 done; 1 failed (the message says why and what was kept); 2 bad usage or unreadable input.
 */
import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { connectDatabase } from '../neo4j/connect';
import { readExtractions } from '../ingest/graph/read-extractions';
import {
  emitCsvFiles,
  givenExtractions,
  ingestFiles,
  type IngestOptions,
  type IngestReport,
  type Extractor,
} from '../ingest/pipeline';
import { FORMATS, type Format } from '../ingest/read';
import { DEFAULT_ATTEMPTS, retrying } from '../neo4j/retry';
import { BATCH_SIZE } from '../ingest/store/writer';
import { fail } from './failures';
import { summarise, summariseCsv } from './summary';
import { progressView } from './progress';

interface CliOptions {
  format?: Format;
  emitCsv?: string;
  extractions?: string;
  force?: boolean;
  batchSize: number;
  minCooccurrence?: number;
  retries: number;
  progress: boolean;
  warnings?: string;
}

const MAX_WARNINGS_SHOWN = 20;

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number >= 1');
  return parsed;
}

const program = new Command('ingest')
  .description('Read abstracts, extract concepts, write the knowledge graph to Neo4j and derive clusters.')
  .argument('<files...>', 'corpus files')
  .addOption(new Option('--format <format>', 'corpus format (default: from the file)').choices(FORMATS))
  .option('--emit-csv <dir>', 'write neo4j-admin import CSVs into DIR instead of writing to Neo4j')
  .option('--extractions <file>', 'take extractions from a JSONL file (`npm run extract` output)')
  .option('--force', 're-extract, rewrite and derive everything, even what is unchanged')
  .option('--batch-size <n>', 'papers per write transaction', positiveInteger, BATCH_SIZE)
  .option(
    '--min-cooccurrence <n>',
    'shared papers a CO_OCCURS pair needs (default: 1 under 2,000 papers, else 2)',
    positiveInteger,
  )
  .option(
    '--retries <n>',
    'attempts per operation while Neo4j is unavailable',
    positiveInteger,
    DEFAULT_ATTEMPTS,
  )
  .option('--no-progress', 'no progress bar, even on a terminal')
  .option(
    '--warnings <file>',
    `write every warning to FILE (the terminal shows the first ${MAX_WARNINGS_SHOWN})`,
  )
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) })
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .action(run);

async function run(files: string[], options: CliOptions): Promise<void> {
  const view = progressView({ bar: options.progress && Boolean(process.stderr.isTTY) });
  const ingestOptions: IngestOptions = {
    ...(options.format ? { format: options.format } : {}),
    force: options.force ?? false,
    batchSize: options.batchSize,
    ...(options.minCooccurrence ? { derive: { minPapers: options.minCooccurrence } } : {}),
    retry: {
      attempts: options.retries,
      onRetry: (error, attempt) =>
        process.stderr.write(`Neo4j unavailable (attempt ${attempt}/${options.retries}): ${error.message}\n`),
    },
    onProgress: (progress) => view.update(progress),
    ...(options.extractions ? { extract: extractionsFrom(options.extractions) } : {}),
  };
  try {
    if (options.emitCsv) {
      const { report, csv } = await emitCsvFiles(files, options.emitCsv, ingestOptions);
      view.stop();
      printWarnings(report, options.warnings);
      console.log(summariseCsv(report, csv));
      return;
    }
    const { db, settings, embedded } = await retrying(
      () => connectDatabase(),
      ingestOptions.retry ?? {},
      'connecting',
    );
    try {
      const report = await ingestFiles(db, files, ingestOptions);
      view.stop();
      printWarnings(report, options.warnings);
      console.log(summarise(report, settings.uri));
      if (embedded?.startedHere) console.log('The embedded Neo4j keeps running (npm run db:stop stops it).');
    } finally {
      await db.close();
    }
  } catch (error) {
    view.stop();
    fail('ingest', error);
  }
}

function extractionsFrom(file: string): Extractor {
  const { extractions, warnings } = readExtractions(file);
  const given = givenExtractions(extractions);
  return {
    fingerprint: given.fingerprint,
    extract: async (abstracts, context) => {
      for (const warning of warnings) context.onSkip?.(warning);
      return given.extract(abstracts, context);
    },
  };
}

function printWarnings(report: IngestReport, file: string | undefined): void {
  const { warnings } = report;
  if (file) writeFileSync(file, warnings.map((warning) => `${warning}\n`).join(''));
  for (const warning of warnings.slice(0, MAX_WARNINGS_SHOWN)) process.stderr.write(`warning: ${warning}\n`);
  if (warnings.length > MAX_WARNINGS_SHOWN) {
    process.stderr.write(
      `... and ${warnings.length - MAX_WARNINGS_SHOWN} more warnings${
        file ? ` (all ${warnings.length} are in ${file})` : ' (--warnings FILE keeps them all)'
      }\n`,
    );
  }
}

await program.parseAsync();
