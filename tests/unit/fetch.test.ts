/**
 * The fetchers against a loopback HTTP server (node:http on port 0) that serves saved responses in each
 * service's format: paging, errors, a 429 with Retry-After, malformed pages, the cache and de-duplication.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchClient, FetchError, fetchPapers, toJsonLines } from '../../ingest/fetch';
import { abstractFromInvertedIndex } from '../../ingest/fetch/openalex';
import { bareArxivId, Deduplicator } from '../../ingest/fetch/papers';
import { readCorpus } from '../../ingest/read';
import { retryAfterMs } from '../../ingest/fetch/client';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'fetch', name), 'utf8');

interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}
interface Seen {
  path: string;
  params: URLSearchParams;
  headers: IncomingHttpHeaders;
}

/** Answers each request with `route(request)`; records every request. */
class FixtureServer {
  readonly seen: Seen[] = [];
  route: (request: Seen, count: number) => Reply = () => ({ status: 404, body: 'no route' });
  private server?: Server;
  base = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const seen = { path: url.pathname, params: url.searchParams, headers: request.headers };
      this.seen.push(seen);
      const reply = this.route(seen, this.seen.length);
      response.writeHead(reply.status ?? 200, reply.headers ?? {});
      response.end(reply.body);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const server = new FixtureServer();
let cacheDir: string;
const slept: number[] = [];
const sleep = (ms: number) => {
  slept.push(ms);
  return Promise.resolve();
};

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => {
  server.seen.length = 0;
  slept.length = 0;
  cacheDir = mkdtempSync(join(tmpdir(), 'atlas-fetch-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** arXiv's two pages by `start`, OpenAlex's by `cursor`, Semantic Scholar's by `token`. */
function serviceRoutes(request: Seen): Reply {
  if (request.path === '/api/query') {
    const start = request.params.get('start');
    return { body: fixture(start === '0' ? 'arxiv-page-1.atom' : 'arxiv-page-2.atom') };
  }
  if (request.path === '/works') {
    const cursor = request.params.get('cursor');
    return { body: fixture(cursor === '*' ? 'openalex-page-1.json' : 'openalex-page-2.json') };
  }
  if (request.path === '/graph/v1/paper/search/bulk') {
    return { body: fixture(request.params.get('token') ? 's2-page-2.json' : 's2-page-1.json') };
  }
  return { status: 404, body: 'no route' };
}

const client = (options: ConstructorParameters<typeof FetchClient>[0] = {}) =>
  new FetchClient({ cacheDir, sleep, backoffMs: 100, ...options });

describe('FetchClient', () => {
  it('retries a 429 after the time its Retry-After gives, and a 503 with doubling backoff', async () => {
    server.route = (_request, count) =>
      count === 1
        ? { status: 429, headers: { 'retry-after': '7' }, body: 'slow down' }
        : count < 4
          ? { status: 503, body: 'busy' }
          : { body: 'page' };
    const retries: string[] = [];
    const http = client({ onRetry: (retry) => retries.push(retry.reason) });
    expect(await http.get(`${server.base}/p`)).toBe('page');
    expect(slept).toEqual([7000, 200, 400]);
    expect(retries).toEqual(['HTTP 429', 'HTTP 503', 'HTTP 503']);
    expect(http.requests).toBe(4);
  });

  it('gives up after the last retry with a message naming the status', async () => {
    server.route = () => ({ status: 500, body: 'internal error' });
    const error = await client({ retries: 2 })
      .get(`${server.base}/p`)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ kind: 'failed', status: 500 });
    expect((error as Error).message).toMatch(/answered 500 .* 3 times.*internal error/);
    expect(server.seen).toHaveLength(3);
  });

  it('does not retry a refusal (4xx) and quotes the service', async () => {
    server.route = () => ({ status: 403, body: '{"message": "Forbidden: bad api key"}' });
    await expect(client().get(`${server.base}/p`)).rejects.toMatchObject({
      kind: 'refused',
      status: 403,
      message: expect.stringMatching(/refused the request: 403 Forbidden: .*bad api key/),
    });
    expect(server.seen).toHaveLength(1);
  });

  it('says the machine looks offline when nothing listens (ECONNREFUSED)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(client().get(`http://127.0.0.1:${port}/p`)).rejects.toMatchObject({
      kind: 'offline',
      message: expect.stringMatching(/cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\).*offline/),
    });
    expect(slept).toEqual([]);
  });

  it('answers a page fetched before from the cache, across clients; forget() drops it', async () => {
    server.route = () => ({ body: 'cached page' });
    await client().get(`${server.base}/p?a=1`);
    const second = client();
    expect(await second.get(`${server.base}/p?a=1`)).toBe('cached page');
    expect(second.requests).toBe(0);
    expect(second.cacheHits).toBe(1);
    expect(server.seen).toHaveLength(1);
    second.forget(`${server.base}/p?a=1`);
    await second.get(`${server.base}/p?a=1`);
    expect(server.seen).toHaveLength(2);
  });

  it('waits the configured delay between two requests', async () => {
    server.route = () => ({ body: 'x' });
    const http = client({ delayMs: 60_000, cacheDir: null });
    await http.get(`${server.base}/a`);
    await http.get(`${server.base}/b`);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(59_000);
  });

  it.each([
    ['120', 120_000],
    ['Thu, 03 Dec 2026 08:00:30 GMT', 30_000],
    ['soon', undefined],
    [null, undefined],
  ])('Retry-After %j → %j ms', (value, expected) => {
    expect(retryAfterMs(value, Date.parse('Thu, 03 Dec 2026 08:00:00 GMT'))).toBe(expected);
  });
});

