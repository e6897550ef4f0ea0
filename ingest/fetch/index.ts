/**
 * Fetches papers from one or more services into records the JSONL reader reads back, provenance intact:
 * pages are asked for until `max` new papers with an abstract are kept from each source (or its results
 * end); a paper met again — on a later page, or from another source — is left out by DOI, arXiv id,
 * OpenAlex id or Semantic Scholar id.
 */
import { FetchClient, type ClientOptions } from './client';
import { arxiv, ARXIV_DELAY_MS } from './arxiv';
import { openalex } from './openalex';
import { Deduplicator, type FetchedPaper } from './papers';
import { semanticScholar } from './semantic-scholar';
import type { Source, SourceName, SourceQuery } from './source';

export { FetchClient, FetchError } from './client';
export { SOURCES, isSourceName, type SourceName } from './source';
export type { FetchedPaper } from './papers';

const SOURCE_OF: Record<SourceName, Source> = { arxiv, openalex, s2: semanticScholar };

export interface SourceCounts {
  source: SourceName;
  pages: number;
  /** Results read, with or without an abstract. */
  results: number;
  withoutAbstract: number;
  duplicates: number;
  kept: number;
  /** The service's count of all results for the query, when it gives one. */
  total?: number;
}

export interface FetchOptions {
  sources: SourceName[];
  query: Omit<SourceQuery, 'baseUrl' | 'apiKey'>;
  /** Per source: its address (tests, mirrors) and its API key. */
  baseUrls?: Partial<Record<SourceName, string>>;
  /** OpenAlex `api_key`. */
  openalexKey?: string;
  /** Semantic Scholar `x-api-key`. */
  s2Key?: string;
  /** Between two arXiv calls (default 3 s, as arXiv asks). */
  arxivDelayMs?: number;
  /** Shared by every source's client: cache, retries, backoff, sleep. */
  client?: Omit<ClientOptions, 'delayMs' | 'headers'>;
  onPage?: (counts: SourceCounts) => void;
}

export interface FetchResult {
  papers: FetchedPaper[];
  counts: SourceCounts[];
  /** Network requests sent and pages answered from the cache, over all sources. */
  requests: number;
  cacheHits: number;
}

export async function fetchPapers(options: FetchOptions): Promise<FetchResult> {
  const dedupe = new Deduplicator();
  const papers: FetchedPaper[] = [];
  const counts: SourceCounts[] = [];
  let requests = 0;
  let cacheHits = 0;
  for (const name of options.sources) {
    const client = new FetchClient({
      ...options.client,
      delayMs: name === 'arxiv' ? (options.arxivDelayMs ?? ARXIV_DELAY_MS) : 0,
      headers: name === 's2' && options.s2Key ? { 'x-api-key': options.s2Key } : {},
    });
    const baseUrl = options.baseUrls?.[name];
    const query: SourceQuery = {
      ...options.query,
      ...(baseUrl && { baseUrl }),
      ...(name === 'openalex' && options.openalexKey && { apiKey: options.openalexKey }),
    };
    const count: SourceCounts = {
      source: name,
      pages: 0,
      results: 0,
      withoutAbstract: 0,
      duplicates: 0,
      kept: 0,
    };
    counts.push(count);
    try {
      for await (const page of SOURCE_OF[name].pages(client, query)) {
        count.pages += 1;
        count.results += page.papers.length + page.withoutAbstract;
        count.withoutAbstract += page.withoutAbstract;
        if (page.total !== undefined) count.total = page.total;
        for (const paper of page.papers) {
          if (count.kept >= options.query.max) break;
          if (dedupe.add(paper)) {
            papers.push(paper);
            count.kept += 1;
          } else {
            count.duplicates += 1;
          }
        }
        options.onPage?.(count);
        if (count.kept >= options.query.max) break;
      }
    } finally {
      requests += client.requests;
      cacheHits += client.cacheHits;
    }
  }
  return { papers, counts, requests, cacheHits };
}

/** One JSON line per paper, the fields the JSONL reader reads (`ingest/read/record.ts`). */
export function toJsonLines(papers: readonly FetchedPaper[]): string {
  return papers.map((paper) => `${JSON.stringify(paper)}\n`).join('');
}
