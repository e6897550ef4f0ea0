/** Reading a whole graph back for comparison: counts per label set and type, and a canonical dump. */
import type { Database } from '../../../neo4j/database';
import type { DerivedLayer } from '../../../ingest/derive/layer';
import type { KnowledgeGraph } from '../../../src/model/graph';

export interface GraphCounts {
  /** Node count per label set, e.g. `Concept:Method`. */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const nodes = await db.read(
    'MATCH (n) RETURN reduce(s = "", l IN labels(n) | s + CASE WHEN s = "" THEN "" ELSE ":" END + l) AS labels, count(*) AS n',
  );
  const relationships = await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return {
    nodes: Object.fromEntries(nodes.rows.map((row) => [String(row.labels), Number(row.n)])),
    relationships: Object.fromEntries(relationships.rows.map((row) => [String(row.type), Number(row.n)])),
  };
}

/** What the store should hold for a graph and its derived layer (both computed in memory). */
export function expectedCounts(graph: KnowledgeGraph, layer: DerivedLayer): GraphCounts {
  const nodes: Record<string, number> = { Paper: graph.papers.length, DerivedState: 1 };
  for (const concept of graph.concepts) {
    const labels = `Concept:${concept.type}`;
    nodes[labels] = (nodes[labels] ?? 0) + 1;
  }
  if (layer.clusters.length > 0) nodes.Cluster = layer.clusters.length;
  if (layer.themes.length > 0) nodes.Theme = layer.themes.length;
  const relationships: Record<string, number> = {};
  const add = (type: string, count = 1) => {
    if (count > 0) relationships[type] = (relationships[type] ?? 0) + count;
  };
  for (const mention of graph.mentions) add(mention.type);
  for (const edge of graph.lineage) add(edge.type);
  add('REPORTS', graph.results.length);
  add('CO_OCCURS', layer.cooccurs.length);
  add('IN_CLUSTER', [...layer.concepts.values()].filter((concept) => concept.cluster !== null).length);
  add('LINKED', layer.links.length + layer.themeLinks.length);
  // A cluster in its theme, a theme in the theme one level up.
  add(
    'IN_THEME',
    layer.clusters.filter((cluster) => cluster.theme !== null).length +
      layer.themes.filter((theme) => theme.parent !== null).length,
  );
  return { nodes, relationships };
}

/**
 * Every node and relationship with all its properties, as sorted JSON lines: two graphs are the same
 * when their dumps are equal. Nodes are named by label and id/key, so element ids do not matter.
 */
export async function graphDump(
  db: Database,
  options: { emptyListsAsAbsent?: boolean } = {},
): Promise<string> {
  const props = (value: unknown) => sorted(options.emptyListsAsAbsent ? withoutEmptyLists(value) : value);
  const nodes = await db.read(
    'MATCH (n) RETURN labels(n)[0] + ":" + coalesce(n.key, n.id) AS name, labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read(
    `MATCH (a)-[r]->(b)
     RETURN labels(a)[0] + ":" + coalesce(a.key, a.id) AS a, type(r) AS type,
            labels(b)[0] + ":" + coalesce(b.key, b.id) AS b, properties(r) AS props`,
  );
  const lines = [
    ...nodes.rows.map((row) =>
      JSON.stringify([row.name, [...(row.labels as string[])].sort(), props(row.props)]),
    ),
    ...relationships.rows.map((row) => JSON.stringify([row.a, row.type, row.b, props(row.props)])),
  ];
  return lines.sort().join('\n');
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, sorted(item)]),
    );
  }
  return value;
}

/** neo4j-admin import cannot write an empty list: such a property is absent after a bulk import. */
function withoutEmptyLists(properties: unknown): unknown {
  return Object.fromEntries(
    Object.entries(properties as Record<string, unknown>).filter(
      ([, value]) => !(Array.isArray(value) && value.length === 0),
    ),
  );
}
