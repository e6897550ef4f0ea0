/** The explorer endpoints on the fixture graph (tests/fixtures/graph.cypher): exact answers. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type {
  ApiErrorBody,
  ConceptDetails,
  HealthResponse,
  PaperDetails,
  RelatedResponse,
  SearchResponse,
  StatsResponse,
} from '../../src/model/api';
import { closeApi, get, seededApi } from '../setup/api';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await seededApi('fixture'));
});
afterAll(() => closeApi(db, app));

describe('GET /api/health and /api/stats', () => {
  it('reports the database and its counts', async () => {
    const { status, body } = await get<HealthResponse>(app, '/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ok',
      database: { reachable: true, origin: 'embedded' },
      counts: { papers: 10, concepts: 28, relationships: 266 },
    });
    expect(body.database.version).toMatch(/^Neo4j\/5\.26\./);
  });

  it('counts nodes per label, relationships per type and concepts per type', async () => {
    const { status, body } = await get<StatsResponse>(app, '/api/stats');
    expect(status).toBe(200);
    expect(body.labels).toMatchObject({ Paper: 10, Concept: 28, Cluster: 3 });
    expect(body.concepts).toEqual({ Method: 10, Dataset: 8, Benchmark: 3, Task: 4, Metric: 3 });
    expect(body.relationships).toEqual({
      PROPOSES: 8,
      USES: 14,
      EVALUATES_ON: 20,
      ADDRESSES: 13,
      MEASURES: 7,
      EXTENDS: 2,
      BUILT_ON: 6,
      INSPIRED_BY: 1,
      COMPARED_WITH: 2,
      REPORTS: 11,
      CO_OCCURS: 151,
      IN_CLUSTER: 28,
      LINKED: 3,
    });
  });
});

describe('GET /api/search', () => {
  const search = (query: string) => get<SearchResponse>(app, `/api/search?${query}`);

  it('completes a concept from the first letters, above the papers that mention it', async () => {
    const { status, body } = await search('q=dafor');
    expect(status).toBe(200);
    expect(body.query).toBe('dafor');
    expect(body.hits[0]).toMatchObject({
      id: 'method:daformer',
      kind: 'Method',
      label: 'DAFormer',
      paperCount: 2,
    });
    expect(body.hits.map((hit) => hit.id)).toContain('paper:2111.14887');
    const scores = body.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds concepts by alias and by their canonical form', async () => {
    expect((await search('q=ViT')).body.hits[0]?.id).toBe('method:vision transformer');
    expect((await search('q=cityscapes')).body.hits[0]?.id).toBe('dataset:cityscape');
    expect((await search('q=semantic%20seg')).body.hits[0]?.id).toBe('task:semantic segmentation');
  });

  it('tolerates a typo, and ranks a phrase on its words, not its stop words', async () => {
    expect((await search('q=dafomer')).body.hits[0]?.id).toBe('method:daformer');
    expect((await search('q=segmentatoin')).body.hits.map((hit) => hit.id)).toContain(
      'task:semantic segmentation',
    );
    const phrase = await search(`q=${encodeURIComponent('segmentation is all')}`);
    expect(phrase.body.hits.length).toBeGreaterThan(0);
    expect(phrase.body.hits[0]?.label.toLowerCase()).toContain('segmentation');
  });

  it('lists clusters among the hits, and opens them by id', async () => {
    const { body } = await search('q=domain-adaptive');
    const cluster = body.hits.find((hit) => hit.kind === 'Cluster');
    expect(cluster).toMatchObject({
      id: 'cluster:task:semantic segmentation',
      key: 'task:semantic segmentation',
      label: 'domain-adaptive segmentation',
    });
    const only = await search('q=segmentation&types=Cluster');
    expect(only.body.hits.every((hit) => hit.kind === 'Cluster')).toBe(true);
    expect(only.body.hits.length).toBeGreaterThan(0);
  });

  it('keeps only the requested types and at most `limit` hits', async () => {
    const papers = await search('q=segmentation&types=Paper&limit=2');
    expect(papers.body.hits).toHaveLength(2);
    expect(papers.body.hits.every((hit) => hit.kind === 'Paper' && hit.id === `paper:${hit.key}`)).toBe(true);
    const datasets = await search('q=c&types=dataset,benchmark');
    expect(datasets.body.hits.length).toBeGreaterThan(0);
    expect(datasets.body.hits.every((hit) => hit.kind === 'Dataset' || hit.kind === 'Benchmark')).toBe(true);
  });

  it.each(['a:b"(', 'AND OR NOT', '+-&&||!(){}[]^"~*?:\\/', 'bert~2', 'title:x*', '"unclosed', ')(', '\\'])(
    'takes full-text syntax %j as plain text',
    async (text) => {
      const { status, body } = await search(`q=${encodeURIComponent(text)}`);
      expect(status).toBe(200);
      expect(Array.isArray(body.hits)).toBe(true);
    },
  );

  it.each([
    ['', 'q'],
    ['q=', 'q'],
    ['q=x&limit=0', 'limit'],
    ['q=x&limit=51', 'limit'],
    ['q=x&limit=ten', 'limit'],
    ['q=x&types=Person', 'types'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('answers 400 naming the field for %j', async (query, field) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect((body as unknown as ApiErrorBody).error.code).toBe('invalid_params');
    expect((body as unknown as ApiErrorBody).error.message).toContain(field);
  });
});

describe('GET /api/concepts/:key', () => {
  it('gives a method with its papers, evidence placed in the sentence, results and lineage', async () => {
    const { status, body } = await get<ConceptDetails>(
      app,
      `/api/concepts/${encodeURIComponent('method:daformer')}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      key: 'method:daformer',
      name: 'DAFormer',
      type: 'Method',
      aliases: [],
      paperCount: 2,
      cluster: { id: 'task:semantic segmentation', label: 'domain-adaptive segmentation' },
    });
    expect(body.papers.map((paper) => [paper.id, paper.relation, paper.role])).toEqual([
      ['2111.14887', 'PROPOSES', 'proposed'],
      ['2204.13132', 'USES', 'used'],
    ]);
    const proposing = body.papers[0];
    // What the panel shows: no abstract, no venue.
    expect(Object.keys(proposing ?? {}).sort()).toEqual([
      'evidence',
      'id',
      'relation',
      'role',
      'title',
      'year',
    ]);
    expect(proposing?.year).toBe(2022);
    expect(body.paperTotal).toBe(2);
    expect(proposing?.evidence).toHaveLength(2);
    for (const evidence of body.papers.flatMap((paper) => paper.evidence)) {
      expect(evidence.sentence.slice(evidence.sentenceStart, evidence.sentenceEnd)).toBe('DAFormer');
      expect(evidence.end - evidence.start).toBe(8);
    }
    expect(proposing?.evidence[0]).toMatchObject({
      sentenceStart: 11,
      sentenceEnd: 19,
      rule: 'we-propose',
      confidence: 0.9,
    });
    expect(
      body.results.map((result) => [result.value, result.metric, result.target?.name, result.method?.key]),
    ).toEqual([
      ['+10.8', 'mIoU', 'GTA-to-Cityscapes', 'method:daformer'],
      ['+5.4', 'mIoU', 'Synthia-to-Cityscapes', 'method:daformer'],
    ]);
    expect(body.lineage.map((item) => [item.type, item.direction, item.other.key, item.paper?.id])).toEqual([
      ['BUILT_ON', 'out', 'method:segformer', '2111.14887'],
      ['COMPARED_WITH', 'out', 'method:proda', '2111.14887'],
      ['EXTENDS', 'in', 'method:hrda', '2204.13132'],
    ]);
    expect(body.lineage[2]?.sentence).toContain('HRDA extends DAFormer');
  });

  it('gives a benchmark the results reported on it', async () => {
    const { body } = await get<ConceptDetails>(
      app,
      `/api/concepts/${encodeURIComponent('benchmark:gta to cityscape')}`,
    );
    expect(body.type).toBe('Benchmark');
    expect(body.results.map((result) => `${result.method?.name} ${result.value}`).sort()).toEqual([
      'DAFormer +10.8',
      'HRDA +5.5',
      'Masked Image Consistency 75.9',
    ]);
    expect(body.papers.every((paper) => paper.relation === 'EVALUATES_ON')).toBe(true);
    expect(body.resultTotal).toBe(3);
  });

  it('sends the newest results only, up to ?results=, and counts them all', async () => {
    const url = `/api/concepts/${encodeURIComponent('benchmark:gta to cityscape')}`;
    const all = await get<ConceptDetails>(app, url);
    const capped = await get<ConceptDetails>(app, `${url}?results=2`);
    expect(capped.body.results).toEqual(all.body.results.slice(0, 2));
    expect(capped.body.resultTotal).toBe(3);
    expect((await get(app, `${url}?results=0`)).status).toBe(400);
  });

  it('caps the papers and keeps the count', async () => {
    const { body } = await get<ConceptDetails>(app, '/api/concepts/method:transformer?papers=2');
    expect(body.papers).toHaveLength(2);
    expect(body.paperCount).toBe(5);
    expect(body.aliases).toEqual(['Transformers']);
  });

  it('pages through the papers with offset, counting them all', async () => {
    const all = await get<ConceptDetails>(app, '/api/concepts/method:transformer');
    expect(all.body.paperTotal).toBe(5);
    expect(all.body.papers).toHaveLength(5);
    const pages = [];
    for (const offset of [0, 2, 4]) {
      const page = await get<ConceptDetails>(
        app,
        `/api/concepts/method:transformer?papers=2&offset=${offset}`,
      );
      expect(page.body.paperTotal).toBe(5);
      pages.push(...page.body.papers);
    }
    expect(pages).toEqual(all.body.papers);
    const past = await get<ConceptDetails>(app, '/api/concepts/method:transformer?offset=5');
    expect(past.body.papers).toEqual([]);
    expect(past.body.paperTotal).toBe(5);
    expect((await get(app, '/api/concepts/method:transformer?offset=-1')).status).toBe(400);
  });

  it('places every evidence in its sentence as the whole abstract would, without sending the abstract', async () => {
    const { rows } = await db.read(
      `MATCH (p:Paper)-[m:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept)
       RETURN DISTINCT c.key AS key`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const abstracts = new Map(
      (await db.read('MATCH (p:Paper) RETURN p.id AS id, p.abstract AS abstract')).rows.map((row) => [
        row.id as string,
        (row.abstract as string | null) ?? '',
      ]),
    );
    let placed = 0;
    for (const row of rows) {
      const { body } = await get<ConceptDetails>(
        app,
        `/api/concepts/${encodeURIComponent(row.key as string)}`,
      );
      for (const paper of body.papers) {
        const abstract = abstracts.get(paper.id) ?? '';
        for (const evidence of paper.evidence) {
          const mention = abstract.slice(evidence.start, evidence.end);
          const inSentence = evidence.sentence.slice(evidence.sentenceStart, evidence.sentenceEnd);
          expect(inSentence, `${row.key} in ${paper.id}`).toBe(mention);
          if (mention) placed += 1;
        }
      }
    }
    expect(placed).toBeGreaterThan(30);
  });

  it('gives a lineage whose paper is not in the graph without a paper', async () => {
    await db.run(
      `CREATE (a:Concept:Method {key: 'method:orphan a', type: 'Method', name: 'Orphan A', aliases: []})
       CREATE (b:Concept:Method {key: 'method:orphan b', type: 'Method', name: 'Orphan B', aliases: []})
       CREATE (a)-[:EXTENDS {paper: 'no-such-paper', sentence: 'Orphan A extends Orphan B.', start: 0, end: 8,
                             rule: 'extends'}]->(b)`,
    );
    try {
      const { status, body } = await get<ConceptDetails>(
        app,
        `/api/concepts/${encodeURIComponent('method:orphan a')}`,
      );
      expect(status).toBe(200);
      expect(body.lineage).toEqual([
        {
          type: 'EXTENDS',
          direction: 'out',
          other: { key: 'method:orphan b', name: 'Orphan B', type: 'Method' },
          sentence: 'Orphan A extends Orphan B.',
        },
      ]);
      const related = await get<RelatedResponse>(
        app,
        `/api/concepts/${encodeURIComponent('method:orphan a')}/related`,
      );
      expect(related.body.related.map((method) => method.key)).toEqual(['method:orphan b']);
      expect(related.body.related[0]?.reasons).toEqual([
        { kind: 'lineage', detail: 'Orphan A extends Orphan B', items: [] },
      ]);
    } finally {
      await db.run("MATCH (c:Concept) WHERE c.key IN ['method:orphan a', 'method:orphan b'] DETACH DELETE c");
    }
  });

  it('answers 404 for an unknown key and 400 for a malformed one', async () => {
    const missing = await get<ApiErrorBody>(app, '/api/concepts/method:nothing');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found' });
    expect(missing.body.error.message).toContain('method:nothing');
    const malformed = await get<ApiErrorBody>(app, '/api/concepts/daformer');
    expect(malformed.status).toBe(400);
    expect((await get<ApiErrorBody>(app, '/api/concepts/method:daformer?papers=0')).status).toBe(400);
  });
});

describe('GET /api/concepts/:key/related', () => {
  it('ranks related methods with a score and a reason', async () => {
    const { status, body } = await get<RelatedResponse>(app, '/api/concepts/method:daformer/related');
    expect(status).toBe(200);
    expect(body.key).toBe('method:daformer');
    const keys = body.related.map((method) => method.key);
    expect(keys.slice(0, 3).sort()).toEqual(['method:hrda', 'method:proda', 'method:segformer']);
    expect(keys).not.toContain('method:daformer');
    const scores = body.related.map((method) => method.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score > 0 && score <= 1)).toBe(true);
    const hrda = body.related.find((method) => method.key === 'method:hrda');
    expect(hrda?.reason).toMatch(/^HRDA extends DAFormer; both evaluated on .*Cityscapes/);
    expect(hrda?.reasons.map((reason) => reason.kind)).toEqual([
      'lineage',
      'shared-dataset',
      'shared-task',
      'co-occurrence',
    ]);
    for (const method of body.related) expect(method.reason.length).toBeGreaterThan(10);
  });

  it('relates methods to a dataset through the dataset itself', async () => {
    const { body } = await get<RelatedResponse>(app, '/api/concepts/dataset:cityscape/related?limit=3');
    expect(body.related).toHaveLength(3);
    for (const method of body.related) {
      expect(method.type).toBe('Method');
      const datasets = method.reasons.find((reason) => reason.kind === 'shared-dataset');
      expect(datasets?.items.map((item) => item.key)).toContain('dataset:cityscape');
    }
  });

  it('answers an empty list for a concept nothing relates to', async () => {
    await db.run(
      "CREATE (:Concept:Method {key: 'method:lonely', type: 'Method', name: 'Lonely', aliases: []})",
    );
    try {
      const { status, body } = await get<RelatedResponse>(app, '/api/concepts/method:lonely/related');
      expect(status).toBe(200);
      expect(body).toEqual({ key: 'method:lonely', related: [] });
    } finally {
      await db.run("MATCH (c:Concept {key: 'method:lonely'}) DELETE c");
    }
  });

  it('answers 404 for an unknown key and 400 for a bad limit', async () => {
    expect((await get(app, '/api/concepts/method:nothing/related')).status).toBe(404);
    expect((await get(app, '/api/concepts/method:daformer/related?limit=500')).status).toBe(400);
  });
});

describe('GET /api/papers/:id', () => {
  it('gives a paper with its entities in reading order, results and lineage', async () => {
    const { status, body } = await get<PaperDetails>(app, '/api/papers/2111.14887');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: '2111.14887',
      year: 2022,
      venue: 'CVPR',
      url: 'https://arxiv.org/abs/2111.14887',
    });
    expect(body.abstract).toMatch(/^Unsupervised domain adaptation/);
    expect(body.entities).toHaveLength(12);
    const starts = body.entities.map((entity) => entity.evidence[0]?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const entity of body.entities) {
      for (const evidence of entity.evidence) {
        expect(body.abstract.slice(evidence.start, evidence.end)).toBe(
          evidence.sentence.slice(evidence.sentenceStart, evidence.sentenceEnd),
        );
      }
    }
    expect(body.entities.find((entity) => entity.key === 'method:daformer')).toMatchObject({
      relation: 'PROPOSES',
      role: 'proposed',
    });
    expect(body.results.map((result) => [result.paper.id, result.value, result.target?.key])).toEqual([
      ['2111.14887', '+10.8', 'benchmark:gta to cityscape'],
      ['2111.14887', '+5.4', 'benchmark:synthia to cityscape'],
    ]);
    expect(body.lineage.map((item) => `${item.from.name} ${item.type} ${item.to.name}`)).toEqual([
      'DAFormer BUILT_ON SegFormer',
      'DAFormer COMPARED_WITH ProDA',
    ]);
  });

  it('handles a paper without year or entities', async () => {
    const survey = await get<PaperDetails>(app, '/api/papers/t-ed17dbbe952d8118');
    expect(survey.status).toBe(200);
    expect(survey.body.year).toBeUndefined();
    expect(survey.body.entities.map((entity) => entity.key)).toContain('method:vision transformer');
    const notes = await get<PaperDetails>(app, '/api/papers/2401.00001');
    expect(notes.body).toMatchObject({ entities: [], results: [], lineage: [] });
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get<ApiErrorBody>(app, `/api/papers/${encodeURIComponent('no/such id')}`);
    expect(status).toBe(404);
    expect(body.error.message).toContain('no/such id');
  });
});

describe('unknown routes', () => {
  it('answer 404 JSON under /api', async () => {
    const { status, body } = await get<ApiErrorBody>(app, '/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});
