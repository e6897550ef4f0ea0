/**
 * Exports of what the atlas shows: the visible subgraph (filters and hidden nodes applied) as GEXF for
 * Gephi (graphology-gexf) or as graphology's JSON serialisation.
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import { createAtlasGraph, type AtlasGraph } from '../atlas/graph';
import { isVisible, type VisibilityRules } from '../atlas/visibility';

export function visibleGraph(graph: AtlasGraph, rules: VisibilityRules): AtlasGraph {
  const copy = createAtlasGraph();
  graph.forEachNode((node, attributes) => {
    if (isVisible(node, attributes, rules)) copy.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (copy.hasNode(source) && copy.hasNode(target))
      copy.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return copy;
}

/** GEXF 1.3 with positions, sizes and colours (Gephi reads them as viz attributes). */
export function toGexf(graph: AtlasGraph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({
      label: attributes.label,
      // A node without a cluster or a year has no such attribute (rather than an empty or made-up value).
      attributes: {
        kind: attributes.kind,
        count: attributes.count,
        ...(attributes.cluster === undefined ? {} : { cluster: attributes.cluster }),
        ...(attributes.year === undefined ? {} : { year: attributes.year }),
      },
      viz: { x: attributes.x, y: attributes.y, size: attributes.size, color: attributes.color },
    }),
    formatEdge: (_key, attributes) => ({
      attributes: { relation: attributes.relation },
      weight: attributes.weight ?? 1,
    }),
  });
}

export function toJson(graph: AtlasGraph): string {
  return JSON.stringify(graph.export(), null, 2);
}
