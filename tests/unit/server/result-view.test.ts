import { describe, expect, it } from 'vitest';
import type { ResultView } from '../../../src/model/api';
import { resultView, type ResultRow } from '../../../src/server/views/results';

const paper = { id: 'p1', title: 'QuillNet' };
const base = { metric: 'speedup', value: '2.4x', sentence: 'QuillNet parses 2.4x faster.' };
const speedup = { key: 'metric:speedup', name: 'speedup', type: 'Metric' as const };
const treebank = { key: 'dataset:quill treebank', name: 'Quill Treebank', type: 'Dataset' as const };

describe('resultView', () => {
  it.each<[string, ResultRow, ResultView]>([
    [
      'a result on no dataset or benchmark keeps its metric concept and has no target',
      { ...base, method: null, metricConcept: speedup, target: null },
      { paper, ...base, metricConcept: speedup },
    ],
    [
      'a result on a dataset whose metric is no concept has a target and no metric concept',
      { ...base, metricConcept: null, target: treebank },
      { paper, ...base, target: treebank },
    ],
  ])('%s', (_, row, expected) => {
    expect(resultView(row, paper)).toEqual(expected);
  });
});
