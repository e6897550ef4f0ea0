// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { GraphPayload, PayloadNode } from '../../src/model/api';
import {
  clusterMapPayload,
  createAtlasGraph,
  mergeGraph,
  replaceGraph,
  shortClusterLabel,
} from '../../src/app/core/atlas/graph';
import { nodeSize } from '../../src/app/core/atlas/style';
import { LAYOUTS } from '../../src/app/core/layout/registry';
import {
  inYears,
  isVisible,
  yearRange,
  yearSpan,
  type VisibilityRules,
} from '../../src/app/core/atlas/visibility';
import { toGexf, toJson, visibleGraph } from '../../src/app/core/export/graph-export';

const node = (
  id: string,
  kind: PayloadNode['kind'],
  size = 1,
  extra: Partial<PayloadNode> = {},
): PayloadNode => ({
  id,
  kind,
  label: id,
  size,
  ...extra,
});

const payload: GraphPayload = {
  nodes: [
    node('method:daformer', 'Method', 6, { cluster: '1' }),
    node('dataset:cityscape', 'Dataset', 14, { cluster: '1' }),
    node('paper:p1', 'Paper', 1, { cluster: '1', year: 2022 }),
    node('paper:p2', 'Paper', 1, { cluster: '1', year: 2018 }),
  ],
  edges: [
    { id: 'e1', source: 'paper:p1', target: 'method:daformer', type: 'PROPOSES' },
    { id: 'e2', source: 'paper:p1', target: 'dataset:cityscape', type: 'EVALUATES_ON' },
    { id: 'e3', source: 'paper:p2', target: 'dataset:cityscape', type: 'EVALUATES_ON' },
    { id: 'dangling', source: 'paper:p2', target: 'method:missing', type: 'USES' },
  ],
  truncated: false,
};

