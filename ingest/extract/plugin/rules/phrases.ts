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
    reason: 'task-head',
    confidence: 0.75,
  },
  // "Chinese-to-English translation", "English-French alignment"
  {
    match: '[#Language to? #Language #Modifier{0,3} (#TaskHead|#TaskTail)]',
    group: 0,
    tag: 'Task',
    reason: 'language-pair-task',
    confidence: 0.8,
  },
  // "summarization", "parsing": a task word on its own
  { match: '[#TaskHead]', group: 0, tag: 'Task', reason: 'task-word', confidence: 0.6 },
  // "the RTE task", "the CoNLL shared task" — but not "user tasks" or "a central problem" (descriptive
  // task phrases, "a sentence completion task", are terms: see `rules/terms.ts`)
  {
    match: '[#Modifier+] (task|tasks|problem)',
    group: 0,
    tag: 'Task',
    reason: 'named-task',
    confidence: 0.6,
    requires: 'name',
  },
  // "beam search", "speculative decoding", "Rare Class Sampling"
  {
    match: '[#Modifier+ #MethodHead]',
    group: 0,
    tag: 'Method',
    reason: 'method-head',
    confidence: 0.7,
    requires: 'specific',
  },
  // "Swin Transformer", "Masked Autoencoders" — but not "a graph encoder"
  {
    match: '[#Modifier+ #ComponentHead]',
    group: 0,
    tag: 'Method',
    reason: 'component-head',
    confidence: 0.7,
    requires: 'name',
  },
  // "greedy optimization algorithm", "dictionary learning methods"
  {
    match: '[#Modifier+ #MethodHead #GenericHead]',
    group: 0,
    tag: 'Method',
    reason: 'method-head',
    confidence: 0.7,
    requires: 'specific',
  },
  // "accuracy", "BLEU", "mAP"
  { match: '[#MetricWord #Version?]', group: 0, tag: 'Metric', reason: 'metric-word', confidence: 0.85 },
  // "F1 score", "BLEU scores", "CIDEr score"
  {
    match: '[(#MetricWord|#NameShape) #MetricHead]',
    group: 0,
    tag: 'Metric',
    reason: 'metric-score',
    confidence: 0.85,
  },
  // "classification accuracy", "WSD accuracy", "pixel accuracy"
  {
    match: '[(#Modifier|#TaskTail|#TaskHead){1,3} #MetricWord]',
    group: 0,
    tag: 'Metric',
    reason: 'metric-of-task',
    confidence: 0.65,
    requires: 'metric',
  },
  // "top-1 accuracy", "classification error", "success rate"
  {
    match: '[#Modifier{1,2} (#MetricHead|#MetricWord)]',
    group: 0,
    tag: 'Metric',
    reason: 'metric-head',
    confidence: 0.6,
    requires: 'metric',
  },
];
