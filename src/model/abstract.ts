/**
 * Where a paper came from, beyond the file it was read from: its identifiers in the big catalogues and the
 * service a fetcher took it from. Every field is optional; each reader fills what its format carries.
 */
export interface Provenance {
  /** Bare DOI, `10.18653/v1/N19-1423` (no `https://doi.org/`). */
  doi?: string;
  /** arXiv identifier without version, `2106.09685` or `cs/9901001`. */
  arxivId?: string;
  /** OpenAlex work id, `W2963403868` (no `https://openalex.org/`). */
  openalexId?: string;
  /** Semantic Scholar paper id (40 hex digits). */
  s2Id?: string;
  /** The service a fetched record came from: `arxiv`, `openalex` or `s2`; unset for a paper only read from a file. */
  origin?: string;
}

/** The provenance fields in a fixed order: one list for the graph, the store and its hashes. */
export const PROVENANCE_FIELDS = ['doi', 'arxivId', 'openalexId', 's2Id', 'origin'] as const;

/** Only the provenance fields that are set, e.g. to spread into another record. */
export function provenanceOf(record: Provenance): Provenance {
  const out: Provenance = {};
  for (const field of PROVENANCE_FIELDS) {
    const value = record[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** One paper as read from a corpus file, before any extraction. */
export interface Abstract extends Provenance {
  /** The input's id when it has one (echoed as given), else `paperIdFromTitle(title)`. */
  id: string;
  title: string;
  abstract: string;
  year?: number;
  venue?: string;
  url?: string;
  authors?: string[];
  categories?: string[];
  /** Where it came from, for messages: `file:line`. */
  source: string;
}
