import { describe, expect, it } from 'vitest';
import { attachGeneric, genericConcepts } from '../../../ingest/derive/generic';
import { distinctiveness, labelTerms, paperWeights, rankForLabel } from '../../../ingest/derive/labels';
import { computeDerivedLayer, deriveSettings, type DeriveInput } from '../../../ingest/derive/layer';

/** `count` papers reaching `concepts`, ids `<prefix>0`, `<prefix>1`, ... */
const papers = (prefix: string, count: number, concepts: string[]) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, concepts }));

const inputOf = (all: DeriveInput['papers']): DeriveInput => ({
  concepts: [...new Set(all.flatMap((paper) => paper.concepts))].map((key) => ({
    key,
    name: key.slice(key.indexOf(':') + 1),
  })),
  papers: all,
});

/**
 * Two topics that share nothing but the metrics their papers report: sign language translation and
 * protein folding, both measured with accuracy, the first also with latency.
 */
function twoTopicsOneMetric(): DeriveInput {
  return inputOf([
    ...papers('s', 4, [
      'task:sign language translation',
      'method:pose encoder',
      'metric:accuracy',
      'metric:latency',
    ]),
    ...papers('t', 3, ['task:sign language translation', 'dataset:signbank', 'metric:accuracy']),
    ...papers('p', 4, ['task:protein folding', 'method:structure module', 'metric:accuracy']),
    ...papers('q', 3, ['task:protein folding', 'dataset:proteinbank', 'metric:accuracy']),
  ]);
}

describe('cluster labels', () => {
  const settings = deriveSettings(14);

  it('never lets a metric that co-occurs with everything glue clusters, lead a label or name one', () => {
    const layer = computeDerivedLayer(twoTopicsOneMetric(), settings);
    expect(layer.clusters.map((cluster) => [cluster.id, cluster.label, cluster.size])).toEqual([
      ['task:protein folding', 'protein folding · structure module · proteinbank', 4],
      ['task:sign language translation', 'sign language translation · pose encoder · signbank', 4],
    ]);
    // Each metric still belongs to one cluster: where it co-occurs most, on a tie the first by key.
    expect(layer.concepts.get('metric:latency')?.cluster).toBe('task:sign language translation');
    expect(layer.concepts.get('metric:accuracy')?.cluster).toBe('task:protein folding');
  });

  it('leaves the clusters of the other concepts as they were when a metric joins every paper', () => {
    const topics = ['parsing', 'folding', 'tracking'].flatMap((topic) => [
      ...papers(`${topic}-a`, 2, [`task:${topic}`, `method:${topic} net`]),
      ...papers(`${topic}-b`, 1, [`method:${topic} net`, `dataset:${topic} bank`]),
    ]);
    const measured = topics.map((paper) => ({ ...paper, concepts: [...paper.concepts, 'metric:accuracy'] }));
    const before = computeDerivedLayer(inputOf(topics), settings);
    const after = computeDerivedLayer(inputOf(measured), settings);
    expect(after.clusters.map(({ id, label }) => [id, label])).toEqual(
      before.clusters.map(({ id, label }) => [id, label]),
    );
    for (const [key, derived] of before.concepts)
      expect(after.concepts.get(key)?.cluster).toBe(derived.cluster);
  });

  it('names a metric only when the cluster has too few other concepts, never first', () => {
    const layer = computeDerivedLayer(
      inputOf([
        ...papers('a', 3, ['method:wordpiece', 'method:byte pair encoding']),
        ...papers('b', 3, ['task:summarization', 'metric:rouge']),
        ...papers('c', 2, ['task:summarization', 'task:headline generation']),
      ]),
      settings,
    );
    expect(layer.clusters.map((cluster) => cluster.label)).toEqual([
      'byte pair encoding · wordpiece',
      'summarization · headline generation',
    ]);
    // With metrics partitioned like any concept, a task and its metric can form a cluster alone.
    const alone = computeDerivedLayer(inputOf(papers('a', 2, ['task:summarization', 'metric:rouge'])), {
      ...settings,
      genericTypes: [],
    });
    expect(alone.clusters).toEqual([
      {
        id: 'task:summarization',
        label: 'summarization · rouge',
        size: 2,
        top: ['task:summarization', 'metric:rouge'],
        theme: null,
        // The papers have no year.
        years: [],
        yearCounts: [],
      },
    ]);
  });

  it('gives the same ids and labels on two runs and for any input order', () => {
    const input = twoTopicsOneMetric();
    const first = computeDerivedLayer(input, settings);
    const again = computeDerivedLayer(
      { concepts: [...input.concepts].reverse(), papers: [...input.papers].reverse() },
      settings,
    );
    expect(again.clusters).toEqual(first.clusters);
    expect(again.concepts).toEqual(first.concepts);
  });

  it('ranks a distinctive concept above a frequent generic one', () => {
    // "transformer" reaches more of the cluster's papers than "sign language translation", but just as many
    // papers everywhere else; the label leads with the concept specific to the cluster.
    const clusterOf = new Map([
      ['task:sign language translation', 'signs'],
      ['method:transformer', 'signs'],
      ['task:protein folding', 'proteins'],
      ['task:speech recognition', 'speech'],
    ]);
    const all = [
      ...papers('s', 3, ['task:sign language translation', 'method:transformer']),
      ...papers('t', 2, ['method:transformer']),
      ...papers('p', 4, ['task:protein folding', 'method:transformer']),
      ...papers('r', 4, ['task:speech recognition', 'method:transformer']),
    ];
    const paperCount = new Map([
      ['task:sign language translation', 3],
      ['method:transformer', 13],
      ['task:protein folding', 4],
      ['task:speech recognition', 4],
    ]);
    const scores = distinctiveness(all, clusterOf, new Set(), paperCount);
    expect(
      rankForLabel(['method:transformer', 'task:sign language translation'], scores, paperCount),
    ).toEqual(['task:sign language translation', 'method:transformer']);
  });
});

