/**
 * Every rule that finds a mention, in one table: its id (recorded on the evidence), an example of what it
 * finds, how sure a mention from it is, and the conditions that apply to what it finds. The match rows
 * (`plugin/rules/*.ts`) and the term rules carry only an id and their pattern; code asks a rule's entry what
 * holds for it (`ruleOf(id).layer === 'term'`), never its id.
 */

/** Where a rule's mentions come from, which decides the checks they pass (see `vagueness.ts`). */
export type RuleLayer =
  /** A match row or a step of per-abstract extraction. */
  | 'rule'
  /** A descriptive term: weaker than a name, and dropped unless it recurs (see consolidation). */
  | 'term'
  /** The known-names list: a name known to the project, kept as written. */
  | 'known'
  /** A user's lexicon: kept as written like a known name. */
  | 'lexicon';

/** A check that applies only to the rules that list it (see `ROW_CHECKS` in `vagueness.ts`). */
export type RowCheckId =
  | 'plural task word'
  | 'task before the cue'
  | 'vague name before the cue'
  | 'common word as setting end'
  | 'vague words before a task head'
  | 'broad task without a thing'
  | 'phrase without its head'
  | 'task phrase cut before "of"'
  | 'metric word inside a name'
  | 'vague task before task noun'
  | 'no task before task noun';

export interface RuleEntry {
  /** What the rule finds, as written in an abstract. */
  example: string;
  /** How sure a mention from this rule is, 0..1; absent where a step re-credits a mention it keeps as it was. */
  confidence?: number;
  layer?: RuleLayer;
  /** The checks that apply to this rule's candidates beyond those of its layer. */
  checks?: readonly RowCheckId[];
  /**
   * Found by its shape alone (capitals, digits, hyphens): a list may run over commas into the next name,
   * a lone capitalised word is only a weak name, the sentence may type it, and an acronym defined in the
   * abstract takes the credit for it.
   */
  byShapeOnly?: true;
  /** The confidence when its words are hyphenated ("Qwen2.5-32B-Instruct"), surer than its shape alone. */
  hyphenatedConfidence?: number;
  /** A phrase ending at its head word ("semantic segmentation", "beam search"): a longer one ranks above it. */
  endsAtHead?: true;
  /** A domain-adaptation setting ("GTA-to-Cityscapes"): its two ends are datasets. */
  setting?: true;
  /** The type of a name it finds that nothing else types ("evaluated on KITTI": a dataset). */
  untypedNameIs?: 'Dataset';
  /**
   * A capitalised common word it finds is still a concept's name: a naming rule ("we propose Dolphin"), or
   * a word list that types the word whatever its case ("Accuracy" and "Parsing" opening a sentence).
   */
  names?: true;
  /**
   * A concept only the title names stands on the title when this rule found it there (`once typed`: when
   * a step of its paper typed it too); the title's framing phrases ("Weakly-Supervised Crowd Counting") do not.
   */
  standsOnTitle?: 'always' | 'once typed';
}

