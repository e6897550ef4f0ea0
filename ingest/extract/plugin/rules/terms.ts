/**
 * The descriptive-term layer: technical noun phrases that are not names ("maximum entropy model",
 * "parallel corpora", "unification-based grammar parsing"), typed by their head — the last word of the
 * phrase. Terms are weaker than names: lower confidence, rules of the `term` layer, and a named mention on the same
 * words wins. Every term needs a modifier that says which kind of thing it is, and no opinion ("a costly
 * process"); task and data terms need a technical one ("the learning problem" and "training data" are no
 * terms), method and measure terms take generic kinds too ("statistical model", "computational cost").
 */
import type { ConceptType } from '../../../../src/model/concepts';
import type { RuleId } from '../../rules';
import type { ConceptTag } from '../tags';

export interface TermRule {
  /** The rule applies when the phrase's head (its last word) has one of these tags. */
  heads: ConceptTag[];
  type: ConceptType;
  /** The rule's id: its entry in `rules.ts`, in the `term` layer. */
  id: RuleId;
  /** `of`: the term is the phrase and the "of" phrase after it ("tracking of non-rigid motions"). */
  object?: 'of';
  /**
   * What the words before the head must say (see `MentionRule.requires`): `technical` for tasks and data,
   * whose generic phrases are vague ("the learning problem", "training data"); `descriptive` for methods
   * and measures, where a generic kind is a kind ("a statistical model", "computational cost").
   */
  requires: 'technical' | 'descriptive';
}

export const TERM_RULES: TermRule[] = [
  // "the image registration problem", "a sentence classification task"
  { heads: ['TaskNoun'], type: 'Task', id: 'term-task-noun', requires: 'technical' },

  // "maximum entropy model", "dependency parser", "lexicalized grammar", "declarative formalism"
  {
    heads: ['GenericHead', 'ComponentHead', 'MethodHead', 'MethodTermHead'],
    type: 'Method',
    id: 'term-method',
    requires: 'descriptive',
  },
];
