/**
 * CSL-JSON, Zotero's "CSL JSON" export: an array of items with `id`, `title`, `abstract`, `issued`
 * (`{"date-parts": [[2021, 5]]}`), `DOI`, `URL`, `container-title` and `author` (`{family, given}` or
 * `{literal}`). An item that is not an object is skipped with its line.
 */
import type { Abstract } from '../../src/model/abstract';
import { skipped, type ReadIssue, type ReadResult } from './issues';
import { elementLines, JsonSyntaxError } from './json';
import { arxivIdIn, collectReferences, referenceUrl, type ReferenceEntry } from './references';

/** Keys only CSL items carry, looked for in the first 16 kB of a JSON array. */
const CSL_KEYS = /"(?:issued|container-title|date-parts|citation-key|DOI|URL)"\s*:/;

export function looksLikeCslJson(start: string): boolean {
  return start.startsWith('[') && CSL_KEYS.test(start.slice(0, 16_384));
}

type Item = Record<string, unknown>;

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

/** `issued` as date parts (`[[2021, 5, 3]]`), or a `raw`/`literal` date string. */
function yearOf(issued: unknown): string | undefined {
  if (typeof issued !== 'object' || issued === null) return stringOf(issued);
  const date = issued as { 'date-parts'?: unknown; raw?: unknown; literal?: unknown };
  const parts = Array.isArray(date['date-parts']) ? (date['date-parts'][0] as unknown) : undefined;
  return (
    (Array.isArray(parts) ? stringOf(parts[0]) : undefined) ?? stringOf(date.raw) ?? stringOf(date.literal)
  );
}

function authorsOf(authors: unknown): string[] {
  if (!Array.isArray(authors)) return [];
  return authors.flatMap((author: unknown) => {
    if (typeof author !== 'object' || author === null) return [];
    const { given, family, literal } = author as Record<string, unknown>;
    const name = stringOf(literal) ?? [stringOf(given), stringOf(family)].filter(Boolean).join(' ');
    return name ? [name] : [];
  });
}

/** Zotero writes an arXiv preprint's id as its `number`: "arXiv:2103.01234". */
function toRecord(item: Item): ReferenceEntry['record'] {
  const authors = authorsOf(item.author);
  const arxivId = arxivIdIn(stringOf(item.number)) ?? arxivIdIn(stringOf(item['container-title']));
  const doi = stringOf(item.DOI);
  const url = referenceUrl({ url: stringOf(item.URL), doi, arxivId });
  return {
    id: stringOf(item.id),
    title: stringOf(item.title),
    abstract: stringOf(item.abstract),
    year: yearOf(item.issued),
    venue: stringOf(item['container-title']) ?? stringOf(item['event-title']),
    ...(url && { url }),
    ...(doi && { doi }),
    ...(arxivId && { arxivId }),
    ...(authors.length > 0 && { authors }),
  };
}

export function parseCslJson(text: string, file: string): ReadResult<Abstract> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new JsonSyntaxError(`not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new JsonSyntaxError('a CSL-JSON file must hold an array of items');
  const lines = elementLines(text);
  const issues: ReadIssue[] = [];
  const entries: ReferenceEntry[] = [];
  value.forEach((item: unknown, index) => {
    const source = `${file}:${lines[index] ?? 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      issues.push(skipped(source, 'not a JSON object'));
    else entries.push({ record: toRecord(item as Item), source });
  });
  return collectReferences(entries, file, issues);
}
