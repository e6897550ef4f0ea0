/**
 * Cluster labels by distinctiveness: a cluster is named after the concepts most specific to it, not the
 * most frequent ones. The score is class-based TF-IDF (c-TF-IDF, as BERTopic ranks topic words) over
 * papers: each paper counts towards the clusters of its concepts, in proportion to how many of its
 * (non-generic) concepts each cluster holds; a concept's term frequency in a cluster is the paper weight it
 * brings there, and its inverse frequency falls with the number of papers reaching it anywhere. So
 * "speculative decoding", which few papers outside its cluster reach, outranks "large language models",
 * which a third of all papers reach. (Measured against two other scores on the sample corpus: the
 * log-likelihood ratio CiteSpace uses, and coverage × exclusivity, both led three labels with concepts more
 * than a tenth of all papers reach — "large language models", "language models", "Transformer".)
 *
 * Tasks and methods are preferred to datasets and benchmarks, and a metric never leads a label: it is
 * named only when the cluster has too few other concepts to fill one.
 */
import type { ConceptType } from '../../src/model/concepts';
import { typeOfKey } from '../../src/model/keys';
import type { PaperConcepts } from './cooccurrence';

/** How much a type's distinctiveness counts when ranking a cluster's concepts for its label. */
const TYPE_PREFERENCE: Record<ConceptType, number> = {
  Task: 1,
  Method: 1,
  Dataset: 0.75,
  Benchmark: 0.75,
  // Metrics are ranked after every other concept anyway.
  Metric: 1,
};

/** A label names at least this many concepts when the cluster has them, metrics included. */
const LABEL_MIN_TERMS = 2;
/** ...and at most this many, metrics never among them unless needed to reach the minimum. */
const LABEL_MAX_TERMS = 3;

/**
 * The c-TF-IDF score of every clustered concept in its own cluster.
 *
 * @param clusterOf concept key → cluster, for every clustered concept (generic ones included)
 * @param generic concepts whose mentions do not weigh a paper towards a cluster
 * @param paperCount papers reaching each concept, in the whole corpus
 */
export function distinctiveness(
  papers: readonly PaperConcepts[],
  clusterOf: ReadonlyMap<string, string>,
  generic: ReadonlySet<string>,
  paperCount: ReadonlyMap<string, number>,
): Map<string, number> {
  const inCluster = new Map<string, number>();
  const clusterMass = new Map<string, number>();
  for (const paper of papers) {
    const keys = [...new Set(paper.concepts)];
    const weights = paperWeights(keys, clusterOf, generic);
    for (const [cluster, weight] of weights)
      clusterMass.set(cluster, (clusterMass.get(cluster) ?? 0) + weight);
    for (const key of keys) {
      const weight = weights.get(clusterOf.get(key) ?? '') ?? 0;
      if (weight > 0) inCluster.set(key, (inCluster.get(key) ?? 0) + weight);
    }
  }
  const totalMass = [...clusterMass.values()].reduce((sum, mass) => sum + mass, 0);
  const averageMass = totalMass / Math.max(1, clusterMass.size);
  const scores = new Map<string, number>();
  for (const [key, cluster] of clusterOf) {
    const mass = clusterMass.get(cluster) ?? 0;
    const tf = mass > 0 ? (inCluster.get(key) ?? 0) / mass : 0;
    const idf = Math.log(1 + averageMass / Math.max(1, paperCount.get(key) ?? 0));
    scores.set(key, tf * idf);
  }
  return scores;
}

/**
 * How much of one paper each cluster holds: the share of the paper's non-generic clustered concepts in it.
 *
 * @example
 * paperWeights(['task:a', 'method:b', 'metric:f1'], clusterOf, generic);
 * // Map { 'c1' => 0.5, 'c2' => 0.5 } with task:a in c1, method:b in c2, metric:f1 generic
 */
export function paperWeights(
  keys: readonly string[],
  clusterOf: ReadonlyMap<string, string>,
  generic: ReadonlySet<string>,
): Map<string, number> {
  const clusters = keys.flatMap((key) => {
    const cluster = clusterOf.get(key);
    return cluster === undefined || generic.has(key) ? [] : [cluster];
  });
  const weights = new Map<string, number>();
  for (const cluster of clusters) weights.set(cluster, (weights.get(cluster) ?? 0) + 1 / clusters.length);
  return weights;
}

/**
 * A cluster's members, best label candidates first: concepts of two papers or more, then concepts of a
 * single paper, then metrics, each by type-weighted distinctiveness; ties by more papers, then by key. A
 * concept only one paper reaches says little about a cluster of many ("Claude3.7-sonnet" from one
 * paper's list of models should not name a cluster of retrieval-augmented generation and context
 * compression), yet its single paper makes it look perfectly specific.
 */
export function rankForLabel(
  members: readonly string[],
  scores: ReadonlyMap<string, number>,
  paperCount: ReadonlyMap<string, number>,
): string[] {
  const tier = (key: string) => (typeOfKey(key) === 'Metric' ? 2 : (paperCount.get(key) ?? 0) < 2 ? 1 : 0);
  const preferred = (key: string) => (scores.get(key) ?? 0) * typePreference(key);
  return [...members].sort(
    (a, b) =>
      tier(a) - tier(b) ||
      preferred(b) - preferred(a) ||
      (paperCount.get(b) ?? 0) - (paperCount.get(a) ?? 0) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}

function typePreference(key: string): number {
  const type = typeOfKey(key);
  return type === undefined ? 1 : TYPE_PREFERENCE[type];
}

/**
 * The concepts a label names, from a ranking by `rankForLabel`: up to three non-metrics, metrics only to
 * reach two terms.
 *
 * @example
 * labelTerms(['task:summarization', 'metric:rouge', 'metric:bleu']);
 * // ['task:summarization', 'metric:rouge']
 */
export function labelTerms(ranked: readonly string[]): string[] {
  const others = ranked.filter((key) => typeOfKey(key) !== 'Metric').slice(0, LABEL_MAX_TERMS);
  if (others.length >= LABEL_MIN_TERMS) return others;
  const metrics = ranked.filter((key) => typeOfKey(key) === 'Metric');
  return [...others, ...metrics].slice(0, LABEL_MIN_TERMS);
}
