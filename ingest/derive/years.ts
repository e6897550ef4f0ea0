/**
 * Papers per year, overall and per concept: what the timeline and trends answers read, precomputed so they
 * stay fast on a large corpus. Papers without a year count in neither. Pure.
 */

export interface PaperYear {
  /** Keys of the concepts the paper reaches (duplicates allowed). */
  concepts: readonly string[];
  year?: number | null;
}

/** Years in ascending order and the number of papers of each (parallel lists, no zero counts). */
export interface YearCounts {
  years: number[];
  counts: number[];
}

export interface YearTallies {
  /** Papers with a year, per year. */
  papers: YearCounts;
  /** Per concept key, its papers per year (a concept none of whose papers has a year is absent). */
  concepts: Map<string, YearCounts>;
}

function toCounts(tally: Map<number, number>): YearCounts {
  const years = [...tally.keys()].sort((a, b) => a - b);
  return { years, counts: years.map((year) => tally.get(year) ?? 0) };
}

/**
 * @example
 * const { papers, concepts } = countByYear([{ concepts: ['method:bert'], year: 2020 }]);
 * papers;                       // { years: [2020], counts: [1] }
 * concepts.get('method:bert');  // { years: [2020], counts: [1] }
 */
export function countByYear(input: Iterable<PaperYear>): YearTallies {
  const overall = new Map<number, number>();
  const perConcept = new Map<string, Map<number, number>>();
  for (const paper of input) {
    const year = paper.year;
    if (year === undefined || year === null || !Number.isInteger(year)) continue;
    overall.set(year, (overall.get(year) ?? 0) + 1);
    for (const key of new Set(paper.concepts)) {
      let tally = perConcept.get(key);
      if (!tally) perConcept.set(key, (tally = new Map()));
      tally.set(year, (tally.get(year) ?? 0) + 1);
    }
  }
  return {
    papers: toCounts(overall),
    concepts: new Map([...perConcept].map(([key, tally]) => [key, toCounts(tally)])),
  };
}