export const RULES = {
  // ── match rows: names and the words around them (plugin/rules/names.ts) ──
  'name-dataset-word': {
    example: 'on the Cityscapes dataset',
    confidence: 0.9,
    checks: ['task before the cue', 'vague name before the cue'],
  },
  'language-treebank': { example: 'the Chinese Treebank', confidence: 0.85 },
  'name-benchmark-word': {
    example: 'the new MMLU-Pro benchmark',
    confidence: 0.9,
    checks: ['task before the cue', 'vague name before the cue'],
  },
  'dataset-word-such-as': { example: 'datasets such as SQuAD', confidence: 0.85 },
  'benchmark-word-such-as': { example: 'benchmarks including GLUE', confidence: 0.85 },
  'benchmark-called': { example: 'a new benchmark called LongBench', confidence: 0.9 },
  'dataset-called': { example: 'a dataset named WiC', confidence: 0.9 },
  'called-name': { example: 'which we dub DAFormer', confidence: 0.85, names: true, standsOnTitle: 'always' },
  'name-method-word': {
    example: 'the Transformer architecture',
    confidence: 0.8,
    checks: ['task before the cue', 'vague name before the cue'],
    names: true,
  },
  'name-based': { example: 'BERT-based encoders', confidence: 0.8 },
  'based-on-name': { example: 'built upon LLaMA 2', confidence: 0.75 },
  'name-outperforms': { example: 'DAFormer outperforms', confidence: 0.8, names: true },
  'outperforms-name': { example: 'outperforms RoPE', confidence: 0.75 },
  'source-to-target': {
    example: 'GTA-to-Cityscapes',
    confidence: 0.93,
    checks: ['common word as setting end'],
    setting: true,
  },
  'propose-name': { example: 'we propose DAFormer', confidence: 0.85, names: true, standsOnTitle: 'always' },
  'evaluated-on-name': { example: 'experiments on ImageNet', confidence: 0.6, untypedNameIs: 'Dataset' },
  name: {
    example: 'Qwen2.5-32B-Instruct',
    confidence: 0.5,
    byShapeOnly: true,
    hyphenatedConfidence: 0.92,
    standsOnTitle: 'once typed',
  },

  // ── match rows: phrases around a head word (plugin/rules/phrases.ts) ──
  'task-head': {
    example: 'unsupervised domain adaptation',
    confidence: 0.75,
    checks: [
      'vague words before a task head',
      'broad task without a thing',
      'phrase without its head',
      'task phrase cut before "of"',
    ],
    endsAtHead: true,
  },
  'language-pair-task': { example: 'Chinese-to-English translation', confidence: 0.8 },
  'task-word': {
    example: 'summarization',
    confidence: 0.6,
    checks: ['plural task word', 'task phrase cut before "of"'],
    names: true,
  },
  'named-task': { example: 'the RTE task', confidence: 0.6 },
  'method-head': {
    example: 'speculative decoding',
    confidence: 0.7,
    checks: ['phrase without its head'],
    endsAtHead: true,
  },
  'component-head': {
    example: 'Swin Transformer',
    confidence: 0.7,
    checks: ['phrase without its head'],
    endsAtHead: true,
  },
  'metric-word': {
    example: 'BLEU',
    confidence: 0.85,
    checks: ['metric word inside a name'],
    names: true,
  },
  'metric-score': { example: 'F1 score', confidence: 0.85 },
  'metric-of-task': { example: 'classification accuracy', confidence: 0.65 },
  'metric-head': {
    example: 'success rate',
    confidence: 0.6,
    checks: ['phrase without its head'],
    endsAtHead: true,
  },

  // ── descriptive terms (plugin/rules/terms.ts) ──
  'term-task-noun': {
    example: 'the image registration problem',
    confidence: 0.5,
    layer: 'term',
    checks: ['vague task before task noun', 'no task before task noun'],
  },
  'term-method': { example: 'maximum entropy model', confidence: 0.5, layer: 'term' },

  // ── known names (plugin/words/known.ts) and a user's lexicon ──
  'known-method': {
    example: 'GPT-4o',
    confidence: 0.9,
    layer: 'known',
    names: true,
    standsOnTitle: 'always',
  },
  'known-dataset': {
    example: 'SQuAD',
    confidence: 0.9,
    layer: 'known',
    names: true,
    standsOnTitle: 'always',
  },
  'known-benchmark': {
    example: 'GLUE',
    confidence: 0.9,
    layer: 'known',
    names: true,
    standsOnTitle: 'always',
  },
  'known-task': {
    example: 'machine translation',
    confidence: 0.9,
    layer: 'known',
    names: true,
    standsOnTitle: 'always',
  },
  'known-metric': { example: 'BLEU', confidence: 0.9, layer: 'known', names: true, standsOnTitle: 'always' },
  'lexicon-method': {
    example: 'a method of the lexicon',
    confidence: 0.95,
    layer: 'lexicon',
    names: true,
    standsOnTitle: 'always',
  },
  'lexicon-dataset': {
    example: 'a dataset of the lexicon',
    confidence: 0.95,
    layer: 'lexicon',
    names: true,
    standsOnTitle: 'always',
  },
  'lexicon-benchmark': {
    example: 'a benchmark of the lexicon',
    confidence: 0.95,
    layer: 'lexicon',
    names: true,
  },
  'lexicon-task': {
    example: 'a task of the lexicon',
    confidence: 0.95,
    layer: 'lexicon',
    names: true,
    standsOnTitle: 'always',
  },
  'lexicon-metric': {
    example: 'a metric of the lexicon',
    confidence: 0.95,
    layer: 'lexicon',
    names: true,
    standsOnTitle: 'always',
  },

  // ── steps of per-abstract extraction that make or re-credit a mention ──
  'title-word': { example: 'Dolphin (a lone capitalised word)', confidence: 0.3 },
  acronym: { example: 'RCS, after "Rare Class Sampling (RCS)"', confidence: 0.85 },
  'long-form': { example: 'Rare Class Sampling, before "(RCS)"', confidence: 0.85 },
  'repeated-name': { example: 'a typed name said again where no rule saw it' },
  'setting-dataset': { example: 'Cityscapes, of "GTA-to-Cityscapes"' },
  'title-name': {
    example: 'the name the title gives the paper’s method',
    names: true,
    standsOnTitle: 'always',
  },
  'title-lead': { example: 'DAFormer: ... (the title’s lead)', confidence: 0.6, standsOnTitle: 'always' },
  'title-head': { example: 'the title’s head noun said again in the abstract', confidence: 0.6 },
  'title-phrase': { example: 'a term of the title', confidence: 0.8 },
  'cue-object': { example: 'MAELRE integrates token merging', confidence: 0.6 },
} as const satisfies Record<string, RuleEntry>;

