/**
 * Why a cleaned candidate is no concept: each check has a name and an example. The first that holds
 * drops the candidate (see `clean.ts`).
 */
import { canonicalName } from '../../src/model/keys';
import type { Candidate } from './candidates';
import { isEnglishWord, KNOWN_NAMES } from './plugin';
import { TASK_HEADS } from './plugin/words/heads';
import { GENERIC_MODIFIERS, NOT_METRIC_MODIFIERS, VAGUE_PHRASES, VAGUE_WORDS } from './plugin/words/vague';
import { hasAny } from './span';
import type { Token } from './types';

const vagueWords = new Set(VAGUE_WORDS);
const vaguePhrases = new Set(VAGUE_PHRASES);
const genericModifiers = new Set(GENERIC_MODIFIERS);
const notMetricModifiers = new Set(NOT_METRIC_MODIFIERS);
/** A task word alone counts in the singular: "translations" are outputs, "translation" is the task. */
const singularTasks = new Set(TASK_HEADS);

export const HEAD_TAGS = [
  'TaskTail',
  'MethodHead',
  'ComponentHead',
  'GenericHead',
  'MetricHead',
  'DatasetWord',
  'BenchmarkWord',
];
export const PHRASE_RULES = new Set([
  'task-head',
  'method-head',
  'component-head',
  'generic-head',
  'metric-head',
]);
const NAMED_BY_CUE = new Set(['name-dataset-word', 'name-benchmark-word', 'name-method-word']);

export const isGeneric = (token: Token): boolean =>
  genericModifiers.has(token.normal) ||
  vagueWords.has(token.normal) ||
  vaguePhrases.has(canonicalName(token.text));

/** Do the words before a head say enough (see `MentionRule.requires`)? */
function modifiersSuffice(modifiers: Token[], requires: 'name' | 'specific' | 'metric'): boolean {
  switch (requires) {
    case 'name':
      return modifiers.some((token) => token.tags.has('NamePart') && !isGeneric(token));
    case 'specific':
      return modifiers.some(
        (token) => token.tags.has('NamePart') || (token.tags.has('Modifier') && !isGeneric(token)),
      );
    case 'metric':
      return modifiers.every((token) => !notMetricModifiers.has(token.normal));
  }
}

/** What a check sees: the candidate, its cleaned words, their text, and the words before its cue word. */
export interface SpanView {
  candidate: Candidate;
  span: Token[];
  surface: string;
  /** The words before the head or cue word ("Cityscapes" of "Cityscapes dataset"). */
  nameOnly: Token[];
  nameText: string;
  /** The token before the span. */
  before: Token | undefined;
}

type Check = [name: string, holds: (view: SpanView) => boolean];

/** Checks for every candidate, known names included. */
export const ALWAYS: Check[] = [
  // "LLMs", "deep learning", "the model" (after trimming: "model")
  ['vague phrase', ({ surface }) => vaguePhrases.has(canonicalName(surface))],
  // "Occam's"
  ['possessive', ({ span }) => /['’]s$/.test(span.at(-1)?.text ?? '')],
];

/** Checks for candidates of the rules (not the gazetteers). */
export const FOR_RULES: Check[] = [
  // "infilling-[augmented decoding process]": a phrase does not start inside a hyphenated word
  ['inside a hyphenated word', ({ before }) => before?.post === '-'],
  // "model", "decoder": a head word alone
  ['head alone', ({ span }) => span.length === 1 && hasAny(span[0] as Token, HEAD_TAGS)],
  // "translations"
  [
    'plural task word',
    ({ candidate, span }) => candidate.rule === 'task-word' && !singularTasks.has(span[0]?.normal ?? ''),
  ],
  // "AR LMs", "LLM agents"
  [
    'vague words only',
    ({ candidate, span }) =>
      candidate.type !== 'Task' && span.every((token) => isGeneric(token) || hasAny(token, HEAD_TAGS)),
  ],
  // "the Context dataset": a common word is no dataset's name without more to it
  [
    'common word as dataset',
    ({ candidate, nameOnly }) =>
      (candidate.type === 'Dataset' || candidate.type === 'Benchmark') &&
      nameOnly.length === 1 &&
      nameOnly[0]?.tags.has('TitleWord') === true &&
      isEnglishWord(nameOnly[0].normal),
  ],
  // "QA datasets", "NER models": the task they are for, not their name
  [
    'task before the cue',
    ({ candidate, nameOnly }) => NAMED_BY_CUE.has(candidate.rule) && KNOWN_NAMES.typeOf(nameOnly) === 'Task',
  ],
  // "AR decoding", "LLM framework"
  [
    'vague name before the cue',
    ({ candidate, nameText }) =>
      NAMED_BY_CUE.has(candidate.rule) && vaguePhrases.has(canonicalName(nameText)),
  ],
  // "Text-to-Speech" is a task, not a source-to-target setting
  [
    'known name as setting',
    ({ candidate, span }) => candidate.rule === 'source-to-target' && KNOWN_NAMES.typeOf(span) !== undefined,
  ],
  // "language models of": a head phrase must end in its head
  [
    'phrase without its head',
    ({ candidate, span }) =>
      PHRASE_RULES.has(candidate.rule) &&
      !hasAny(span.at(-1) as Token, [...HEAD_TAGS, 'TaskHead', 'MetricWord']),
  ],
  // "a graph encoder", "the proposed model", "learning rate"
  [
    'modifiers say too little',
    ({ candidate, nameOnly }) =>
      candidate.requires !== undefined && !modifiersSuffice(nameOnly, candidate.requires),
  ],
];

/** The name of the first check that holds, or undefined. */
export function whyVague(view: SpanView, known: boolean): string | undefined {
  return [...ALWAYS, ...(known ? [] : FOR_RULES)].find(([, holds]) => holds(view))?.[0];
}
