import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract';
import type { Abstract } from '../../src/model/abstract';
import type { ExtractedEntity } from '../../src/model/extraction';

const extractOne = async (abstract: string): Promise<ExtractedEntity[]> => {
  const paper: Abstract = { id: 'p', title: '', abstract, source: 'test' };
  const [extraction] = await extractCorpus([paper], { workers: 0 });
  if (!extraction) throw new Error('no extraction');
  return extraction.entities;
};

const isTerm = (entity: ExtractedEntity) =>
  entity.evidence.every((evidence) => evidence.rule.startsWith('term-'));
/** [name, type] of the entities only descriptive terms found. */
const termsOf = (entities: ExtractedEntity[]) =>
  entities.filter(isTerm).map((entity) => [entity.name, entity.type]);

describe('descriptive terms: technical noun phrases typed by their head', () => {
  it.each([
    [
      'A maximum entropy word alignment model is trained.',
      [['maximum entropy word alignment model', 'Method']],
    ],
    [
      'We parse with a lexicalized grammar and a dependency parser.',
      [
        ['lexicalized grammar', 'Method'],
        ['dependency parser', 'Method'],
      ],
    ],
    ['We align parallel corpora.', [['parallel corpora', 'Dataset']]],
    [
      'It improves translation quality at a linear time complexity.',
      [
        ['translation quality', 'Metric'],
        ['linear time complexity', 'Metric'],
      ],
    ],
    [
      'We study the tracking of complex non-rigid motions.',
      [['tracking of complex non-rigid motions', 'Task']],
    ],
    ['We train SMT models.', [['SMT models', 'Method']]],
    // methods and measures take generic kinds; tasks and data need more (below)
    [
      'A statistical model has a high computational cost.',
      [
        ['statistical model', 'Method'],
        ['computational cost', 'Metric'],
      ],
    ],
    [
      'We record spontaneous speech for a bilingual dictionary.',
      [
        ['spontaneous speech', 'Dataset'],
        ['bilingual dictionary', 'Dataset'],
      ],
    ],
    [
      'A morphological component and a parsing tool.',
      [
        ['morphological component', 'Method'],
        ['parsing tool', 'Method'],
      ],
    ],
    // a relational adjective classifies ("textual" of text, "grammatical" of grammar)
    [
      'We compare textual representations and grammatical formalisms.',
      [
        ['textual representations', 'Method'],
        ['grammatical formalisms', 'Method'],
      ],
    ],
    // roles and set phrases at the edge are no part of a term
    [
      'We build a proprietary Arabic stemmer and beat state of the art extraction systems.',
      [
        ['Arabic stemmer', 'Method'],
        ['extraction systems', 'Method'],
      ],
    ],
    // a method for a task is a method, beside the task it names
    ['We propose a novel image registration method.', [['image registration method', 'Method']]],
    ['The proposed framework uses a graph encoder.', [['graph encoder', 'Method']]],
  ])('%s', async (sentence, expected) => {
    expect(termsOf(await extractOne(sentence))).toEqual(expected);
  });

  it('names a task phrase by its task ("the image registration problem" is image registration)', async () => {
    const entities = await extractOne('We solve the image registration problem.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([['image registration', 'Task']]);
    expect(entities[0]?.evidence.map((evidence) => evidence.rule)).toEqual(['term-task-noun']);
  });

  it('takes an action noun before a task noun as the task ("the convex optimization problem")', async () => {
    const entities = await extractOne('We solve the convex optimization problem.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([['convex optimization', 'Task']]);
    expect(entities[0]?.evidence[0]?.rule).toBe('term-task-noun');
  });

  it('keeps a metric word as a metric of its own beside the measure it ends ("classification accuracy")', async () => {
    const text = 'We raise the classification accuracy.';
    const entities = await extractOne(text);
    expect(entities.map((entity) => [entity.name, entity.type]).sort()).toEqual([
      ['accuracy', 'Metric'],
      ['classification accuracy', 'Metric'],
    ]);
    const term = entities.find((entity) => entity.name === 'classification accuracy');
    expect(term?.evidence[0]).toMatchObject({ rule: 'term-metric', start: 13, end: 36 });
  });

  it('expands a coordination under a shared head', async () => {
    const entities = await extractOne('We combine statistical and constraint-based disambiguation.');
    expect(entities.map((entity) => entity.name).sort()).toEqual([
      'constraint-based disambiguation',
      'statistical disambiguation',
    ]);
    const statistical = entities.find((entity) => entity.name === 'statistical disambiguation');
    expect(statistical?.evidence[0]).toMatchObject({ rule: 'term-task', start: 11 });
  });

  it('gives terms a lower confidence than names and a term-* rule', async () => {
    const entities = await extractOne('We compare BERT with a dependency parser.');
    const term = entities.find(isTerm);
    const name = entities.find((entity) => entity.name === 'BERT');
    expect(term).toMatchObject({ name: 'dependency parser', confidence: 0.5 });
    expect(name?.confidence).toBeGreaterThan(term?.confidence ?? 1);
  });

  it('makes a phrase around a name another mention of that name ("the pre-trained BERT model")', async () => {
    const entities = await extractOne('We fine-tune the pre-trained BERT model.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([['BERT', 'Method']]);
    expect(entities[0]?.evidence[0]).toMatchObject({ start: 29, end: 39 });
  });
});

describe('descriptive terms: phrases that name no kind of thing are not terms', () => {
  it.each([
    'Annotation is a costly process.',
    'We take a balanced approach and an innovative method.',
    'A natural approach in a universal framework.',
    'The base model and the target model differ.',
    'It beats state of the art methods on real world datasets.',
    'The network architectures and the system design matter.',
    'We train on a training corpus and study the learning problem.',
    'We study the instability problem on NLP tasks.',
    'The fine-tuned model and fine-tuning methods help.',
    'The model-agnostic framework is simple.',
    'We propose a novel UDA method.',
    'We study the central problem and the detection problem.',
    'We use labeled data and Chinese text.',
  ])('%s', async (sentence) => {
    expect(termsOf(await extractOne(sentence))).toEqual([]);
  });
});

describe('descriptive terms: a longer phrase names the concept', () => {
  it('grows a name to its generic head when nothing else is said ("an unsupervised learning method")', async () => {
    const entities = await extractOne('We use an unsupervised learning method.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['unsupervised learning', 'Method'],
    ]);
    expect(entities[0]?.evidence[0]).toMatchObject({ start: 10, end: 38 });
  });

  it('reads an acronym in brackets inside a phrase ("Markov random field (MRF) models")', async () => {
    const text = 'We train Markov random field (MRF) models and the Expectation Maximization (EM) algorithm.';
    const entities = await extractOne(text);
    const spans = entities.flatMap((entity) =>
      entity.evidence.map((evidence) => [text.slice(evidence.start, evidence.end), entity.type]),
    );
    expect(spans).toEqual(
      expect.arrayContaining([
        ['Markov random field (MRF) models', 'Method'],
        ['Expectation Maximization (EM) algorithm', 'Method'],
      ]),
    );
  });

  it('does not read over brackets that hold more than an acronym', async () => {
    const text = 'We train random field (see above) models.';
    const entities = await extractOne(text);
    const spans = entities.flatMap((entity) => entity.evidence.map((e) => text.slice(e.start, e.end)));
    expect(spans.some((span) => span.includes('('))).toBe(false);
  });

  it('grows a phrase found by a head rule to the whole noun phrase ("hidden semi-Markov model")', async () => {
    const entities = await extractOne('We compare BERT with a hidden semi-Markov model.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['BERT', 'Method'],
      ['hidden semi-Markov model', 'Method'],
    ]);
  });
});
