/**
 * Changing the view: every change goes through `navigate`, which updates the store and the URL — a new
 * history entry for a new place (cluster, focus, selection, panel, run query), a replaced one for
 * adjustments (filters, hidden nodes), so Back walks through places, not slider moves.
 */
import { createStore } from '../store';
import { INITIAL_VIEW, parseView, serializeView, type ViewState } from './state';

export const viewStore = createStore<ViewState>(INITIAL_VIEW);

export function navigate(produce: (view: ViewState) => ViewState, options: { replace?: boolean } = {}): void {
  const next = produce(viewStore.get());
  if (next === viewStore.get()) return;
  const url = `${location.pathname}${serializeView(next)}${location.hash}`;
  const current = `${location.pathname}${location.search}${location.hash}`;
  if (url !== current) {
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  viewStore.set(next);
}

/** Reads the view from the URL now and on every Back/Forward; returns the unbinding. */
export function bindHistory(): () => void {
  viewStore.set(parseView(location.search));
  const onPopState = () => viewStore.set(parseView(location.search));
  addEventListener('popstate', onPopState);
  return () => removeEventListener('popstate', onPopState);
}
