/**
 * Where a family tree puts each method: one column per first year (oldest left), so x reads as time; within
 * a column methods stack, the method asked about and its nearest kin first, so no two share a spot. Methods
 * whose papers give no year stand in a last column of their own. Without years at all, the columns are the
 * steps from the method (0, 1, 2): the tree is laid out by lineage depth. Pure.
 */
import type { LineageEdge, LineageNode } from '../../../model/api';

export interface FamilyColumn {
  /** The year, or the depth when the tree is laid out by depth; null: the methods without a year. */
  value: number | null;
  label: string;
  x: number;
}

export interface PlacedMethod extends LineageNode {
  x: number;
  y: number;
}

export interface FamilyLayout {
  by: 'year' | 'depth';
  columns: FamilyColumn[];
  nodes: PlacedMethod[];
  width: number;
  height: number;
}

export const FAMILY_SPACING = { column: 150, row: 44, padX: 70, padTop: 34, padBottom: 16 };

/**
 * @example
 * const layout = familyLayout(response.nodes, response.edges, { byYear: response.corpusHasYears });
 * layout.nodes.find((node) => node.key === 'method:bert'); // { x: 70, y: 34, ... }
 */
export function familyLayout(
  nodes: readonly LineageNode[],
  edges: readonly LineageEdge[],
  { byYear }: { byYear: boolean },
): FamilyLayout {
  const by = byYear && nodes.some((node) => node.firstYear !== null) ? 'year' : 'depth';
  const valueOf = (node: LineageNode): number | null => (by === 'year' ? node.firstYear : node.depth);
  const values = [...new Set(nodes.map(valueOf))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  const { column, row, padX, padTop, padBottom } = FAMILY_SPACING;
  const columns: FamilyColumn[] = values.map((value, index) => ({
    value,
    label:
      value === null
        ? 'year unknown'
        : by === 'year'
          ? String(value)
          : value === 0
            ? 'this method'
            : `${value} ${value === 1 ? 'step' : 'steps'}`,
    x: padX + index * column,
  }));
  // Links per method, so the best-connected kin sit near the top of their column.
  const links = new Map<string, number>();
  for (const edge of edges) {
    links.set(edge.from, (links.get(edge.from) ?? 0) + edge.papers);
    links.set(edge.to, (links.get(edge.to) ?? 0) + edge.papers);
  }
  const placed: PlacedMethod[] = [];
  let tallest = 0;
  columns.forEach((col) => {
    const members = nodes
      .filter((node) => valueOf(node) === col.value)
      .sort(
        (a, b) =>
          a.depth - b.depth ||
          (links.get(b.key) ?? 0) - (links.get(a.key) ?? 0) ||
          b.paperCount - a.paperCount ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
    tallest = Math.max(tallest, members.length);
    members.forEach((node, index) => placed.push({ ...node, x: col.x, y: padTop + index * row }));
  });
  return {
    by,
    columns,
    nodes: placed,
    width: padX * 2 + Math.max(columns.length - 1, 0) * column,
    height: padTop + Math.max(tallest - 1, 0) * row + padBottom + 14,
  };
}