describe('sources', () => {
  beforeEach(() => {
    server.route = serviceRoutes;
  });

  it('arXiv: pages by start/max_results until totalResults, with provenance from the Atom feed', async () => {
    const { papers, counts } = await fetchPapers({
      sources: ['arxiv'],
      query: { query: 'all:adapters', max: 10, pageSize: 2 },
      baseUrls: { arxiv: `${server.base}/api/query` },
      arxivDelayMs: 0,
      client: { cacheDir, sleep },
    });
    expect(server.seen.map((seen) => [seen.params.get('start'), seen.params.get('max_results')])).toEqual([
      ['0', '2'],
      ['2', '2'],
    ]);
    expect(server.seen[0]?.params.get('search_query')).toBe('all:adapters');
    expect(papers.map((paper) => paper.id)).toEqual(['2106.09685', '1902.00751', '2305.14314']);
    expect(papers[1]).toEqual({
      id: '1902.00751',
      title: 'Parameter-Efficient Transfer Learning for NLP',
      abstract:
        'Fine-tuning large pre-trained models is an effective transfer mechanism in NLP. We propose transfer with adapter modules and evaluate on GLUE.',
      year: 2019,
      venue: 'ICML 2019',
      url: 'http://arxiv.org/abs/1902.00751v2',
      authors: ['Neil Houlsby'],
      doi: '10.5555/icml.2019.2790',
      arxivId: '1902.00751',
      origin: 'arxiv',
    });
    expect(counts).toEqual([
      { source: 'arxiv', pages: 2, results: 3, withoutAbstract: 0, duplicates: 0, kept: 3, total: 3 },
    ]);
  });

  it('arXiv: stops asking for pages once --max papers are kept', async () => {
    const { papers } = await fetchPapers({
      sources: ['arxiv'],
      query: { query: 'all:adapters', max: 2, pageSize: 2 },
      baseUrls: { arxiv: `${server.base}/api/query` },
      arxivDelayMs: 0,
      client: { cacheDir, sleep },
    });
    expect(papers).toHaveLength(2);
    expect(server.seen).toHaveLength(1);
  });

  it("arXiv: an error feed is a refusal with arXiv's message", async () => {
    server.route = () => ({ body: fixture('arxiv-error.atom') });
    await expect(
      fetchPapers({
        sources: ['arxiv'],
        query: { query: 'all:x', max: 5 },
        baseUrls: { arxiv: `${server.base}/api/query` },
        arxivDelayMs: 0,
        client: { cacheDir, sleep },
      }),
    ).rejects.toMatchObject({
      kind: 'refused',
      message: 'arXiv refused the query: start must be non-negative',
    });
  });

  it('OpenAlex: cursor paging, abstracts rebuilt from the inverted index, arXiv ids from locations', async () => {
    const { papers, counts } = await fetchPapers({
      sources: ['openalex'],
      query: {
        query: 'parameter efficient',
        max: 10,
        mailto: 'me@example.org',
        filter: 'publication_year:>2018',
      },
      baseUrls: { openalex: server.base },
      client: { cacheDir, sleep },
    });
    expect(server.seen.map((seen) => seen.params.get('cursor'))).toEqual([
      '*',
      'IlsxMDAsICdodHRwczovL29wZW5hbGV4Lm9yZy9XMScgXSI=',
    ]);
    expect(server.seen[0]?.params.get('search')).toBe('parameter efficient');
    expect(server.seen[0]?.params.get('mailto')).toBe('me@example.org');
    expect(server.seen[0]?.params.get('filter')).toBe('publication_year:>2018');
    expect(papers).toEqual([
      expect.objectContaining({
        id: '2106.09685',
        abstract: 'We propose LoRA, which freezes the weights.',
        venue: 'arXiv (Cornell University)',
        doi: '10.48550/arxiv.2106.09685',
        arxivId: '2106.09685',
        openalexId: 'W3168867926',
        origin: 'openalex',
      }),
      {
        id: '1810.04805',
        title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        abstract: 'We introduce BERT evaluated on GLUE.',
        year: 2019,
        venue: 'North American Chapter of the Association for Computational Linguistics',
        url: 'https://aclanthology.org/N19-1423',
        authors: ['Jacob Devlin', 'Ming-Wei Chang'],
        doi: '10.18653/v1/n19-1423',
        arxivId: '1810.04805',
        openalexId: 'W2963403868',
        origin: 'openalex',
      },
    ]);
    expect(counts[0]).toMatchObject({ pages: 2, results: 3, withoutAbstract: 1, kept: 2, total: 3 });
  });

  it('Semantic Scholar: token paging, the fields asked for, x-api-key, externalIds', async () => {
    const { papers, counts } = await fetchPapers({
      sources: ['s2'],
      query: { query: 'adapters', max: 10 },
      baseUrls: { s2: server.base },
      s2Key: 'key-123',
      client: { cacheDir, sleep },
    });
    expect(server.seen.map((seen) => seen.params.get('token'))).toEqual([
      null,
      'PCOA3RZZB2ADADAEYCX2BLJJRDEGL',
    ]);
    expect(server.seen[0]?.params.get('fields')).toBe('title,abstract,year,venue,externalIds,url');
    expect(server.seen.every((seen) => seen.headers['x-api-key'] === 'key-123')).toBe(true);
    expect(papers).toEqual([
      expect.objectContaining({
        id: '2106.09685',
        arxivId: '2106.09685',
        s2Id: 'a8ca46b171467ceb2d7652fbfb67fe701ad86092',
      }),
      {
        id: 'doi:10.5555/invented.2024.7',
        title: 'Sparse Mixture Adapters',
        abstract: 'We introduce SMAdapter, a sparse mixture of adapters evaluated on SuperGLUE.',
        year: 2024,
        url: 'https://www.semanticscholar.org/paper/7a15950dc71079285a4eaf195de5aadd87c41b40',
        doi: '10.5555/invented.2024.7',
        s2Id: '7a15950dc71079285a4eaf195de5aadd87c41b40',
        origin: 's2',
      },
    ]);
    expect(counts[0]).toMatchObject({ pages: 2, results: 3, withoutAbstract: 1, kept: 2 });
  });

  it('keeps one paper met on several services (arXiv id, DOI), counting the rest as duplicates', async () => {
    const { papers, counts } = await fetchPapers({
      sources: ['arxiv', 'openalex', 's2'],
      query: { query: 'adapters', max: 10, pageSize: 2 },
      baseUrls: { arxiv: `${server.base}/api/query`, openalex: server.base, s2: server.base },
      arxivDelayMs: 0,
      client: { cacheDir, sleep },
    });
    expect(papers.map((paper) => `${paper.origin}:${paper.id}`)).toEqual([
      'arxiv:2106.09685',
      'arxiv:1902.00751',
      'arxiv:2305.14314',
      'openalex:1810.04805',
      's2:doi:10.5555/invented.2024.7',
    ]);
    expect(counts.map((count) => [count.source, count.kept, count.duplicates])).toEqual([
      ['arxiv', 3, 0],
      ['openalex', 1, 1],
      ['s2', 1, 1],
    ]);
  });

  it('a malformed page stops the fetch with a clear message and is not cached', async () => {
    server.route = () => ({ body: '{"meta": {"count": 1, "next_cursor": null}, "results": "oops"}' });
    const run = () =>
      fetchPapers({
        sources: ['openalex'],
        query: { query: 'x', max: 5 },
        baseUrls: { openalex: server.base },
        client: { cacheDir, sleep },
      });
    await expect(run()).rejects.toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/OpenAlex sent a page without the expected works \(results: /),
    });
    server.route = () => ({ body: '<html>truncated' });
    await expect(run()).rejects.toMatchObject({ kind: 'malformed', message: /not JSON/ });
    server.route = () => ({ body: '<feed><entry><title>unclosed' });
    await expect(
      fetchPapers({
        sources: ['arxiv'],
        query: { query: 'x', max: 5 },
        baseUrls: { arxiv: `${server.base}/api/query` },
        arxivDelayMs: 0,
        client: { cacheDir, sleep },
      }),
    ).rejects.toMatchObject({ kind: 'malformed', message: /arXiv sent a malformed page/ });
    expect(server.seen).toHaveLength(3);
  });

  it('an interrupted fetch resumes from the cache: the pages fetched before are not asked for again', async () => {
    const options = {
      sources: ['openalex' as const],
      query: { query: 'adapters', max: 10 },
      baseUrls: { openalex: server.base },
      client: { cacheDir, sleep, retries: 1 },
    };
    server.route = (request) =>
      request.params.get('cursor') === '*' ? serviceRoutes(request) : { status: 502, body: 'bad gateway' };
    await expect(fetchPapers(options)).rejects.toMatchObject({ kind: 'failed', status: 502 });
    expect(server.seen).toHaveLength(3);

    server.seen.length = 0;
    server.route = serviceRoutes;
    const resumed = await fetchPapers(options);
    expect(server.seen.map((seen) => seen.params.get('cursor'))).toEqual([
      'IlsxMDAsICdodHRwczovL29wZW5hbGV4Lm9yZy9XMScgXSI=',
    ]);
    expect(resumed).toMatchObject({ requests: 1, cacheHits: 1 });
    expect(resumed.papers).toHaveLength(2);
  });

  it('writes JSONL that the corpus reader reads back with provenance intact', async () => {
    const { papers } = await fetchPapers({
      sources: ['arxiv', 'openalex', 's2'],
      query: { query: 'adapters', max: 10 },
      baseUrls: { arxiv: `${server.base}/api/query`, openalex: server.base, s2: server.base },
      arxivDelayMs: 0,
      client: { cacheDir, sleep },
    });
    const file = join(cacheDir, 'corpus.jsonl');
    writeFileSync(file, toJsonLines(papers));
    const { abstracts, issues } = readCorpus(file);
    expect(issues).toEqual([]);
    expect(abstracts.map(({ source: _source, ...paper }) => paper)).toEqual(papers);
  });
});

