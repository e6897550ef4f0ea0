/**
 * A hand-made, API-shaped fixture (a few clusters of ML concepts and papers) for looking at the page
 * and for component tests — never for tests that claim end to end.
 */
import type {
  ClusterDetails,
  ClustersResponse,
  ConceptDetails,
  ConceptRef,
  CypherResponse,
  GraphPayload,
  PayloadEdge,
  PayloadNode,
  RelatedResponse,
  SavedQuery,
  SearchResponse,
} from '../../../src/model/api';
import type { ConceptType } from '../../../src/model/concepts';
import { conceptKey } from '../../../src/model/keys';
import type { StubHandler } from './stub-server';

const CLUSTERS: Array<{ id: string; label: string; concepts: Array<[ConceptType, string, number]> }> = [
  {
    id: '1',
    label: 'Domain adaptation · Cityscapes · GTA5',
    concepts: [
      ['Method', 'DAFormer', 6],
      ['Method', 'HRDA', 4],
      ['Method', 'Self-training', 9],
      ['Dataset', 'Cityscapes', 14],
      ['Dataset', 'GTA5', 8],
      ['Dataset', 'SYNTHIA', 5],
      ['Task', 'Semantic segmentation', 16],
      ['Task', 'Unsupervised domain adaptation', 7],
      ['Metric', 'mIoU', 15],
    ],
  },
  {
    id: '2',
    label: 'Transformers · ImageNet · classification',
    concepts: [
      ['Method', 'Vision Transformer', 12],
      ['Method', 'Swin Transformer', 7],
      ['Method', 'ResNet', 18],
      ['Dataset', 'ImageNet', 21],
      ['Task', 'Image classification', 17],
      ['Metric', 'Top-1 accuracy', 11],
    ],
  },
  {
    id: '3',
    label: 'Language models · GLUE · fine-tuning',
    concepts: [
      ['Method', 'BERT', 19],
      ['Method', 'RoBERTa', 8],
      ['Method', 'LoRA', 6],
      ['Benchmark', 'GLUE', 10],
      ['Benchmark', 'SuperGLUE', 5],
      ['Task', 'Natural language inference', 6],
      ['Metric', 'F1', 13],
    ],
  },
  {
    id: '4',
    label: 'Detection · COCO · anchors',
    concepts: [
      ['Method', 'Faster R-CNN', 10],
      ['Method', 'DETR', 6],
      ['Dataset', 'COCO', 16],
      ['Task', 'Object detection', 14],
      ['Metric', 'mAP', 12],
    ],
  },
];

const CLUSTER_LINKS = [
  { source: '1', target: '2', weight: 1.4 },
  { source: '2', target: '4', weight: 2.1 },
  { source: '2', target: '3', weight: 0.8 },
  { source: '1', target: '4', weight: 0.6 },
];

interface FixtureConcept extends ConceptRef {
  papers: number;
  cluster: string;
}

const concepts: FixtureConcept[] = CLUSTERS.flatMap((cluster) =>
  cluster.concepts.map(([type, name, papers]) => ({
    key: conceptKey(type, name),
    name,
    type,
    papers,
    cluster: cluster.id,
  })),
);

function papersOf(cluster: string): PayloadNode[] {
  return Array.from({ length: 8 }, (_, index) => ({
    id: `paper:c${cluster}-p${index}`,
    kind: 'Paper' as const,
    label: `${CLUSTERS.find((c) => c.id === cluster)?.label.split(' · ')[0]} study ${index + 1}`,
    size: 1,
    year: 2017 + ((index * 3 + Number(cluster)) % 7),
    cluster,
  }));
}

function clusterGraph(id: string): GraphPayload {
  const members = concepts.filter((concept) => concept.cluster === id);
  const papers = papersOf(id);
  const nodes: PayloadNode[] = [
    ...members.map((concept) => ({
      id: concept.key,
      kind: concept.type,
      label: concept.name,
      size: concept.papers,
      cluster: id,
    })),
    ...papers,
  ];
  const edges: PayloadEdge[] = [];
  papers.forEach((paper, index) => {
    members.forEach((concept, position) => {
      if ((index + position) % 3 !== 0) return;
      const type =
        concept.type === 'Method'
          ? 'USES'
          : concept.type === 'Task'
            ? 'ADDRESSES'
            : concept.type === 'Metric'
              ? 'MEASURES'
              : 'EVALUATES_ON';
      edges.push({ id: `${paper.id}>${concept.key}`, source: paper.id, target: concept.key, type });
    });
  });
  members.forEach((a, i) =>
    members
      .slice(i + 1, i + 3)
      .forEach((b) =>
        edges.push({ id: `${a.key}~${b.key}`, source: a.key, target: b.key, type: 'CO_OCCURS', weight: 0.4 }),
      ),
  );
  return { nodes, edges, truncated: false };
}

