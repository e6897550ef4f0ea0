/**
 * `npm run fetch -- --from arxiv|openalex|s2 '<query>' --max N --out corpus.jsonl`: papers from arXiv,
 * OpenAlex or Semantic Scholar into a JSONL corpus that `npm run ingest` and `npm run extract` read, with
 * each paper's DOI, arXiv, OpenAlex and Semantic Scholar ids and origin. Pages are cached under
 * `.cache/fetch/`, so an interrupted fetch resumes. Exit code 2: bad arguments; 1: the service or the
 * network failed (the message says which).
 */
import { writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import {
  fetchPapers,
  FetchError,
  isSourceName,
  SOURCES,
  toJsonLines,
  type SourceCounts,
  type SourceName,
} from '../ingest/fetch';

interface CliOptions {
  from: SourceName[];
  max: number;
  out: string;
  filter?: string;
  mailto?: string;
  cache: boolean;
  cacheDir: string;
  delay?: number;
  retries?: number;
  endpoint?: string;
}

const warn = (line: string) => process.stderr.write(`${line}\n`);

function parseSources(value: string, previous: SourceName[] = []): SourceName[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.find((name) => !isSourceName(name));
  if (unknown !== undefined) throw new InvalidArgumentError(`expected ${SOURCES.join(', ')}`);
  return [...previous, ...(names as SourceName[])];
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number');
  return count;
}

function describe(counts: SourceCounts): string {
  const parts = [`${counts.kept} papers kept from ${counts.results} results in ${counts.pages} pages`];
  if (counts.withoutAbstract > 0) parts.push(`${counts.withoutAbstract} without an abstract`);
  if (counts.duplicates > 0) parts.push(`${counts.duplicates} already fetched`);
  if (counts.total !== undefined) parts.push(`${counts.total} match the query`);
  return `${counts.source}: ${parts.join(', ')}`;
}

async function run(query: string, options: CliOptions): Promise<void> {
  const sources = [...new Set(options.from)];
  if (options.endpoint && sources.length > 1) {
    throw new InvalidArgumentError('--endpoint takes one source (--from)');
  }
  const bar = process.stderr.isTTY
    ? new SingleBar({ stream: process.stderr, format: 'fetch {source} [{bar}] {value}/{total} papers' })
    : undefined;
  bar?.start(options.max * sources.length, 0, { source: sources[0] });
  let done = 0;
  const openalexKey = process.env.OPENALEX_API_KEY;
  const s2Key = process.env.S2_API_KEY;
  const mailto = options.mailto ?? process.env.OPENALEX_MAILTO;
  const result = await fetchPapers({
    sources,
    query: {
      query,
      max: options.max,
      ...(options.filter && { filter: options.filter }),
      ...(mailto && { mailto }),
    },
    ...(options.endpoint && sources[0] && { baseUrls: { [sources[0]]: options.endpoint } }),
    ...(openalexKey && { openalexKey }),
    ...(s2Key && { s2Key }),
    ...(options.delay !== undefined && { arxivDelayMs: options.delay }),
    client: {
      cacheDir: options.cache ? options.cacheDir : null,
      ...(options.retries !== undefined && { retries: options.retries }),
      onRetry: ({ attempt, waitMs, reason }) =>
        warn(`retry ${attempt} in ${(waitMs / 1000).toFixed(1)} s (${reason})`),
    },
    onPage: (counts) => {
      const before = sources.indexOf(counts.source) * options.max;
      done = before + counts.kept;
      if (bar) bar.update(done, { source: counts.source });
      else warn(describe(counts));
    },
  });
  bar?.stop();
  writeFileSync(options.out, toJsonLines(result.papers));
  for (const counts of result.counts) warn(describe(counts));
  warn(
    `wrote ${result.papers.length} papers to ${options.out} (${result.requests} requests, ${result.cacheHits} pages from the cache)`,
  );
}

const program = new Command('fetch')
  .description('Fetch paper abstracts from arXiv, OpenAlex or Semantic Scholar into a JSONL corpus.')
  .argument('<query>', 'search terms (arXiv: a search_query such as \'all:"graph neural" AND cat:cs.LG\')')
  .requiredOption('--from <source>', `${SOURCES.join(', ')} (comma-separated or repeated)`, parseSources)
  .requiredOption('--out <file>', 'the JSONL file to write')
  .option('--max <n>', 'papers with an abstract to keep from each source', parseCount, 100)
  .option('--filter <filter>', "OpenAlex: a filter, e.g. 'publication_year:2023'")
  .option('--mailto <address>', 'OpenAlex: a contact address (default: $OPENALEX_MAILTO)')
  .option('--no-cache', 'ask the service again for pages fetched before')
  .option('--cache-dir <dir>', 'where pages are cached', '.cache/fetch')
  .option('--delay <ms>', 'arXiv: milliseconds between calls (default 3000, as arXiv asks)', parseCount)
  .option('--retries <n>', 'retries on 429, 5xx and dropped connections (default 5)', parseCount)
  .option('--endpoint <url>', "the service's address (a mirror or a local server) instead of its public API")
  .action(async (query: string, options: CliOptions) => {
    try {
      await run(query, options);
    } catch (error) {
      if (error instanceof FetchError) {
        warn(`fetch: ${error.message}`);
        process.exit(1);
      }
      if (error instanceof InvalidArgumentError) {
        warn(`fetch: ${error.message}`);
        process.exit(2);
      }
      throw error;
    }
  });

program.exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));
await program.parseAsync();
