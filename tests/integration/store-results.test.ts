/**
 * Results through the whole path: ingest of hand-written extractions → REPORTS edges in Neo4j → the details
 * API. A result that names no dataset or benchmark ("Training is 20% faster") is stored against its metric
 * and shown with the paper and the metric; nothing is dropped.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { projectRoot } from '../../neo4j/paths';
import { readExtractions } from '../../ingest/graph/read-extractions';
import { givenExtractions, ingestFiles } from '../../ingest/pipeline';
import { applySchema } from '../../ingest/store/schema';
import type { ConceptDetails, PaperDetails } from '../../src/model/api';
import { apiServer, get } from '../setup/api';
import { clearDatabase, testDatabase } from '../setup/database';

const fixtures = join(projectRoot, 'tests/fixtures/store');
const daformer = 't-1e422ecf2026b2bb';
const bert = 't-585e0f9b66dbffdc';

describe('results stored and served (real Neo4j)', () => {
  let db: Database;
  let app: FastifyInstance;
  const warnings: string[] = [];
  beforeAll(async () => {
    db = await testDatabase();
    await clearDatabase(db);
    await applySchema(db);
    const { extractions } = readExtractions(join(fixtures, 'extractions.jsonl'));
    await ingestFiles(db, [join(fixtures, 'corpus.txt')], {
      extract: givenExtractions(extractions),
      onWarning: (message) => warnings.push(message),
    });
    app = await apiServer(db);
  });
  afterAll(async () => {
    await app?.close();
    await clearDatabase(db);
    await db?.close();
  });

  it('stores a result without a dataset or benchmark against its metric, with no warning about it', async () => {
    expect(warnings.filter((warning) => /result/.test(warning))).toEqual([]);
    const { rows } = await db.read(
      `MATCH (p:Paper)-[r:REPORTS]->(m:Metric)
       RETURN p.id AS paper, m.key AS key, m.name AS name, r.metric AS metric, r.metricKey AS metricKey,
              r.value AS value, r.numeric AS numeric, r.sentence AS sentence`,
    );
    expect(rows).toEqual([
      {
        paper: daformer,
        key: 'metric:speed',
        name: 'speed',
        metric: 'speed',
        metricKey: 'metric:speed',
        value: '20%',
        numeric: 20,
        sentence: 'Training is 20% faster.',
      },
    ]);
  });

  it("lists every result in the paper's details, the one on no dataset or benchmark with its metric", async () => {
    const { status, body } = await get<PaperDetails>(app, `/api/papers/${daformer}`);
    expect(status).toBe(200);
    const miou = { key: 'metric:miou', name: 'mIoU', type: 'Metric' };
    expect(body.results.map(({ paper: _paper, ...result }) => result)).toEqual([
      {
        metric: 'mIoU',
        metricConcept: miou,
        value: '+10.8',
        method: { key: 'method:daformer', name: 'DAFormer', type: 'Method' },
        target: { key: 'benchmark:gta to cityscape', name: 'GTA-to-Cityscapes', type: 'Benchmark' },
        sentence: 'On the GTA-to-Cityscapes benchmark, DAFormer improves mIoU by +10.8 over ProDA.',
      },
      {
        metric: 'mIoU',
        metricConcept: miou,
        value: '68.3',
        target: { key: 'benchmark:synthia to cityscape', name: 'SYNTHIA-to-Cityscapes', type: 'Benchmark' },
        sentence: 'It reaches 68.3 mIoU on SYNTHIA-to-Cityscapes and is evaluated on the Cityscapes dataset.',
      },
      {
        metric: 'speed',
        metricConcept: { key: 'metric:speed', name: 'speed', type: 'Metric' },
        value: '20%',
        sentence: 'Training is 20% faster.',
      },
    ]);
  });

  it("lists in a metric's details the results reported on it or measured in it", async () => {
    const speed = await get<ConceptDetails>(app, `/api/concepts/${encodeURIComponent('metric:speed')}`);
    expect(speed.status).toBe(200);
    expect(speed.body.results).toEqual([
      {
        paper: expect.objectContaining({ id: daformer }),
        metric: 'speed',
        metricConcept: { key: 'metric:speed', name: 'speed', type: 'Metric' },
        value: '20%',
        sentence: 'Training is 20% faster.',
      },
    ]);

    const f1 = await get<ConceptDetails>(app, `/api/concepts/${encodeURIComponent('metric:f1')}`);
    expect(f1.body.results.map((result) => [result.paper.id, result.value, result.target?.key])).toEqual([
      [bert, '93.2', 'dataset:squad v1.1'],
    ]);
  });
});
