import { describe, expect, it } from 'vitest';
import { conceptName } from '../../ingest/consolidate/names';
import type { MentionType } from '../../ingest/extract/types';

describe('conceptName', () => {
  it.each([
    ['Cityscapes dataset', 'Dataset', 'Cityscapes'],
    ['the new dataset', 'Dataset', 'the new dataset'],
    ['GLUE benchmark', 'Benchmark', 'GLUE'],
    ['BERT model', 'Method', 'BERT'],
    ['Dolphin model', 'Method', 'Dolphin'],
    ['speculative decoding methods', 'Method', 'speculative decoding'],
    ['hidden Markov model', 'Method', 'hidden Markov model'],
    ['Masked Language Models', 'Method', 'Masked Language Models'],
    ['word segmentation problem', 'Task', 'word segmentation'],
  ])('%s (%s) → %s', (text, type, expected) => {
    expect(conceptName(text, type as MentionType)).toBe(expected);
  });
});
