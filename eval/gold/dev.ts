/**
 * Our own dev gold (`../shared/data/gold-dev`, GUIDELINE.md there): paper-level annotations of ML/NLP
 * abstracts — concepts with type, aliases and whether they are named, lineage relations and results.
 * `dev-input.jsonl` holds the same abstracts without annotations, read exactly as `npm run extract` reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../ingest/read';
import type { Abstract } from '../../src/model/abstract';

export interface DevGoldEntity {
  text: string;
  type: string;
  aliases?: string[];
  /** A second acceptable type ('Method' for a concept that reads as either method or task). */
  alt_type?: string;
  /** A proper name ('BERT', 'SQuAD') rather than a descriptive term ('graph neural network'). */
  named?: boolean;
  role?: string;
}

export interface DevGoldRelation {
  from: string;
  type: string;
  to: string;
}

export interface DevGoldResult {
  metric: string;
  value: unknown;
  dataset_or_benchmark?: string;
}

export interface DevGoldPaper {
  entities?: DevGoldEntity[];
  relations?: DevGoldRelation[];
  results?: DevGoldResult[];
}

/** Papers by id, in file order. */
export type DevGold = Map<string, DevGoldPaper>;

export const devGoldDir = (dataDir: string) => join(dataDir, 'gold-dev');

/**
 * A JSON line's paper id as the scoring script reads it: `id`, else `idx`, written as Python's `str()`
 * would (an `idx` of 7 is "7").
 */
export function paperKey(line: Record<string, unknown>): string {
  const field = ['id', 'idx'].find((name) => name in line);
  const value = field === undefined ? null : line[field];
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}

/** Reads JSON lines into papers by id; a later line with the same id replaces the earlier one in place. */
export function readJsonLinesById<T>(file: string): Map<string, T> {
  const papers = new Map<string, T>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as Record<string, unknown>;
    papers.set(paperKey(parsed), parsed as T);
  }
  return papers;
}

export const loadDevGold = (dataDir: string): DevGold =>
  readJsonLinesById<DevGoldPaper>(join(devGoldDir(dataDir), 'dev.jsonl'));

/** The abstracts to extract, read by the same reader as `npm run extract -- dev-input.jsonl`. */
export const readDevInput = (dataDir: string): Abstract[] =>
  readCorpus(join(devGoldDir(dataDir), 'dev-input.jsonl')).abstracts;
