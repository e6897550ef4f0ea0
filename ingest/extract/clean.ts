/**
 * Step 2: each candidate span is clipped at punctuation, trimmed of vague words, and dropped when what is
 * left is vague ("our approach", "existing methods", "LLMs") or too long to be a name.
 */
import { canonicalName } from '../../src/model/keys';
import type { Candidate } from './candidates';
import { isEnglishWord, KNOWN_NAMES } from './plugin';
import { TASK_HEADS } from './plugin/words/heads';
import { GENERIC_MODIFIERS, NOT_METRIC_MODIFIERS, VAGUE_PHRASES, VAGUE_WORDS } from './plugin/words/vague';
import { breaksBetween } from './tokens';
import type { Sentence, Token } from './types';

const vagueWords = new Set(VAGUE_WORDS);
const vaguePhrases = new Set(VAGUE_PHRASES);
const genericModifiers = new Set(GENERIC_MODIFIERS);
const notMetricModifiers = new Set(NOT_METRIC_MODIFIERS);

const EDGE_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Copula'];
const HEAD_TAGS = [
  'TaskTail',
  'MethodHead',
  'ComponentHead',
  'GenericHead',
  'MetricHead',
  'DatasetWord',
  'BenchmarkWord',
];
const PHRASE_RULES = new Set(['task-head', 'method-head', 'component-head', 'generic-head', 'metric-head']);
const MAX_TOKENS = 6;
const NAMED_BY_CUE = new Set(['name-dataset-word', 'name-benchmark-word', 'name-method-word']);
/** A task word alone counts in the singular: "translations" are outputs, "translation" is the task. */
const singularTasks = new Set(TASK_HEADS);

const hasAny = (token: Token, tags: string[]): boolean => tags.some((tag) => token.tags.has(tag));

/** The part of [from, to) between punctuation that holds the anchored end. */
function clip(tokens: Token[], from: number, to: number, keep: 'first' | 'last'): [number, number] {
  let start = from;
  let end = to;
  for (let index = from; index < to - 1; index += 1) {
    const current = tokens[index];
    const next = tokens[index + 1];
    if (!current || !next || !breaksBetween(current, next)) continue;
    if (keep === 'first') {
      end = index + 1;
      break;
    }
    start = index + 1;
  }
  return [start, end];
}

function isEdgeWord(token: Token): boolean {
  if (token.tags.has('NamePart') || token.tags.has('MetricWord')) return false;
  const number = token.tags.has('Value') && !token.tags.has('Version') && !token.tags.has('Modifier');
  return vagueWords.has(token.normal) || hasAny(token, EDGE_TAGS) || number;
}

function trim(tokens: Token[], from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isEdgeWord(tokens[start] as Token)) start += 1;
  while (end > start && isEdgeWord(tokens[end - 1] as Token)) end -= 1;
  return [start, end];
}

const isGeneric = (token: Token): boolean =>
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

/** Enough of a name to stand alone: a name-shaped word, or two capitalised words ("Rare Class Sampling"). */
function isStandaloneName(span: Token[]): boolean {
  return (
    span.some((token) => token.tags.has('NameShape')) ||
    span.filter((t) => t.tags.has('TitleWord')).length >= 2
  );
}

export interface CleanCandidate extends Candidate {
  text: string;
  start: number;
  end: number;
  /** A describing word was trimmed from its left ("large" of "large vocabulary speech recognition"). */
  cut?: boolean;
}

