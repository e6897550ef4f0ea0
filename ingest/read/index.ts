/**
 * Reads a corpus file into abstracts, choosing the reader by `--format`, extension or content. Malformed
 * records come back as issues (skipped, with file and line); a file that cannot be read as a corpus at all —
 * binary, in no known format, or without a single abstract — throws `CorpusFormatError`. Records sharing an
 * id are settled (`shared-ids.ts`): repeats of one paper are read once, other papers are renamed and kept.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Abstract } from '../../src/model/abstract';
import { AtomSyntaxError, parseAtom } from './atom';
import { parseBibtex } from './bibtex';
import { parseCslJson } from './csl-json';
import { CsvHeaderError, parseCsv, type CsvColumns } from './csv';
import { detectFormat, FORMATS, looksBinary, type Format } from './detect';
import type { ReadIssue, ReadResult } from './issues';
import { JsonSyntaxError, parseJsonArray, parseJsonLines } from './json';
import { parseListing } from './listing';
import { parseRis } from './ris';
import { settleSharedIds, type SharedIdCounts } from './shared-ids';

export { FORMATS, isFormat, type Format } from './detect';
export type { ReadIssue } from './issues';
export { normaliseText } from './normalise';
export { settleSharedIds, type SharedIdCounts } from './shared-ids';

export class CorpusFormatError extends Error {
  override readonly name = 'CorpusFormatError';
}

export interface ReadOptions {
  /** CSV only: which columns hold the title, abstract and id. */
  columns?: CsvColumns;
}

function parseAs(format: Format, text: string, file: string, options: ReadOptions): ReadResult<Abstract> {
  switch (format) {
    case 'listing':
      return parseListing(text, file);
    case 'jsonl':
      return parseJsonLines(text, file);
    case 'json':
      return parseJsonArray(text, file);
    case 'atom':
      return parseAtom(text, file);
    case 'csv':
      return parseCsv(text, file, options.columns);
    case 'bibtex':
      return parseBibtex(text, file);
    case 'ris':
      return parseRis(text, file);
    case 'csl':
      return parseCslJson(text, file);
  }
}

/**
 * @example
 * const { abstracts, issues } = readCorpus('data/sample/listing.txt');
 * readCorpus('papers.csv', 'csv', { columns: { abstract: 'paper_abstract' } });
 */
export function readCorpus(
  file: string,
  format?: Format,
  options: ReadOptions = {},
): { abstracts: Abstract[]; issues: ReadIssue[]; sharedIds: SharedIdCounts } {
  const read = readRecords(file, format, options);
  const settled = settleSharedIds(read.abstracts);
  return {
    abstracts: settled.abstracts,
    issues: [...read.issues, ...settled.issues],
    sharedIds: settled.counts,
  };
}

/**
 * Every record of a file as read, ids shared or not: for a caller that reads several files and settles
 * their shared ids at once (`settleSharedIds`), so a paper repeated across files is still one paper.
 */
export function readRecords(file: string, format?: Format, options: ReadOptions = {}): ReadResult<Abstract> {
  const bytes = readCorpusBytes(file);
  if (looksBinary(bytes)) throw new CorpusFormatError(`${file}: a binary file, not a corpus of abstracts`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const chosen = format ?? detectFormat(file.replace(/\.gz$/i, ''), text);
  if (!chosen) {
    throw new CorpusFormatError(
      `${file}: not a known corpus format (known: ${FORMATS.join(', ')}; force one with --format)`,
    );
  }
  let result: ReadResult<Abstract>;
  try {
    result = parseAs(chosen, text, basename(file), options);
  } catch (error) {
    if (
      error instanceof JsonSyntaxError ||
      error instanceof AtomSyntaxError ||
      error instanceof CsvHeaderError
    ) {
      throw new CorpusFormatError(`${file} (read as ${chosen}): ${error.message}`);
    }
    throw error;
  }
  if (result.abstracts.length === 0) {
    const dropped = result.issues.filter((issue) => issue.kind === 'skipped').length;
    const noAbstract = result.issues.find((issue) => issue.kind === 'no-abstract');
    throw new CorpusFormatError(
      `${file}: no abstracts found as ${chosen}${dropped ? ` (${dropped} malformed records skipped)` : ''}${noAbstract ? ` (${noAbstract.message})` : ''}`,
    );
  }
  return result;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * A file's bytes, unpacked when it is gzip-compressed (told by its first two bytes, whatever its name):
 * `abstracts.jsonl.gz` reads as `abstracts.jsonl` would.
 *
 * @example
 * readCorpusBytes('data/acl-demo/abstracts.jsonl.gz').toString('utf8');
 */
export function readCorpusBytes(file: string): Buffer {
  const bytes = readFileSync(file);
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new CorpusFormatError(`${file}: a damaged gzip file (${(error as Error).message})`);
  }
}
