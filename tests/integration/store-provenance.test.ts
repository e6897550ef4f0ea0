/** A paper's provenance (DOI, arXiv, OpenAlex, Semantic Scholar ids, origin) on its node and in its details. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { givenExtractions, ingestAbstracts } from '../../ingest/pipeline';
import type { Abstract } from '../../src/model/abstract';
import type { PaperDetails } from '../../src/model/api';
import type { Extraction } from '../../src/model/extraction';
import { apiServer, get } from '../setup/api';
import { clearDatabase, testDatabase } from '../setup/database';

const fetched: Abstract = {
  id: 'openalex:W2963403868',
  title: 'BERT: Pre-training of Deep Bidirectional Transformers',
  abstract: 'We introduce BERT, a language representation model evaluated on GLUE.',
  year: 2019,
  venue: 'NAACL',
  url: 'https://aclanthology.org/N19-1423',
  doi: '10.18653/v1/N19-1423',
  arxivId: '1810.04805',
  openalexId: 'W2963403868',
  s2Id: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992',
  origin: 'openalex',
  source: 'corpus.jsonl:1',
};
const plain: Abstract = {
  id: 'p2',
  title: 'A paper read from a file',
  abstract: 'We study ResNet on ImageNet.',
  source: 'notes.txt:3',
};
const empty = (paper: Abstract): Extraction => ({
  id: paper.id,
  title: paper.title,
  entities: [],
  relations: [],
  results: [],
});

describe('provenance in the store and the paper details (real Neo4j)', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await testDatabase();
    await clearDatabase(db);
    app = await apiServer(db);
  });
  afterAll(async () => {
    await app.close();
    await clearDatabase(db);
    await db.close();
  });

  it('stores the identifiers a paper has, and nothing for one without', async () => {
    await ingestAbstracts(db, [fetched, plain], { extract: givenExtractions([fetched, plain].map(empty)) });
    const { rows } = await db.read(
      `MATCH (p:Paper)
       RETURN p.id AS id, p.doi AS doi, p.arxivId AS arxivId, p.openalexId AS openalexId, p.s2Id AS s2Id,
              p.origin AS origin, p.url AS url, p.source AS source
       ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 'openalex:W2963403868',
        doi: '10.18653/v1/N19-1423',
        arxivId: '1810.04805',
        openalexId: 'W2963403868',
        s2Id: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992',
        origin: 'openalex',
        url: 'https://aclanthology.org/N19-1423',
        source: 'corpus.jsonl:1',
      },
      {
        id: 'p2',
        doi: null,
        arxivId: null,
        openalexId: null,
        s2Id: null,
        origin: null,
        url: null,
        source: 'notes.txt:3',
      },
    ]);

    const withIds = await get<PaperDetails>(app, `/api/papers/${encodeURIComponent(fetched.id)}`);
    expect(withIds.status).toBe(200);
    expect(withIds.body).toMatchObject({
      doi: '10.18653/v1/N19-1423',
      arxivId: '1810.04805',
      openalexId: 'W2963403868',
      s2Id: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992',
      origin: 'openalex',
      url: 'https://aclanthology.org/N19-1423',
    });
    const without = await get<PaperDetails>(app, '/api/papers/p2');
    expect(without.status).toBe(200);
    for (const field of ['doi', 'arxivId', 'openalexId', 's2Id', 'origin', 'url']) {
      expect(without.body).not.toHaveProperty(field);
    }
  });

  it('rewrites a paper whose provenance changed, and drops an identifier no longer given', async () => {
    const changed: Abstract = { ...fetched, doi: '10.18653/v1/N19-9999' };
    delete changed.arxivId;
    await ingestAbstracts(db, [changed], { extract: givenExtractions([empty(changed)]) });
    const { rows } = await db.read('MATCH (p:Paper {id: $id}) RETURN p.doi AS doi, p.arxivId AS arxivId', {
      id: fetched.id,
    });
    expect(rows).toEqual([{ doi: '10.18653/v1/N19-9999', arxivId: null }]);
  });
});
