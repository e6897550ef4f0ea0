/**
 * Concept communities: Louvain (graphology-communities-louvain) over the co-occurrence graph, weighted by
 * association, with a seeded random generator and a fixed insertion order so reruns agree. Each community
 * of at least `minSize` concepts becomes a cluster, identified by its top concept's key and labelled by
 * the names of its top concepts (most papers first).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { CoOccurrence } from './cooccurrence';
import { seededRandom } from './rng';

export interface ClusterRecord {
  id: string;
  label: string;
  /** Member concepts. */
  size: number;
  /** Keys of the top concepts, best first. */
  top: string[];
}

export interface CommunityOptions {
  seed: number;
  resolution: number;
  minSize: number;
  /** How many top concepts a cluster lists in `top`; the label names the first three. */
  topConcepts: number;
}

export interface Communities {
  clusters: ClusterRecord[];
  /** Concept key → cluster id, for concepts in a cluster. */
  clusterOf: Map<string, string>;
}

export function communities(
  pairs: readonly CoOccurrence[],
  paperCount: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, string>,
  options: CommunityOptions,
): Communities {
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

  const rank = (a: string, b: string) =>
    (paperCount.get(b) ?? 0) - (paperCount.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const clusters: ClusterRecord[] = [];
  const clusterOf = new Map<string, string>();
  for (const list of members.values()) {
    if (list.length < options.minSize) continue;
    const ranked = [...list].sort(rank);
    const id = ranked[0] as string;
    const top = ranked.slice(0, options.topConcepts);
    clusters.push({
      id,
      label: top
        .slice(0, 3)
        .map((key) => names.get(key) ?? key)
        .join(' · '),
      size: list.length,
      top,
    });
    for (const key of list) clusterOf.set(key, id);
  }
  clusters.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { clusters, clusterOf };
}
