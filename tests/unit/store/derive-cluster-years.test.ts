import { describe, expect, it } from 'vitest';
import { groupYears, yearsOf } from '../../../ingest/derive/cluster-years';
import { computeDerivedLayer, deriveSettings } from '../../../ingest/derive/layer';

const clusterOf = new Map([
  ['method:a', 'method:a'],
  ['dataset:x', 'method:a'],
  ['method:b', 'method:b'],
  ['metric:f1', 'method:b'],
  ['method:c', 'method:c'],
]);
const parentOf = new Map<string, string | null>([
  ['method:a', 't1:a'],
  ['method:b', 't1:a'],
  ['method:c', 't1:c'],
  ['t1:a', 't2:a'],
  ['t1:c', 't2:a'],
  ['t2:a', null],
]);

describe('groupYears', () => {
  it('counts a paper once per cluster however many of its concepts it reaches', () => {
    const years = groupYears({
      papers: [
        { concepts: ['method:a', 'dataset:x', 'method:a'], year: 2020 },
        { concepts: ['dataset:x'], year: 2020 },
        { concepts: ['method:a'], year: 2022 },
      ],
      clusterOf,
      parentOf: new Map(),
    });
    expect(years.get('method:a')).toEqual({ years: [2020, 2022], yearCounts: [2, 1] });
    expect(years.has('method:b')).toBe(false);
  });

  it('counts a paper once per theme above its clusters, at every level', () => {
    const years = groupYears({
      papers: [
        { concepts: ['method:a', 'method:b'], year: 2021 },
        { concepts: ['method:c'], year: 2021 },
        { concepts: ['method:c', 'metric:f1'], year: 2023 },
      ],
      clusterOf,
      parentOf,
    });
    expect(Object.fromEntries(years)).toEqual({
      'method:a': { years: [2021], yearCounts: [1] },
      // The attached metric counts for its cluster, as it counts in the cluster's size.
      'method:b': { years: [2021, 2023], yearCounts: [1, 1] },
      'method:c': { years: [2021, 2023], yearCounts: [1, 1] },
      't1:a': { years: [2021, 2023], yearCounts: [1, 1] },
      't1:c': { years: [2021, 2023], yearCounts: [1, 1] },
      't2:a': { years: [2021, 2023], yearCounts: [2, 1] },
    });
  });

  it('leaves out papers without a year and concepts in no cluster', () => {
    const years = groupYears({
      papers: [
        { concepts: ['method:a'], year: null },
        { concepts: ['method:a'] },
        { concepts: ['task:none'], year: 2020 },
      ],
      clusterOf,
      parentOf,
    });
    expect(years.size).toBe(0);
    expect(yearsOf(years, 'method:a')).toEqual({ years: [], yearCounts: [] });
  });
});

describe('the derived layer', () => {
  it('gives every cluster and theme its papers per year, no more than the corpus has', () => {
    // Two separate groups of concepts, one written about in 2020, the other in 2024.
    const papers = [
      ...[1, 2, 3].map((n) => ({ id: `a${n}`, concepts: ['method:a', 'dataset:x'], year: 2020 })),
      ...[1, 2].map((n) => ({ id: `b${n}`, concepts: ['method:b', 'dataset:y'], year: 2024 })),
      { id: 'b3', concepts: ['method:b', 'dataset:y'], year: null },
    ];
    const concepts = ['method:a', 'dataset:x', 'method:b', 'dataset:y'].map((key) => ({ key, name: key }));
    const layer = computeDerivedLayer({ concepts, papers }, deriveSettings(papers.length));
    const byId = Object.fromEntries(
      layer.clusters.map((cluster) => [cluster.id, [cluster.years, cluster.yearCounts]]),
    );
    expect(Object.keys(byId)).toHaveLength(2);
    expect(Object.values(byId).sort()).toEqual([
      [[2020], [3]],
      [[2024], [2]],
    ]);
  });
});