export type RuleId = keyof typeof RULES;

/** The entry of a rule. */
export const ruleOf = (id: RuleId): RuleEntry => RULES[id];

/** How sure a mention from the rule is (every rule that makes mentions of its own says). */
export const confidenceOf = (id: RuleId): number => ruleOf(id).confidence ?? 0;

/** The layer of a rule: `rule` unless its entry says otherwise. */
export const layerOf = (id: RuleId): RuleLayer => ruleOf(id).layer ?? 'rule';

/** Does this check apply to the rule's candidates? */
export const hasCheck = (id: RuleId, check: RowCheckId): boolean =>
  ruleOf(id).checks?.includes(check) ?? false;

/** The steps that type a name after a rule found it, and what each reads. */
export const STEPS = {
  shape: { example: 'GPT-4o (written like a model)' },
  apposition: { example: 'Yi-9B, a language model' },
  'model-size': { example: 'OPT-175B' },
  list: { example: 'models (A, B, and C)' },
  'evaluated-on': { example: 'results on NQ-Open' },
  'change-in': { example: 'a drop in Recall@5' },
  /** A guess: a name nothing else typed is a method, and its vote counts for less. */
  default: { example: 'SpecKV reduces memory', guess: true },
  lineage: { example: 'built upon LLaMA' },
} as const satisfies Record<string, { example: string; guess?: true }>;

export type TypingStep = keyof typeof STEPS;

/** Was the mention's type a guess (its last step is one)? */
export const typeGuessed = (mention: { steps?: readonly TypingStep[] }): boolean => {
  const last = mention.steps?.at(-1);
  return last !== undefined && 'guess' in STEPS[last];
};

/** Records a step that typed the mention after its rule found it. */
export function addStep(mention: { steps?: TypingStep[] }, step: TypingStep): void {
  mention.steps = [...(mention.steps ?? []), step];
}

/**
 * A mention's rule as recorded on its evidence: the rule that found it, then the steps that typed it
 * ("name+apposition", "propose-name+shape").
 */
export const ruleLabel = (mention: { rule: RuleId; steps?: readonly TypingStep[] }): string =>
  [mention.rule, ...(mention.steps ?? [])].join('+');

/** The rule an evidence label names (`corpus-` marks a name the corpus typed; steps follow a `+`). */
export function ruleOfLabel(label: string): RuleId | undefined {
  const id = label.replace(/^corpus-/, '').split('+')[0] ?? '';
  return id in RULES ? (id as RuleId) : undefined;
}

/** May a mention found by this rule, with these steps, stand on the title alone? */
export function standsOnTitle(mention: { rule: RuleId; steps?: readonly TypingStep[] }): boolean {
  const stands = ruleOf(mention.rule).standsOnTitle;
  return stands === 'always' || (stands === 'once typed' && (mention.steps?.length ?? 0) > 0);
}
