/**
 * Which nodes the filters let through — a pure predicate the node reducer and the exports share — and which
 * of them lie outside the year range (the map as of those years draws those faded, not hidden).
 */
import type { Filters } from '../view/state';
import type { NodeAttributes } from './graph';

export interface VisibilityRules {
  filters: Filters;
  hidden: ReadonlySet<string>;
}

/**
 * @example
 * isVisible('method:x', { kind: 'Method', count: 1, ... }, { filters: { hiddenKinds: [], minPapers: 2 }, hidden: new Set() }); // false
 */
export function isVisible(node: string, attributes: NodeAttributes, rules: VisibilityRules): boolean {
  if (rules.hidden.has(node)) return false;
  const { hiddenKinds, minPapers } = rules.filters;
  if (hiddenKinds.includes(attributes.kind)) return false;
  if (attributes.kind !== 'Paper' && attributes.kind !== 'Cluster' && attributes.count < minPapers)
    return false;
  return true;
}

/** The year range the filters ask for; undefined when none is set or it is reversed (refused, not empty). */
export function yearRange(filters: Filters): { from: number; to: number } | undefined {
  const { yearMin, yearMax } = filters;
  if (yearMin === undefined && yearMax === undefined) return undefined;
  if (yearMin !== undefined && yearMax !== undefined && yearMin > yearMax) return undefined;
  return { from: yearMin ?? -Infinity, to: yearMax ?? Infinity };
}

/**
 * Whether a node belongs to the map as of a year range: a paper published within it, a concept, cluster or
 * theme with a paper within it. What has no known year (a paper without one, a concept or cluster none of
 * whose papers has one) is never outside a range.
 *
 * @example
 * inYears({ kind: 'Method', years: [2019, 2021], ... }, { from: 2020, to: 2020 }); // false
 */
export function inYears(
  attributes: Pick<NodeAttributes, 'kind' | 'year' | 'years'>,
  range: { from: number; to: number } | undefined,
): boolean {
  if (!range) return true;
  const within = (year: number) => year >= range.from && year <= range.to;
  if (attributes.kind === 'Paper') return attributes.year === undefined || within(attributes.year);
  if (!attributes.years || attributes.years.length === 0) return true;
  return attributes.years.some(within);
}

/** The years the papers in the graph span, for the year-range inputs. */
export function yearSpan(years: Iterable<number | undefined>): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const year of years) {
    if (year === undefined) continue;
    min = Math.min(min, year);
    max = Math.max(max, year);
  }
  return Number.isFinite(min) ? { min, max } : undefined;
}
