/**
 * A minimal reader for the scale corpus (`{"id","venue","year","title","abstract","url"}` per line), used
 * only while `readCorpus` does not know JSONL; the bench prefers `readCorpus` as soon as it does.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CorpusFormatError, readCorpus } from '../ingest/read';
import type { Abstract } from '../src/model/abstract';

export function readScaleCorpus(file: string): { abstracts: Abstract[]; skipped: number; reader: string } {
  try {
    const { abstracts, issues } = readCorpus(file);
    return { abstracts, skipped: issues.length, reader: 'readCorpus' };
  } catch (error) {
    if (!(error instanceof CorpusFormatError)) throw error;
  }
  const abstracts: Abstract[] = [];
  let skipped = 0;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const record = JSON.parse(line) as Record<string, unknown>;
        if (
          typeof record.id !== 'string' ||
          typeof record.title !== 'string' ||
          typeof record.abstract !== 'string'
        ) {
          skipped += 1;
          return;
        }
        abstracts.push({
          id: record.id,
          title: record.title,
          abstract: record.abstract,
          ...(typeof record.year === 'number' ? { year: record.year } : {}),
          ...(typeof record.venue === 'string' ? { venue: record.venue } : {}),
          ...(typeof record.url === 'string' ? { url: record.url } : {}),
          source: `${basename(file)}:${index + 1}`,
        });
      } catch {
        skipped += 1;
      }
    });
  return { abstracts, skipped, reader: 'bench/jsonl-corpus.ts (minimal)' };
}
