/** Reads a corpus file into abstracts, choosing the reader by `--format`, extension or content. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Abstract } from '../../src/model/abstract';
import { looksLikeListing, parseListing, type ReadIssue } from './listing';

export const FORMATS = ['listing'] as const;
export type Format = (typeof FORMATS)[number];

export class CorpusFormatError extends Error {
  override readonly name = 'CorpusFormatError';
}

export function readCorpus(file: string, format?: Format): { abstracts: Abstract[]; issues: ReadIssue[] } {
  const text = readFileSync(file, 'utf8');
  const chosen = format ?? (looksLikeListing(text) ? 'listing' : undefined);
  if (chosen === 'listing') return parseListing(text, basename(file));
  throw new CorpusFormatError(`${file}: not a known corpus format (known: ${FORMATS.join(', ')})`);
}
