/**
 * CSV (or TSV) with a header row. The title and abstract columns are found by name (case-insensitive:
 * `title`; `abstract`, `summary`), or named by the caller; every other known field (`id`, `year`, `venue`,
 * `authors`, `url`, ...) is taken when present. A row that cannot be parsed is skipped with its line.
 */
import { parse } from 'csv-parse/sync';
import type { Abstract } from '../../src/model/abstract';
import { skipped, type ReadIssue, type ReadResult } from './issues';
import { toAbstract, type RawRecord } from './record';

export interface CsvColumns {
  /** Column holding the title (default: `title`). */
  title?: string;
  /** Column holding the abstract (default: `abstract`, else `summary`). */
  abstract?: string;
  /** Column holding the id (default: `id`). */
  id?: string;
}

export class CsvHeaderError extends Error {
  override readonly name = 'CsvHeaderError';
}

const DEFAULTS = { title: ['title'], abstract: ['abstract', 'summary', 'abstract_text'], id: ['id'] };

function findColumn(header: string[], wanted: string | undefined, defaults: string[]): string | undefined {
  const names = wanted ? [wanted] : defaults;
  return header.find((column) => names.some((name) => column.trim().toLowerCase() === name.toLowerCase()));
}

export function delimiterOf(file: string, text: string): string {
  if (/\.tsv$/i.test(file)) return '\t';
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

export function parseCsv(text: string, file: string, columns: CsvColumns = {}): ReadResult<Abstract> {
  const issues: ReadIssue[] = [];
  const rows = parse(text, {
    delimiter: delimiterOf(file, text),
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const line = typeof error?.lines === 'number' ? error.lines : '?';
      issues.push(skipped(`${file}:${line}`, `malformed CSV row (${error?.message ?? 'unknown error'})`));
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [header, ...body] = rows;
  if (!header) return { abstracts: [], issues };
  const names = header.record;
  const title = findColumn(names, columns.title, DEFAULTS.title);
  const abstract = findColumn(names, columns.abstract, DEFAULTS.abstract);
  if (!title || !abstract) {
    const missing = [
      !title && `title (${columns.title ?? 'title'})`,
      !abstract && `abstract (${columns.abstract ?? 'abstract'})`,
    ];
    throw new CsvHeaderError(
      `line 1: no ${missing.filter(Boolean).join(' or ')} column in the header (columns: ${names.join(', ')})`,
    );
  }
  const id = findColumn(names, columns.id, DEFAULTS.id);
  const abstracts: Abstract[] = [];
  for (const { record, info } of body) {
    const source = `${file}:${info.lines}`;
    if (record.length !== names.length) {
      issues.push(skipped(source, `${record.length} fields where the header has ${names.length}`));
      continue;
    }
    const raw: RawRecord = {};
    names.forEach((name, index) => {
      const value = record[index];
      if (value !== undefined && value !== '') raw[name.trim().toLowerCase()] = value;
    });
    raw.title = record[names.indexOf(title)];
    raw.abstract = record[names.indexOf(abstract)];
    raw.id = id ? record[names.indexOf(id)] || undefined : undefined;
    const read = toAbstract(raw, source);
    issues.push(...read.issues);
    if (read.abstract) abstracts.push(read.abstract);
  }
  return { abstracts, issues };
}
