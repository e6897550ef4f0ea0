/**
 * The atlas's data: one graphology graph for the whole session (the sigma container draws it, the
 * layout owner moves it) and the status of what was loaded into it.
 */
import type { ClusterSummary, ThemeRef } from '../../../model/api';
import { LayoutOwner } from '../layout/owner';
import { createStore } from '../store';
import { createAtlasGraph } from './graph';
import type { LabelSide } from './labels';

export interface AtlasScope {
  kind: 'overview' | 'cluster' | 'focus';
  /** What the breadcrumbs call it. */
  label: string;
  clusterId?: string;
  /** The themes above what is shown, top first, as the server names them (a theme's map ends with itself). */
  path?: ThemeRef[];
  /** An overview whose nodes are themes (groups of clusters), not clusters. */
  themes?: boolean;
}

export interface AtlasStatus {
  state: 'idle' | 'loading' | 'ready' | 'error';
  error?: Error;
  scope?: AtlasScope;
  /** True when the server cut a payload at its cap. */
  truncated: boolean;
  limit?: number;
  /** Bumped on every structural change, so views re-read counts. */
  version: number;
  /** Bumped when a different graph replaces the content (not on expansions). */
  loads: number;
}

export const atlasGraph = createAtlasGraph();
export const layoutOwner = new LayoutOwner(atlasGraph);
export const atlasStatus = createStore<AtlasStatus>({
  state: 'idle',
  truncated: false,
  version: 0,
  loads: 0,
});
/** Cluster and theme summaries from the maps, for breadcrumbs and the details of a cluster node. */
export const clusterSummaries = createStore<Map<string, ClusterSummary>>(new Map());
/** The nodes whose labels the atlas draws, and on which side (picked by size with a collision check, `labels.ts`). */
export const labelledNodes = createStore<ReadonlyMap<string, LabelSide>>(new Map());
