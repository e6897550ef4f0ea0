/** What per-abstract extraction works with and hands to corpus-level consolidation. */
import type { ConceptType, LineageType, MethodRole } from '../../src/model/concepts';
import type { RuleId, TypingStep } from './rules';

/** A word of the abstract with its tags and character offsets (end exclusive). */
export interface Token {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** A mention type before consolidation: `Name` is a name whose type is not known yet. */
export type MentionType = ConceptType | 'Name';

/** A mention of a concept in one abstract. */
export interface Mention {
  type: MentionType;
  /** The words as written: `abstract.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Token range in its sentence: first and one past the last. */
  from: number;
  to: number;
  /** The rule that found the mention (its entry in `rules.ts`). */
  rule: RuleId;
  /** The steps that typed it after, recorded on the evidence after the rule: `name+apposition`. */
  steps?: TypingStep[];
  confidence: number;
  role?: MethodRole;
  /** The concept's name when the mention's words say more: `Rare Class Sampling (RCS)` names `Rare Class Sampling`. */
  name?: string;
  /** For an acronym or its long form: the other form (`RCS` ↔ `Rare Class Sampling`). */
  alias?: string;
  /** The long form's text when this mention is an acronym. */
  longForm?: string;
}

/** A lineage statement between two method mentions (indexes into `mentions`). */
export interface LineageCandidate {
  from: number;
  to: number;
  type: LineageType;
  sentence: number;
  rule: string;
}

/** A result: a value, the metric it is reported for, and what it was measured on and by. */
export interface ResultCandidate {
  /** The metric mention beside the value, when there is one. */
  metric?: number;
  /** The metric's name where no metric mention names it: the quality the claim is about ("speedup"). */
  metricName: string;
  value: string;
  target?: number;
  method?: number;
  sentence: number;
  start: number;
  end: number;
  rule: string;
}

/** Everything one abstract yields before consolidation. */
export interface PaperCandidates {
  id: string;
  title: string;
  abstract: string;
  sentences: Array<{ start: number; end: number }>;
  mentions: Mention[];
  /** What the title names, read as a sentence of its own: offsets point into the title. */
  titleMentions: Mention[];
  lineage: LineageCandidate[];
  results: ResultCandidate[];
}