export function cleanCandidate(
  candidate: Candidate,
  sentences: Sentence[],
  text: string,
): CleanCandidate | null {
  const tokens = sentences[candidate.sentence]?.tokens ?? [];
  const known = candidate.rule.startsWith('known-') || candidate.rule.startsWith('lexicon-');
  let [from, to] = known
    ? [candidate.from, candidate.to]
    : clip(tokens, candidate.from, candidate.to, candidate.keep);
  if (!known) [from, to] = trim(tokens, from, to);
  // The phrase may be the end of a longer one: "large" of "large vocabulary speech recognition" is vague alone.
  const before = tokens[from - 1];
  const cut =
    before !== undefined &&
    vagueWords.has(before.normal) &&
    before.tags.has('Adjective') &&
    !breaksBetween(before, tokens[from] as Token);
  const span = tokens.slice(from, to);
  const first = span[0];
  const last = span.at(-1);
  if (!first || !last || span.length > MAX_TOKENS) return null;
  const surface = text.slice(first.start, last.end);
  // "infilling-[augmented decoding process]": a phrase does not start inside a hyphenated word.
  if (!known && tokens[from - 1]?.post === '-') return null;
  if (/['’]s$/.test(last.text)) return null;
  if (vaguePhrases.has(canonicalName(surface))) return null;
  if (!known) {
    if (span.length === 1 && hasAny(first, HEAD_TAGS)) return null;
    if (candidate.rule === 'task-word' && !singularTasks.has(first.normal)) return null;
    // "AR LMs", "LLM agents": a name of vague words only is vague.
    if (candidate.type !== 'Task' && span.every((token) => isGeneric(token) || hasAny(token, HEAD_TAGS)))
      return null;
    // "the Context dataset": a common word is no dataset's name without more to it.
    const nameOnly = span.slice(0, -1);
    const commonWord =
      nameOnly.length === 1 && nameOnly[0]?.tags.has('TitleWord') && isEnglishWord(first.normal);
    if (commonWord && (candidate.type === 'Dataset' || candidate.type === 'Benchmark')) return null;
    // "QA datasets", "NER models": a task named before the word is what they are for, not their name.
    if (NAMED_BY_CUE.has(candidate.rule) && KNOWN_NAMES.typeOf(nameOnly) === 'Task') return null;
    // "Text-to-Speech" is a task, not a source-to-target setting.
    if (candidate.rule === 'source-to-target' && KNOWN_NAMES.typeOf(span)) return null;
    // "AR decoding", "LLM framework": a vague word is no name either.
    if (
      NAMED_BY_CUE.has(candidate.rule) &&
      vaguePhrases.has(canonicalName(text.slice(first.start, nameOnly.at(-1)?.end)))
    )
      return null;
    if (PHRASE_RULES.has(candidate.rule) && !hasAny(last, [...HEAD_TAGS, 'TaskHead', 'MetricWord']))
      return null;
    // A lone capitalised word is kept as a weak name: only a naming rule ("we propose Dolphin") or the
    // corpus can tell what it names (see `isCommonWord` in consolidation).
    if (candidate.rule === 'name' && !isStandaloneName(span)) {
      if (span.length > 1 || !first.tags.has('TitleWord')) return null;
      return {
        ...candidate,
        from,
        to,
        rule: 'title-word',
        confidence: 0.3,
        text: surface,
        start: first.start,
        end: last.end,
      };
    }
    if (candidate.requires && !modifiersSuffice(span.slice(0, -1), candidate.requires)) return null;
  }
  // A hyphenated name ("Mask R-CNN", "LS-GAN", "ResNet-50") outranks a known name inside it.
  const confidence =
    candidate.rule === 'name' &&
    span.length > 1 &&
    span.slice(0, -1).every((token) => /^\s*-\s*$/.test(token.post))
      ? 0.92
      : candidate.confidence;
  return {
    ...candidate,
    from,
    to,
    confidence,
    text: surface,
    start: first.start,
    end: last.end,
    ...(cut && { cut }),
  };
}

/**
 * "large vocabulary speech recognition" holds the known "speech recognition": the phrase says more, and
 * ranks above it.
 */
function extendsKnown(phrase: CleanCandidate, candidates: CleanCandidate[]): boolean {
  return (
    PHRASE_RULES.has(phrase.rule) &&
    !phrase.cut &&
    candidates.some(
      (known) =>
        known.rule.startsWith('known-') &&
        known.type === phrase.type &&
        known.sentence === phrase.sentence &&
        known.to === phrase.to &&
        known.from > phrase.from,
    )
  );
}

/**
 * Step 3: one mention per stretch of text — the most confident candidate, then the longest, wins.
 */
export function chooseAmongOverlaps(candidates: CleanCandidate[]): CleanCandidate[] {
  const rank = (candidate: CleanCandidate) =>
    extendsKnown(candidate, candidates) ? 0.95 : candidate.confidence;
  const ranked = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: CleanCandidate[] = [];
  for (const candidate of ranked) {
    if (chosen.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
