/**
 * The positions of a layout that moves a large graph, offered to whoever draws them (the atlas's motion
 * preview) instead of being copied into the drawn graph every frame: with software WebGL, each copy makes
 * sigma reprocess and redraw every node, a main-thread task of several hundred milliseconds at 10k nodes.
 * The drawn graph takes the positions once, when the layout stops.
 */
import type { AtlasGraph } from '../atlas/graph';

/** Above this many nodes or edges, a running ForceAtlas2 is shown by the preview, not by sigma. */
export const LARGE_GRAPH = { nodes: 2_000, edges: 5_000 };

export const isLargeGraph = (graph: AtlasGraph): boolean =>
  graph.order > LARGE_GRAPH.nodes || graph.size > LARGE_GRAPH.edges;

export class LayoutPreview {
  private current: AtlasGraph | undefined;
  private readonly listeners = new Set<(working: AtlasGraph) => void>();

  /** The layout's working copy as of its latest step; undefined when no large layout runs. */
  get latest(): AtlasGraph | undefined {
    return this.current;
  }

  readonly publish = (working: AtlasGraph): void => {
    this.current = working;
    for (const listener of [...this.listeners]) listener(working);
  };

  clear(): void {
    this.current = undefined;
  }

  subscribe(listener: (working: AtlasGraph) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
