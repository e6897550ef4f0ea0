import { describe, expect, it } from 'vitest';
import { clusterPapers, contextNorms, mentionsOf, precomputeAnswers } from '../../../ingest/derive/answers';
import type { KnowledgeGraph } from '../../../src/model/graph';

const papers = [
  { id: 'p1', year: 2020, mentioned: ['method:a', 'dataset:x', 'task:t'] },
  { id: 'p2', year: 2021, mentioned: ['method:a', 'dataset:x', 'method:a'] },
  { id: 'p3', year: 2021, mentioned: ['method:b', 'benchmark:y', 'metric:m'] },
  { id: 'p4', year: null, mentioned: ['method:b', 'method:a'] },
  { id: 'p5', mentioned: [] },
];
const paperCount = new Map([
  ['method:a', 3],
  ['method:b', 2],
  ['dataset:x', 2],
  ['benchmark:y', 1],
  ['task:t', 1],
  ['metric:m', 1],
]);
/** ln(1 + papers / paperCount) over the five papers. */
const idf = (count: number) => Math.log(1 + 5 / count);

describe('contextNorms', () => {
  it('sums the idf² of the datasets, benchmarks and tasks of the papers mentioning a concept', () => {
    const norms = contextNorms(papers, paperCount);
    // method:a: dataset:x and task:t (p1, p2); p4 brings none.
    expect(norms.get('method:a')).toBeCloseTo(Math.sqrt(idf(2) ** 2 + idf(1) ** 2), 12);
    expect(norms.get('method:b')).toBeCloseTo(idf(1), 12);
    expect(norms.get('metric:m')).toBeCloseTo(idf(1), 12);
  });

  it('counts a dataset, benchmark or task in its own context', () => {
    const norms = contextNorms(papers, paperCount);
    expect(norms.get('dataset:x')).toBeCloseTo(Math.sqrt(idf(2) ** 2 + idf(1) ** 2), 12);
    expect(norms.get('benchmark:y')).toBeCloseTo(idf(1), 12);
  });

  it('gives a concept whose papers have no context a norm of 0, and none to a concept nothing mentions', () => {
    const norms = contextNorms([{ id: 'q', mentioned: ['method:c', 'metric:m'] }], paperCount);
    expect(norms.get('method:c')).toBe(0);
    expect(norms.has('method:a')).toBe(false);
  });

  it('does not depend on paper or mention order, to the last bit', () => {
    const shuffled = [...papers]
      .reverse()
      .map((paper) => ({ ...paper, mentioned: [...paper.mentioned].reverse() }));
    expect(contextNorms(shuffled, paperCount)).toEqual(contextNorms(papers, paperCount));
  });
});

describe('clusterPapers', () => {
  const clusterOf = new Map<string, string | null>([
    ['method:a', 'method:a'],
    ['dataset:x', 'method:a'],
    ['task:t', 'method:a'],
    ['method:b', 'method:b'],
    ['benchmark:y', 'method:b'],
    ['metric:m', null],
  ]);

  it('ranks papers by members mentioned, then newest (no year last), then id, and counts them all', () => {
    expect(clusterPapers(papers, clusterOf)).toEqual([
      { id: 'method:a', paperIds: ['p1', 'p2', 'p4'], paperMentions: [3, 2, 1], paperTotal: 3 },
      { id: 'method:b', paperIds: ['p3', 'p4'], paperMentions: [2, 1], paperTotal: 2 },
    ]);
  });

  it('breaks ties of members and year by id, and keeps only the first `keep`', () => {
    const tied = [
      { id: 'b', year: 2020, mentioned: ['method:a'] },
      { id: 'a', year: 2020, mentioned: ['method:a'] },
      { id: 'c', year: 2022, mentioned: ['method:a'] },
    ];
    expect(clusterPapers(tied, clusterOf, 2)).toEqual([
      { id: 'method:a', paperIds: ['c', 'a'], paperMentions: [1, 1], paperTotal: 3 },
    ]);
  });
});

describe('precomputeAnswers', () => {
  it('takes paper counts and membership from the derived concepts', () => {
    const concepts = new Map(
      [...paperCount].map(([key, count]) => [
        key,
        { paperCount: count, cluster: key.startsWith('metric') ? null : 'method:a' },
      ]),
    );
    const answers = precomputeAnswers(papers, concepts);
    expect(answers.contextNorms).toEqual(contextNorms(papers, paperCount));
    expect(answers.clusters).toEqual([
      { id: 'method:a', paperIds: ['p1', 'p2', 'p3', 'p4'], paperMentions: [3, 2, 2, 2], paperTotal: 4 },
    ]);
  });
});

describe('mentionsOf', () => {
  it('gives every paper of an in-memory graph with its year and the concepts it mentions, results aside', () => {
    const mention = (paperId: string, conceptKey: string) =>
      ({ paperId, conceptKey, type: 'USES', confidence: 1, evidence: [] }) as const;
    const graph = {
      papers: [
        { id: 'p1', title: 'P1', abstract: '', year: 2020 },
        { id: 'p2', title: 'P2', abstract: '' },
      ],
      concepts: [],
      mentions: [mention('p1', 'method:a'), mention('p1', 'dataset:x')],
      lineage: [],
      results: [{ paperId: 'p2', target: 'dataset:x' }],
    } as unknown as KnowledgeGraph;
    expect(mentionsOf(graph)).toEqual([
      { id: 'p1', year: 2020, mentioned: ['method:a', 'dataset:x'] },
      { id: 'p2', year: null, mentioned: [] },
    ]);
  });
});