describe('identifiers', () => {
  it.each([
    ['https://arxiv.org/abs/2106.09685v2', '2106.09685'],
    ['http://arxiv.org/pdf/2106.09685v1.pdf', '2106.09685'],
    ['https://doi.org/10.48550/arXiv.2106.09685', '2106.09685'],
    ['arXiv:cs/9901001v3', 'cs/9901001'],
    ['https://aclanthology.org/N19-1423', undefined],
  ])('bareArxivId(%j) → %j', (value, expected) => {
    expect(bareArxivId(value)).toBe(expected);
  });

  it('puts an inverted index back in word order', () => {
    expect(abstractFromInvertedIndex({ models: [2, 5], We: [0], train: [1], small: [4], and: [3] })).toBe(
      'We train models and small models',
    );
  });

  it('a paper sharing any identifier with one kept before is a duplicate', () => {
    const dedupe = new Deduplicator();
    expect(dedupe.add({ id: 'a', title: 'T', abstract: 'A', doi: '10.1000/X' })).toBe(true);
    expect(dedupe.add({ id: 'b', title: 'T', abstract: 'A', doi: '10.1000/x' })).toBe(false);
    expect(dedupe.add({ id: 'c', title: 'T', abstract: 'A', openalexId: 'W1' })).toBe(true);
    expect(dedupe.add({ id: 'd', title: 'T', abstract: 'A', openalexId: 'W1', arxivId: '2101.00001' })).toBe(
      false,
    );
    expect(dedupe.duplicates).toBe(2);
  });
});

