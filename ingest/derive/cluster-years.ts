/**
 * Papers per year of each cluster and theme: the distinct papers that reach a member concept of the cluster
 * (its `size` counts the same members, attached generic concepts included) or of any cluster under the theme.
 * What the overview map fades by and theme trends are read from. Papers without a year count in none. Pure.
 */
import { countByYear } from './years';

/** A group's papers per year (parallel lists, years ascending, no zero counts; empty when none has a year). */
export interface GroupYears {
  years: number[];
  yearCounts: number[];
}

export interface GroupYearsInput {
  papers: ReadonlyArray<{ concepts: readonly string[]; year?: number | null }>;
  /** Concept key → cluster id. */
  clusterOf: ReadonlyMap<string, string>;
  /** Cluster id → its level-1 theme, and theme id → its parent (absent or null: at the top). */
  parentOf: ReadonlyMap<string, string | null>;
}

/**
 * @example
 * const years = groupYears({
 *   papers: [{ concepts: ['method:a', 'method:b'], year: 2020 }, { concepts: ['method:b'], year: 2021 }],
 *   clusterOf: new Map([['method:a', 'c1'], ['method:b', 'c1']]),
 *   parentOf: new Map([['c1', 't1:x']]),
 * });
 * years.get('c1');    // { years: [2020, 2021], yearCounts: [1, 1] }
 * years.get('t1:x');  // the same: the theme holds c1
 */
export function groupYears(input: GroupYearsInput): Map<string, GroupYears> {
  const groupsOf = (concepts: readonly string[]): string[] => {
    const groups: string[] = [];
    for (const key of concepts) {
      for (let group = input.clusterOf.get(key); group; group = input.parentOf.get(group) ?? undefined) {
        groups.push(group);
      }
    }
    return groups;
  };
  const { concepts: tallies } = countByYear(
    input.papers.map((paper) => ({ concepts: groupsOf(paper.concepts), year: paper.year })),
  );
  return new Map(
    [...tallies].map(([group, { years, counts }]) => [group, { years, yearCounts: counts }] as const),
  );
}

/** A group's papers per year, or empty lists when none of its papers has a year. */
export function yearsOf(years: ReadonlyMap<string, GroupYears>, group: string): GroupYears {
  return years.get(group) ?? { years: [], yearCounts: [] };
}
