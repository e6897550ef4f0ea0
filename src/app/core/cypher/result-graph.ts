/**
 * The graph of a query's result as the console draws it: every relationship an arrow (Neo4j's are all
 * directed) in a colour that stands out from the theme's canvas; small results settled with ForceAtlas2.
 */
import type { Settings } from 'sigma/settings';
import { createEdgeArrowProgram } from 'sigma/rendering';
import type { GraphPayload } from '../../../model/api';
import { createAtlasGraph, replaceGraph, type AtlasGraph } from '../atlas/graph';
import { EDGE_COLORS } from '../atlas/style';
import { LAYOUTS } from '../layout/registry';
import type { Theme } from '../theme/store';

/** Results up to this size are laid out with ForceAtlas2 at once (a few tens of ms). */
const SETTLE_LIMIT = 1_000;
/** Thick enough for the arrow heads (their size follows the edge's) to read on screen. */
const MIN_EDGE_SIZE = 1.5;

export const RESULT_EDGE_SETTINGS: Partial<Settings> = {
  defaultEdgeType: 'arrow',
  edgeProgramClasses: {
    arrow: createEdgeArrowProgram({ lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 }),
  },
};

export function resultGraph(payload: GraphPayload, theme: Theme): AtlasGraph {
  const graph = createAtlasGraph();
  replaceGraph(graph, payload, EDGE_COLORS[theme].result);
  graph.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    size: Math.max(MIN_EDGE_SIZE, attributes.size),
  }));
  if (graph.order <= SETTLE_LIMIT) LAYOUTS.settled.assign(graph);
  return graph;
}

/** The theme changed: the result's edges take its colour. */
export function recolorResultEdges(graph: AtlasGraph, theme: Theme): void {
  const color = EDGE_COLORS[theme].result;
  graph.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, color }));
}
