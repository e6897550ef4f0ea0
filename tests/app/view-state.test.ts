import { describe, expect, it } from 'vitest';
import * as produce from '../../src/app/core/view/producers';
import { INITIAL_VIEW, parseView, serializeView, type ViewState } from '../../src/app/core/view/state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, ...patch });

describe('the view in the URL', () => {
  it.each<[string, ViewState]>([
    ['', INITIAL_VIEW],
    ['?cluster=4', view({ cluster: '4' })],
    ['?theme=t2%3Atask%3Aa&theme=t1%3Atask%3Ab%2C+c', view({ themes: ['t2:task:a', 't1:task:b, c'] })],
    ['?theme=t1%3Atask%3Ab&cluster=method%3Ax', view({ themes: ['t1:task:b'], cluster: 'method:x' })],
    ['?cluster=4&sel=method%3Adaformer', view({ cluster: '4', selected: 'method:daformer' })],
    ['?sel=method%3Abert&tree=method%3Abert', view({ selected: 'method:bert', tree: 'method:bert' })],
    [
      '?focus=method%3Adaformer&expand=dataset%3Acityscape',
      view({ focus: ['method:daformer'], expanded: ['dataset:cityscape'] }),
    ],
    ['?hide=paper%3A1%2Cpaper%3A2', view({ hidden: ['paper:1', 'paper:2'] })],
    [
      '?hide-types=Paper%2CMetric&years=2019-2022&min=3',
      view({ filters: { hiddenKinds: ['Paper', 'Metric'], yearMin: 2019, yearMax: 2022, minPapers: 3 } }),
    ],
    ['?years=2020-', view({ filters: { hiddenKinds: [], yearMin: 2020, minPapers: 0 } })],
    [
      '?view=cypher&q=MATCH+%28n%29+RETURN+n&params=%7B%22a%22%3A1%7D',
      view({ panel: 'cypher', query: 'MATCH (n) RETURN n', params: '{"a":1}' }),
    ],
  ])('%s round-trips', (search, expected) => {
    expect(parseView(search)).toEqual(expected);
    expect(parseView(serializeView(expected))).toEqual(expected);
  });

  it('ignores what it does not understand instead of failing', () => {
    expect(parseView('?hide-types=Banana,Method&min=-4&years=x-y&view=nope')).toEqual(
      view({ filters: { hiddenKinds: ['Method'], minPapers: 0 } }),
    );
  });

  it('writes nothing for the default view', () => {
    expect(serializeView(INITIAL_VIEW)).toBe('');
  });
});

describe('view producers', () => {
  const busy = view({
    cluster: '2',
    expanded: ['method:a'],
    hidden: ['paper:1'],
    selected: 'method:a',
    filters: { hiddenKinds: ['Paper'], minPapers: 2 },
  });

  it('opening a cluster starts a fresh drill-down but keeps the filters', () => {
    const next = produce.openCluster(busy, '5');
    expect(next).toMatchObject({ cluster: '5', expanded: [], hidden: [], selected: undefined });
    expect(next.filters).toEqual(busy.filters);
  });

  it('hiding the selected node closes its details', () => {
    expect(produce.hide(busy, 'method:a')).toMatchObject({
      hidden: ['paper:1', 'method:a'],
      selected: undefined,
    });
    expect(produce.hide(busy, 'paper:1').hidden).toEqual(['paper:1']);
  });

  it('expanding a hidden node shows it again, once', () => {
    const next = produce.expand(produce.expand(busy, 'paper:1'), 'paper:1');
    expect(next.expanded).toEqual(['method:a', 'paper:1']);
    expect(next.hidden).toEqual([]);
  });

  it('toggles a kind in and out of the type filter', () => {
    expect(produce.toggleKind(busy, 'Paper').filters.hiddenKinds).toEqual([]);
    expect(produce.toggleKind(busy, 'Task').filters.hiddenKinds).toEqual(['Paper', 'Task']);
  });

  it('focusing on a node outside the graph selects it in a neighbourhood view', () => {
    expect(produce.focusOn(busy, ['task:x'], 'task:x')).toMatchObject({
      panel: 'atlas',
      focus: ['task:x'],
      selected: 'task:x',
      expanded: [],
    });
  });

  it('a run query switches to the console and drops empty parameters', () => {
    expect(produce.setQuery(busy, 'RETURN 1', '  ')).toMatchObject({
      panel: 'cypher',
      query: 'RETURN 1',
      params: undefined,
    });
  });
});

describe('the theme levels', () => {
  it('opens a theme one level down from where the map is, and a cluster keeps the path it was reached by', () => {
    const top = view({ selected: 'cluster:t1:task:a', expanded: ['x'] });
    const opened = produce.openThemes(top, ['t2:task:a', 't1:task:b']);
    expect(opened).toEqual(view({ themes: ['t2:task:a', 't1:task:b'] }));
    const cluster = produce.openCluster(opened, 'method:x', opened.themes);
    expect(cluster).toEqual(view({ themes: ['t2:task:a', 't1:task:b'], cluster: 'method:x' }));
    // Back to the top: no theme, no cluster.
    expect(produce.showOverview(cluster)).toEqual(INITIAL_VIEW);
    // A cluster opened from elsewhere (a search hit) has no path of its own.
    expect(produce.openCluster(cluster, 'method:y').themes).toEqual([]);
  });
});
