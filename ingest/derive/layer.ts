/**
 * The derived layer, computed in full from the base graph (papers and the concepts they reach): concept
 * paper counts, CO_OCCURS pairs, Louvain clusters, IN_CLUSTER membership and LINKED cluster pairs. Pure:
 * the database derive and the bulk CSV path both call it, so the two agree.
 */
import type { ConceptType } from '../../src/model/concepts';
import type { KnowledgeGraph } from '../../src/model/graph';
import { communities, type ClusterRecord } from './communities';
import { coOccurrence, type CoOccurrence, type PaperConcepts } from './cooccurrence';
import { genericConcepts } from './generic';
import { HIERARCHY_DEFAULTS, hierarchy, quotientLinks, type ThemeRecord } from './hierarchy';
import { countByYear, type YearCounts } from './years';
import { groupYears, yearsOf, type GroupYears } from './cluster-years';

export interface DeriveSettings {
  /** Shared papers a pair needs for a CO_OCCURS edge. */
  minPapers: number;
  seed: number;
  resolution: number;
  /** Smallest community that becomes a cluster. */
  minClusterSize: number;
  topConcepts: number;
  /** Concepts of these types are generic: kept out of the partition, attached to a cluster afterwards. */
  genericTypes: ConceptType[];
  /** Build themes above the clusters while a level has more than this many (`hierarchy.ts`). */
  maxTopThemes: number;
  /**
   * What the layer holds, so a database derived before it held something (2: papers per year, 3: themes,
   * 4: clusters' and themes' papers per year, 5: context norms and clusters' ranked papers) derives again.
   */
  layer: number;
}

/** Below this many papers every co-occurrence counts; above it a pair needs two papers. */
export const SMALL_CORPUS = 2_000;

/**
 * The settings used unless told otherwise; `minPapers` depends on the corpus size.
 *
 * @example
 * deriveSettings(200).minPapers;    // 1
 * deriveSettings(49_000).minPapers; // 2
 */
export function deriveSettings(papers: number, overrides: Partial<DeriveSettings> = {}): DeriveSettings {
  return {
    minPapers: papers < SMALL_CORPUS ? 1 : 2,
    seed: 42,
    resolution: 1,
    minClusterSize: 2,
    topConcepts: 5,
    genericTypes: ['Metric'],
    maxTopThemes: HIERARCHY_DEFAULTS.maxTop,
    layer: 5,
    ...overrides,
  };
}

export interface DeriveInput {
  /** Every concept with its display name (used in cluster labels). */
  concepts: ReadonlyArray<{ key: string; name: string }>;
  papers: ReadonlyArray<PaperConcepts & { year?: number | null }>;
}

export interface ConceptDerived {
  paperCount: number;
  cluster: string | null;
  /** Its papers per year (empty lists when none has a year). */
  years: number[];
  yearCounts: number[];
}

export interface ClusterLink {
  a: string;
  b: string;
  weight: number;
}

export interface DerivedLayer {
  /** Every concept of the input, by key. */
  concepts: Map<string, ConceptDerived>;
  cooccurs: CoOccurrence[];
  /** With their papers per year (`cluster-years.ts`). */
  clusters: Array<ClusterRecord & GroupYears>;
  /**
   * Cluster pairs, from the smaller id to the larger; weight sums the CO_OCCURS weights between their
   * members, generic concepts aside (a metric attached to one cluster co-occurs with all the others).
   */
  links: ClusterLink[];
  /** Themes above the clusters, by level then id; none when the clusters are few (`hierarchy.ts`). */
  themes: Array<ThemeRecord & GroupYears>;
  /** Links between themes of the same level, from the smaller id to the larger, weights summed from below. */
  themeLinks: ClusterLink[];
  /** Papers with a year, per year: the denominator of a concept's share of a year. */
  papersPerYear: YearCounts;
}

export function computeDerivedLayer(given: DeriveInput, settings: DeriveSettings): DerivedLayer {
  // Papers and their concepts in one order whatever order the store returned them in: every score below
  // is a floating-point sum, and sums taken in another order can differ in the last bit and break a tie.
  const input: DeriveInput = {
    concepts: given.concepts,
    papers: given.papers
      .map((paper) => ({ ...paper, concepts: [...paper.concepts].sort() }))
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
  };
  const { paperCount, pairs } = coOccurrence(input.papers, settings.minPapers);
  const names = new Map(input.concepts.map((concept) => [concept.key, concept.name]));
  const generic = genericConcepts(paperCount.keys(), settings.genericTypes);
  const { clusters, clusterOf } = communities(
    { pairs, papers: input.papers, paperCount, names, generic },
    {
      seed: settings.seed,
      resolution: settings.resolution,
      minSize: settings.minClusterSize,
      topConcepts: settings.topConcepts,
    },
  );

  const tallies = countByYear(input.papers);
  const concepts = new Map<string, ConceptDerived>();
  for (const { key } of [...input.concepts].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
    const perYear = tallies.concepts.get(key);
    concepts.set(key, {
      paperCount: paperCount.get(key) ?? 0,
      cluster: clusterOf.get(key) ?? null,
      years: perYear?.years ?? [],
      yearCounts: perYear?.counts ?? [],
    });
  }

  const links = quotientLinks(
    pairs.filter((pair) => !generic.has(pair.a) && !generic.has(pair.b)),
    clusterOf,
  );
  const themes = hierarchy(
    { clusters, links, clusterOf, papers: input.papers, paperCount, names, generic },
    {
      ...HIERARCHY_DEFAULTS,
      maxTop: settings.maxTopThemes,
      seed: settings.seed,
      topConcepts: settings.topConcepts,
    },
  );
  for (const cluster of clusters) cluster.theme = themes.clusterTheme.get(cluster.id) ?? null;
  const years = groupYears({
    papers: input.papers,
    clusterOf,
    parentOf: new Map([
      ...clusters.map((cluster) => [cluster.id, cluster.theme] as const),
      ...themes.themes.map((theme) => [theme.id, theme.parent] as const),
    ]),
  });
  return {
    concepts,
    cooccurs: pairs,
    clusters: clusters.map((cluster) => ({ ...cluster, ...yearsOf(years, cluster.id) })),
    links,
    themes: themes.themes.map((theme) => ({ ...theme, ...yearsOf(years, theme.id) })),
    themeLinks: themes.links,
    papersPerYear: tallies.papers,
  };
}

/** The derive input of an in-memory graph (the bulk path): what the database derive reads from Neo4j. */
export function deriveInputOf(graph: KnowledgeGraph): DeriveInput {
  const reached = new Map<string, string[]>(graph.papers.map((paper) => [paper.id, []]));
  const years = new Map(graph.papers.map((paper) => [paper.id, paper.year]));
  for (const mention of graph.mentions) reached.get(mention.paperId)?.push(mention.conceptKey);
  for (const result of graph.results) reached.get(result.paperId)?.push(result.target);
  return {
    concepts: graph.concepts,
    papers: [...reached.entries()].map(([id, concepts]) => ({ id, concepts, year: years.get(id) ?? null })),
  };
}
