/** The shape of a match row: compromise's `{match, tag, reason}` plus what our code needs to use it. */
import type { ConceptType } from '../../../../src/model/concepts';
import type { RuleId } from '../../rules';

/** A mention rule: its capture group (or whole match) is a mention of a concept. */
export interface MentionRule {
  /** compromise match syntax; `[...]` marks the mention. */
  match: string;
  group?: 0;
  /** The concept type, or `Name` for a name whose type other evidence decides. */
  tag: ConceptType | 'Name';
  /** The rule's id: its entry in `rules.ts` (example, confidence, checks) and its name on the evidence. */
  id: RuleId;
  /**
   * Which end of the capture is anchored to the cue, when punctuation splits it: `last` (default) keeps the
   * words before the cue ("BERT, [RoBERTa] model"), `first` the words after it ("called [X], ...").
   */
  keep?: 'first' | 'last';
  /**
   * What the words before the head must include: `name` a name ("hidden Markov model", "Swin
   * Transformer"), `specific` a word that is not generic ("beam search", not "adaptive search"), `metric`
   * nothing that makes a non-metric ("error rate", not "learning rate"), `technical` a word that is not
   * generic and none that judges ("maximum entropy model", not "a costly process" or "statistical model"),
   * `descriptive` a word that says which kind, generic kinds included, and none that judges ("statistical
   * model", "classification method", not "the base model" or "an elegant model").
   */
  requires?: 'name' | 'specific' | 'metric' | 'technical' | 'descriptive';
}

export type ContextTag = 'Proposed';

/** A context rule: its capture group is the scope where a mention takes a role or a relation. */
export interface ContextRule {
  match: string;
  group?: 0;
  tag: ContextTag;
  /** A label for the scope, read by no code. */
  reason: string;
}
