/**
 * Parts of the API's answers that cost the most on the hubs, computed once per derive from the papers'
 * mentions instead of on every request:
 *   - each concept's context norm, the length of its idf-weighted context vector (the denominator of the
 *     related-methods cosine, cypher/queries/related-methods.cypher): a hub's candidates are themselves hubs,
 *     and walking 200 of their contexts per request is what made related methods slow;
 *   - each cluster's papers ranked as GET /api/clusters/:id shows them (cypher/queries/cluster.cypher): the
 *     first CLUSTER_PAPERS of them with how many members each mentions, and how many papers mention any.
 * Pure and deterministic: sums run in key order, rankings break every tie.
 */
import type { KnowledgeGraph } from '../../src/model/graph';
import { typeOfKey } from '../../src/model/keys';

/** The most papers GET /api/clusters/:id returns (`papers` query parameter's maximum): how many are kept. */
export const CLUSTER_PAPERS = 100;

export interface PaperMentions {
  id: string;
  year?: number | null;
  /** The concepts the paper proposes, uses, evaluates on, addresses or measures (results' targets aside). */
  mentioned: readonly string[];
}

export interface ClusterPapers {
  id: string;
  /** The cluster's first papers, most members mentioned first, then newest, then by id. */
  paperIds: string[];
  /** How many members each of them mentions. */
  paperMentions: number[];
  /** Papers that mention any member. */
  paperTotal: number;
}

export interface PrecomputedAnswers {
  /** Every mentioned concept's context norm, by key (0 when its context is empty). */
  contextNorms: Map<string, number>;
  clusters: ClusterPapers[];
}

/** Datasets, benchmarks and tasks: what a paper's context is made of (EVALUATES_ON and ADDRESSES). */
function isContextItem(key: string): boolean {
  const type = typeOfKey(key);
  return type === 'Dataset' || type === 'Benchmark' || type === 'Task';
}

const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A concept's context is the datasets, benchmarks and tasks of the papers that mention it (a dataset,
 * benchmark or task counts as its own); item x weighs idf(x) = ln(1 + papers / paperCount(x)); the norm is
 * sqrt(sum of idf² over the context), exactly as related-methods.cypher computes it for one concept.
 *
 * @example
 * contextNorms([{ id: 'p', mentioned: ['method:a', 'task:t'] }], new Map([['task:t', 1]])).get('method:a');
 * // Math.log(2)
 */
export function contextNorms(
  papers: readonly PaperMentions[],
  paperCount: ReadonlyMap<string, number>,
): Map<string, number> {
  const corpus = papers.length;
  const contexts = new Map<string, Set<string>>();
  for (const paper of papers) {
    const mentioned = [...new Set(paper.mentioned)];
    const items = mentioned.filter(isContextItem);
    for (const key of mentioned) {
      let context = contexts.get(key);
      if (!context) {
        context = new Set(isContextItem(key) ? [key] : []);
        contexts.set(key, context);
      }
      for (const item of items) context.add(item);
    }
  }
  const norms = new Map<string, number>();
  for (const key of [...contexts.keys()].sort(byCodeUnits)) {
    let sum = 0;
    for (const item of [...(contexts.get(key) ?? [])].sort(byCodeUnits)) {
      const idf = Math.log(1 + corpus / (paperCount.get(item) ?? 1));
      sum += idf * idf;
    }
    norms.set(key, Math.sqrt(sum));
  }
  return norms;
}

/**
 * Each cluster's papers: those mentioning any member, ranked by how many members they mention, then newest
 * first (no year counts as 0), then by id; the first `keep` of them and how many there are.
 *
 * @example
 * clusterPapers(papers, new Map([['method:a', 'method:a']])).find((c) => c.id === 'method:a')?.paperTotal;
 */
export function clusterPapers(
  papers: readonly PaperMentions[],
  clusterOf: ReadonlyMap<string, string | null>,
  keep = CLUSTER_PAPERS,
): ClusterPapers[] {
  const ranked = new Map<string, Array<{ id: string; year: number; mentioned: number }>>();
  for (const paper of papers) {
    const counts = new Map<string, number>();
    for (const key of new Set(paper.mentioned)) {
      const cluster = clusterOf.get(key);
      if (cluster) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
    }
    for (const [cluster, mentioned] of counts) {
      let list = ranked.get(cluster);
      if (!list) {
        list = [];
        ranked.set(cluster, list);
      }
      list.push({ id: paper.id, year: paper.year ?? 0, mentioned });
    }
  }
  return [...ranked.keys()].sort(byCodeUnits).map((id) => {
    const list = ranked.get(id) ?? [];
    list.sort((x, y) => y.mentioned - x.mentioned || y.year - x.year || byCodeUnits(x.id, y.id));
    const first = list.slice(0, keep);
    return {
      id,
      paperIds: first.map((paper) => paper.id),
      paperMentions: first.map((paper) => paper.mentioned),
      paperTotal: list.length,
    };
  });
}

/** Both, for a derived layer's paper counts and cluster membership. */
export function precomputeAnswers(
  papers: readonly PaperMentions[],
  concepts: ReadonlyMap<string, { paperCount: number; cluster: string | null }>,
): PrecomputedAnswers {
  const paperCount = new Map([...concepts].map(([key, concept]) => [key, concept.paperCount]));
  const clusterOf = new Map([...concepts].map(([key, concept]) => [key, concept.cluster]));
  return { contextNorms: contextNorms(papers, paperCount), clusters: clusterPapers(papers, clusterOf) };
}

/** The papers' mentions of an in-memory graph (the bulk path): what the database derive reads from Neo4j. */
export function mentionsOf(graph: KnowledgeGraph): PaperMentions[] {
  const mentioned = new Map<string, string[]>(graph.papers.map((paper) => [paper.id, []]));
  for (const mention of graph.mentions) mentioned.get(mention.paperId)?.push(mention.conceptKey);
  return graph.papers.map((paper) => ({
    id: paper.id,
    year: paper.year ?? null,
    mentioned: mentioned.get(paper.id) ?? [],
  }));
}
