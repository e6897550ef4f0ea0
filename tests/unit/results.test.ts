import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract-corpus';
import { findValues } from '../../ingest/extract/results/values';

const valuesIn = (sentence: string) =>
  findValues(sentence, 0, sentence.length).map(({ value, unit }) => [value, unit]);

const resultsOf = async (abstract: string) => {
  const [extraction] = await extractCorpus([{ id: 'p', title: '', abstract, source: 'test' }], {
    workers: 0,
  });
  return (extraction?.results ?? []).map(({ metric, value, target }) => ({
    metric,
    value,
    ...(target && { target }),
  }));
};

describe('results: the shapes of values', () => {
  it.each([
    [
      'It gains 4.2% and 3.1 percent.',
      [
        ['4.2%', 'percent'],
        ['3.1 percent', 'percent'],
      ],
    ],
    ['It keeps only 12\\% of the tokens.', [['12\\%', 'percent']]],
    [
      'It is 3.5x, 2.1X and 7 times faster.',
      [
        ['3.5x', 'multiple'],
        ['2.1X', 'multiple'],
        ['7 times', 'multiple'],
      ],
    ],
    [
      'A 12-fold saving, 6times less.',
      [
        ['12-fold', 'multiple'],
        ['6times', 'multiple'],
      ],
    ],
    [
      'It adds 1.7 points and a 2.4-point gain.',
      [
        ['1.7 points', 'points'],
        ['2.4-point', 'points'],
      ],
    ],
    [
      'It is faster by 30 to 45 times, 4-6x or 70-80%.',
      [
        ['30 to 45 times', 'multiple'],
        ['4-6x', 'multiple'],
        ['70-80%', 'percent'],
      ],
    ],
    ['It costs 0.5%-2% more.', [['0.5%-2%', 'percent']]],
    ['It needs only 1/8 of the compute.', [['1/8', 'fraction']]],
    [
      'Gains of +3% and -2.5%.',
      [
        ['+3%', 'percent'],
        ['-2.5%', 'percent'],
      ],
    ],
    ['It rises from 61.2 to 64.9 on the test set.', [['64.9', 'bare']]],
    [
      'It wins by 2.2 and 3.9 points.',
      [
        ['2.2', 'points'],
        ['3.9 points', 'points'],
      ],
    ],
    ['It scores 71.3 BLEU.', [['71.3', 'bare']]],
    ['It runs 2000x faster.', [['2000x', 'multiple']]],
    [
      'It adds 4 percentage points and 0.9 dB.',
      [
        ['4 percentage points', 'points'],
        ['0.9 dB', 'points'],
      ],
    ],
    ['It is faster by a factor of 12.', [['12', 'multiple']]],
  ])('reads the values of %j', (sentence, expected) => {
    expect(valuesIn(sentence)).toEqual(expected);
  });

  it.each([
    'We fine-tune GPT-4, Qwen2.5 and LLaMA-3.1-8B.',
    'A 7B model with 128K tokens of context in 3D scenes.',
    'We report top-5 error and mAP@0.5 with a 3-bit code and a 3x3 kernel.',
    'As shown by Smith et al. (2019) in 2021.',
    'A 4K-2M context and a 0.5IoU threshold.',
  ])('reads no value in %j (names, sizes, years)', (sentence) => {
    expect(valuesIn(sentence)).toEqual([]);
  });
});

describe('results: which numbers are results, and their metric', () => {
  it.each([
    ['Our parser reaches 91.2% accuracy.', [{ metric: 'accuracy', value: '91.2%' }]],
    ['It achieves an F1 of 0.87 overall.', [{ metric: 'F1', value: '0.87' }]],
    ['The system runs 3.1x faster than the baseline.', [{ metric: 'speedup', value: '3.1x' }]],
    ['The cache needs 5x less memory.', [{ metric: 'memory', value: '5x' }]],
    ['It cuts latency by 40%.', [{ metric: 'latency', value: '-40%' }]],
    ['Our approach outperforms the baseline by 6.3%.', [{ metric: 'performance', value: '+6.3%' }]],
    ['Accuracy rises from 70.1 to 75.4 with the new loss.', [{ metric: 'Accuracy', value: '75.4' }]],
    [
      'Our encoder gains 3.3 and 4.4 points.',
      [
        { metric: 'performance', value: '3.3' },
        { metric: 'performance', value: '4.4 points' },
      ],
    ],
    [
      'It reaches an F1 of 81.5, 77.2 and 69.8.',
      [
        { metric: 'F1', value: '81.5' },
        { metric: 'F1', value: '77.2' },
        { metric: 'F1', value: '69.8' },
      ],
    ],
    ['The detector reaches AUC = 0.91.', [{ metric: 'AUC', value: '0.91' }]],
    ['It trains 6x faster than with accuracy as the target.', [{ metric: 'speedup', value: '6x' }]],
    ['The reranker brings a 2.6 improvement over the retriever.', [{ metric: 'performance', value: '2.6' }]],
    ['With better accuracy it needs only 1/4 of the memory.', [{ metric: 'memory', value: '1/4' }]],
  ])('reads the results of %j', async (sentence, expected) => {
    expect(await resultsOf(sentence)).toEqual(expected);
  });

  it.each([
    'We train on 3 datasets with 1,000 samples each.',
    'We use a 12 layer encoder with 512 hidden units.',
    'In 2021, accuracy on 2 benchmarks was studied.',
  ])('reads no result in %j (a bare number beside no metric)', async (sentence) => {
    expect(await resultsOf(sentence)).toEqual([]);
  });
});

describe('results: values that are no results', () => {
  it.each([
    ['Our student is 40 times smaller than its teacher.', 'a size compared'],
    ['The labelled split holds 20% of the training data.', 'a share of the data'],
    ['Captions mention colour in 35% of images.', 'a share of things counted'],
    ['We report 10-fold cross-validation.', 'the folds of an evaluation'],
    ['The new corpus is 8 times the size of the old one.', 'a size compared'],
    ['We report recall at 90% precision.', 'a threshold'],
  ])('reads no result in %j (%s)', async (sentence) => {
    expect(await resultsOf(sentence)).toEqual([]);
  });

  it.each([
    ['It lowers the error by 11.5% (0.8 pp.) on average.', ['-11.5%']],
    ['Pruning removes 60% of the tokens at no loss.', ['60%']],
    ['It keeps 95% of the original quality.', ['95%']],
  ])('keeps the results of %j', async (sentence, expected) => {
    expect((await resultsOf(sentence)).map((result) => result.value)).toEqual(expected);
  });
});

describe('results: the dataset or benchmark of a value', () => {
  it.each([
    ['It gains 3.2 mIoU on Cityscapes and 2.9 mIoU on ADE20K.', ['dataset:cityscape', 'dataset:ade20k']],
    ['Gains are large on SQuAD (by 4.1%) and on CoQA (by 2.2%).', ['dataset:squad', 'dataset:coqa']],
  ])('reads the targets of %j', async (sentence, expected) => {
    expect((await resultsOf(sentence)).map((result) => result.target)).toEqual(expected);
  });
});
