import { describe, expect, it } from 'vitest';
import { evidenceViews, locateInSentence } from '../../../src/server/views/evidence';

const abstract = 'We study X. We propose DAFormer. DAFormer beats X. We propose DAFormer.';

describe('evidence placement', () => {
  it('places a mention inside its sentence', () => {
    const start = abstract.indexOf('DAFormer');
    expect(locateInSentence(abstract, 'We propose DAFormer.', start, start + 8)).toEqual({
      sentenceStart: 11,
      sentenceEnd: 19,
    });
  });

  it('picks the occurrence of a repeated sentence that holds the span', () => {
    const start = abstract.lastIndexOf('DAFormer');
    expect(locateInSentence(abstract, 'We propose DAFormer.', start, start + 8)).toEqual({
      sentenceStart: 11,
      sentenceEnd: 19,
    });
  });

  it('falls back to the mention text when the sentence is not verbatim, else to an empty range', () => {
    const start = abstract.indexOf('beats');
    expect(locateInSentence(abstract, 'DAFormer  beats X.', start, start + 5)).toEqual({
      sentenceStart: 10,
      sentenceEnd: 15,
    });
    expect(locateInSentence(abstract, 'Something else.', start, start + 5)).toEqual({
      sentenceStart: 0,
      sentenceEnd: 0,
    });
  });

  it('lists the best evidence first and every other once', () => {
    const first = abstract.indexOf('DAFormer');
    const second = abstract.indexOf('DAFormer', first + 1);
    const views = evidenceViews(abstract, {
      sentence: 'We propose DAFormer.',
      start: first,
      end: first + 8,
      rule: 'we-propose',
      confidence: 0.9,
      sentences: ['We propose DAFormer.', 'DAFormer beats X.'],
      starts: [first, second],
      ends: [first + 8, second + 8],
      rules: ['we-propose', 'known-method'],
    });
    expect(views).toEqual([
      {
        sentence: 'We propose DAFormer.',
        start: first,
        end: first + 8,
        rule: 'we-propose',
        sentenceStart: 11,
        sentenceEnd: 19,
        confidence: 0.9,
      },
      {
        sentence: 'DAFormer beats X.',
        start: second,
        end: second + 8,
        rule: 'known-method',
        sentenceStart: 0,
        sentenceEnd: 8,
        confidence: 0.9,
      },
    ]);
  });
});
