/**
 * Concept names built around a head noun: tasks ("semantic segmentation"), methods ("beam search",
 * "hidden Markov model") and metrics ("F1 score", "word error rate").
 */
import type { MentionRule } from './types';

export const PHRASE_RULES: MentionRule[] = [
  // "unsupervised domain adaptation", "semantic segmentation", "the word segmentation problem"
  {
    match: '[#Modifier+ (#TaskHead|#TaskTail) (task|tasks|problem|problems)?]',
    group: 0,
    tag: 'Task',
    id: 'task-head',
  },
  // "Chinese-to-English translation", "English-French alignment"
  {
    match: '[#Language to? #Language #Modifier{0,3} (#TaskHead|#TaskTail)]',
    group: 0,
    tag: 'Task',
    id: 'language-pair-task',
  },
  // "summarization", "parsing": a task word on its own
  { match: '[#TaskHead]', group: 0, tag: 'Task', id: 'task-word' },
  // "the RTE task", "the CoNLL shared task" — but not "user tasks" or "a central problem" (descriptive
  // task phrases, "a sentence completion task", are terms: see `rules/terms.ts`)
  {
    match: '[#Modifier+] (task|tasks|problem)',
    group: 0,
    tag: 'Task',
    id: 'named-task',
    requires: 'name',
  },
  // "beam search", "speculative decoding", "Rare Class Sampling"
  {
    match: '[#Modifier+ #MethodHead]',
    group: 0,
    tag: 'Method',
    id: 'method-head',
    requires: 'specific',
  },
  // "Swin Transformer", "Masked Autoencoders" — but not "a graph encoder"
  {
    match: '[#Modifier+ #ComponentHead]',
    group: 0,
    tag: 'Method',
    id: 'component-head',
    requires: 'name',
  },
  // "greedy optimization algorithm", "dictionary learning methods"
  {
    match: '[#Modifier+ #MethodHead #GenericHead]',
    group: 0,
    tag: 'Method',
    id: 'method-head',
    requires: 'specific',
  },
  // "accuracy", "BLEU", "mAP"
  { match: '[#MetricWord #Version?]', group: 0, tag: 'Metric', id: 'metric-word' },
  // "F1 score", "BLEU scores", "CIDEr score"
  {
    match: '[(#MetricWord|#NameShape) #MetricHead]',
    group: 0,
    tag: 'Metric',
    id: 'metric-score',
  },
  // "classification accuracy", "WSD accuracy", "pixel accuracy"
  {
    match: '[(#Modifier|#TaskTail|#TaskHead){1,3} #MetricWord]',
    group: 0,
    tag: 'Metric',
    id: 'metric-of-task',
    requires: 'metric',
  },
  // "top-1 accuracy", "classification error", "success rate"
  {
    match: '[#Modifier{1,2} (#MetricHead|#MetricWord)]',
    group: 0,
    tag: 'Metric',
    id: 'metric-head',
    requires: 'metric',
  },
];
