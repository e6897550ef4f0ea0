import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../ingest/extract-corpus';
import type { Abstract } from '../../src/model/abstract';
import type { ExtractedEntity } from '../../src/model/extraction';

/**
 * The entities of one abstract read in a corpus where another paper says the same: a descriptive term
 * enters the graph when it recurs (see the last block), and these tables are about the per-abstract rules.
 */
const extractOne = async (abstract: string): Promise<ExtractedEntity[]> => {
  const paper = (id: string): Abstract => ({ id, title: '', abstract, source: 'test' });
  const [extraction] = await extractCorpus([paper('p'), paper('q')], { workers: 0 });
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
    ['We train SMT models.', [['SMT models', 'Method']]],
    // a method term takes a generic kind as its modifier
    [
      'A statistical language model has a high computational cost.',
      [['statistical language model', 'Method']],
    ],
    [
      'A morphological component and a parsing tool.',
      [
        ['morphological component', 'Method'],
        ['parsing tool', 'Method'],
      ],
    ],
    // a relational adjective classifies ("grammatical" of grammar)
    ['We compare grammatical formalisms.', [['grammatical formalisms', 'Method']]],
    // roles at the edge are no part of a term
    ['We build a proprietary Arabic stemmer.', [['Arabic stemmer', 'Method']]],
    // a model named for its task alone is the task's; with a word of its own it is a method
    ['We train a phrase translation model.', []],
    ['We train a text-based entailment model.', [['text-based entailment model', 'Method']]],
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

  it('reads a measure phrase as its metric ("classification accuracy" is accuracy)', async () => {
    const entities = await extractOne('We raise the classification accuracy.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([['accuracy', 'Metric']]);
  });

  it('expands a coordination under a shared head', async () => {
    const entities = await extractOne('We combine statistical and constraint-based parsers.');
    expect(entities.map((entity) => entity.name).sort()).toEqual([
      'constraint-based parsers',
      'statistical parsers',
    ]);
    const statistical = entities.find((entity) => entity.name === 'statistical parsers');
    expect(statistical?.evidence[0]).toMatchObject({ rule: 'term-method', start: 11 });
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
    'The fine-tuned model helps.',
    'The model-agnostic framework is simple.',
    'We propose a novel UDA method.',
    'We study the central problem and the detection problem.',
    'We use labeled data and Chinese text.',
    // what describes how this paper's own thing is organised names no kind of method
    'The inference process uses output representations in an optimization framework.',
    'ASR systems and adaptation strategies in a fusion module.',
    'A polynomial-time algorithm and a search algorithm.',
    // one word before "model" sorts models into kinds
    'Dense models, multimodal models and the draft model beat long-context models.',
    // a class of ways is no method
    'We compare aggregation methods and sampling techniques.',
    // ways of doing a task are the task's
    'Crowd counting methods and face recognition approaches.',
    // task, data and measure phrases are no terms
    'We align parallel corpora, record spontaneous speech and raise translation quality.',
    'We study the tracking of complex non-rigid motions.',
  ])('%s', async (sentence) => {
    expect(termsOf(await extractOne(sentence))).toEqual([]);
  });
});

describe('descriptive terms: a longer phrase names the concept', () => {
  it('grows a name to its generic head when nothing else is said ("an unsupervised learning model")', async () => {
    const entities = await extractOne('We use an unsupervised learning model.');
    expect(entities.map((entity) => [entity.name, entity.type])).toEqual([
      ['unsupervised learning', 'Method'],
    ]);
    expect(entities[0]?.evidence[0]).toMatchObject({ start: 10, end: 37 });
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
        ['Expectation Maximization (EM)', 'Method'],
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

describe('descriptive terms: a term enters the graph when it recurs as a unit', () => {
  const names = async (abstracts: string[]) => {
    const papers = abstracts.map((abstract, index): Abstract => ({
      id: `p${index}`,
      title: '',
      abstract,
      source: 'test',
    }));
    const [first] = await extractCorpus(papers, { workers: 0 });
    return first?.entities.map((entity) => entity.name) ?? [];
  };

  it.each([
    // said once in one paper: it only describes that paper's own thing
    [['We use a dependency parser.'], []],
    // said twice in its paper
    [['We use a dependency parser. We train the dependency parser.'], ['dependency parser']],
    // found in another paper too
    [['We use a dependency parser.', 'We also train a dependency parser.'], ['dependency parser']],
    // a name needs no such proof
    [['We use BERT.'], ['BERT']],
    // nor does a term the paper's method is built on
    [
      ['We propose QuillNet. QuillNet is built upon a sentence-level decoder.'],
      ['QuillNet', 'sentence-level decoder'],
    ],
  ])('%j', async (abstracts, expected) => {
    expect(await names(abstracts)).toEqual(expected);
  });

  it('asks a large corpus for one paper in a thousand before a term said once is a unit', async () => {
    const filler = Array.from({ length: 3000 }, (_, index) => `Paper ${index} studies graphs.`);
    const shared = (count: number) => Array.from({ length: count }, () => 'We use a dependency parser.');
    // 3 of 3,003 papers: a chance phrase at this size
    expect(await names([...shared(3), ...filler])).toEqual([]);
    // 4 of 3,004: one in a thousand
    expect(await names([...shared(4), ...filler])).toEqual(['dependency parser']);
  });
});
