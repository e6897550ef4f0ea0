/**
 * JSON Lines (one record per line) and JSON arrays of records. A malformed line or record is skipped with
 * its line number; the rest is read.
 */
import { skipped, type ReadIssue, type ReadResult } from './issues';
import type { Abstract } from '../../src/model/abstract';
import { toAbstract, type RawRecord } from './record';

function collect(
  records: Array<{ value: unknown; line: number }>,
  file: string,
  issues: ReadIssue[],
): ReadResult<Abstract> {
  const abstracts: Abstract[] = [];
  for (const { value, line } of records) {
    const source = `${file}:${line}`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push(skipped(source, 'not a JSON object'));
      continue;
    }
    const read = toAbstract(value as RawRecord, source);
    issues.push(...read.issues);
    if (read.abstract) abstracts.push(read.abstract);
  }
  return { abstracts, issues };
}

export function parseJsonLines(text: string, file: string): ReadResult<Abstract> {
  const records: Array<{ value: unknown; line: number }> = [];
  const issues: ReadIssue[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    try {
      records.push({ value: JSON.parse(line), line: index + 1 });
    } catch (error) {
      issues.push(skipped(`${file}:${index + 1}`, `not valid JSON (${(error as Error).message})`));
    }
  });
  return collect(records, file, issues);
}

/** The line each top-level element of a JSON array starts on, by scanning the text once. */
export function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let expecting = false;
  for (const char of text) {
    if (char === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (depth === 1 && expecting && char !== ']') {
      lines.push(line);
      expecting = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      expecting = depth === 1;
    } else if (char === ']' || char === '}') depth -= 1;
    else if (char === ',' && depth === 1) expecting = true;
  }
  return lines;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

export function parseJsonArray(text: string, file: string): ReadResult<Abstract> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonSyntaxError(`not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new JsonSyntaxError('a JSON file must hold an array of records');
  const lines = elementLines(text);
  return collect(
    value.map((element, index) => ({ value: element as unknown, line: lines[index] ?? 1 })),
    file,
    [],
  );
}
