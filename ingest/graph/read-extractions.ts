/**
 * Reads extractions from a JSONL file in the `npm run extract` shape (src/model/extraction.ts), e.g. to
 * ingest extractions made elsewhere. Each line is checked with zod; a malformed line is skipped with a
 * warning naming the file, line and field.
 */
import { z } from 'zod';
import { CONCEPT_TYPES, LINEAGE_TYPES, METHOD_ROLES } from '../../src/model/concepts';
import type { Extraction } from '../../src/model/extraction';
import { readCorpusBytes } from '../read';

const evidence = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
  in: z.literal('title').optional(),
});

const extractionLine = z.object({
  id: z.string().min(1),
  title: z.string(),
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: z.enum(CONCEPT_TYPES),
      role: z.enum(METHOD_ROLES).optional(),
      key: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      confidence: z.number().min(0).max(1),
      evidence: z.array(evidence),
    }),
  ),
  relations: z
    .array(z.object({ from: z.string(), type: z.enum(LINEAGE_TYPES), to: z.string(), evidence }))
    .default([]),
  results: z
    .array(
      z.object({
        metric: z.string(),
        value: z.string(),
        target: z.string().optional(),
        method: z.string().optional(),
        evidence,
      }),
    )
    .default([]),
});

export interface ReadExtractions {
  extractions: Extraction[];
  /** `file:line: field: problem` for each skipped line. */
  warnings: string[];
}

/**
 * @example
 * const { extractions, warnings } = readExtractions('out/extractions.jsonl');
 */
export function readExtractions(file: string): ReadExtractions {
  const extractions: Extraction[] = [];
  const warnings: string[] = [];
  readCorpusBytes(file)
    .toString('utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const at = `${file}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        warnings.push(`${at}: not JSON (${(error as Error).message}): skipped`);
        return;
      }
      const parsed = extractionLine.safeParse(value);
      if (parsed.success) {
        extractions.push(parsed.data as Extraction);
        return;
      }
      const issue = parsed.error.issues[0];
      warnings.push(`${at}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}: skipped`);
    });
  return { extractions, warnings };
}
