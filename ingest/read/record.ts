/**
 * One input record (a JSON object, a CSV row, an Atom entry) → an `Abstract`. Field names follow the common
 * shapes: ours (`id`, `title`, `abstract`, `year`, `venue`, `authors`, `categories`, `url`), the arXiv
 * metadata snapshot (`update_date`, `journal-ref`, `doi`, authors as one string; its `id` is the arXiv id) and
 * the conference-abstracts corpus; provenance as `npm run fetch` writes it (`doi`, `arxivId`, `openalexId`,
 * `s2Id`, `origin`).
 */
import { z } from 'zod';
import type { Abstract, Provenance } from '../../src/model/abstract';
import { paperIdFromTitle } from '../../src/model/keys';
import { skipped, type ReadIssue } from './issues';
import { normaliseText } from './normalise';

/** Longer abstracts are cut to this many characters, with a warning. */
export const MAX_ABSTRACT_CHARS = 100_000;

const text = z.string().transform(normaliseText).pipe(z.string().min(1, 'is empty'));
const optionalText = z
  .union([z.string(), z.number()])
  .transform((value) => normaliseText(String(value)))
  .optional()
  .nullable();
const list = z
  .union([z.array(z.union([z.string(), z.number()])), z.string()])
  .optional()
  .nullable();

const RecordSchema = z.looseObject({
  id: z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim())
    .optional()
    .nullable(),
  title: text,
  abstract: text,
  year: z.union([z.number(), z.string()]).optional().nullable(),
  date: optionalText,
  published: optionalText,
  update_date: optionalText,
  venue: optionalText,
  'journal-ref': optionalText,
  url: optionalText,
  doi: optionalText,
  DOI: optionalText,
  arxivId: optionalText,
  openalexId: optionalText,
  s2Id: optionalText,
  origin: optionalText,
  authors: list,
  categories: list,
});

export type RawRecord = Record<string, unknown>;

const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i;
const OPENALEX_ID = /^(?:https?:\/\/openalex\.org\/)?(W\d+)$/i;

/** An arXiv id without its version (`2106.09685v2` → `2106.09685`), or undefined when it is not one. */
function bareArxivId(value: string | null | undefined): string | undefined {
  const id = value?.trim().replace(/^arXiv:/i, '');
  return id && ARXIV_ID.test(id) ? id.replace(/v\d+$/, '') : undefined;
}

/** The provenance a record states: `doi` (bare, `doi:` or a doi.org link), `arxivId`, `openalexId`, `s2Id`, `origin`. */
function provenance(record: z.infer<typeof RecordSchema>, id: string): Provenance {
  const doi = DOI.exec((record.doi ?? record.DOI ?? '').trim())?.[1];
  const arxivId = bareArxivId(record.arxivId) ?? bareArxivId(id);
  const openalexId = OPENALEX_ID.exec((record.openalexId ?? '').trim())?.[1]?.toUpperCase();
  return {
    ...(doi && { doi }),
    ...(arxivId && { arxivId }),
    ...(openalexId && { openalexId }),
    ...(record.s2Id && { s2Id: record.s2Id }),
    ...(record.origin && { origin: record.origin }),
  };
}

function yearOf(...values: Array<string | number | null | undefined>): number | undefined {
  for (const value of values) {
    const match = value === null || value === undefined ? null : /\b(1[89]\d\d|20\d\d)\b/.exec(String(value));
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** arXiv ids carry their month: `2106.09685` → 2021, `cs/9901001` → 1999. */
function arxivYear(id: string): number | undefined {
  const match = /^(\d{2})\d{2}\.\d{4,5}|\/(\d{2})\d{5}$/.exec(id);
  const yy = match?.[1] ?? match?.[2];
  if (!yy || !ARXIV_ID.test(id)) return undefined;
  return Number(yy) + (Number(yy) > 90 ? 1900 : 2000);
}

function splitList(value: Array<string | number> | string | null | undefined, separator: RegExp): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value.map(String) : value.split(separator);
  return items.map((item) => normaliseText(item)).filter(Boolean);
}

function describeError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.') || 'record';
      return issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? `missing field "${field}"`
        : `field "${field}": ${issue.message}`;
    })
    .join('; ');
}

/**
 * @example
 * toAbstract({ id: 7, title: 'X', abstract: 'Y' }, 'papers.jsonl:3'); // { abstract: { id: '7', ... }, issues: [] }
 */
export function toAbstract(raw: RawRecord, source: string): { abstract?: Abstract; issues: ReadIssue[] } {
  const parsed = RecordSchema.safeParse(raw);
  if (!parsed.success) return { issues: [skipped(source, describeError(parsed.error))] };
  const record = parsed.data;
  const issues: ReadIssue[] = [];
  let abstract = record.abstract;
  if (abstract.length > MAX_ABSTRACT_CHARS) {
    issues.push({
      source,
      kind: 'truncated',
      message: `abstract of ${abstract.length} characters truncated to ${MAX_ABSTRACT_CHARS}`,
    });
    abstract = abstract.slice(0, MAX_ABSTRACT_CHARS);
  }
  const id = record.id || paperIdFromTitle(record.title);
  const authors = splitList(record.authors, /\s*,\s*|\s+and\s+/);
  const categories = splitList(record.categories, /\s+/);
  const url = record.url ?? (ARXIV_ID.test(id) ? `https://arxiv.org/abs/${id}` : undefined);
  const year =
    yearOf(record.year, record.date, record.published) ?? arxivYear(id) ?? yearOf(record.update_date);
  const venue = record.venue ?? record['journal-ref'] ?? undefined;
  return {
    abstract: {
      id,
      title: record.title,
      abstract,
      source,
      ...(year !== undefined && { year }),
      ...(venue && { venue }),
      ...(url && { url }),
      ...(authors.length > 0 && { authors }),
      ...(categories.length > 0 && { categories }),
      ...provenance(record, id),
    },
    issues,
  };
}
