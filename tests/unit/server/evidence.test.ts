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

  it('places mentions with stretches of the abstract exactly as with the whole of it', () => {
    const first = abstract.indexOf('DAFormer');
    const last = abstract.lastIndexOf('DAFormer');
    const row = {
      sentence: 'We propose DAFormer.',
      start: last,
      end: last + 8,
      rule: 'we-propose',
      confidence: 0.9,
      sentences: ['We propose DAFormer.', 'DAFormer beats X.', 'DAFormer  beats X.'],
      starts: [last, abstract.indexOf('DAFormer beats'), abstract.indexOf('beats')],
      ends: [last + 8, abstract.indexOf('DAFormer beats') + 8, abstract.indexOf('beats') + 5],
      rules: ['we-propose', 'known-method', 'known-method'],
    };
    // What concept.cypher sends: per evidence, the abstract from end - |sentence| to start + |sentence|.
    const spans = [
      [row.sentence, row.start, row.end] as const,
      ...row.sentences.map(
        (sentence, index) => [sentence, row.starts[index] ?? 0, row.ends[index] ?? 0] as const,
      ),
    ];
    const stretches = spans.map(([sentence, start, end]) => {
      const from = Math.min(start, Math.max(0, end - sentence.length));
      return { from, text: abstract.slice(from, Math.max(end, start + sentence.length)) };
    });
    const whole = evidenceViews(abstract, row);
    expect(whole.map((view) => view.sentenceStart)).toEqual([11, 0, 10]);
    expect(evidenceViews(stretches, row)).toEqual(whole);
    expect(first).toBeLessThan(last);
    // Without a stretch the mention cannot be placed: an empty range, not a wrong one.
    expect(evidenceViews([], row).map((view) => [view.sentenceStart, view.sentenceEnd])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('places evidence whose sentence is the title in the title, the rest in the abstract', () => {
    const title = 'HanoiT: Selective Context';
    const start = abstract.indexOf('DAFormer');
    const views = evidenceViews(
      abstract,
      {
        sentence: title,
        start: 0,
        end: 6,
        rule: 'name+default',
        sentences: [title, 'We propose DAFormer.'],
        starts: [0, start],
        ends: [6, start + 8],
      },
      title,
    );
    expect(views.map((view) => [view.sentenceStart, view.sentenceEnd, view.inTitle ?? false])).toEqual([
      [0, 6, true],
      [11, 19, false],
    ]);
  });
});
