import { describe, expect, it } from 'vitest';
import { communities } from '../../../ingest/derive/communities';
import { coOccurrence } from '../../../ingest/derive/cooccurrence';
import { diffRows, keyed } from '../../../ingest/derive/diff';
import { computeDerivedLayer, deriveSettings, type DeriveInput } from '../../../ingest/derive/layer';
import { seededRandom } from '../../../ingest/derive/rng';

const papers = [
  { id: 'p1', concepts: ['method:a', 'dataset:x', 'task:t'] },
  { id: 'p2', concepts: ['method:a', 'dataset:x'] },
  { id: 'p3', concepts: ['method:b', 'dataset:x', 'method:b'] },
  { id: 'p4', concepts: [] },
];

describe('coOccurrence', () => {
  it('counts papers per concept and per pair, with Jaccard weights, pairs from the smaller key', () => {
    const { paperCount, pairs } = coOccurrence(papers, 1);
    expect(Object.fromEntries(paperCount)).toEqual({
      'dataset:x': 3,
      'method:a': 2,
      'method:b': 1,
      'task:t': 1,
    });
    expect(pairs).toEqual([
      { a: 'dataset:x', b: 'method:a', papers: 2, weight: 2 / 3 },
      { a: 'dataset:x', b: 'method:b', papers: 1, weight: 1 / 3 },
      { a: 'dataset:x', b: 'task:t', papers: 1, weight: 1 / 3 },
      { a: 'method:a', b: 'task:t', papers: 1, weight: 1 / 2 },
    ]);
  });

  it('keeps only pairs with at least minPapers shared papers', () => {
    expect(coOccurrence(papers, 2).pairs).toEqual([
      { a: 'dataset:x', b: 'method:a', papers: 2, weight: 2 / 3 },
    ]);
  });

  it('does not depend on paper order', () => {
    expect(coOccurrence([...papers].reverse(), 1)).toEqual(coOccurrence(papers, 1));
  });
});

/** Two dense groups joined by one weak edge. */
function twoGroups(): DeriveInput {
  const group = (prefix: string, offset: number) =>
    Array.from({ length: 6 }, (_, i) => ({
      id: `${prefix}${i}`,
      concepts: [
        `method:${prefix}1`,
        `method:${prefix}2`,
        `task:${prefix}`,
        `dataset:${prefix}${i % 2}`,
      ].slice(0, 3 + ((i + offset) % 2)),
    }));
  const all = [...group('g', 0), ...group('h', 1), { id: 'bridge', concepts: ['method:g1', 'method:h1'] }];
  const keys = [...new Set(all.flatMap((paper) => paper.concepts))];
  return { concepts: keys.map((key) => ({ key, name: key.toUpperCase() })), papers: all };
}

