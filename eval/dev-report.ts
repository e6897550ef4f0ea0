/** The dev gold in the evaluation table, and its headline written as `score_extraction.py` writes it. */
import type { DevScores } from './dev-score';
import { fixed3, type TableSection } from './table';

export const DEV_CORPUS = 'gold-dev';

/** Concepts per type (sorted by name, as the script prints them) and overall; named, relations, results. */
export function devSection(scores: DevScores): TableSection {
  const perType = [...scores.all.perType].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    corpus: DEV_CORPUS,
    levels: [
      ['paper typed relaxed', [...perType, ['all', scores.all]]],
      ['named typed relaxed', [['all', scores.named]]],
      ['relations', [['all', scores.relations]]],
      ['results', [['all', scores.results]]],
    ],
  };
}

/**
 * @example
 * headline(scores); // 'headline all-P=0.565 all-F1=0.570 named-R=0.705 relations-F1=0.089 results-F1=0.243'
 */
export const headline = ({ all, named, relations, results }: DevScores): string =>
  `headline all-P=${fixed3(all.precision)} all-F1=${fixed3(all.f1)} named-R=${fixed3(named.recall)} ` +
  `relations-F1=${fixed3(relations.f1)} results-F1=${fixed3(results.f1)}`;
