import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract-corpus';
import { sentenceCase } from '../../ingest/extract/title-case';
import { titleLead } from '../../ingest/extract/title-lead';
import type { Extraction } from '../../src/model/extraction';

const extract = async (title: string, abstract: string): Promise<Extraction> => {
  const [extraction] = await extractCorpus([{ id: 'p', title, abstract, source: 'test' }], { workers: 0 });
  if (!extraction) throw new Error('no extraction');
  return extraction;
};

describe('titles: read in the case their abstract writes', () => {
  it('lowers Title Case words, keeps name shapes and runs the abstract capitalises inside a sentence', () => {
    expect(
      sentenceCase('Langevin Dynamics for Hate Speech Detection', 'We run Langevin Dynamics here.'),
    ).toBe('Langevin Dynamics for hate speech detection');
    expect(sentenceCase('HanoiT: Enhancing BERT via Selective Context', 'Context matters.')).toBe(
      'HanoiT: enhancing BERT via selective context',
    );
  });

  it('lowers a run whose words the abstract also writes in lower case, all of it or none', () => {
    expect(sentenceCase('Memory Networks', 'We use Memory. The memory grows.')).toBe('memory networks');
    expect(sentenceCase('Iterative Scheduled Data Aggregation', 'We use Iterative Scheduled data.')).toBe(
      'iterative scheduled data aggregation',
    );
  });
});

describe('titles: what only the title names', () => {
  it('a name or a known method only the title writes is the paper’s, with the title as evidence', async () => {
    const title = 'HanoiT: Enhancing Context-aware Translation with Transformers';
    const extraction = await extract(title, 'We select the relevant sentences of a document. It works well.');
    const hanoit = extraction.entities.find((entity) => entity.name === 'HanoiT');
    expect(hanoit).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(hanoit?.evidence[0]).toMatchObject({ sentence: title, start: 0, end: 6, in: 'title' });
    const transformer = extraction.entities.find((entity) => /^transformers?$/i.test(entity.name));
    expect(transformer?.evidence[0]).toMatchObject({ sentence: title, in: 'title' });
    const [only] = transformer?.evidence ?? [];
    expect(only && title.slice(only.start, only.end)).toBe('Transformers');
  });

  it('a concept the abstract names stands on the abstract, and a title phrase read as a task stands on nothing', async () => {
    const extraction = await extract(
      'Weakly-Supervised Crowd Counting with BERT',
      'We fine-tune BERT on crowd images. BERT counts people.',
    );
    const bert = extraction.entities.find((entity) => entity.name === 'BERT');
    expect(bert?.evidence.every((evidence) => evidence.in === undefined)).toBe(true);
    expect(bert?.evidence).toHaveLength(2);
    expect(extraction.entities.some((entity) => /crowd counting/i.test(entity.name))).toBe(false);
  });
});

describe('titles: the name a title leads with', () => {
  it('a Title Case phrase before the first preposition is the paper’s own method', () => {
    expect(titleLead('Explicit Shape Encoding for Real-Time Instance Segmentation')).toMatchObject({
      text: 'Explicit Shape Encoding',
      start: 0,
      type: 'Method',
      role: 'proposed',
      rule: 'title-lead',
    });
    expect(titleLead('Discrete Key-Value Bottleneck')?.text).toBe('Discrete Key-Value Bottleneck');
    // Articles and praise are no part of the name; a verb ends the lead.
    expect(titleLead('A Robust Local Spectral Descriptor for Matching Shapes')?.text).toBe(
      'Local Spectral Descriptor',
    );
    expect(titleLead('Context-Aware Decoding Reduces Hallucination')?.text).toBe('Context-Aware Decoding');
  });

  it('studies, tasks, kinds of thing, questions and actions lead with no name', () => {
    for (const title of [
      'A Survey of Context Engineering for Large Language Models',
      'Entrywise Recovery Guarantees for Sparse PCA',
      'Weakly-Supervised Crowd Counting with BERT',
      'A Context-Driven Training-Free Network for Scene Text Segmentation',
      'Revisiting Context Choices for Machine Translation',
      'Towards Fast and Accurate Pose Estimation',
      'Correlation and Navigation in the Key Space',
      'Learning invariant weights in neural networks',
      'Cartridges: Lightweight long context representations',
    ])
      expect(titleLead(title), title).toBeUndefined();
  });

  it('the lead stands on the title when no abstract names it, in the case the abstract writes', async () => {
    const title = 'Dynamic Context Pruning for Efficient Transformers';
    const extraction = await extract(
      title,
      'We prune the context of a model while it reads. It runs faster.',
    );
    const lead = extraction.entities.find((entity) => entity.name === 'dynamic context pruning');
    expect(lead).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(lead?.evidence[0]).toMatchObject({ sentence: title, start: 0, end: 23, in: 'title' });
  });
});
