/**
 * The descriptive-term layer: technical noun phrases that are not names ("maximum entropy model",
 * "parallel corpora", "unification-based grammar parsing"), typed by their head — the last word of the
 * phrase. Terms are weaker than names: lower confidence, `term-*` rules, and a named mention on the same
 * words wins. Every term needs a technical modifier (`requires: 'technical'`): no opinion ("a costly
 * process"), no generic word alone ("statistical model").
 */
import type { ConceptType } from '../../../../src/model/concepts';
import type { ConceptTag } from '../tags';

export interface TermRule {
  /** The rule applies when the phrase's head (its last word) has one of these tags. */
  heads: ConceptTag[];
  type: ConceptType;
  /** The rule's name, recorded on the evidence: always `term-...`. */
  reason: `term-${string}`;
  confidence: number;
  /** `of`: the term is the phrase and the "of" phrase after it ("tracking of non-rigid motions"). */
  object?: 'of';
}

export const TERM_RULES: TermRule[] = [
  // "unification-based grammar parsing", "robust visual tracking", "word sense disambiguation"
  { heads: ['TaskHead', 'TaskTail'], type: 'Task', reason: 'term-task', confidence: 0.5 },
  // "tracking of complex non-rigid motions", "segmentation of complex scenes"
  { heads: ['TaskHead', 'TaskTail'], type: 'Task', reason: 'term-task-of', confidence: 0.5, object: 'of' },
  // "the image registration problem", "a sentence classification task"
  { heads: ['TaskNoun'], type: 'Task', reason: 'term-task-noun', confidence: 0.5 },
  // "maximum entropy model", "dependency parser", "lexicalized grammar", "declarative formalism"
  {
    heads: ['GenericHead', 'ComponentHead', 'MethodHead', 'MethodTermHead'],
    type: 'Method',
    reason: 'term-method',
    confidence: 0.5,
  },
  // "parallel corpora", "a bilingual lexicon"
  { heads: ['DatasetWord'], type: 'Dataset', reason: 'term-dataset', confidence: 0.5 },
  // "translation quality", "computational cost", "semantic error rate"
  {
    heads: ['MetricTermHead'],
    type: 'Metric',
    reason: 'term-metric',
    confidence: 0.5,
  },
];
