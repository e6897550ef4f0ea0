/**
 * The dev gold's scorer on invented papers. Every expected number was computed by running
 * ../shared/tools/score_extraction.py on these same papers written as JSON lines: the TypeScript port must
 * give the very same floats.
 */
import { describe, expect, it } from 'vitest';
import { formatRuleEffects, ruleEffects, withoutRule } from '../../eval/by-rule';
import { jaccard, namesMatch, normalise, typesAgree, variants } from '../../eval/dev-match';
import { devErrors, formatDevErrors } from '../../eval/dev-errors';
import { devSection, headline } from '../../eval/dev-report';
import {
  isNamed,
  scoreDev,
  scoreEntities,
  scoreRelations,
  scoreResults,
  type PredictedEntity,
  type PredictedPaper,
  type Predictions,
} from '../../eval/dev-score';
import { paperKey, type DevGold } from '../../eval/gold/dev';
import { fixed3, formatTable } from '../../eval/table';

const gold: DevGold = new Map([
  [
    'p1',
    {
      entities: [
        { text: 'Sparse Lattice Transformer', type: 'Method', aliases: ['SLT'], named: true },
        { text: 'dependency parsing', type: 'Task', aliases: [], named: false },
        { text: 'TreeBank-9', type: 'Benchmark', aliases: [], named: true },
        { text: 'labelled attachment score', type: 'Metric', aliases: ['LAS'], named: false },
        { text: 'graph neural networks', type: 'Method', alt_type: 'Task', aliases: [], named: false },
        { text: 'beam search', type: 'Method', aliases: [], named: false },
      ],
      relations: [
        { from: 'SLT', type: 'EXTENDS', to: 'graph neural networks' },
        { from: 'Sparse Lattice Transformer', type: 'COMPARED_WITH', to: 'beam search' },
      ],
      results: [
        { metric: 'LAS', value: '91.2', dataset_or_benchmark: 'TreeBank-9' },
        { metric: 'LAS', value: '+3.4%', dataset_or_benchmark: 'TreeBank-9' },
      ],
    },
  ],
  [
    'p2',
    {
      entities: [
        { text: 'Orbit Corpus', type: 'Dataset', aliases: [], named: true },
        { text: 'contrastive pretraining', type: 'Method', aliases: [], named: false },
        { text: 'Kestrel', type: 'Method', aliases: ['Kestrel-2'], named: true },
      ],
      relations: [],
      results: [],
    },
  ],
  [
    'p3',
    {
      entities: [{ text: 'Heron tagger', type: 'Method', aliases: [], named: true }],
      relations: [{ from: 'Heron tagger', type: 'BUILT_ON', to: 'conditional random fields' }],
      results: [{ metric: 'F1', value: '88' }],
    },
  ],
]);

const entity = (name: string, type: string | undefined, ...rules: string[]): PredictedEntity => ({
  name,
  ...(type && { type }),
  key: `${(type ?? 'none').toLowerCase()}:${name.toLowerCase().replace(/ /g, '-')}`,
  aliases: [],
  evidence: rules.map((rule) => ({ rule })),
});

const p1: PredictedPaper = {
  entities: [
    { ...entity('SLT', 'Method', 'acronym'), aliases: ['Sparse Lattice Transformers'] },
    entity('the dependency parsing task', 'Task', 'task-head'),
    entity('TreeBank 9', 'Dataset', 'name'),
    entity('LAS', 'Task', 'acronym'),
    entity('graph neural network', 'Task', 'task-head', 'term-method'),
    entity('beam', 'Method', 'term-method'),
    entity('beam search decoding', 'Method', 'term-method'),
    entity('attention weights', 'Method', 'term-method'),
    entity('lattice', undefined, 'name'),
  ],
  relations: [
    // Ends by key: 'method:slt' is a predicted entity's key; 'method:graph-neural-network' is no key here.
    { from: 'method:slt', to: 'method:graph-neural-network' },
    { from: 'Sparse Lattice Transformer', to: 'beam' },
    { from: 'method:x', to: 'method:y' },
  ],
  results: [{ value: '91.2%' }, { value: '3.4' }, { value: 'n/a' }],
};

const p2: PredictedPaper = {
  entities: [
    entity('contrastive pretraining objective', 'Method', 'term-method'),
    entity('Orbit', 'Benchmark', 'name'),
    entity('Kestrel 2', 'Method', 'name'),
    entity('Kestrel', 'Method', 'name', 'acronym'),
  ],
  relations: [],
  results: [{ value: '12' }],
};

const predictions: Predictions = new Map([
  ['p1', p1],
  ['p2', p2],
  // Not in the gold: not scored.
  ['p4', { entities: [entity('Ghost', 'Method', 'name')], relations: [], results: [] }],
]);

