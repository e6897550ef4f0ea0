import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchResponse } from '../../src/model/api';
import { createSearch, suggestionsOpen } from '../../src/app/core/search/search';

const hit = (label: string, kind: SearchHit['kind'] = 'Method'): SearchHit => ({
  id: `${kind.toLowerCase()}:${label.toLowerCase()}`,
  kind,
  label,
  key: `${kind.toLowerCase()}:${label.toLowerCase()}`,
  score: 1,
});

describe('search producer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (answer: (query: string) => Promise<SearchResponse>) => {
    const queries: string[] = [];
    const revealed: SearchHit[] = [];
    const search = createSearch({
      search: (query) => {
        queries.push(query);
        return answer(query);
      },
      reveal: (chosen) => revealed.push(chosen),
      reportFailure: () => undefined,
    });
    return { search, queries, revealed };
  };

  it('searches what was typed after the pause, once, and opens the suggestions on the answer', async () => {
    const { search, queries } = setup(async (query) => ({ query, hits: [hit('DAFormer'), hit('HRDA')] }));
    search.type('d');
    search.type('da');
    search.type('dafor');
    expect(queries).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(queries).toEqual(['dafor']);
    const state = search.store.get();
    expect(state.hits.map((found) => found.label)).toEqual(['DAFormer', 'HRDA']);
    expect(state.listbox).toEqual({ open: true, active: 0 });
    expect(suggestionsOpen(state)).toBe(true);
  });

  it('drops an answer for text that has changed since', async () => {
    let resolve: (response: SearchResponse) => void = () => undefined;
    const { search } = setup(() => new Promise((done) => (resolve = done)));
    search.type('dafor');
    await vi.advanceTimersByTimeAsync(150);
    search.type('x');
    resolve({ query: 'dafor', hits: [hit('DAFormer')] });
    await vi.advanceTimersByTimeAsync(0);
    expect(search.store.get().hits).toEqual([]);
    expect(suggestionsOpen(search.store.get())).toBe(false);
  });

  it('moves with the keys, chooses with Enter, and does not search for the chosen label', async () => {
    const { search, queries, revealed } = setup(async (query) => ({
      query,
      hits: [hit('DAFormer'), hit('Segmentation', 'Cluster')],
    }));
    search.type('seg');
    await vi.advanceTimersByTimeAsync(150);
    expect(search.key('ArrowDown')).toBe('moved');
    expect(search.store.get().listbox.active).toBe(1);
    expect(search.key('a')).toBe('none');
    expect(search.key('Enter')).toBe('chose');
    expect(revealed.map((chosen) => chosen.label)).toEqual(['Segmentation']);
    await vi.advanceTimersByTimeAsync(500);
    expect(queries).toEqual(['seg']);
    expect(search.store.get()).toMatchObject({ text: 'Segmentation', hits: [], status: 'idle' });
    expect(search.key('Escape')).toBe('blur');
  });
});
