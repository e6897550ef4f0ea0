/**
 * The search box's state and what changes it: typing searches (after a pause, only what the user typed, the
 * newest answer only), the keys move in the suggestions, choosing one reveals it. SearchBox renders the state
 * and forwards its events here.
 *
 * @example
 * const search = createSearch();
 * search.type('dafor'); // 150 ms later: GET /api/search?q=dafor&limit=8
 * search.store.get().hits;
 */
import type { SearchHit, SearchResponse } from '../../../model/api';
import { api } from '../../api/client';
import { reportFailure } from '../health/actions';
import { createStore, type Store } from '../store';
import { intents } from '../view/intents';
import { moveActive, type ListboxKey, type ListboxState } from './listbox';

export interface SearchState {
  text: string;
  hits: SearchHit[];
  listbox: ListboxState;
  status: 'idle' | 'searching' | 'error';
}

export interface SearchDependencies {
  search: (query: string) => Promise<SearchResponse>;
  /** A hit was chosen: a cluster opens as on the map (drilled into, its details shown), anything else is revealed. */
  reveal: (hit: SearchHit) => void;
  reportFailure: (error: unknown) => void;
  /** Pause after the last keystroke before searching. */
  delayMs: number;
}

const DEFAULTS: SearchDependencies = {
  search: (query) => api.search(query, { limit: 8 }),
  reveal: (hit) => (hit.kind === 'Cluster' ? intents.enterCluster(hit.key) : intents.reveal(hit.id)),
  reportFailure,
  delayMs: 150,
};

const LISTBOX_KEYS = new Set<string>(['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape']);
const CLOSED: ListboxState = { open: false, active: -1 };

/** What a key did: chose a hit, moved in the list, asks the box to let go of the focus, or nothing. */
export type KeyEffect = 'chose' | 'moved' | 'blur' | 'none';

export interface Search {
  store: Store<SearchState>;
  /** The user typed: the box shows `text`, and a search for it runs after the pause (two characters at least). */
  type(text: string): void;
  key(key: string): KeyEffect;
  choose(hit: SearchHit | undefined): void;
  /** The pointer is on the `index`-th suggestion. */
  point(index: number): void;
  focus(): void;
  blur(): void;
  dispose(): void;
}

/** Whether the suggestions show. */
export const suggestionsOpen = (state: SearchState): boolean =>
  state.listbox.open && state.text.trim().length >= 2;

export function createSearch(dependencies: Partial<SearchDependencies> = {}): Search {
  const { search, reveal, reportFailure: report, delayMs } = { ...DEFAULTS, ...dependencies };
  const store = createStore<SearchState>({ text: '', hits: [], listbox: CLOSED, status: 'idle' });
  const update = (patch: Partial<SearchState>) => store.set((state) => ({ ...state, ...patch }));
  // Every change of the text starts a new sequence: an answer for an older one is dropped.
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    reveal(hit);
    // Closed until the user types again: no search for the label, no answer in flight reopens the list,
    // and focusing the box again shows nothing.
    clearTimeout(timer);
    sequence += 1;
    update({ hits: [], status: 'idle', listbox: CLOSED, text: hit.label });
  };

  return {
    store,
    type(text) {
      clearTimeout(timer);
      const mine = ++sequence;
      const query = text.trim();
      update(query.length < 2 ? { text, hits: [], listbox: CLOSED } : { text });
      if (query.length < 2) return;
      timer = setTimeout(() => {
        update({ status: 'searching' });
        search(query)
          .then((response) => {
            if (mine !== sequence) return;
            update({
              hits: response.hits,
              listbox: { open: true, active: response.hits.length > 0 ? 0 : -1 },
              status: 'idle',
            });
          })
          .catch((error: unknown) => {
            if (mine !== sequence) return;
            report(error);
            update({ hits: [], status: 'error' });
          });
      }, delayMs);
    },
    key(key) {
      const { hits, listbox } = store.get();
      if (key === 'Enter') {
        choose(hits[listbox.active] ?? hits[0]);
        return 'chose';
      }
      if (!LISTBOX_KEYS.has(key)) return 'none';
      if (key === 'Escape' && !listbox.open) return 'blur';
      update({ listbox: moveActive(listbox, key as ListboxKey, hits.length) });
      return 'moved';
    },
    choose,
    point(index) {
      update({ listbox: { open: true, active: index } });
    },
    focus() {
      if (store.get().hits.length > 0) update({ listbox: { ...store.get().listbox, open: true } });
    },
    blur() {
      // Later, so a click on a suggestion lands first.
      setTimeout(() => update({ listbox: { ...store.get().listbox, open: false } }), 150);
    },
    dispose() {
      clearTimeout(timer);
      sequence += 1;
    },
  };
}