describe('atlas graph', () => {
  it('replaces the content, lays every node out and skips edges to missing nodes', () => {
    const graph = createAtlasGraph();
    replaceGraph(graph, payload, '#ccc');
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    graph.forEachNode((_id, attributes) => {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
    });
    const positions = new Set(graph.mapNodes((_id, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`));
    expect(positions.size).toBe(4);
    expect(graph.getEdgeAttribute('e1', 'relation')).toBe('PROPOSES');
    expect(graph.getNodeAttributes('method:daformer')).toMatchObject({
      kind: 'Method',
      count: 6,
      size: nodeSize('Method', 6),
    });
  });

  it("leaves atlas edges uncoloured, so they take the theme's default edge colour (and follow a theme switch)", () => {
    const graph = createAtlasGraph();
    replaceGraph(graph, payload);
    mergeGraph(graph, payload);
    graph.forEachEdge((_edge, attributes) => expect(attributes).not.toHaveProperty('color'));
    replaceGraph(graph, payload, '#ccc');
    graph.forEachEdge((_edge, attributes) => expect(attributes.color).toBe('#ccc'));
  });

  it('merges an expansion in place: old nodes keep their positions, new ones sit by their anchor', () => {
    const graph = createAtlasGraph();
    replaceGraph(graph, payload, '#ccc');
    const before = graph.getNodeAttributes('method:daformer');
    const added = mergeGraph(
      graph,
      {
        nodes: [node('method:daformer', 'Method', 6), node('method:hrda', 'Method', 4)],
        edges: [{ id: 'l1', source: 'method:hrda', target: 'method:daformer', type: 'EXTENDS' }],
        truncated: false,
      },
      '#ccc',
    );
    expect(added).toEqual(['method:hrda']);
    expect(graph.getNodeAttributes('method:daformer')).toMatchObject({ x: before.x, y: before.y });
    const hrda = graph.getNodeAttributes('method:hrda');
    expect(Math.hypot(hrda.x - before.x, hrda.y - before.y)).toBeLessThan(80);
    expect(graph.hasEdge('l1')).toBe(true);
  });

  it('settles a small result graph with ForceAtlas2 at once: finite, spread positions', () => {
    const graph = createAtlasGraph();
    replaceGraph(graph, payload, '#ccc');
    LAYOUTS.settled.assign(graph);
    const positions = graph.mapNodes((_id, a) => [a.x, a.y]);
    expect(positions.flat().every(Number.isFinite)).toBe(true);
    expect(new Set(positions.map(([x, y]) => `${x?.toFixed(2)},${y?.toFixed(2)}`)).size).toBe(graph.order);
  });

  it('draws the overview from cluster summaries, ignoring links to unknown clusters', () => {
    const map = clusterMapPayload({
      clusters: [
        {
          id: '1',
          label: '',
          size: 12,
          top: [
            { key: 'method:a', name: 'A', type: 'Method' },
            { key: 'task:b', name: 'B', type: 'Task' },
          ],
        },
        { id: '2', label: 'Detection', size: 5, top: [] },
      ],
      links: [
        { source: '1', target: '2', weight: 0.5 },
        { source: '1', target: '9', weight: 0.5 },
      ],
    });
    expect(map.nodes.map((n) => [n.id, n.label, n.size])).toEqual([
      ['cluster:1', 'A · B', 12],
      ['cluster:2', 'Detection', 5],
    ]);
    expect(map.edges).toHaveLength(1);
  });

  it('gives overview nodes their years, so a cluster or theme with no paper in a range lies outside it', () => {
    const overview = createAtlasGraph();
    replaceGraph(
      overview,
      clusterMapPayload({
        clusters: [
          { id: 't1:task:a', label: 'A', size: 9, top: [], level: 1, children: 2, years: [2020, 2021] },
          { id: 'method:b', label: 'B', size: 3, top: [], years: [2024] },
          { id: 'method:c', label: 'C', size: 2, top: [] },
        ],
        links: [],
      }),
      '#ccc',
    );
    const inside = (from: number, to: number) =>
      overview.filterNodes((_id, attributes) => inYears(attributes, { from, to })).sort();
    expect(inside(2020, 2020)).toEqual(['cluster:method:c', 'cluster:t1:task:a']);
    expect(inside(2023, 2025)).toEqual(['cluster:method:b', 'cluster:method:c']);
    expect(inside(2000, 2030)).toHaveLength(3);
  });

  it.each([
    ['Domain adaptation · Cityscapes · GTA5', 'Domain adaptation · Cityscapes'],
    ['BERT', 'BERT'],
    [
      'a very long first concept name indeed · and another long one',
      'a very long first concept name indeed · a…',
    ],
  ])('shortens the cluster label %j on the canvas', (label, expected) => {
    expect(shortClusterLabel(label)).toBe(expected);
  });

  it('sizes grow with paper count and stay bounded', () => {
    expect(nodeSize('Method', 1)).toBe(4);
    expect(nodeSize('Method', 25)).toBeCloseTo(12.8);
    expect(nodeSize('Method', 10_000)).toBe(24);
    expect(nodeSize('Paper', 50)).toBe(3);
  });
});

describe('visibility', () => {
  const graph = createAtlasGraph();
  replaceGraph(graph, payload, '#ccc');
  const rules = (patch: Partial<VisibilityRules['filters']>, hidden: string[] = []): VisibilityRules => ({
    filters: { hiddenKinds: [], minPapers: 0, ...patch },
    hidden: new Set(hidden),
  });
  const visible = (r: VisibilityRules) =>
    graph.filterNodes((id, attributes) => isVisible(id, attributes, r)).sort();

  it.each<[string, VisibilityRules, string[]]>([
    ['no filter', rules({}), ['dataset:cityscape', 'method:daformer', 'paper:p1', 'paper:p2']],
    ['papers hidden', rules({ hiddenKinds: ['Paper'] }), ['dataset:cityscape', 'method:daformer']],
    // A year range fades what lies outside it (inYears below); it hides nothing.
    [
      'years 2020–',
      rules({ yearMin: 2020 }),
      ['dataset:cityscape', 'method:daformer', 'paper:p1', 'paper:p2'],
    ],
    ['at least 10 papers', rules({ minPapers: 10 }), ['dataset:cityscape', 'paper:p1', 'paper:p2']],
    ['one hidden', rules({}, ['paper:p1']), ['dataset:cityscape', 'method:daformer', 'paper:p2']],
  ])('%s', (_name, r, expected) => {
    expect(visible(r)).toEqual(expected);
  });

  it('puts papers and concepts outside a year range by their years; what has none is never outside', () => {
    const dated = createAtlasGraph();
    replaceGraph(
      dated,
      {
        nodes: [
          node('paper:dated', 'Paper', 1, { year: 2010 }),
          node('paper:undated', 'Paper'),
          node('method:old', 'Method', 2, { years: [2008, 2010] }),
          node('method:gap', 'Method', 2, { years: [2012, 2021] }),
          node('method:new', 'Method', 1, { years: [2018] }),
          node('method:unknown', 'Method'),
        ],
        edges: [],
        truncated: false,
      },
      '#ccc',
    );
    const inside = (filters: Partial<VisibilityRules['filters']>) =>
      dated.filterNodes((_id, attributes) => inYears(attributes, yearRange(rules(filters).filters))).sort();
    expect(inside({ yearMin: 2015, yearMax: 2020 })).toEqual([
      'method:new',
      'method:unknown',
      'paper:undated',
    ]);
    expect(inside({ yearMax: 2010 })).toEqual([
      'method:old',
      'method:unknown',
      'paper:dated',
      'paper:undated',
    ]);
    expect(inside({ yearMin: 2021 })).toEqual(['method:gap', 'method:unknown', 'paper:undated']);
    // No range, or a reversed one (refused): nothing is outside.
    expect(inside({})).toHaveLength(6);
    expect(inside({ yearMin: 2020, yearMax: 2010 })).toHaveLength(6);
    // Nothing is hidden by a range.
    expect(
      dated.filterNodes((id, attributes) => isVisible(id, attributes, rules({ yearMin: 2015 }))),
    ).toHaveLength(6);
  });

  it('writes no cluster or year attribute in GEXF for a node without one', () => {
    const mixed = createAtlasGraph();
    replaceGraph(
      mixed,
      {
        nodes: [node('method:clustered', 'Method', 2, { cluster: '7' }), node('method:loose', 'Method')],
        edges: [],
        truncated: false,
      },
      '#ccc',
    );
    expect(mixed.getNodeAttribute('method:loose', 'cluster')).toBeUndefined();
    const gexf = toGexf(mixed);
    const nodeXml = (id: string) => gexf.match(new RegExp(`<node id="${id}"[\\s\\S]*?</node>`))?.[0] ?? '';
    const clusterField = gexf.match(/<attribute id="([^"]+)" title="cluster"/)?.[1];
    expect(clusterField).toBeDefined();
    expect(nodeXml('method:clustered')).toContain(`for="${clusterField}" value="7"`);
    expect(nodeXml('method:loose')).not.toContain(`for="${clusterField}"`);
    expect(gexf).not.toContain('value="none"');
  });

  it('reports the year span of the papers', () => {
    expect(yearSpan(graph.mapNodes((_id, a) => a.year))).toEqual({ min: 2018, max: 2022 });
    expect(yearSpan([undefined])).toBeUndefined();
  });

  it('exports only the visible graph, as GEXF with positions and as JSON', () => {
    const shown = visibleGraph(graph, rules({ hiddenKinds: ['Paper'] }));
    expect(shown.order).toBe(2);
    expect(shown.size).toBe(0);
    const gexf = toGexf(visibleGraph(graph, rules({})));
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('label="method:daformer"');
    expect(gexf).toMatch(/<viz:position x="[-\d.e]+" y="[-\d.e]+"/);
    expect(gexf.match(/<edge /g)).toHaveLength(3);
    const json = JSON.parse(toJson(shown)) as { nodes: Array<{ key: string }> };
    expect(json.nodes.map((n) => n.key).sort()).toEqual(['dataset:cityscape', 'method:daformer']);
  });
});