describe('computeDerivedLayer', () => {
  const settings = deriveSettings(13);

  it('finds the two groups as clusters named by their most specific concepts, linked by the bridge', () => {
    const layer = computeDerivedLayer(twoGroups(), settings);
    // g1 reaches more papers than g2, but one of them is the bridge to the other group: g2 is more specific.
    expect(layer.clusters.map((cluster) => [cluster.id, cluster.size])).toEqual([
      ['method:g2', 4],
      ['method:h2', 4],
    ]);
    expect(layer.clusters[0]?.label).toBe('METHOD:G2 · TASK:G · METHOD:G1');
    expect(layer.clusters[0]?.top).toEqual(['method:g2', 'task:g', 'method:g1', 'dataset:g1']);
    expect(layer.concepts.get('dataset:h0')).toEqual({
      paperCount: 3,
      cluster: 'method:h2',
      years: [],
      yearCounts: [],
    });
    expect(layer.links).toHaveLength(1);
    expect(layer.links[0]).toMatchObject({ a: 'method:g2', b: 'method:h2' });
  });

  it('gives the same result on every run and for any input order (seeded Louvain)', () => {
    const input = twoGroups();
    const first = computeDerivedLayer(input, settings);
    const shuffled = { concepts: [...input.concepts].reverse(), papers: [...input.papers].reverse() };
    expect(computeDerivedLayer(shuffled, settings)).toEqual(first);
    expect(computeDerivedLayer(input, settings)).toEqual(first);
  });

  it('ranks tied concepts alike whatever order the papers come in (scores are sums of fractions)', () => {
    // method:g1 and method:g4 score the same in theory; summed in another paper order they differed in
    // the last bit and swapped places in the cluster's label.
    const lists = [
      ['g3', 'h2', 'h3'],
      ['g4', 'g3', 'g2'],
      ['h1', 'h0', 'h4'],
      ['h3', 'g1', 'g4', 'h2'],
      ['h2', 'g0', 'h3'],
      ['g4', 'h3'],
      ['h0', 'h4'],
      ['g3', 'g0', 'h2', 'g2'],
      ['h4', 'h3', 'g2', 'h1', 'h2'],
      ['g0'],
      ['h2', 'g1'],
      ['g3', 'g1', 'h4'],
      ['h4', 'h3', 'h1', 'h0'],
      ['g2', 'g0'],
    ];
    const papers = lists.map((list, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      concepts: list.map((name) => `method:${name}`),
    }));
    const concepts = [...new Set(papers.flatMap((paper) => paper.concepts))].map((key) => ({
      key,
      name: key,
    }));
    const ownSettings = deriveSettings(papers.length, { minPapers: 2 });
    const forward = computeDerivedLayer({ concepts, papers }, ownSettings).clusters;
    const backward = computeDerivedLayer({ concepts, papers: [...papers].reverse() }, ownSettings).clusters;
    expect(backward).toEqual(forward);
    expect(forward.map((cluster) => cluster.size)).toEqual([3, 3, 4]);
  });

  it('leaves concepts without co-occurrence out of every cluster, with paperCount 0 when nothing reaches them', () => {
    const layer = computeDerivedLayer(
      { concepts: [{ key: 'method:alone', name: 'Alone' }], papers: [{ id: 'p', concepts: [] }] },
      settings,
    );
    expect(layer.concepts.get('method:alone')).toEqual({
      paperCount: 0,
      cluster: null,
      years: [],
      yearCounts: [],
    });
    expect(layer.clusters).toEqual([]);
  });

  it('needs two shared papers for a pair from 2,000 papers on', () => {
    expect(deriveSettings(1_999).minPapers).toBe(1);
    expect(deriveSettings(2_000).minPapers).toBe(2);
    expect(deriveSettings(2_000, { minPapers: 5 }).minPapers).toBe(5);
  });
});

describe('communities', () => {
  it('drops communities smaller than minSize', () => {
    const input = {
      pairs: [{ a: 'method:a', b: 'method:b', papers: 1, weight: 1 }],
      papers: [{ id: 'p', concepts: ['method:a', 'method:b'] }],
      paperCount: new Map([
        ['method:a', 1],
        ['method:b', 1],
      ]),
      names: new Map([['method:a', 'A']]),
      generic: new Set<string>(),
    };
    const options = { seed: 1, resolution: 1, topConcepts: 5 };
    expect(communities(input, { ...options, minSize: 3 }).clusters).toEqual([]);
    expect(communities(input, { ...options, minSize: 2 }).clusters).toEqual([
      { id: 'method:a', label: 'A · method:b', size: 2, top: ['method:a', 'method:b'], theme: null },
    ]);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const value of take(7)) expect(value).toBeGreaterThanOrEqual(0);
  });
});

describe('diffRows', () => {
  it('upserts new and changed rows and removes rows no longer wanted', () => {
    const existing = keyed(
      [
        { k: 'a', v: 1 },
        { k: 'b', v: 2 },
        { k: 'c', v: 3 },
      ],
      (row) => row.k,
    );
    const target = keyed(
      [
        { k: 'b', v: 2 },
        { k: 'c', v: 4 },
        { k: 'd', v: 5 },
      ],
      (row) => row.k,
    );
    expect(diffRows(existing, target)).toEqual({
      upserts: [
        { k: 'c', v: 4 },
        { k: 'd', v: 5 },
      ],
      removals: [{ k: 'a', v: 1 }],
    });
    expect(diffRows(target, target)).toEqual({ upserts: [], removals: [] });
  });
});
