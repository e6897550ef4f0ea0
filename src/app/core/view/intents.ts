/**
 * What a person can ask for, in words the views use (open a cluster, select, expand, hide...), each a
 * navigation with the right history behaviour.
 */
import type { NodeKind } from '../../../model/api';
import { clusterNodeId, isThemeId } from '../../../model/keys';
import { atlasGraph } from '../atlas/store';
import { navigate, viewStore } from './actions';
import * as produce from './producers';
import type { Filters, PanelName } from './state';

export const intents = {
  overview: () => navigate(produce.showOverview),
  /** A cluster's subgraph; `themes`, the path of themes it was reached by, if any, top level first. */
  openCluster: (clusterId: string, themes: string[] = []) =>
    navigate((view) => produce.openCluster(view, clusterId, themes)),
  /** A step of the breadcrumbs: the map of the last of these themes (top level first). */
  openThemes: (themes: string[]) => navigate((view) => produce.openThemes(view, themes)),
  /**
   * A node clicked on the map: a theme opens the map of its children, one level down; a cluster drills into
   * its concepts with its details (label, top concepts, papers) open.
   */
  enterCluster: (clusterId: string) =>
    navigate((view) =>
      isThemeId(clusterId)
        ? produce.openThemes(view, [...view.themes, clusterId])
        : produce.select(produce.openCluster(view, clusterId, view.themes), clusterNodeId(clusterId)),
    ),
  /** A theme or cluster of the top level, from outside the map: opened as if clicked on the overview. */
  openTopLevel: (id: string) =>
    navigate((view) =>
      isThemeId(id)
        ? produce.openThemes(view, [id])
        : produce.select(produce.openCluster(view, id), clusterNodeId(id)),
    ),
  select: (nodeId: string | undefined) => navigate((view) => produce.select(view, nodeId)),
  /** Select a node wherever it is: in the graph on screen, else show its neighbourhood. */
  reveal: (nodeId: string) => {
    const view = viewStore.get();
    if (view.panel === 'atlas' && atlasGraph.hasNode(nodeId))
      navigate((current) => produce.select(current, nodeId));
    else navigate((current) => produce.focusOn(current, [nodeId], nodeId));
  },
  expand: (nodeId: string) => {
    if (viewStore.get().panel !== 'atlas' || !atlasGraph.hasNode(nodeId)) {
      navigate((view) => produce.focusOn(view, [nodeId], nodeId));
      return;
    }
    navigate((view) => produce.expand(view, nodeId));
  },
  hide: (nodeId: string) => navigate((view) => produce.hide(view, nodeId), { replace: true }),
  unhideAll: () => navigate(produce.unhideAll, { replace: true }),
  toggleKind: (kind: NodeKind) => navigate((view) => produce.toggleKind(view, kind), { replace: true }),
  setFilters: (patch: Partial<Filters>) =>
    navigate((view) => produce.setFilters(view, patch), { replace: true }),
  resetFilters: () => navigate(produce.resetFilters, { replace: true }),
  showPanel: (panel: PanelName) => navigate((view) => produce.showPanel(view, panel)),
  closeDetails: () => navigate((view) => produce.select(view, undefined)),
  setQuery: (query: string, params?: string) => navigate((view) => produce.setQuery(view, query, params)),
};
