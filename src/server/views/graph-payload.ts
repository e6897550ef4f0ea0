/**
 * Graph values (nodes, relationships, paths, as `neo4j/database.ts` converts them) → the `GraphPayload` the
 * page draws. Node ids follow src/model/keys.ts: a concept's key, `paper:<id>`, `cluster:<id>`. Parallel
 * relationships of one type between the same two nodes become one edge (id `source-TYPE->target`) whose
 * weight is the relationship's `weight` property or, without one, how many relationships it stands for.
 */
import type { GraphPayload, NodeValue, PayloadEdge, PayloadNode, RelationshipValue } from '../../model/api';
import { CONCEPT_TYPES, isConceptType, type ConceptType } from '../../model/concepts';
import { isNodeValue, isRecord, isRelationshipValue } from '../../model/graph-values';
import { clusterNodeId, paperNodeId } from '../../model/keys';

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const number = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The payload id of the edge standing for relationships of `type` from `source` to `target`. */
export const edgeId = (source: string, type: string, target: string): string =>
  `${source}-${type}->${target}`;

/** A paper's payload node (`paper:<id>`). */
export function paperNode(id: string, title: unknown, year: unknown): PayloadNode {
  const published = number(year);
  return {
    id: paperNodeId(id),
    kind: 'Paper',
    label: text(title) ?? id,
    size: 1,
    ...(published === undefined ? {} : { year: published }),
  };
}

/** A concept's payload node (its key); size is its paper count, `years` those of its papers (when known). */
export function conceptNode(
  key: string,
  type: ConceptType,
  name: unknown,
  paperCount: unknown,
  cluster: unknown,
  years?: unknown,
): PayloadNode {
  const active = Array.isArray(years) ? years.filter((year): year is number => typeof year === 'number') : [];
  return {
    id: key,
    kind: type,
    label: text(name) ?? key,
    size: number(paperCount) ?? 1,
    ...(cluster === null || cluster === undefined ? {} : { cluster: String(cluster) }),
    ...(active.length > 0 ? { years: active } : {}),
  };
}

/** The payload node for a graph node, or undefined for a node outside the model (no known label). */
export function payloadNode(value: NodeValue): PayloadNode | undefined {
  const props = value.properties;
  const paperId = text(props.id);
  if (value.labels.includes('Paper') && paperId) return paperNode(paperId, props.title, props.year);
  if (value.labels.includes('Cluster') && props.id !== undefined && props.id !== null) {
    return {
      id: clusterNodeId(String(props.id)),
      kind: 'Cluster',
      label: text(props.label) ?? String(props.id),
      size: number(props.size) ?? 1,
    };
  }
  const type =
    CONCEPT_TYPES.find((candidate) => value.labels.includes(candidate)) ??
    (typeof props.type === 'string' && isConceptType(props.type) ? props.type : undefined);
  const key = text(props.key);
  if (type && key) return conceptNode(key, type, props.name, props.paperCount, props.cluster, props.years);
  return undefined;
}

/**
 * Collects nodes and relationships (also from inside paths, lists and maps, at any depth) and builds the
 * payload. Relationships whose end nodes were not collected wait: `missingNodeIds()` names those nodes so the
 * caller can fetch them and `add` them before `build()`.
 *
 * @example
 * const builder = new GraphPayloadBuilder(100);
 * builder.add(rows);
 * const graph = builder.build();
 */
export class GraphPayloadBuilder {
  private readonly nodes = new Map<string, PayloadNode>();
  /** Element id → payload id, for resolving relationship ends. */
  private readonly ids = new Map<string, string>();
  private readonly outside = new Set<string>();
  private readonly relationships = new Map<string, RelationshipValue>();
  private truncated = false;

  constructor(private readonly nodeCap: number) {}

  /** Adds every graph value found in `value`. */
  add(value: unknown): this {
    this.visit(value, 0);
    return this;
  }

  /** Element ids of relationship ends that were not added (yet). */
  missingNodeIds(): string[] {
    const missing = new Set<string>();
    for (const relationship of this.relationships.values()) {
      for (const end of [relationship.start, relationship.end]) {
        if (!this.ids.has(end) && !this.outside.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }

  build(): GraphPayload {
    const edges = new Map<string, PayloadEdge & { count: number; weighted: boolean }>();
    for (const relationship of this.relationships.values()) {
      const source = this.ids.get(relationship.start);
      const target = this.ids.get(relationship.end);
      if (source === undefined || target === undefined) continue;
      const id = edgeId(source, relationship.type, target);
      const weight = number(relationship.properties.weight);
      const edge = edges.get(id);
      if (edge) {
        edge.count += 1;
        if (weight !== undefined) edge.weight = Math.max(edge.weight ?? weight, weight);
        else if (!edge.weighted) edge.weight = edge.count;
        continue;
      }
      edges.set(id, {
        id,
        source,
        target,
        type: relationship.type,
        count: 1,
        weighted: weight !== undefined,
        ...(weight === undefined ? {} : { weight }),
      });
    }
    return {
      nodes: [...this.nodes.values()],
      edges: [...edges.values()].map(({ count: _count, weighted: _weighted, ...edge }) => edge),
      truncated: this.truncated,
      limit: this.nodeCap,
    };
  }

  private visit(value: unknown, depth: number): void {
    if (depth > 64) return;
    if (Array.isArray(value)) {
      for (const item of value) this.visit(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    if (isNodeValue(value)) {
      this.addNode(value);
      return;
    }
    if (isRelationshipValue(value)) {
      this.relationships.set(value.id, value);
      return;
    }
    // Paths ({kind: 'path', nodes, relationships}) and plain maps: their values are visited alike.
    for (const item of Object.values(value)) this.visit(item, depth + 1);
  }

  private addNode(value: NodeValue): void {
    if (this.ids.has(value.id) || this.outside.has(value.id)) return;
    const node = payloadNode(value);
    if (!node) {
      this.outside.add(value.id);
      return;
    }
    const existing = this.nodes.get(node.id);
    if (!existing && this.nodes.size >= this.nodeCap) {
      this.truncated = true;
      this.outside.add(value.id);
      return;
    }
    if (!existing) this.nodes.set(node.id, node);
    this.ids.set(value.id, node.id);
  }
}
