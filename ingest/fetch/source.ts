/** What the three sources have in common: a query, and pages of papers fetched one at a time. */
import type { FetchClient } from './client';
import type { FetchedPage } from './papers';

export const SOURCES = ['arxiv', 'openalex', 's2'] as const;
export type SourceName = (typeof SOURCES)[number];

export const isSourceName = (value: string): value is SourceName =>
  (SOURCES as readonly string[]).includes(value);

export interface SourceQuery {
  /** Search terms (arXiv: a `search_query` such as `all:"graph neural"` or `cat:cs.CL AND ti:bert`). */
  query: string;
  /** Papers wanted: the last page asked for is no larger than needed. */
  max: number;
  /** The service's address, e.g. a mirror or a test server (default: the public API). */
  baseUrl?: string;
  /** Results per request (default: the service's largest sensible page). */
  pageSize?: number;
  /** OpenAlex only: a `filter` such as `publication_year:2023,type:article`. */
  filter?: string;
  /** OpenAlex only: a contact address (`mailto`), which OpenAlex asks of polite clients. */
  mailto?: string;
  /** OpenAlex only: an API key (`api_key`), which cursor paging may need. */
  apiKey?: string;
}

export interface Source {
  name: SourceName;
  /** Pages in order; the caller stops asking when it has enough. */
  pages(client: FetchClient, query: SourceQuery): AsyncGenerator<FetchedPage>;
}

/** A URL with query parameters (undefined ones left out), in a fixed order so the cache key is stable. */
export function withParams(base: string, params: Record<string, string | number | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.toString();
}
