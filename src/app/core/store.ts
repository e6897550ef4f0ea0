/**
 * The smallest state container the app needs: a value, `set` with a producer, and subscribers. React
 * reads it through `useStore` (bindings), everything else through `get`/`subscribe`.
 *
 * @example
 * const counter = createStore(0);
 * counter.set((n) => n + 1);
 */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const produced = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(produced, value)) return;
      value = produced;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** React binding: re-renders when the selected slice changes (compare with `Object.is`). */
export function useStore<T, S = T>(
  store: Store<T>,
  select: (value: T) => S = (value) => value as unknown as S,
): S {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}

/** The async status every loaded resource goes through. */
export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: Error };
