// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bindHistory, navigate, viewStore } from '../../src/app/core/view/actions';
import * as produce from '../../src/app/core/view/producers';
import { intents } from '../../src/app/core/view/intents';
import {
  closeFamilyTree,
  familyTreeStore,
  hideFamilyTree,
  showFamilyTree,
  syncFamilyTree,
} from '../../src/app/core/time/family';
import type { Api } from '../../src/app/api/client';
import type { LineageResponse } from '../../src/model/api';

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

describe('the family tree in the history', () => {
  let unbind: () => void = () => {};
  afterEach(() => {
    unbind();
    closeFamilyTree();
  });

  const lineage = (key: string): LineageResponse => ({
    key,
    name: key,
    type: 'Method',
    corpusHasYears: false,
    depth: 2,
    limit: 40,
    truncated: false,
    nodes: [],
    edges: [],
  });
  const client = (asked: string[]): Api =>
    ({
      lineage: (key: string) => {
        asked.push(key);
        return Promise.resolve(lineage(key));
      },
    }) as unknown as Api;

  it('opens as a place of its own, closes on Back, and opens again from a link', async () => {
    const asked: string[] = [];
    history.replaceState(null, '', '/?sel=method%3Abert');
    unbind = bindHistory();
    const follow = viewStore.subscribe(() => syncFamilyTree(viewStore.get(), client(asked)));

    showFamilyTree('method:bert', client(asked));
    expect(location.search).toBe('?sel=method%3Abert&tree=method%3Abert');
    expect(familyTreeStore.get().key).toBe('method:bert');

    const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    expect(viewStore.get().tree).toBeUndefined();
    expect(familyTreeStore.get().key).toBeUndefined();

    history.replaceState(null, '', '/?tree=method%3Aelmo');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(familyTreeStore.get().key).toBe('method:elmo');
    hideFamilyTree();
    expect(location.search).toBe('');
    expect(familyTreeStore.get().key).toBeUndefined();
    expect(asked).toEqual(['method:bert', 'method:elmo']);
    follow();
  });
});
