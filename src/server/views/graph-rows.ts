/**
 * Compact graph rows (cypher/queries/neighborhood.cypher, cluster.cypher) → the `GraphPayload` the page draws,
 * the same payload GraphPayloadBuilder makes from graph values, for a fraction of the bytes Neo4j sends and
 * the driver decodes.
 *
 * Nodes past `limit` are left out (the payload then says `truncated`), and so are edges to them.
 *
 * A node row is `[key, id, type, name or title, paperCount, year, cluster, years?]`: a concept has key and
 * type (and maybe the years of its papers), a paper id (and maybe year). An edge row stands for every
 * relationship of one type from one node to another: `[start key, start id, type, end key, end id,
 * relationships, largest weight]`; the edge's weight is that weight (CO_OCCURS) or, without one, how many
 * relationships it stands for when more than one.
 */
import { z } from 'zod';
import type { GraphPayload, PayloadEdge, PayloadNode } from '../../model/api';
import { isConceptType } from '../../model/concepts';
import { paperNodeId } from '../../model/keys';
import { conceptNode, edgeId, number, paperNode, text } from './graph-payload';

const nullableText = z.string().nullable();
const nullableNumber = z.number().nullable();

/** `[key, id, type, label, paperCount, year, cluster, years?]` */
export const nodeRow = z.tuple([
  nullableText,
  nullableText,
  nullableText,
  nullableText,
  nullableNumber,
  nullableNumber,
  z.union([z.string(), z.number()]).nullable(),
  z.array(z.number()).nullish(),
]);
export type NodeRow = z.infer<typeof nodeRow>;

/** `[startKey, startId, type, endKey, endId, count, weight]` */
export const edgeRow = z.tuple([
  nullableText,
  nullableText,
  z.string(),
  nullableText,
  nullableText,
  z.number(),
  nullableNumber,
]);
export type EdgeRow = z.infer<typeof edgeRow>;

/** The payload node of a row, or undefined for a row that is neither a typed concept nor a paper. */
export function rowNode([key, id, type, label, paperCount, year, cluster, years]: NodeRow):
  PayloadNode | undefined {
  if (typeof key === 'string' && typeof type === 'string' && isConceptType(type)) {
    return conceptNode(key, type, label, paperCount, cluster, years);
  }
  const paperId = text(id);
  return paperId === undefined ? undefined : paperNode(paperId, label, year);
}

/** A node's payload id from its key (concepts) or id (papers), as rowNode gives it. */
const endId = (key: string | null, id: string | null): string | undefined =>
  text(key) ?? (typeof id === 'string' ? paperNodeId(id) : undefined);

/**
 * @example
 * const { nodes, relationships, truncated } = row;
 * const graph = graphFromRows(nodes, relationships, { limit: 100, truncated });
 */
export function graphFromRows(
  nodeRows: readonly NodeRow[],
  edgeRows: readonly EdgeRow[],
  { limit, truncated }: { limit: number; truncated: boolean },
): GraphPayload {
  const nodes: PayloadNode[] = [];
  const ids = new Set<string>();
  let cut = truncated;
  for (const row of nodeRows) {
    const node = rowNode(row);
    if (!node || ids.has(node.id)) continue;
    if (nodes.length >= limit) {
      cut = true;
      break;
    }
    ids.add(node.id);
    nodes.push(node);
  }
  const edges: PayloadEdge[] = [];
  for (const [startKey, startId, type, endKey, endNodeId, count, weight] of edgeRows) {
    const source = endId(startKey, startId);
    const target = endId(endKey, endNodeId);
    if (source === undefined || target === undefined || !ids.has(source) || !ids.has(target)) continue;
    const strength = number(weight) ?? (count > 1 ? count : undefined);
    edges.push({
      id: edgeId(source, type, target),
      source,
      target,
      type,
      ...(strength === undefined ? {} : { weight: strength }),
    });
  }
  return { nodes, edges, truncated: cut, limit };
}
