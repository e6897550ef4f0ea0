/**
 * Which nodes the filters let through — a pure predicate the node reducer and the exports share.
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
  const { hiddenKinds, minPapers, yearMin, yearMax } = rules.filters;
  if (hiddenKinds.includes(attributes.kind)) return false;
  // A paper without a year is not outside any range: it stays visible. A reversed range is refused (the
  // filters panel says so), not applied as an empty one.
  const reversed = yearMin !== undefined && yearMax !== undefined && yearMin > yearMax;
  if (attributes.kind === 'Paper' && attributes.year !== undefined) {
    if (reversed) return true;
    if (yearMin !== undefined && attributes.year < yearMin) return false;
    if (yearMax !== undefined && attributes.year > yearMax) return false;
  } else if (attributes.kind !== 'Paper' && attributes.kind !== 'Cluster' && attributes.count < minPapers) {
    return false;
  }
  return true;
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
