/**
 * Loading the atlas for a view: the overview map, a cluster's subgraph or the neighbourhood of focused
 * nodes, then the in-place expansions. Only what changed between two views is fetched: a new expansion
 * merges into the graph; a different scope (or an expansion undone with Back) reloads. Every reload
 * starts a new generation: an answer that arrives after the view moved on is dropped.
 */
import type { ClustersResponse, GraphPayload, ThemeRef } from '../../../model/api';
import { api, type Api } from '../../api/client';
import { reportFailure } from '../health/actions';
import type { ViewState } from '../view/state';
import { clusterMapPayload, mergeGraph, replaceGraph } from './graph';
import { neighborhoodOf } from './neighborhood';
import { atlasGraph, atlasStatus, clusterSummaries, layoutOwner, type AtlasScope } from './store';

export const NEIGHBORHOOD_LIMIT = 400;

let loaded: { scopeKey: string; expanded: string[] } | undefined;
let generation = 0;
/** The reload in flight (or the last one): an expansion merges only once it has landed. */
let reloading: Promise<void> = Promise.resolve();
const AROUND = { depth: 1, limit: NEIGHBORHOOD_LIMIT };

const scopeKey = (view: ViewState) => JSON.stringify([view.themes, view.cluster ?? '', view.focus.join(',')]);

async function loadScope(
  view: ViewState,
  client: Api,
): Promise<{ payload: GraphPayload; scope: AtlasScope }> {
  if (view.focus.length > 0) {
    // The breadcrumbs name the cluster the neighbourhood was reached from (a shared link may start here).
    if (view.cluster !== undefined && !clusterSummaries.get().has(view.cluster)) void loadSummaries(client);
    const payload = await neighborhoodOf(client, view.focus, AROUND);
    const first = payload.nodes.find((node) => node.id === view.focus[0]);
    return { payload, scope: { kind: 'focus', label: first?.label ?? view.focus[0] ?? 'Neighbourhood' } };
  }
  if (view.cluster !== undefined) {
    const details = await client.cluster(view.cluster);
    rememberPath(details.path ?? []);
    return {
      payload: details.graph,
      scope: { kind: 'cluster', label: details.label, clusterId: details.id, path: details.path ?? [] },
    };
  }
  const theme = view.themes[view.themes.length - 1];
  const clusters = await loadSummaries(client, theme);
  const path = clusters.path ?? [];
  const label = theme === undefined ? 'All clusters' : (path[path.length - 1]?.label ?? 'Theme');
  const themes = clusters.clusters.some((cluster) => cluster.level !== undefined);
  return { payload: clusterMapPayload(clusters), scope: { kind: 'overview', label, path, themes } };
}

/** Loads a map (the top level, or a theme's children) and remembers its summaries for the breadcrumbs. */
async function loadSummaries(client: Api, theme?: string): Promise<ClustersResponse> {
  const clusters = theme === undefined ? await client.clusters() : await client.clusters(theme);
  clusterSummaries.set((known) => {
    const next = new Map(known);
    for (const cluster of clusters.clusters) next.set(cluster.id, cluster);
    return next;
  });
  rememberPath(clusters.path ?? []);
  return clusters;
}

/** Themes on a path, named for the breadcrumbs even when their map was never loaded (a shared link). */
function rememberPath(path: readonly ThemeRef[]): void {
  if (path.every((theme) => clusterSummaries.get().has(theme.id))) return;
  clusterSummaries.set((known) => {
    const next = new Map(known);
    for (const theme of path) {
      if (!next.has(theme.id)) next.set(theme.id, { ...theme, size: 0, top: [] });
    }
    return next;
  });
}

const isExtension = (previous: string[], next: string[]) =>
  previous.length <= next.length && previous.every((id, index) => next[index] === id);

/** Brings the atlas graph in line with the view; a no-op when the view shows the same graph. */
export async function syncAtlas(view: ViewState, client: Api = api): Promise<void> {
  const key = scopeKey(view);
  const current = loaded;
  if (current && current.scopeKey === key && isExtension(current.expanded, view.expanded)) {
    const fresh = view.expanded.slice(current.expanded.length);
    if (fresh.length === 0) return;
    loaded = { scopeKey: key, expanded: view.expanded };
    await expandInPlace(fresh, client);
    return;
  }
  reloading = reload(view, key, client);
  await reloading;
}

async function reload(view: ViewState, key: string, client: Api): Promise<void> {
  const mine = ++generation;
  loaded = { scopeKey: key, expanded: view.expanded };
  atlasStatus.set((status) => ({ ...status, state: 'loading', error: undefined }));
  try {
    const { payload, scope } = await loadScope(view, client);
    const expansions = view.expanded.length ? await neighborhoodOf(client, view.expanded, AROUND) : undefined;
    if (mine !== generation) return;
    layoutOwner.kill();
    replaceGraph(atlasGraph, payload);
    if (expansions) mergeGraph(atlasGraph, expansions);
    atlasStatus.set((status) => ({
      state: 'ready',
      scope,
      truncated: payload.truncated || Boolean(expansions?.truncated),
      limit: payload.limit,
      version: status.version + 1,
      loads: status.loads + 1,
    }));
    // The grouped first layout stays: ForceAtlas2 runs only when asked (Run layout), so it never undoes it.
  } catch (error) {
    if (mine !== generation) return;
    loaded = undefined;
    reportFailure(error);
    atlasStatus.set((status) => ({ ...status, state: 'error', error: error as Error }));
  }
}

async function expandInPlace(nodeIds: string[], client: Api): Promise<void> {
  const mine = generation;
  try {
    const payload = await neighborhoodOf(client, nodeIds, AROUND);
    await reloading;
    if (mine !== generation || atlasStatus.get().state !== 'ready') return;
    const added = mergeGraph(atlasGraph, payload);
    atlasStatus.set((status) => ({
      ...status,
      truncated: status.truncated || payload.truncated,
      version: status.version + 1,
    }));
    // New nodes sit next to the node they hang from; a running layout restarts with them.
    if (added.length > 0) {
      const running = layoutOwner.running.get();
      layoutOwner.reset();
      if (running) layoutOwner.start();
    }
  } catch (error) {
    if (mine !== generation) return;
    reportFailure(error);
    atlasStatus.set((status) => ({ ...status, error: error as Error }));
  }
}

/** Forget what is loaded (after an outage), so the next sync fetches again. */
export function invalidateAtlas(): void {
  loaded = undefined;
}