function neighborhood(keys: string[]): GraphPayload {
  const clusterIds = new Set(
    keys.map(
      (key) =>
        concepts.find((concept) => concept.key === key)?.cluster ?? /paper:c(\d+)/.exec(key)?.[1] ?? '1',
    ),
  );
  const merged: GraphPayload = { nodes: [], edges: [], truncated: false };
  for (const id of clusterIds) {
    const graph = clusterGraph(id);
    merged.nodes.push(...graph.nodes);
    merged.edges.push(...graph.edges);
  }
  return merged;
}

const SENTENCE = 'Based on the findings, we propose a novel UDA method, DAFormer.';

export function conceptDetails(key: string): ConceptDetails | undefined {
  const concept = concepts.find((candidate) => candidate.key === key);
  if (!concept) return undefined;
  const cluster = CLUSTERS.find((candidate) => candidate.id === concept.cluster);
  const sentence =
    key === 'method:daformer'
      ? SENTENCE
      : `We evaluate our approach with ${concept.name} and report strong results.`;
  const start = sentence.indexOf(concept.name);
  return {
    ...concept,
    aliases: key === 'method:daformer' ? ['DAFormer', 'Domain-Adaptive Transformer'] : [],
    paperCount: concept.papers,
    cluster: cluster ? { id: cluster.id, label: cluster.label } : undefined,
    paperTotal: papersOf(concept.cluster).slice(0, 3).length,
    papers: papersOf(concept.cluster)
      .slice(0, 3)
      .map((paper, index) => ({
        id: paper.id.slice('paper:'.length),
        title:
          index === 0 && key === 'method:daformer'
            ? 'DAFormer: Improving Network Architectures and Training Strategies for Domain-Adaptive Semantic Segmentation'
            : paper.label,
        year: paper.year,
        venue: 'CVPR',
        relation: concept.type === 'Method' ? (index === 0 ? 'PROPOSES' : 'USES') : 'EVALUATES_ON',
        role: concept.type === 'Method' ? (index === 0 ? 'proposed' : 'used') : undefined,
        evidence: [
          {
            sentence,
            start: 400 + start,
            end: 400 + start + concept.name.length,
            sentenceStart: start,
            sentenceEnd: start + concept.name.length,
            rule: 'propose-named-method',
            confidence: 0.92,
          },
        ],
      })),
    results:
      key === 'method:daformer'
        ? [
            {
              paper: { id: 'c1-p0', title: 'DAFormer: Improving Network Architectures …', year: 2022 },
              metric: 'mIoU',
              value: '+10.8',
              method: { key, name: 'DAFormer', type: 'Method' },
              target: { key: 'dataset:cityscape', name: 'Cityscapes', type: 'Dataset' },
              sentence:
                'DAFormer represents a major advance in UDA. It improves the state of the art by 10.8 mIoU for GTA→Cityscapes.',
            },
          ]
        : [],
    resultTotal: key === 'method:daformer' ? 1 : 0,
    lineage:
      key === 'method:daformer'
        ? [
            {
              type: 'BUILT_ON',
              direction: 'out',
              other: { key: 'method:self training', name: 'Self-training', type: 'Method' },
              paper: { id: 'c1-p0', title: 'DAFormer: Improving Network Architectures …', year: 2022 },
              sentence: 'DAFormer builds on self-training with a Transformer encoder.',
            },
          ]
        : [],
  };
}

function related(key: string): RelatedResponse {
  const concept = concepts.find((candidate) => candidate.key === key);
  const others = concepts
    .filter((candidate) => candidate.type === 'Method' && candidate.key !== key)
    .slice(0, 3);
  const cityscapes = concepts.find((candidate) => candidate.name === 'Cityscapes') as ConceptRef;
  return {
    key,
    related: others.map((other, index) => ({
      key: other.key,
      name: other.name,
      type: other.type,
      score: 0.8 - index * 0.15,
      reason:
        index === 0
          ? `Both evaluated on Cityscapes and GTA5`
          : `Often mentioned together with ${concept?.name ?? key}`,
      reasons: [
        {
          kind: index === 0 ? 'shared-dataset' : 'co-occurrence',
          detail: 'shared',
          items: index === 0 ? [cityscapes] : [],
        },
      ],
      shared: index === 0 ? [cityscapes] : [],
    })),
  };
}

