/**
 * The view a person is looking at, as plain data, and its round trip through the URL: everything that
 * makes a view (panel, theme path, cluster, focus, expansions, selection, family tree, filters, hidden nodes, query) is in it, so a
 * link reproduces the view.
 */
import { CONCEPT_TYPES } from '../../../model/concepts';
import type { NodeKind } from '../../../model/api';

export type PanelName = 'atlas' | 'cypher' | 'trends';

const PANEL_NAMES: readonly PanelName[] = ['atlas', 'cypher', 'trends'];

export const FILTERABLE_KINDS: readonly NodeKind[] = ['Paper', ...CONCEPT_TYPES];

export interface Filters {
  /** Kinds hidden by the type filter (empty: all shown). */
  hiddenKinds: NodeKind[];
  yearMin?: number;
  yearMax?: number;
  /** Concepts mentioned by fewer papers are hidden. */
  minPapers: number;
}

export interface ViewState {
  panel: PanelName;
  /** The opened themes, top level first (each a child of the one before); none: the top level. */
  themes: string[];
  /** Drilled-into cluster id; none: the overview map (or a focus). */
  cluster?: string;
  /** Node ids whose neighbourhood is the graph (a search result outside the current graph). */
  focus: string[];
  /** Node ids whose neighbours were added in place. */
  expanded: string[];
  hidden: string[];
  selected?: string;
  /** The method whose family tree is open. */
  tree?: string;
  filters: Filters;
  /** The Cypher console's last run query and its parameters (JSON text). */
  query?: string;
  params?: string;
}

export const DEFAULT_FILTERS: Filters = { hiddenKinds: [], minPapers: 0 };

export const INITIAL_VIEW: ViewState = {
  panel: 'atlas',
  themes: [],
  focus: [],
  expanded: [],
  hidden: [],
  filters: DEFAULT_FILTERS,
};

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

function integer(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) ? parsed : undefined;
}

const isKind = (value: string): value is NodeKind => (FILTERABLE_KINDS as readonly string[]).includes(value);

/**
 * @example
 * parseView('?cluster=4&sel=method%3Adaformer&years=2019-2022'); // { cluster: '4', selected: 'method:daformer', ... }
 */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const [yearMin, yearMax] = (params.get('years') ?? '').split('-');
  const filters: Filters = {
    hiddenKinds: list(params.get('hide-types')).filter(isKind),
    minPapers: Math.max(0, integer(params.get('min')) ?? 0),
  };
  const from = integer(yearMin);
  const to = integer(yearMax);
  if (from !== undefined) filters.yearMin = from;
  if (to !== undefined) filters.yearMax = to;
  const view: ViewState = {
    panel: PANEL_NAMES.find((name) => name === params.get('view')) ?? 'atlas',
    themes: params.getAll('theme').filter(Boolean),
    focus: list(params.get('focus')),
    expanded: list(params.get('expand')),
    hidden: list(params.get('hide')),
    filters,
  };
  const cluster = params.get('cluster');
  if (cluster) view.cluster = cluster;
  const selected = params.get('sel');
  if (selected) view.selected = selected;
  const tree = params.get('tree');
  if (tree) view.tree = tree;
  const queryText = params.get('q');
  if (queryText) view.query = queryText;
  const paramText = params.get('params');
  if (paramText) view.params = paramText;
  return view;
}

/** The inverse of `parseView`: only what differs from the defaults, in a stable order. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.panel !== 'atlas') params.set('view', view.panel);
  // One `theme` per level, top first: theme ids are concept keys, which may hold commas.
  for (const theme of view.themes) params.append('theme', theme);
  if (view.cluster) params.set('cluster', view.cluster);
  if (view.focus.length) params.set('focus', view.focus.join(','));
  if (view.expanded.length) params.set('expand', view.expanded.join(','));
  if (view.selected) params.set('sel', view.selected);
  if (view.tree) params.set('tree', view.tree);
  if (view.hidden.length) params.set('hide', view.hidden.join(','));
  const { hiddenKinds, yearMin, yearMax, minPapers } = view.filters;
  if (hiddenKinds.length) params.set('hide-types', hiddenKinds.join(','));
  if (yearMin !== undefined || yearMax !== undefined)
    params.set('years', `${yearMin ?? ''}-${yearMax ?? ''}`);
  if (minPapers > 0) params.set('min', String(minPapers));
  if (view.query) params.set('q', view.query);
  if (view.params) params.set('params', view.params);
  const text = params.toString();
  return text ? `?${text}` : '';
}
