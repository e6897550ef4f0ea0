/**
 * Themes above the clusters: communities of clusters, then communities of those, until the top level holds
 * at most `maxTop` of them. Each level is Louvain (graphology-communities-louvain) over the graph of the
 * level below — its groups as nodes, weighted by the summed co-occurrence between their concepts (the
 * cluster LINKED weights, generic concepts aside) — with the resolution searched so the level holds about
 * √n·`fanout` groups of the n below. The leaf clusters stay exactly as they are (their ids, labels and
 * details), and themes only group them.
 *
 * Why Louvain on the cluster graph rather than Louvain again inside each big cluster: the leaf clusters are
 * already the best partition of the concept graph at resolution 1, so the question left is which of them
 * belong together; the cluster graph answers it with a few hundred nodes at 45k papers instead of tens of
 * thousands, and every level is built the same way. At resolution 1 the cluster graph would rarely merge
 * anything (Louvain stopped there for a reason), so each level lowers the resolution until its groups are few
 * enough; lower resolutions favour larger communities.
 *
 * A group of one is no theme: a theme holding a single cluster would only add a click, so the cluster (or
 * theme) goes up to the next level by itself, and the top level may mix themes and clusters.
 *
 * Clusters linked to no other cluster share nothing to group them by; they are gathered into one theme of
 * their own, labelled like any other, so they cannot crowd the top level with themes of one cluster each.
 *
 * A theme is labelled by c-TF-IDF over its concepts (`labels.ts`: tasks and methods first, never led by a
 * metric) and identified as `t<level>:<key of its label's first concept>`.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { PaperConcepts } from './cooccurrence';
import { distinctiveness, labelTerms, rankForLabel } from './labels';
import { seededRandom } from './rng';

export interface ThemeRecord {
  id: string;
  label: string;
  /**
   * 1 for themes of clusters, 2 for themes of level-1 themes (and of clusters that level left alone), and so
   * on.
   */
  level: number;
  /** Member concepts, over all its clusters. */
  size: number;
  /** Its clusters (level 1) or themes (above). */
  children: number;
  /** Keys of the top concepts, best label candidates first. */
  top: string[];
  /** The theme one level up; null at the top. */
  parent: string | null;
}

export interface GroupLink {
  a: string;
  b: string;
  weight: number;
}

export interface HierarchyOptions {
  seed: number;
  /** Build a level above while the current one has more than this many groups. */
  maxTop: number;
  /** Never aim for fewer groups than this in a level. */
  minTop: number;
  /** A level aims for √n·fanout groups of the n below it. */
  fanout: number;
  topConcepts: number;
}

export const HIERARCHY_DEFAULTS: Omit<HierarchyOptions, 'seed' | 'topConcepts'> = {
  maxTop: 40,
  minTop: 10,
  fanout: 1.5,
};

export interface HierarchyInput {
  /** Leaf cluster ids with their sizes (member concepts). */
  clusters: ReadonlyArray<{ id: string; size: number }>;
  /** Weighted links between leaf clusters. */
  links: readonly GroupLink[];
  /** Concept key → leaf cluster id. */
  clusterOf: ReadonlyMap<string, string>;
  papers: readonly PaperConcepts[];
  paperCount: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, string>;
  generic: ReadonlySet<string>;
}

export interface Hierarchy {
  /** Every theme, by level then id. Empty when the clusters are few enough to be the top level. */
  themes: ThemeRecord[];
  /** Leaf cluster id → the theme right above it (level 1, or higher when a level left it alone). */
  clusterTheme: Map<string, string>;
  /**
   * Links between the children of one level, a theme at either end (a cluster that went up alone may be the
   * other), from the smaller id to the larger.
   */
  links: GroupLink[];
}

/**
 * @example
 * const { themes } = hierarchy(input, { ...HIERARCHY_DEFAULTS, seed: 42, topConcepts: 5 });
 * themes.filter((theme) => theme.parent === null).length; // between 10 and 40 when there are > 40 clusters
 */
