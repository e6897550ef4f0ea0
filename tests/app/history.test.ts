// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bindHistory, navigate, viewStore } from '../../src/app/core/view/actions';
import * as produce from '../../src/app/core/view/producers';
import { intents } from '../../src/app/core/view/intents';

describe('browser history', () => {
  let unbind: () => void = () => {};
  afterEach(() => unbind());

  it('reads the view from the URL, pushes places, replaces adjustments, and follows Back', async () => {
    history.replaceState(null, '', '/?cluster=2');
    unbind = bindHistory();
    expect(viewStore.get().cluster).toBe('2');
    const start = history.length;

    navigate((view) => produce.select(view, 'method:daformer'));
    expect(location.search).toBe('?cluster=2&sel=method%3Adaformer');
    expect(history.length).toBe(start + 1);

    intents.setFilters({ minPapers: 3 });
    expect(location.search).toBe('?cluster=2&sel=method%3Adaformer&min=3');
    expect(history.length).toBe(start + 1);

    intents.openCluster('5');
    expect(viewStore.get()).toMatchObject({ cluster: '5', selected: undefined });

    const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    expect(viewStore.get()).toMatchObject({
      cluster: '2',
      selected: 'method:daformer',
      filters: { minPapers: 3 },
    });
  });
});
