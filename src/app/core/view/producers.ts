/**
 * Pure producers: (view, argument) → next view. Actions compose them; tests call them directly.
 */
import type { NodeKind } from '../../../model/api';
import { DEFAULT_FILTERS, type Filters, type PanelName, type ViewState } from './state';

const without = (items: string[], item: string) => items.filter((other) => other !== item);
const withItem = (items: string[], item: string) => (items.includes(item) ? items : [...items, item]);

export function showOverview(view: ViewState): ViewState {
  return {
    ...view,
    panel: 'atlas',
    themes: [],
    cluster: undefined,
    focus: [],
    expanded: [],
    hidden: [],
    selected: undefined,
  };
}

/** The map of one theme's children; `themes` is the path to it, top level first ([]: the top level). */
export function openThemes(view: ViewState, themes: string[]): ViewState {
  return { ...showOverview(view), themes };
}

/** A cluster's subgraph; `themes`: the path it was reached by, kept for the breadcrumbs. */
export function openCluster(view: ViewState, cluster: string, themes: string[] = []): ViewState {
  return { ...showOverview(view), themes, cluster };
}

/** Show the neighbourhood of nodes that are not in the current graph (a search hit, a link in the panel). */
export function focusOn(view: ViewState, nodeIds: string[], selected?: string): ViewState {
  return { ...view, panel: 'atlas', focus: nodeIds, expanded: [], hidden: [], selected };
}

export function select(view: ViewState, nodeId: string | undefined): ViewState {
  return { ...view, selected: nodeId };
}

export function expand(view: ViewState, nodeId: string): ViewState {
  return { ...view, expanded: withItem(view.expanded, nodeId), hidden: without(view.hidden, nodeId) };
}

export function hide(view: ViewState, nodeId: string): ViewState {
  return {
    ...view,
    hidden: withItem(view.hidden, nodeId),
    selected: view.selected === nodeId ? undefined : view.selected,
  };
}

export function unhideAll(view: ViewState): ViewState {
  return { ...view, hidden: [] };
}

export function toggleKind(view: ViewState, kind: NodeKind): ViewState {
  const hiddenKinds = view.filters.hiddenKinds.includes(kind)
    ? view.filters.hiddenKinds.filter((other) => other !== kind)
    : [...view.filters.hiddenKinds, kind];
  return { ...view, filters: { ...view.filters, hiddenKinds } };
}

export function setFilters(view: ViewState, patch: Partial<Filters>): ViewState {
  return { ...view, filters: { ...view.filters, ...patch } };
}

export function resetFilters(view: ViewState): ViewState {
  return { ...view, filters: DEFAULT_FILTERS, hidden: [] };
}

export function showPanel(view: ViewState, panel: PanelName): ViewState {
  return { ...view, panel };
}

export function setQuery(view: ViewState, query: string, params?: string): ViewState {
  return { ...view, panel: 'cypher', query: query || undefined, params: params?.trim() ? params : undefined };
}
