import { describe, expect, it } from 'vitest';
import { analyseErrors, formatErrors } from '../../eval/errors';
import { collapseWhitespace } from '../../eval/gold/whitespace';
import type { GoldCorpus } from '../../eval/gold/types';
import { relaxedName, scoreCorpus } from '../../eval/score';
import { formatTable, sectionOf } from '../../eval/table';
import type { Extraction } from '../../src/model/extraction';

const corpus: GoldCorpus = {
  name: 'tiny',
  types: ['Method', 'Dataset'],
  documents: [
    {
      id: 'd1',
      text: 'We train BERT on the SQuAD dataset and BERT again.',
      mentions: [
        { start: 9, end: 13, type: 'Method' },
        { start: 21, end: 34, type: 'Dataset' },
        { start: 39, end: 43, type: 'Method' },
      ],
    },
  ],
};

const evidence = (start: number, end: number) => ({ sentence: '', start, end, rule: 'test' });
const prediction: Extraction = {
  id: 'd1',
  title: '',
  relations: [],
  results: [],
  entities: [
    // Both BERT mentions right.
    {
      name: 'BERT',
      type: 'Method',
      key: 'method:bert',
      aliases: [],
      confidence: 1,
      evidence: [evidence(9, 13), evidence(39, 43)],
    },
    // Right name, span without "dataset": wrong strictly, right relaxed? No — "SQuAD" ≠ "SQuAD dataset".
    {
      name: 'SQuAD',
      type: 'Benchmark',
      key: 'benchmark:squad',
      aliases: [],
      confidence: 1,
      evidence: [evidence(21, 26)],
    },
  ],
};

describe('scoreCorpus', () => {
  it('counts mention-level strict and document-level relaxed matches per type', () => {
    const scores = scoreCorpus(corpus, [prediction]);
    expect(scores.strict.Method).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(scores.strict.Dataset).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // Relaxed: one (document, type, name) per concept — BERT once.
    expect(scores.relaxed.Method).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scores.relaxed.all).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
  });

  it.each([
    ['the Vision-Transformers', 'vision transformer'],
    ['A  CRF', 'crf'],
    ['SQuAD', 'squad'],
  ])('relaxed name of %j is %j', (name, expected) => {
    expect(relaxedName(name)).toBe(expected);
  });

  it('prints one row per corpus, level and type', () => {
    const table = formatTable([sectionOf(scoreCorpus(corpus, [prediction]))]);
    expect(table.split('\n')).toHaveLength(2 + 2 * 3);
    expect(table).toMatch(/tiny\s+mention strict\s+Method\s+1\.000\s+1\.000\s+1\.000/);
  });
});

describe('analyseErrors', () => {
  it('sorts misses and spurious predictions by kind: boundary, wrong type, none', () => {
    const report = analyseErrors(corpus, [prediction]);
    // "SQuAD" (Benchmark, scored as Dataset) inside gold "SQuAD dataset": a boundary error on both sides.
    expect(report.missed).toEqual([
      expect.objectContaining({
        bucket: 'boundary',
        type: 'Dataset',
        text: 'SQuAD dataset',
        other: 'SQuAD (Dataset)',
      }),
    ]);
    expect(report.spurious).toEqual([
      expect.objectContaining({ bucket: 'boundary', type: 'Dataset', text: 'SQuAD', rule: 'test' }),
    ]);
    const wrongType = analyseErrors(corpus, [
      { ...prediction, entities: [{ ...prediction.entities[0]!, type: 'Dataset' }] },
    ]);
    expect(wrongType.missed.map((item) => item.bucket)).toEqual(['wrong type', 'none', 'wrong type']);
    expect(formatErrors(report)).toMatch(/missed gold mentions: 1\nDataset\s+1: none 0, boundary 1/);
  });
});

describe('collapseWhitespace', () => {
  it('maps offsets from the original text to the collapsed one', () => {
    const raw = 'a  practically unsupervised  method ';
    const { text, map } = collapseWhitespace(raw);
    expect(text).toBe('a practically unsupervised method');
    const [start, end] = [raw.indexOf('unsupervised'), raw.indexOf('method') + 'method'.length];
    expect(text.slice(map(start), map(end))).toBe('unsupervised method');
  });
});