describe('normalise (the scoring script’s name normalisation)', () => {
  it.each([
    ['The Vision-Transformers', 'vision transformer'],
    ['an encoder_decoder/attention model', 'encoder decoder attention model'],
    ['Loss  of the gas', 'loss of the gas'],
    ['BLEU-4 (dev)', 'bleu 4 dev'],
    ['C++ and x^2, 3.5%', 'c++ and x^2 3.5'],
    ['pre\u2013training', 'pre training'],
    ['Theory', 'theory'],
    ['ΣNETS', 'σnet'],
    ['ΛΟΓΟΣ', 'λογος'],
    // Three characters (five UTF-16 units): too short to lose its 's'.
    ['𝑥𝑦s', '𝑥𝑦s'],
    // U+FEFF is no space to Python (the article stays), U+001C is.
    ['the\ufeffmodel', 'themodel'],
    ['a\x1cmodel', 'model'],
    ['a\u00a0Réseau', 'réseau'],
    ['!!!', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('keeps the name and aliases as variants, without empty ones', () => {
    expect(variants('The CRFs', ['CRF', '', '()'])).toEqual(new Set(['crf']));
  });
});

describe('matching names and types', () => {
  it.each([
    ['beam search', 'beam', 0.5],
    ['neural machine translation', 'machine translation', 2 / 3],
    ['', 'model', 0],
  ])('jaccard(%j, %j) = %d', (a, b, expected) => {
    expect(jaccard(a, b)).toBe(expected);
  });

  it.each([
    [['beam search'], ['beam'], false, false],
    [['beam search'], ['beam'], true, true],
    [['beam search'], ['search tree model'], true, false],
    [['slt', 'sparse lattice transformer'], ['slt'], false, true],
  ])('%j ~ %j (relaxed %j): %j', (goldNames, predictedNames, relaxed, expected) => {
    expect(namesMatch(new Set(goldNames), new Set(predictedNames), relaxed)).toBe(expected);
  });

  it.each([
    [{ type: 'Method' }, 'Method', true],
    [{ type: 'Method', alt_type: 'Task' }, 'Task', true],
    [{ type: 'Method' }, 'Task', false],
    [{ type: 'Benchmark' }, 'Dataset', true],
    [{ type: 'Dataset' }, 'Benchmark', true],
    [{ type: 'Dataset' }, undefined, false],
  ])('gold %j, predicted %j: %j', (goldEntity, predicted, expected) => {
    expect(typesAgree(goldEntity, predicted)).toBe(expected);
  });
});

describe('scoreEntities', () => {
  it.each([
    ['all', true, false, 4, 9, 6, 0.34782608695652173],
    ['all', true, true, 8, 5, 2, 0.6956521739130435],
    ['all', false, false, 5, 8, 5, 0.4347826086956522],
    ['all', false, true, 9, 4, 1, 0.7826086956521738],
    ['named', true, false, 3, 8, 2, 0.37499999999999994],
    ['named', true, true, 4, 3, 1, 0.6666666666666666],
    ['named', false, false, 3, 8, 2, 0.37499999999999994],
    ['named', false, true, 4, 3, 1, 0.6666666666666666],
  ] as const)(
    '%s, typed %j, relaxed %j: tp %d fp %d fn %d, F1 %d',
    (label, typed, relaxed, tp, fp, fn, f1) => {
      const scores = scoreEntities(gold, predictions, {
        typed,
        relaxed,
        ...(label === 'named' && { filter: isNamed }),
      });
      expect(scores).toMatchObject({ tp, fp, fn, f1 });
    },
  );

  it('counts tp and fn under the gold type, fp under the predicted type (? when none)', () => {
    const { perType } = scoreEntities(gold, predictions, { typed: true, relaxed: true });
    const counts = Object.fromEntries([...perType].map(([type, s]) => [type, [s.tp, s.fp, s.fn]]));
    expect(counts).toEqual({
      '?': [0, 1, 0],
      Benchmark: [1, 0, 0],
      Dataset: [1, 0, 0],
      Method: [5, 3, 1],
      Metric: [0, 0, 1],
      Task: [1, 1, 0],
    });
  });

  it('takes the first unused prediction for each gold concept, one to one', () => {
    const { papers } = scoreEntities(gold, predictions, { typed: true, relaxed: true });
    // 'beam search' takes 'beam' (first in order), leaving 'beam search decoding' spurious.
    expect(papers[0]?.goldMatch).toEqual([0, 1, 2, undefined, 4, 5]);
    // 'Kestrel' takes 'Kestrel 2' (its alias); the second 'Kestrel' is spurious.
    expect(papers[1]?.outcome).toEqual(['tp', 'tp', 'tp', 'fp']);
  });

  it('neither credits nor blames a prediction matching a gold concept the filter left out', () => {
    const { papers } = scoreEntities(gold, predictions, { typed: true, relaxed: true, filter: isNamed });
    expect(papers[1]?.outcome).toEqual(['excluded', 'tp', 'tp', 'fp']);
  });
});

describe('scoreRelations and scoreResults', () => {
  it('matches relation ends by key, name and aliases, relaxed, whatever the relation type', () => {
    expect(scoreRelations(gold, predictions)).toMatchObject({ tp: 2, fp: 1, fn: 1, f1: 0.6666666666666666 });
  });

  it('matches results on the digits of the value', () => {
    expect(scoreResults(gold, predictions)).toMatchObject({ tp: 2, fp: 2, fn: 1, f1: 0.5714285714285715 });
  });
});

describe('scoreDev', () => {
  it('prints the headline as the script does', () => {
    const scores = scoreDev(gold, predictions);
    expect(scores.papers).toEqual({ gold: 3, predicted: 3, missing: 1 });
    expect(headline(scores)).toBe(
      'headline all-P=0.615 all-F1=0.696 named-R=0.800 relations-F1=0.667 results-F1=0.571',
    );
  });

  it('heads the table with the per-type rows, then named concepts, relations and results', () => {
    const table = formatTable([devSection(scoreDev(gold, predictions))]).split('\n');
    expect(table).toHaveLength(2 + 6 + 1 + 3);
    expect(table[2]).toMatch(/^gold-dev\s+paper typed relaxed\s+\?\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+0$/);
    expect(table[9]).toMatch(/named typed relaxed\s+all\s+0\.571\s+0\.800\s+0\.667\s+4\s+3\s+1$/);
    expect(table[11]).toMatch(/results\s+all\s+0\.500\s+0\.667\s+0\.571\s+2\s+2\s+1$/);
  });

  it.each([
    [0.0625, '0.062'],
    [0.1875, '0.188'],
    [0.5704, '0.570'],
    [2 / 3, '0.667'],
    [1, '1.000'],
  ])('writes %d as %j (Python rounds an exact half to even)', (value, expected) => {
    expect(fixed3(value)).toBe(expected);
  });

  it.each([
    [{ id: 'a', idx: 3 }, 'a'],
    [{ idx: 7 }, '7'],
    [{}, 'None'],
  ])('keys the line %j as %j', (line, expected) => {
    expect(paperKey(line)).toBe(expected);
  });
});

describe('ruleEffects', () => {
  it('drops only the entities every evidence of which is from the rule', () => {
    const names = (withoutRule(predictions, 'term-method').get('p1')?.entities ?? []).map((e) => e.name);
    expect(names).toContain('graph neural network');
    expect(names).not.toContain('beam');
  });

  it('counts each rule’s tp and fp and the all-F1 without it, what removing it gains first', () => {
    const effects = ruleEffects(gold, predictions);
    expect(effects).toEqual([
      { rule: 'acronym', tp: 1, fp: 2, only: 2, f1Without: 0.6666666666666666, delta: -0.02898550724637683 },
      {
        rule: 'task-head',
        tp: 2,
        fp: 0,
        only: 1,
        f1Without: 0.6363636363636365,
        delta: -0.059288537549406994,
      },
      { rule: 'name', tp: 3, fp: 2, only: 4, f1Without: 0.631578947368421, delta: -0.06407322654462244 },
      {
        rule: 'term-method',
        tp: 3,
        fp: 2,
        only: 4,
        f1Without: 0.631578947368421,
        delta: -0.06407322654462244,
      },
    ]);
    expect(formatRuleEffects(effects).split('\n')[1]).toMatch(/^acronym\s+1\s+2\s+2\s+0\.6667\s+-0\.0290$/);
  });

  it('puts first the rule whose removal gains most', () => {
    const noisy: Predictions = new Map([
      ...predictions,
      ['p2', { ...p2, entities: [...(p2.entities ?? []), entity('noise phrase', 'Method', 'noise')] }],
    ]);
    const effects = ruleEffects(gold, noisy);
    // Without 'noise' the predictions are the ones above again: their all-F1.
    expect(effects[0]).toMatchObject({ rule: 'noise', tp: 0, fp: 1, only: 1, f1Without: 0.6956521739130435 });
    expect(effects.map((effect) => effect.rule)).toEqual([
      'noise',
      'acronym',
      'task-head',
      'name',
      'term-method',
    ]);
  });
});

describe('devErrors', () => {
  it('lists missed gold concepts and spurious predictions, with the other side’s type and the rules', () => {
    const errors = devErrors(scoreDev(gold, predictions));
    expect(errors.missed).toEqual([
      { paper: 'p1', type: 'Metric', text: 'labelled attachment score', otherType: 'Task' },
      { paper: 'p3', type: 'Method', text: 'Heron tagger' },
    ]);
    expect(errors.spurious.map((error) => [error.text, error.otherType, error.rules])).toEqual([
      ['LAS', 'Metric', ['acronym']],
      ['beam search decoding', undefined, ['term-method']],
      ['attention weights', undefined, ['term-method']],
      ['lattice', undefined, ['name']],
      ['Kestrel', undefined, ['name', 'acronym']],
    ]);
    expect(formatDevErrors(errors, 1)).toContain(
      '── missed gold concepts: 2\n  Method: 1 (0 with another type)\n    "Heron tagger"  (p3)',
    );
  });
});
