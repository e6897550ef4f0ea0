/**
 * Concept co-occurrence: two concepts co-occur when one paper reaches both. Each pair kept (at least
 * `minPapers` shared papers) carries `papers` and `weight` = Jaccard association of the two concepts'
 * paper sets, |A ∩ B| / |A ∪ B| in 0..1. Jaccard does not depend on the corpus size, so adding papers
 * changes the weight of only those pairs whose concepts gained papers.
 */

export interface PaperConcepts {
  id: string;
  /** Keys of the concepts the paper reaches (any order, duplicates allowed). */
  concepts: readonly string[];
}

export interface CoOccurrence {
  /** The smaller key of the pair. */
  a: string;
  b: string;
  papers: number;
  weight: number;
}

export interface CoOccurrenceResult {
  /** Papers reaching each concept, by key (concepts that no paper reaches are absent). */
  paperCount: Map<string, number>;
  /** Pairs sorted by (a, b). */
  pairs: CoOccurrence[];
}

/**
 * @example
 * coOccurrence([{ id: 'p1', concepts: ['task:x', 'method:y'] }], 1).pairs;
 * // [{ a: 'method:y', b: 'task:x', papers: 1, weight: 1 }]
 */
export function coOccurrence(papers: readonly PaperConcepts[], minPapers: number): CoOccurrenceResult {
  const keys = [...new Set(papers.flatMap((paper) => paper.concepts))].sort();
  const index = new Map(keys.map((key, position) => [key, position]));
  const n = keys.length;
  const counts = new Uint32Array(n);
  const shared = new Map<number, number>();
  for (const paper of papers) {
    const members = [...new Set(paper.concepts.map((key) => index.get(key) as number))].sort((x, y) => x - y);
    for (let i = 0; i < members.length; i += 1) {
      const first = members[i] as number;
      counts[first] = (counts[first] ?? 0) + 1;
      for (let j = i + 1; j < members.length; j += 1) {
        const pair = first * n + (members[j] as number);
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  const pairs: CoOccurrence[] = [];
  for (const pair of [...shared.keys()].sort((x, y) => x - y)) {
    const together = shared.get(pair) as number;
    if (together < minPapers) continue;
    const i = Math.floor(pair / n);
    const j = pair - i * n;
    const union = (counts[i] as number) + (counts[j] as number) - together;
    pairs.push({ a: keys[i] as string, b: keys[j] as string, papers: together, weight: together / union });
  }
  const paperCount = new Map(keys.map((key, position) => [key, counts[position] as number]));
  return { paperCount, pairs };
}