describe('rankForLabel', () => {
  const paperCount = new Map([
    ['task:a', 2],
    ['method:b', 3],
    ['dataset:c', 4],
    ['metric:d', 5],
    ['method:e', 1],
  ]);
  it.each([
    ['distinctiveness first', { 'task:a': 0.3, 'method:b': 0.2 }, ['task:a', 'method:b']],
    ['more papers on a tie', { 'task:a': 0.2, 'method:b': 0.2 }, ['method:b', 'task:a']],
    [
      'a task or method before a slightly more distinctive dataset',
      { 'dataset:c': 0.3, 'task:a': 0.25 },
      ['task:a', 'dataset:c'],
    ],
    [
      'a much more distinctive dataset before a task',
      { 'dataset:c': 0.5, 'task:a': 0.25 },
      ['dataset:c', 'task:a'],
    ],
    [
      'a concept of one paper after those of more',
      { 'method:e': 0.9, 'task:a': 0.1 },
      ['task:a', 'method:e'],
    ],
    [
      'a metric after everything else',
      { 'metric:d': 0.9, 'method:e': 0.1, 'task:a': 0.1 },
      ['task:a', 'method:e', 'metric:d'],
    ],
  ])('%s', (_, scores, expected) => {
    expect(rankForLabel(Object.keys(scores), new Map(Object.entries(scores)), paperCount)).toEqual(expected);
  });
});

describe('labelTerms', () => {
  it.each([
    [
      ['task:a', 'method:b', 'dataset:c', 'method:d'],
      ['task:a', 'method:b', 'dataset:c'],
    ],
    [
      ['task:a', 'method:b', 'metric:m'],
      ['task:a', 'method:b'],
    ],
    [
      ['task:a', 'metric:m', 'metric:n'],
      ['task:a', 'metric:m'],
    ],
    [
      ['metric:m', 'metric:n', 'metric:o'],
      ['metric:m', 'metric:n'],
    ],
  ])('%j → %j', (ranked, expected) => {
    expect(labelTerms(ranked)).toEqual(expected);
  });
});

describe('paperWeights', () => {
  const clusterOf = new Map([
    ['task:a', 'x'],
    ['method:b', 'x'],
    ['method:c', 'y'],
    ['metric:f1', 'y'],
  ]);
  it.each([
    [['task:a', 'method:b'], { x: 1 }],
    [['task:a', 'method:c'], { x: 0.5, y: 0.5 }],
    [['task:a', 'method:b', 'method:c'], { x: 2 / 3, y: 1 / 3 }],
    // A generic concept does not pull its paper towards the cluster it was attached to.
    [['task:a', 'metric:f1'], { x: 1 }],
    [['method:unclustered', 'metric:f1'], {}],
  ])('%j → %j', (keys, expected) => {
    expect(Object.fromEntries(paperWeights(keys, clusterOf, new Set(['metric:f1'])))).toEqual(expected);
  });
});

describe('genericConcepts', () => {
  const keys = ['metric:bleu', 'method:transformer', 'dataset:wmt14'];
  it.each([
    [['Metric'], ['metric:bleu']],
    [
      ['Metric', 'Dataset'],
      ['metric:bleu', 'dataset:wmt14'],
    ],
    [[], []],
  ] as const)('%j → %j', (types, expected) => {
    expect([...genericConcepts(keys, types)]).toEqual(expected);
  });
});

describe('attachGeneric', () => {
  const clusterOf = new Map([
    ['task:translation', 'c1'],
    ['method:nmt', 'c1'],
    ['task:qa', 'c2'],
  ]);
  const pair = (a: string, b: string, weight: number) => ({ a, b, papers: 1, weight });
  it.each([
    [
      'the cluster with the most summed weight',
      [
        pair('metric:bleu', 'task:translation', 0.3),
        pair('metric:bleu', 'method:nmt', 0.3),
        pair('metric:bleu', 'task:qa', 0.5),
      ],
      'c1',
    ],
    [
      'the smaller id on a tie',
      [pair('metric:bleu', 'task:qa', 0.5), pair('metric:bleu', 'task:translation', 0.5)],
      'c1',
    ],
    [
      'not through another generic concept',
      [pair('metric:bleu', 'metric:f1', 0.9), pair('metric:bleu', 'task:qa', 0.1)],
      'c2',
    ],
    ['nowhere without a clustered partner', [pair('metric:bleu', 'method:unclustered', 0.9)], undefined],
  ])('attaches to %s', (_, pairs, expected) => {
    const generic = new Set(['metric:bleu', 'metric:f1']);
    expect(attachGeneric(pairs, generic, clusterOf).get('metric:bleu')).toBe(expected);
  });
});
