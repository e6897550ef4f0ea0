/**
 * Semantic Scholar bulk search (https://api.semanticscholar.org/api-docs/graph):
 * `GET /graph/v1/paper/search/bulk?query=…&fields=title,abstract,year,venue,externalIds,url`, then
 * `token=<token>` until the answer has no token. An API key (`S2_API_KEY`) goes in the `x-api-key` header,
 * which the caller's client sends. `externalIds` give the DOI and arXiv id.
 */
import { z } from 'zod';
import { FetchError, type FetchClient } from './client';
import { bareArxivId, bareDoi, fetchedId, textOf, type FetchedPage, type FetchedPaper } from './papers';
import { withParams, type Source, type SourceQuery } from './source';

export const S2_API = 'https://api.semanticscholar.org';
export const S2_FIELDS = 'title,abstract,year,venue,externalIds,url';

const Paper = z.looseObject({
  paperId: z.string(),
  title: z.string().nullish(),
  abstract: z.string().nullish(),
  year: z.number().nullish(),
  venue: z.string().nullish(),
  url: z.string().nullish(),
  externalIds: z.record(z.string(), z.union([z.string(), z.number()]).nullish()).nullish(),
});

const BulkPage = z.looseObject({
  total: z.number().nullish(),
  token: z.string().nullish(),
  data: z.array(Paper).nullish(),
});

function toPaper(paper: z.infer<typeof Paper>): FetchedPaper | undefined {
  const title = textOf(paper.title);
  const abstract = textOf(paper.abstract);
  if (!title || !abstract) return undefined;
  const ids = paper.externalIds ?? {};
  const doi = bareDoi(ids.DOI);
  const arxivId = bareArxivId(ids.ArXiv);
  const provenance = {
    ...(doi && { doi }),
    ...(arxivId && { arxivId }),
    s2Id: paper.paperId,
    origin: 's2',
  };
  const venue = textOf(paper.venue);
  return {
    id: fetchedId(provenance) ?? `s2:${paper.paperId}`,
    title,
    abstract,
    ...(typeof paper.year === 'number' && { year: paper.year }),
    ...(venue && { venue }),
    ...(paper.url && { url: paper.url }),
    ...provenance,
  };
}

export function s2Page(text: string): FetchedPage & { token?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FetchError(
      `Semantic Scholar sent a page that is not JSON (${(error as Error).message})`,
      'malformed',
    );
  }
  const parsed = BulkPage.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FetchError(
      `Semantic Scholar sent a page without the expected papers (${issue?.path.join('.') || 'page'}: ${issue?.message ?? ''})`,
      'malformed',
    );
  }
  const papers = (parsed.data.data ?? []).map(toPaper);
  const kept = papers.filter((paper): paper is FetchedPaper => paper !== undefined);
  return {
    papers: kept,
    withoutAbstract: papers.length - kept.length,
    ...(typeof parsed.data.total === 'number' && { total: parsed.data.total }),
    ...(parsed.data.token && { token: parsed.data.token }),
  };
}

async function* pages(client: FetchClient, query: SourceQuery): AsyncGenerator<FetchedPage> {
  const base = `${(query.baseUrl ?? S2_API).replace(/\/$/, '')}/graph/v1/paper/search/bulk`;
  for (let token: string | undefined, first = true; first || token !== undefined; first = false) {
    const url = withParams(base, { query: query.query, fields: S2_FIELDS, token });
    let page: ReturnType<typeof s2Page>;
    try {
      page = s2Page(await client.get(url));
    } catch (error) {
      if (error instanceof FetchError && error.kind === 'malformed') client.forget(url);
      throw error;
    }
    yield page;
    if (page.papers.length + page.withoutAbstract === 0) return;
    token = page.token;
  }
}

export const semanticScholar: Source = { name: 's2', pages };
