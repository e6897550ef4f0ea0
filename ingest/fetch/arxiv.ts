/**
 * arXiv API (https://info.arxiv.org/help/api/user-manual.html): `GET /api/query?search_query=…&start=…
 * &max_results=…` answers an Atom feed, read by the Atom reader (`ingest/read/atom.ts`), with
 * `opensearch:totalResults` for paging. arXiv reports a bad query as a feed whose one entry is an error
 * (`<id>http://arxiv.org/api/errors#…`). Its terms of use ask for 3 seconds between calls: the caller's
 * client carries that delay.
 */
import { provenanceOf } from '../../src/model/abstract';
import { AtomSyntaxError, parseAtom } from '../read/atom';
import { FetchError, type FetchClient } from './client';
import type { FetchedPage, FetchedPaper } from './papers';
import { withParams, type Source, type SourceQuery } from './source';

export const ARXIV_API = 'https://export.arxiv.org/api/query';
/** The pause arXiv asks for between calls. */
export const ARXIV_DELAY_MS = 3000;
const PAGE_SIZE = 100;

function errorEntry(xml: string): string | undefined {
  if (!/<id>\s*https?:\/\/arxiv\.org\/api\/errors/.test(xml)) return undefined;
  const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/.exec(xml)?.[1];
  return summary?.replace(/\s+/g, ' ').trim() ?? 'an error entry';
}

export function arxivPage(xml: string): FetchedPage {
  const error = errorEntry(xml);
  if (error !== undefined) throw new FetchError(`arXiv refused the query: ${error}`, 'refused');
  const { abstracts, issues } = parseAtom(xml, 'arxiv');
  const total = /<opensearch:totalResults[^>]*>\s*(\d+)\s*</.exec(xml)?.[1];
  const papers = abstracts.map((paper): FetchedPaper => ({
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    ...(paper.year !== undefined && { year: paper.year }),
    ...(paper.venue && { venue: paper.venue }),
    ...(paper.url && { url: paper.url }),
    ...(paper.authors && { authors: paper.authors }),
    ...provenanceOf(paper),
    origin: 'arxiv',
  }));
  return {
    papers,
    withoutAbstract: issues.filter((issue) => issue.kind === 'skipped').length,
    ...(total !== undefined && { total: Number(total) }),
  };
}

async function* pages(client: FetchClient, query: SourceQuery): AsyncGenerator<FetchedPage> {
  const size = Math.min(query.pageSize ?? PAGE_SIZE, Math.max(1, query.max));
  for (let start = 0; ;) {
    const url = withParams(query.baseUrl ?? ARXIV_API, {
      search_query: query.query,
      start,
      max_results: size,
    });
    const xml = await client.get(url);
    let page: FetchedPage;
    try {
      page = arxivPage(xml);
    } catch (error) {
      client.forget(url);
      if (error instanceof AtomSyntaxError) {
        throw new FetchError(`arXiv sent a malformed page (${url}): ${error.message}`, 'malformed');
      }
      throw error;
    }
    yield page;
    const read = page.papers.length + page.withoutAbstract;
    start += read;
    if (read === 0 || (page.total !== undefined && start >= page.total)) return;
  }
}

export const arxiv: Source = { name: 'arxiv', pages };
