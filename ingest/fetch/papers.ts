/**
 * What a fetcher hands back: one paper as the JSONL reader reads it (`ingest/read/record.ts`), provenance
 * included, and the rules shared by every source — the paper's id, normalised identifiers, and the
 * de-duplication of a paper met twice (on two pages, or from two services) by DOI, arXiv id, OpenAlex id or
 * Semantic Scholar id.
 */
import type { Abstract, Provenance } from '../../src/model/abstract';
import { normaliseText } from '../read/normalise';

/** A paper as a corpus file holds it: an `Abstract` before a reader gave it a source and categories. */
export type FetchedPaper = Omit<Abstract, 'source' | 'categories'>;

/** One page of a source: its papers with an abstract, and how many it left out for having none. */
export interface FetchedPage {
  papers: FetchedPaper[];
  withoutAbstract: number;
  /** The service's count of all results, when it gives one. */
  total?: number;
}

const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i;
const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/;

/** A DOI as bare `10.x/y`, from a bare DOI, `doi:` or a doi.org link. */
export function bareDoi(value: unknown): string | undefined {
  return typeof value === 'string' ? DOI.exec(value.trim())?.[1] : undefined;
}

/** An arXiv id without version, from an id, `arXiv:` id, an arxiv.org link or arXiv's own DOI. */
export function bareArxivId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value
    .trim()
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\./i, '')
    .replace(/^arXiv:/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/, '');
  return ARXIV_ID.test(id) ? id : undefined;
}

/**
 * A fetched paper's id: its arXiv id when it has one (as the arXiv reader and the arXiv metadata snapshot
 * name papers), else `doi:<doi>`, else the service's own id. The same paper from two services gets the same
 * id whenever both know its arXiv id.
 */
export function fetchedId(provenance: Provenance): string | undefined {
  if (provenance.arxivId) return provenance.arxivId;
  if (provenance.doi) return `doi:${provenance.doi.toLowerCase()}`;
  if (provenance.openalexId) return `openalex:${provenance.openalexId}`;
  if (provenance.s2Id) return `s2:${provenance.s2Id}`;
  return undefined;
}

/** Text a service gave, normalised as the readers do; undefined when empty. */
export function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normaliseText(value);
  return text === '' ? undefined : text;
}

/** Keeps the first of papers that share any identifier. */
export class Deduplicator {
  private readonly seen = new Set<string>();
  /** Papers left out as already kept. */
  duplicates = 0;

  private static keys(paper: FetchedPaper): string[] {
    return [
      `id:${paper.id}`,
      ...(paper.doi ? [`doi:${paper.doi.toLowerCase()}`] : []),
      ...(paper.arxivId ? [`arxiv:${paper.arxivId}`] : []),
      ...(paper.openalexId ? [`openalex:${paper.openalexId}`] : []),
      ...(paper.s2Id ? [`s2:${paper.s2Id}`] : []),
    ];
  }

  /** True when the paper is new (and remembers it), false when one with a shared identifier came before. */
  add(paper: FetchedPaper): boolean {
    const keys = Deduplicator.keys(paper);
    if (keys.some((key) => this.seen.has(key))) {
      this.duplicates += 1;
      return false;
    }
    for (const key of keys) this.seen.add(key);
    return true;
  }
}
