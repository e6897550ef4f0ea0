/**
 * Concept communities: Louvain (graphology-communities-louvain) over the co-occurrence graph, weighted by
 * association, with a seeded random generator and a fixed insertion order so reruns agree. Generic concepts
 * (metrics, concepts most papers reach: `generic.ts`) are left out of the partition, so that "accuracy" or
 * "latency" cannot glue unrelated concepts into one community; each is then attached to the cluster it
 * co-occurs with most. Each community of at least `minSize` partitioned concepts becomes a cluster,
 * labelled by its most distinctive concepts (`labels.ts`) and identified by the key of the first of them.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { CoOccurrence, PaperConcepts } from './cooccurrence';
import { attachGeneric } from './generic';
import { distinctiveness, labelTerms, rankForLabel } from './labels';
import { seededRandom } from './rng';

export interface ClusterRecord {
  id: string;
  label: string;
  /** Member concepts. */
  size: number;
  /** Keys of the top concepts, best label candidates first. */
  top: string[];
  /** Its level-1 theme (`hierarchy.ts`); null when there are no themes. */
  theme: string | null;
}

export interface CommunityOptions {
  seed: number;
  resolution: number;
  minSize: number;
  /** How many top concepts a cluster lists in `top`; the label names up to the first three. */
  topConcepts: number;
}

export interface CommunityInput {
  pairs: readonly CoOccurrence[];
  papers: readonly PaperConcepts[];
  paperCount: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, string>;
  /** Concepts kept out of the partition and attached afterwards. */
  generic: ReadonlySet<string>;
}

export interface Communities {
  clusters: ClusterRecord[];
  /** Concept key → cluster id, for concepts in a cluster. */
  clusterOf: Map<string, string>;
}

export function communities(input: CommunityInput, options: CommunityOptions): Communities {
  const groups = louvainGroups(
    input.pairs.filter((pair) => !input.generic.has(pair.a) && !input.generic.has(pair.b)),
    options,
  ).filter((group) => group.length >= options.minSize);
  // Until labels name them, a group goes by its first key.
  const byFirst = new Map(groups.map((group) => [group[0] as string, group]));
  const groupOf = new Map(groups.flatMap((group) => group.map((key) => [key, group[0] as string] as const)));
  for (const [key, first] of attachGeneric(input.pairs, input.generic, groupOf)) {
    groupOf.set(key, first);
    byFirst.get(first)?.push(key);
  }

  const scores = distinctiveness(input.papers, groupOf, input.generic, input.paperCount);
  const clusters: ClusterRecord[] = [];
  const clusterOf = new Map<string, string>();
  for (const group of groups) {
    const ranked = rankForLabel(group, scores, input.paperCount);
    const id = ranked[0] as string;
    clusters.push({
      id,
      label: labelTerms(ranked)
        .map((key) => input.names.get(key) ?? key)
        .join(' · '),
      size: group.length,
      top: ranked.slice(0, options.topConcepts),
      theme: null,
    });
    for (const key of group) clusterOf.set(key, id);
  }
  clusters.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { clusters, clusterOf };
}

/** Louvain communities of the pairs' graph, each a list of keys in key order, listed by their first key. */
function louvainGroups(pairs: readonly CoOccurrence[], options: CommunityOptions): string[][] {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const nodes = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))].sort();
  for (const node of nodes) graph.addNode(node);
  for (const pair of pairs) graph.addEdge(pair.a, pair.b, { weight: pair.weight });
  const assignment =
    graph.order > 0
      ? louvain(graph, {
          getEdgeWeight: 'weight',
          resolution: options.resolution,
          rng: seededRandom(options.seed),
        })
      : {};
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const community = assignment[node] as number;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  return [...members.values()];
}
