/** Neighbourhoods, the cluster map and cluster subgraphs on the fixture graph. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import type { ApiErrorBody, ClusterDetails, ClustersResponse, GraphPayload } from '../../src/model/api';
import { closeApi, get, seededApi } from '../setup/api';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ db, app } = await seededApi('fixture', { graphNodeCap: 60 }));
});
afterAll(() => closeApi(db, app));

/** Every edge joins two nodes of the payload, and ids are unique. */
function expectConsistent(graph: GraphPayload): void {
  const ids = new Set(graph.nodes.map((node) => node.id));
  expect(ids.size).toBe(graph.nodes.length);
  expect(new Set(graph.edges.map((edge) => edge.id)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(ids.has(edge.source), edge.id).toBe(true);
    expect(ids.has(edge.target), edge.id).toBe(true);
  }
}

const neighborhood = (query: string) => get<GraphPayload>(app, `/api/graph/neighborhood?${query}`);

/** The fixture's clusters, each named by its top concept's key (cypher/README.md). */
const SEGMENTATION = 'task:semantic segmentation';
const LANGUAGE_MODELS = 'method:bert';
const VISION_TRANSFORMERS = 'method:transformer';
const clusterUrl = (id: string, query = '') => `/api/clusters/${encodeURIComponent(id)}${query}`;

describe('GET /api/graph/neighborhood', () => {
  it('gives the direct neighbours of a method at depth 1', async () => {
    const { status, body } = await neighborhood('keys=method:hrda&depth=1');
    expect(status).toBe(200);
    expectConsistent(body);
    expect(body.truncated).toBe(false);
    const ids = body.nodes.map((node) => node.id).sort();
    // HRDA: its two papers (proposing, using), what co-occurs with it, its lineage (DAFormer, MIC).
    expect(ids).toEqual(
      [
        'method:hrda',
        'paper:2204.13132',
        'paper:2212.01322',
        'method:daformer',
        'method:masked image consistency',
        'method:bert',
        'task:unsupervised domain adaptation',
        'task:semantic segmentation',
        'task:image classification',
        'metric:miou',
        'metric:accuracy',
        'benchmark:gta to cityscape',
        'benchmark:synthia to cityscape',
        'dataset:cityscape',
        'dataset:visda 2017',
      ].sort(),
    );
    expect(body.nodes.find((node) => node.id === 'method:hrda')).toEqual({
      id: 'method:hrda',
      kind: 'Method',
      label: 'HRDA',
      size: 2,
      cluster: SEGMENTATION,
      // The years its two papers were published.
      years: [2022, 2023],
    });
    const types = new Set(body.edges.map((edge) => edge.type));
    for (const type of ['PROPOSES', 'USES', 'EXTENDS', 'BUILT_ON', 'CO_OCCURS'])
      expect(types).toContain(type);
    expect(body.edges).toContainEqual(
      expect.objectContaining({ source: 'method:hrda', target: 'method:daformer', type: 'EXTENDS' }),
    );
  });

  it('reaches further at depth 2, and a paper can be the seed', async () => {
    const one = await neighborhood('keys=method:hrda&depth=1');
    const two = await neighborhood('keys=method:hrda&depth=2');
    expectConsistent(two.body);
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    const twoIds = new Set(two.body.nodes.map((node) => node.id));
    for (const node of one.body.nodes) expect(twoIds.has(node.id)).toBe(true);
    expect(twoIds.has('paper:2111.14887')).toBe(true);
    // Co-occurrence edges are the seed's only: between two other concepts they would repeat the papers.
    const cooccurrences = two.body.edges.filter((edge) => edge.type === 'CO_OCCURS');
    expect(cooccurrences.length).toBeGreaterThan(0);
    for (const edge of cooccurrences) expect([edge.source, edge.target]).toContain('method:hrda');

    const paper = await neighborhood('keys=paper:2105.15203&depth=1');
    expect(paper.status).toBe(200);
    expect(paper.body.nodes.map((node) => node.id).sort()).toEqual(
      [
        'paper:2105.15203',
        'method:segformer',
        'method:transformer',
        'task:semantic segmentation',
        'dataset:ade20k',
        'dataset:cityscape',
        'metric:miou',
      ].sort(),
    );
  });

  it('cuts at the limit, keeps the seeds, and says so', async () => {
    const { body } = await neighborhood('keys=method:daformer,method:bert&depth=2&limit=6');
    expectConsistent(body);
    expect(body.nodes).toHaveLength(6);
    expect(body).toMatchObject({ truncated: true, limit: 6 });
    expect(
      body.nodes
        .slice(0, 2)
        .map((node) => node.id)
        .sort(),
    ).toEqual(['method:bert', 'method:daformer']);
  });

  it('answers for a seed with no links at all: the seed alone', async () => {
    await db.run(
      "CREATE (:Paper {id: 'alone', title: 'A paper nothing was found in', abstract: '', source: 'test'})",
    );
    try {
      const { status, body } = await neighborhood('keys=paper:alone&depth=2');
      expect(status).toBe(200);
      expect(body).toEqual({
        nodes: [{ id: 'paper:alone', kind: 'Paper', label: 'A paper nothing was found in', size: 1 }],
        edges: [],
        truncated: false,
        limit: 60,
      });
    } finally {
      await db.run("MATCH (p:Paper {id: 'alone'}) DELETE p");
    }
  });

  it.each([
    ['depth=1', 400],
    ['keys=&depth=1', 400],
    ['keys=daformer', 400],
    ['keys=method:daformer&depth=3', 400],
    ['keys=method:daformer&limit=61', 400],
    ['keys=method:nothing,paper:nope', 404],
  ])('answers %j with %i', async (query, status) => {
    const answer = await get<ApiErrorBody>(app, `/api/graph/neighborhood?${query}`);
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(status === 400 ? 'invalid_params' : 'not_found');
  });
});

describe('GET /api/clusters and /api/clusters/:id', () => {
  it('gives the cluster map: clusters with top concepts, and weighted links', async () => {
    const { status, body } = await get<ClustersResponse>(app, '/api/clusters');
    expect(status).toBe(200);
    expect(body.clusters.map((cluster) => [cluster.id, cluster.label, cluster.size])).toEqual([
      [SEGMENTATION, 'domain-adaptive segmentation', 15],
      [LANGUAGE_MODELS, 'language models', 7],
      [VISION_TRANSFORMERS, 'vision transformers', 6],
    ]);
    expect(body.clusters[0]?.top.map((concept) => concept.key)).toEqual([
      'task:semantic segmentation',
      'dataset:cityscape',
      'metric:miou',
    ]);
    expect(body.links).toHaveLength(3);
    const weights = body.links.map((link) => link.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(body.links[0]).toMatchObject({ source: VISION_TRANSFORMERS, target: SEGMENTATION });
    expect(weights.every((weight) => weight > 0)).toBe(true);
  });

  it("gives a cluster's members and the relationships among them", async () => {
    const { status, body } = await get<ClusterDetails>(app, clusterUrl(LANGUAGE_MODELS));
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: LANGUAGE_MODELS, label: 'language models', size: 7 });
    expectConsistent(body.graph);
    const members = body.graph.nodes.filter((node) => node.kind !== 'Paper');
    expect(members).toHaveLength(7);
    expect(members.every((node) => node.cluster === LANGUAGE_MODELS)).toBe(true);
    expect(body.graph.truncated).toBe(false);
    expect(body.graph.edges).toContainEqual(
      expect.objectContaining({ source: 'method:roberta', target: 'method:bert', type: 'EXTENDS' }),
    );
    // The cluster's papers are drawn too, each linked to the members it mentions.
    const papers = body.graph.nodes.filter((node) => node.kind === 'Paper');
    expect(papers.map((node) => node.id).sort()).toEqual(
      body.papers.map((paper) => `paper:${paper.id}`).sort(),
    );
    for (const paper of papers) {
      expect(
        body.graph.edges.some((edge) => edge.source === paper.id),
        paper.id,
      ).toBe(true);
    }
    const cut = await get<ClusterDetails>(app, clusterUrl(SEGMENTATION, '?limit=4'));
    expect(cut.body.graph.nodes.filter((node) => node.kind !== 'Paper')).toHaveLength(4);
    expect(cut.body.graph.truncated).toBe(true);
  });

  it("gives a cluster's papers, most of its concepts mentioned first, with the count of them all", async () => {
    const { rows } = await db.read(
      `MATCH (p:Paper)-[:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept)-[:IN_CLUSTER]->(:Cluster {id: $cluster})
       RETURN p.id AS id, count(DISTINCT c) AS concepts ORDER BY id`,
      { cluster: SEGMENTATION },
    );
    const expected = new Map(rows.map((row) => [row.id as string, row.concepts as number]));
    expect(expected.size).toBeGreaterThan(3);
    const { status, body } = await get<ClusterDetails>(app, clusterUrl(SEGMENTATION));
    expect(status).toBe(200);
    expect(body.paperTotal).toBe(expected.size);
    expect(body.papers).toHaveLength(Math.min(20, expected.size));
    for (const paper of body.papers) {
      expect(paper.concepts, paper.id).toBe(expected.get(paper.id));
      expect(paper.title).toEqual(expect.any(String));
    }
    const counts = body.papers.map((paper) => paper.concepts);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...expected.values()));

    const top = await get<ClusterDetails>(app, clusterUrl(SEGMENTATION, '?papers=2'));
    expect(top.body.papers).toEqual(body.papers.slice(0, 2));
    expect(top.body.paperTotal).toBe(expected.size);
    expect((await get(app, clusterUrl(SEGMENTATION, '?papers=0'))).status).toBe(400);
    expect((await get(app, clusterUrl(SEGMENTATION, '?papers=101'))).status).toBe(400);
  });

  it('takes cluster ids as long as concept keys (the key of their top concept)', async () => {
    const long = encodeURIComponent(`method:${'a'.repeat(250)}`);
    expect((await get(app, `/api/clusters/${long}`)).status).toBe(404);
    const tooLong = encodeURIComponent(`method:${'a'.repeat(300)}`);
    expect((await get(app, `/api/clusters/${tooLong}`)).status).toBe(400);
    // Concept keys of that length reach their route too (Fastify refused path parameters over 100 with 414).
    const wide = encodeURIComponent(`method:${'é'.repeat(290)}`);
    expect((await get(app, `/api/concepts/${wide}`)).status).toBe(404);
    expect((await get(app, `/api/concepts/${wide}/related`)).status).toBe(404);
  });

  it('answers 404 for an unknown cluster', async () => {
    expect((await get(app, '/api/clusters/99')).status).toBe(404);
  });
});