export function hierarchy(input: HierarchyInput, options: HierarchyOptions): Hierarchy {
  const themes: ThemeRecord[] = [];
  const clusterTheme = new Map<string, string>();
  // The current level: its group ids, each group's concepts, and the links between groups.
  let ids = input.clusters.map((cluster) => cluster.id).sort();
  let members = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [key, cluster] of input.clusterOf) members.get(cluster)?.push(key);
  let links = [...input.links];
  let level = 0;
  const themeById = new Map<string, ThemeRecord>();
  const themeLinks = new Map<string, GroupLink>();

  while (ids.length > options.maxTop) {
    const target = Math.max(options.minTop, Math.ceil(Math.sqrt(ids.length) * options.fanout));
    const groups = partition(ids, links, target, options.seed);
    if (groups.length >= ids.length) break;
    level += 1;

    const conceptTheme = new Map<string, number>();
    groups.forEach((group, index) => {
      for (const id of group) for (const key of members.get(id) ?? []) conceptTheme.set(key, index);
    });
    const scores = distinctiveness(
      input.papers,
      new Map([...conceptTheme].map(([key, index]) => [key, String(index)])),
      input.generic,
      input.paperCount,
    );
    const parentOf = new Map<string, string>();
    const levelThemes: ThemeRecord[] = [];
    const nextMembers = new Map<string, string[]>();
    const nextIds: string[] = [];
    for (const group of groups) {
      if (group.length === 1) {
        // A group of one is no theme: the cluster or theme itself goes up a level.
        const only = group[0] as string;
        parentOf.set(only, only);
        nextMembers.set(only, members.get(only) ?? []);
        nextIds.push(only);
        continue;
      }
      const concepts = group.flatMap((id) => members.get(id) ?? []);
      const ranked = rankForLabel(concepts, scores, input.paperCount);
      const id = `t${level}:${ranked[0] ?? group[0]}`;
      levelThemes.push({
        id,
        label: labelTerms(ranked)
          .map((key) => input.names.get(key) ?? key)
          .join(' · '),
        level,
        size: concepts.length,
        children: group.length,
        top: ranked.slice(0, options.topConcepts),
        parent: null,
      });
      nextMembers.set(id, concepts);
      nextIds.push(id);
      for (const child of group) {
        parentOf.set(child, id);
        const theme = themeById.get(child);
        if (theme) theme.parent = id;
        else clusterTheme.set(child, id);
      }
    }

    links = quotientLinks(links, parentOf);
    levelThemes.sort((x, y) => compare(x.id, y.id));
    for (const theme of levelThemes) themeById.set(theme.id, theme);
    // Links with a theme at either end (those between clusters are the cluster links already).
    for (const link of links) {
      if (themeById.has(link.a) || themeById.has(link.b)) themeLinks.set(`${link.a}\u0000${link.b}`, link);
    }
    themes.push(...levelThemes);
    ids = nextIds.sort();
    members = nextMembers;
  }
  const allLinks = [...themeLinks.values()].sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
  return { themes, clusterTheme, links: allLinks };
}

/**
 * Groups of `ids` (each in id order, listed by their first id), Louvain at the resolution whose number of
 * groups comes closest to `target` (fewer rather than more on a tie). Ids linked to nothing form one group.
 */
export function partition(
  ids: readonly string[],
  links: readonly GroupLink[],
  target: number,
  seed: number,
): string[][] {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  // Louvain's result depends on the order nodes and edges were added: one order, whatever order the stored
  // rows came in (a derive after a restart must give the same themes).
  for (const id of [...ids].sort()) graph.addNode(id);
  const ordered = links
    .map((link) => (link.a <= link.b ? link : { ...link, a: link.b, b: link.a }))
    .sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
  for (const link of ordered) {
    if (link.weight > 0 && graph.hasNode(link.a) && graph.hasNode(link.b)) {
      graph.mergeEdge(link.a, link.b, { weight: link.weight });
    }
  }
  const isolated = ids.filter((id) => graph.degree(id) === 0);
  const linked = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((id) => {
    if (graph.degree(id) > 0) linked.addNode(id);
  });
  graph.forEachEdge((_, attributes, a, b) => linked.addEdge(a, b, attributes));
  const wanted = target - (isolated.length > 0 ? 1 : 0);

  const groupsAt = (resolution: number): string[][] => {
    if (linked.order === 0) return [];
    const assignment = louvain(linked, {
      getEdgeWeight: 'weight',
      resolution,
      rng: seededRandom(seed),
    });
    const byCommunity = new Map<number, string[]>();
    for (const id of [...linked.nodes()].sort()) {
      const community = assignment[id] as number;
      const list = byCommunity.get(community);
      if (list) list.push(id);
      else byCommunity.set(community, [id]);
    }
    return [...byCommunity.values()];
  };
  // Fewer groups as the resolution falls: bisect its logarithm between e^-8 and e^8. (The cluster graph has
  // no self-loops for what lies within a cluster, so the resolution that separates its groups is often > 1.)
  let low = -8;
  let high = 8;
  let best = groupsAt(1);
  const better = (groups: string[][]) => {
    const distance = Math.abs(groups.length - wanted);
    const bestDistance = Math.abs(best.length - wanted);
    return distance < bestDistance || (distance === bestDistance && groups.length < best.length);
  };
  for (let step = 0; step < 20 && best.length !== wanted; step += 1) {
    const middle = (low + high) / 2;
    const groups = groupsAt(Math.exp(middle));
    if (better(groups)) best = groups;
    if (groups.length > wanted) high = middle;
    else if (groups.length < wanted) low = middle;
    else break;
  }
  const groups = isolated.length > 0 ? [...best, isolated] : best;
  return groups.sort((x, y) => compare(x[0] as string, y[0] as string));
}

/** Links between the parents of linked children, weights summed; links within one parent drop out. */
export function quotientLinks(
  links: readonly GroupLink[],
  parentOf: ReadonlyMap<string, string>,
): GroupLink[] {
  const summed = new Map<string, GroupLink>();
  for (const link of links) {
    const x = parentOf.get(link.a);
    const y = parentOf.get(link.b);
    if (x === undefined || y === undefined || x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = `${a}\u0000${b}`;
    const found = summed.get(id);
    if (found) found.weight += link.weight;
    else summed.set(id, { a, b, weight: link.weight });
  }
  return [...summed.values()].sort((x, y) => compare(x.a, y.a) || compare(x.b, y.b));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
