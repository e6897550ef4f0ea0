/**
 * The tags the concept plugin adds to compromise's tagset. Concept tags mark resolved mentions; the
 * others are cues the match rules read (heads of task and method names, dataset words, proposal verbs...).
 */
export const conceptTags = {
  // ── concepts (set on mentions once they are resolved) ──
  Method: { isA: 'Noun' },
  Dataset: { isA: 'Noun' },
  Benchmark: { isA: 'Noun' },
  Task: { isA: 'Noun' },
  Metric: { isA: 'Noun' },

  // ── shapes (set by the conceptShapes compute step, from the characters of a term) ──
  /** Written like a name: `DAFormer`, `BERT`, `T5`, `word2vec`, `ImageNet`. */
  NameShape: { isA: 'Noun' },
  /** A capitalised word inside a sentence: `Transformer`, `Rare Class Sampling`. */
  TitleWord: { isA: 'Noun' },
  /** A version or size glued to a name: the `2` of `Llama 2`, the `50` of `ResNet-50`. */
  Version: { isA: 'Value' },
  /** A language name: capitalised, but not a name of a concept by itself. */
  Language: { isA: 'Noun' },
  /** Any of the three above: a piece of a name. */
  NamePart: {},
  /** An adjective or noun that may start or continue a concept name (not a head, not vague). */
  Modifier: {},
  /** A word that makes a phrase vague: `our`, `existing`, `novel`, `proposed`. */
  Vague: {},

  // ── heads (from the word lists) ──
  /** Ends a task name and may stand alone: `segmentation`, `summarization`. */
  TaskHead: { isA: 'Noun' },
  /** Ends a task name only after a modifier: `detection` (object detection), `generation`. */
  TaskTail: { isA: 'Noun' },
  /** A task tail so broad that only a thing before it makes a task: `analysis`, `understanding`. */
  BroadTaskTail: { isA: 'TaskTail' },
  /** Ends a method name: `network`, `transformer`, `classifier`, `sampling`. */
  MethodHead: { isA: 'Noun' },
  /** Ends a component's name after a name: `Swin Transformer`, `BERT encoder`. */
  ComponentHead: { isA: 'Noun' },
  /** Ends a method name only after a specific modifier: `model`, `method`, `framework`. */
  GenericHead: { isA: 'Noun' },
  /** Words naming a data collection: `dataset`, `corpus`, `treebank`. */
  DatasetWord: { isA: 'Noun' },
  /** Words naming an evaluation suite: `benchmark`, `leaderboard`. */
  BenchmarkWord: { isA: 'Noun' },
  /** Ends a metric name: `score`, `rate`, `error`. */
  MetricHead: { isA: 'Noun' },
  /** A metric by itself: `accuracy`, `BLEU`, `mIoU`. */
  MetricWord: { isA: 'Noun' },

  // ── heads of descriptive terms (words/terms.ts; a technical modifier must come first) ──
  /** A kind of method: `formalism` (graphical formalism), `recognizer` (speech recognizer). */
  MethodTermHead: { isA: 'Noun' },
  /** What a study runs on: `data` (parallel data), `speech` (spontaneous speech). */
  MaterialHead: { isA: 'Noun' },
  /** A measured quantity: `quality` (translation quality), `cost` (computational cost). */
  MetricTermHead: { isA: 'Noun' },
  /** A task's own noun: `task`, `problem` ("the tracking problem"). */
  TaskNoun: { isA: 'Noun' },

  // ── cues for roles, lineage and results ──
  ProposeVerb: { isA: 'Verb' },
  CompareVerb: { isA: 'Verb' },
  ImproveVerb: { isA: 'Verb' },
  EvaluateWord: {},
  NameCue: {},
} as const;

export type ConceptTag = keyof typeof conceptTags;
