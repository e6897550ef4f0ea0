/**
 * `npm run --silent extract -- FILE [--format F] [--lexicon FILE]`: extraction without a database. Writes
 * one JSON line per paper to stdout (the contract in src/model/extraction.ts), warnings to stderr, and a
 * progress bar on stderr when it is a terminal. Exit code 2: the input cannot be read as a corpus.
 */
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import type { ConceptType } from '../src/model/concepts';
import { extractCorpus } from '../ingest/extract-corpus';
import { FORMATS, isFormat, readCorpus, type Format, type ReadIssue } from '../ingest/read';
import { readLexicon } from '../ingest/read/lexicon';
import { fail } from './failures';

interface CliOptions {
  format?: Format;
  lexicon?: string;
  workers?: number;
  titleColumn?: string;
  abstractColumn?: string;
  idColumn?: string;
}

const warn = (line: string) => process.stderr.write(`${line}\n`);
const report = (issues: ReadIssue[]) =>
  issues.forEach((issue) => warn(`warning: ${issue.source}: ${issue.message}`));

function parseFormat(value: string): Format {
  if (!isFormat(value)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}`);
  return value;
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 0) throw new InvalidArgumentError('expected a whole number');
  return workers;
}

/** Writes lines to stdout, waiting when the pipe is full; a closed pipe (`| head`) ends quietly. */
async function writeLines(lines: Iterable<string>): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  for (const line of lines) {
    if (!process.stdout.write(`${line}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

async function run(file: string, options: CliOptions): Promise<void> {
  let lexicon: Map<string, ConceptType> | undefined;
  if (options.lexicon) {
    const read = readLexicon(options.lexicon);
    report(read.issues);
    lexicon = read.lexicon;
  }
  const columns = {
    ...(options.titleColumn && { title: options.titleColumn }),
    ...(options.abstractColumn && { abstract: options.abstractColumn }),
    ...(options.idColumn && { id: options.idColumn }),
  };
  const { abstracts, issues } = readCorpus(file, options.format, { columns });
  report(issues);
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: 'extract [{bar}] {value}/{total} abstracts | {eta}s left',
      })
    : undefined;
  bar?.start(abstracts.length, 0);
  let failed = 0;
  const extractions = await extractCorpus(abstracts, {
    ...(lexicon && { lexicon }),
    ...(options.workers !== undefined && { workers: options.workers }),
    onProgress: (done) => bar?.update(done),
    onSkip: (message) => {
      failed += 1;
      warn(`warning: ${message}`);
    },
  });
  bar?.stop();
  const skippedCount = issues.filter((issue) => issue.kind === 'skipped').length + failed;
  warn(
    `extracted ${extractions.length} papers${skippedCount ? `, skipped ${skippedCount} malformed records` : ''}`,
  );
  await writeLines(extractions.map((extraction) => JSON.stringify(extraction)));
}

const program = new Command('extract')
  .description(
    'Extract methods, datasets, benchmarks, tasks and metrics from a corpus of abstracts (JSONL on stdout).',
  )
  .argument(
    '<file>',
    'corpus file: sample listing, JSONL, JSON array, arXiv Atom XML, CSV, BibTeX, RIS or CSL-JSON',
  )
  .option('--format <format>', `force the format (${FORMATS.join(', ')})`, parseFormat)
  .option('--lexicon <file>', 'names and their types, one per line (name<TAB>type)')
  .option('--workers <n>', 'worker threads (default: one per core; 0 runs in one thread)', parseWorkers)
  .option('--title-column <name>', 'CSV: the column holding titles (default: title)')
  .option('--abstract-column <name>', 'CSV: the column holding abstracts (default: abstract or summary)')
  .option('--id-column <name>', 'CSV: the column holding ids (default: id)')
  .action(async (file: string, options: CliOptions) => {
    try {
      await run(file, options);
    } catch (error) {
      fail('extract', error);
    }
  });

program.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
await program.parseAsync();