describe('npm run fetch', () => {
  const root = join(import.meta.dirname, '..', '..');
  /** Runs the CLI without blocking this process, which serves its requests. */
  const fetchCli = (...args: string[]) =>
    new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'cli/fetch.ts', ...args],
        { cwd: root, encoding: 'utf8', env: { ...process.env, S2_API_KEY: '' } },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });

  it('writes a JSONL corpus from a service and reports what it kept', async () => {
    server.route = serviceRoutes;
    const out = join(cacheDir, 'openalex.jsonl');
    const run = await fetchCli(
      '--from',
      'openalex',
      'adapters',
      '--max',
      '5',
      '--out',
      out,
      '--endpoint',
      server.base,
      '--cache-dir',
      join(cacheDir, 'pages'),
      '--mailto',
      'me@example.org',
    );
    expect(run.stderr).toMatch(/openalex: 2 papers kept from 3 results in 2 pages, 1 without an abstract/);
    expect(run.stderr).toMatch(/wrote 2 papers to .*openalex\.jsonl \(2 requests, 0 pages from the cache\)/);
    expect(run.code).toBe(0);
    const { abstracts } = readCorpus(out);
    expect(abstracts.map((paper) => [paper.id, paper.openalexId, paper.origin])).toEqual([
      ['2106.09685', 'W3168867926', 'openalex'],
      ['1810.04805', 'W2963403868', 'openalex'],
    ]);
    const again = await fetchCli(
      '--from',
      'openalex',
      'adapters',
      '--max',
      '5',
      '--out',
      out,
      '--endpoint',
      server.base,
      '--cache-dir',
      join(cacheDir, 'pages'),
      '--mailto',
      'me@example.org',
    );
    expect(again.stderr).toMatch(/\(0 requests, 2 pages from the cache\)/);
  }, 60_000);

  it('exits 1 with a clear message when the service refuses, 2 on a bad source', async () => {
    server.route = () => ({ status: 400, body: '{"error": "Invalid query parameters"}' });
    const refused = await fetchCli(
      '--from',
      's2',
      'x',
      '--out',
      join(cacheDir, 'x.jsonl'),
      '--endpoint',
      server.base,
      '--no-cache',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /fetch: 127\.0\.0\.1:\d+ refused the request: 400 Bad Request: .*Invalid query/,
    );
    const unknown = await fetchCli('--from', 'scholar', 'x', '--out', join(cacheDir, 'x.jsonl'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/expected arxiv, openalex, s2/);
  }, 60_000);
});
