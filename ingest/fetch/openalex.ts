/**
 * OpenAlex works (https://developers.openalex.org): `GET /works?search=…&filter=…&per_page=…&cursor=*`,
 * then `cursor=<meta.next_cursor>` until it is null. Abstracts come as `abstract_inverted_index` (each word
 * with its positions) and are put back in order. Kept: title, year, venue (`primary_location.source.
 * display_name`), authors, DOI, the OpenAlex id, and the arXiv id when a location or the DOI is arXiv's.
 */
import { z } from 'zod';
import { FetchError, type FetchClient } from './client';
import { bareArxivId, bareDoi, fetchedId, textOf, type FetchedPage, type FetchedPaper } from './papers';
import { withParams, type Source, type SourceQuery } from './source';

export const OPENALEX_API = 'https://api.openalex.org';
const PAGE_SIZE = 200;

const location = z
  .looseObject({
    landing_page_url: z.string().nullish(),
    source: z.looseObject({ display_name: z.string().nullish() }).nullish(),
  })
  .nullish();

const Work = z.looseObject({
  id: z.string(),
  doi: z.string().nullish(),
  title: z.string().nullish(),
  display_name: z.string().nullish(),
  publication_year: z.number().nullish(),
  primary_location: location,
  locations: z.array(location).nullish(),
  authorships: z
    .array(z.looseObject({ author: z.looseObject({ display_name: z.string().nullish() }).nullish() }))
    .nullish(),
  abstract_inverted_index: z.record(z.string(), z.array(z.number())).nullish(),
});

const WorksPage = z.looseObject({
  meta: z.looseObject({ count: z.number().nullish(), next_cursor: z.string().nullish() }),
  results: z.array(Work),
});

/**
 * @example
 * abstractFromInvertedIndex({ We: [0], models: [2], train: [1] }); // 'We train models'
 */
export function abstractFromInvertedIndex(index: Record<string, number[]>): string {
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const position of positions) words[position] = word;
  }
  return words.filter((word) => word !== undefined).join(' ');
}

function toPaper(work: z.infer<typeof Work>): FetchedPaper | undefined {
  const title = textOf(work.title ?? work.display_name);
  const abstract = work.abstract_inverted_index
    ? textOf(abstractFromInvertedIndex(work.abstract_inverted_index))
    : undefined;
  if (!title || !abstract) return undefined;
  const openalexId = /W\d+$/i.exec(work.id)?.[0]?.toUpperCase();
  const doi = bareDoi(work.doi);
  const arxivId =
    [work.primary_location, ...(work.locations ?? [])]
      .map((place) => bareArxivId(place?.landing_page_url))
      .find(Boolean) ?? bareArxivId(doi);
  const provenance = {
    ...(doi && { doi }),
    ...(arxivId && { arxivId }),
    ...(openalexId && { openalexId }),
    origin: 'openalex',
  };
  const venue = textOf(work.primary_location?.source?.display_name);
  const url = work.primary_location?.landing_page_url ?? undefined;
  const authors = (work.authorships ?? [])
    .map((authorship) => textOf(authorship.author?.display_name))
    .filter((name): name is string => name !== undefined);
  return {
    id: fetchedId(provenance) ?? work.id,
    title,
    abstract,
    ...(typeof work.publication_year === 'number' && { year: work.publication_year }),
    ...(venue && { venue }),
    ...(url && { url }),
    ...(authors.length > 0 && { authors }),
    ...provenance,
  };
}

export function openalexPage(text: string): FetchedPage & { nextCursor?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FetchError(`OpenAlex sent a page that is not JSON (${(error as Error).message})`, 'malformed');
  }
  const parsed = WorksPage.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FetchError(
      `OpenAlex sent a page without the expected works (${issue?.path.join('.') || 'page'}: ${issue?.message ?? ''})`,
      'malformed',
    );
  }
  const papers = parsed.data.results.map(toPaper);
  const kept = papers.filter((paper): paper is FetchedPaper => paper !== undefined);
  return {
    papers: kept,
    withoutAbstract: papers.length - kept.length,
    ...(typeof parsed.data.meta.count === 'number' && { total: parsed.data.meta.count }),
    ...(parsed.data.meta.next_cursor && { nextCursor: parsed.data.meta.next_cursor }),
  };
}

async function* pages(client: FetchClient, query: SourceQuery): AsyncGenerator<FetchedPage> {
  const base = `${(query.baseUrl ?? OPENALEX_API).replace(/\/$/, '')}/works`;
  for (let cursor: string | undefined = '*'; cursor !== undefined;) {
    const url = withParams(base, {
      search: query.query || undefined,
      filter: query.filter,
      per_page: Math.min(query.pageSize ?? PAGE_SIZE, Math.max(1, query.max)),
      cursor,
      mailto: query.mailto,
      api_key: query.apiKey,
    });
    let page: ReturnType<typeof openalexPage>;
    try {
      page = openalexPage(await client.get(url));
    } catch (error) {
      if (error instanceof FetchError && error.kind === 'malformed') client.forget(url);
      throw error;
    }
    yield page;
    if (page.papers.length + page.withoutAbstract === 0) return;
    cursor = page.nextCursor;
  }
}

export const openalex: Source = { name: 'openalex', pages };
