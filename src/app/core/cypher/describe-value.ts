/** The text of one cell of a console answer (src/model/api.ts `GraphValue`s among plain values). */
import type { NodeValue } from '../../../model/api';
import { isNodeValue, isPathValue, isRelationshipValue } from '../../../model/graph-values';

/** How a node reads in one cell: its labels and its name, title, label or id. */
function describeNode(node: NodeValue): string {
  const { properties } = node;
  const name = describe(properties.name ?? properties.title ?? properties.label ?? properties.id ?? '');
  const labels = node.labels.length > 0 ? `:${node.labels.join(':')}` : '';
  return `(${[labels, name].filter(Boolean).join(' ')})`;
}

/**
 * One cell's text: graph elements by their labels or type (a path by its ends and length), lists and maps
 * item by item.
 *
 * @example
 * describe({ kind: 'relationship', type: 'USES', ... }); // '[:USES]'
 */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(describe).join(', ')}]`;
  if (isNodeValue(value)) return describeNode(value);
  if (isRelationshipValue(value)) return `[:${value.type}]`;
  if (isPathValue(value)) {
    const steps = value.relationships.length;
    const first = value.nodes[0];
    const last = value.nodes.at(-1);
    const ends = first && last && steps > 0 ? `${describeNode(first)}…${describeNode(last)}, ` : '';
    return `path (${ends}${steps} ${steps === 1 ? 'step' : 'steps'})`;
  }
  return JSON.stringify(value);
}