const SAVED_QUERIES: SavedQuery[] = [
  {
    name: 'methods-by-papers',
    description: 'Methods used by the most papers',
    params: [{ name: 'limit', description: 'how many', example: 10 }],
    columns: ['method', 'papers'],
    query:
      'MATCH (m:Method)<-[:USES]-(p:Paper)\nRETURN m.name AS method, count(p) AS papers\nORDER BY papers DESC LIMIT $limit',
  },
  {
    name: 'method-lineage',
    description: 'What a method extends or builds on',
    params: [{ name: 'name', description: 'method name', example: 'DAFormer' }],
    columns: ['from', 'relation', 'to'],
    query: 'MATCH (a:Method {name: $name})-[r:EXTENDS|BUILT_ON]->(b:Method)\nRETURN a, r, b',
  },
];

function cypher(body: unknown): { status?: number; body: unknown } {
  const query = String((body as { query?: string } | undefined)?.query ?? '');
  if (/\b(CREATE|MERGE|DELETE|SET)\b/i.test(query)) {
    return {
      status: 400,
      body: {
        error: { code: 'read_only', message: 'The console is read-only: this query writes (CREATE).' },
      },
    };
  }
  if (/RETRN|MATCH \($/.test(query)) {
    return {
      status: 400,
      body: {
        error: {
          code: 'syntax',
          message: "Invalid input 'RETRN'",
          position: { line: 2, column: 1, offset: 20 },
        },
      },
    };
  }
  const rows = concepts
    .filter((concept) => concept.type === 'Method')
    .sort((a, b) => b.papers - a.papers)
    .slice(0, 5)
    .map((concept) => ({ method: concept.name, papers: concept.papers }));
  const response: CypherResponse = {
    columns: ['method', 'papers'],
    rows,
    graph: clusterGraph('1'),
    truncated: false,
    rowCap: 1000,
    elapsedMs: 12,
  };
  return { body: response };
}

function search(q: string): SearchResponse {
  const needle = q.toLowerCase();
  const hits = concepts
    .filter((concept) => concept.name.toLowerCase().includes(needle))
    .map((concept) => ({
      id: concept.key,
      kind: concept.type,
      label: concept.name,
      key: concept.key,
      score: 1,
      paperCount: concept.papers,
    }));
  return { query: q, hits };
}

export const fixtureApi: StubHandler = ({ method, path, query, body }) => {
  if (path === '/api/health') {
    return {
      body: {
        status: 'ok',
        database: { reachable: true, version: 'Neo4j/5.26.30', origin: 'embedded' },
        counts: { papers: 32, concepts: concepts.length, relationships: 240 },
      },
    };
  }
  if (path === '/api/clusters') {
    const response: ClustersResponse = {
      clusters: CLUSTERS.map((cluster) => ({
        id: cluster.id,
        label: cluster.label,
        size: cluster.concepts.length * 4,
        top: concepts.filter((concept) => concept.cluster === cluster.id).slice(0, 3),
      })),
      links: CLUSTER_LINKS,
    };
    return { body: response };
  }
  const cluster = /^\/api\/clusters\/([^/]+)$/.exec(path)?.[1];
  if (cluster) {
    const summary = CLUSTERS.find((candidate) => candidate.id === cluster);
    if (!summary) return undefined;
    const details: ClusterDetails = {
      id: summary.id,
      label: summary.label,
      size: summary.concepts.length,
      top: [],
      graph: clusterGraph(summary.id),
      papers: [],
      paperTotal: 0,
    };
    return { body: details };
  }
  if (path === '/api/graph/neighborhood') return { body: neighborhood((query.get('keys') ?? '').split(',')) };
  if (path === '/api/search') return { body: search(query.get('q') ?? '') };
  if (path === '/api/queries') return { body: SAVED_QUERIES };
  if (path === '/api/cypher' && method === 'POST') return cypher(body);
  const relatedKey = /^\/api\/concepts\/(.+)\/related$/.exec(path)?.[1];
  if (relatedKey) return { body: related(decodeURIComponent(relatedKey)) };
  const conceptKeyParam = /^\/api\/concepts\/(.+)$/.exec(path)?.[1];
  if (conceptKeyParam) {
    const details = conceptDetails(decodeURIComponent(conceptKeyParam));
    return details ? { body: details } : undefined;
  }
  return undefined;
};
