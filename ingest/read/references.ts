/**
 * What the reference-manager readers (BibTeX, RIS, CSL-JSON) share: entries become `RawRecord`s for
 * `toAbstract`, and entries without an abstract — common in a library, where many items only have a title —
 * are counted and reported in one warning per file instead of one "missing field" per entry.
 */
import type { Abstract } from '../../src/model/abstract';
import type { ReadIssue, ReadResult } from './issues';
import { toAbstract, type RawRecord } from './record';

export interface ReferenceEntry {
  record: RawRecord;
  /** `file:line` of the entry. */
  source: string;
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

/**
 * @example
 * collectReferences([{ record: { title: 'T' }, source: 'lib.bib:1' }], 'lib.bib', []);
 * // { abstracts: [], issues: [{ source: 'lib.bib', kind: 'no-abstract',
 * //   message: '1 of 1 entries have no abstract: skipped (they cannot yield concepts)' }] }
 */
export function collectReferences(
  entries: ReferenceEntry[],
  file: string,
  issues: ReadIssue[],
): ReadResult<Abstract> {
  const abstracts: Abstract[] = [];
  let withoutAbstract = 0;
  for (const { record, source } of entries) {
    if (!hasText(record.abstract)) {
      withoutAbstract += 1;
      continue;
    }
    const read = toAbstract(record, source);
    issues.push(...read.issues);
    if (read.abstract) abstracts.push(read.abstract);
  }
  if (withoutAbstract > 0) {
    issues.push({
      source: file,
      kind: 'no-abstract',
      message: `${withoutAbstract} of ${entries.length} entries have no abstract: skipped (they cannot yield concepts)`,
    });
  }
  return { abstracts, issues };
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
    line += 1;
  return line;
}

const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i;
const ARXIV_IN_TEXT = /\barXiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/i;

/** A DOI as its bare `10.x/y` form, whether written bare, as `doi:` or as a doi.org link. */
export function bareDoi(value: string | undefined): string | undefined {
  return value ? DOI.exec(value.trim())?.[1] : undefined;
}

/** An arXiv id named in free text, as Google Scholar writes the venue: "arXiv preprint arXiv:2103.01234". */
export function arxivIdIn(value: string | undefined): string | undefined {
  return value ? ARXIV_IN_TEXT.exec(value)?.[1] : undefined;
}

/**
 * Where a paper can be found: its own URL, else its DOI, else its arXiv page. The DOI and arXiv id are kept
 * in their own fields too (`Abstract.doi`, `Abstract.arxivId`).
 *
 * @example
 * referenceUrl({ doi: '10.18653/v1/N19-1423' }); // 'https://doi.org/10.18653/v1/N19-1423'
 */
export function referenceUrl(links: { url?: string; doi?: string; arxivId?: string }): string | undefined {
  const url = links.url?.trim();
  if (url) return url;
  const doi = bareDoi(links.doi);
  if (doi) return `https://doi.org/${doi}`;
  return links.arxivId ? `https://arxiv.org/abs/${links.arxivId}` : undefined;
}
