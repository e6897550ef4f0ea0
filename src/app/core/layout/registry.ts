/**
 * Every layout the atlas offers, described in one place: synchronous ones assign positions at once,
 * the worker one (ForceAtlas2) runs beside the page through `LayoutOwner`.
 */
import type Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { firstLayout, type AtlasGraph } from '../atlas/graph';

export interface SyncLayout {
  id: string;
  label: string;
  kind: 'sync';
  assign(graph: AtlasGraph): void;
}

export interface WorkerLayout {
  id: string;
  label: string;
  kind: 'worker';
  settings(graph: Graph): ForceAtlas2Settings;
  /** How long one run lasts before it stops by itself (ms): larger graphs get longer. */
  duration(order: number): number;
}

export type LayoutDescription = SyncLayout | WorkerLayout;

export const LAYOUTS = {
  grouped: {
    id: 'grouped',
    label: 'Grouped by cluster',
    kind: 'sync',
    assign: firstLayout,
  },
  settled: {
    id: 'settled',
    label: 'ForceAtlas2, settled at once (small graphs)',
    kind: 'sync',
    assign: (graph: AtlasGraph) => {
      firstLayout(graph);
      forceAtlas2.assign(graph, {
        iterations: 150,
        settings: forceAtlas2.inferSettings(graph),
        getEdgeWeight: 'weight',
      });
    },
  },
  forceAtlas2: {
    id: 'forceAtlas2',
    label: 'ForceAtlas2',
    kind: 'worker',
    settings: (graph: Graph) => ({
      ...forceAtlas2.inferSettings(graph),
      adjustSizes: false,
      edgeWeightInfluence: 0.5,
      linLogMode: false,
    }),
    duration: (order: number) => Math.min(20_000, 2_500 + order * 2),
  },
} as const satisfies Record<string, LayoutDescription>;
