/**
 * Step 2: each candidate is clipped and trimmed (`span.ts`), then dropped when what is left is vague
 * (`vagueness.ts`: "our approach", "existing methods", "LLMs", "a graph encoder") or too long to be a name.
 */
import type { Candidate } from './candidates';
import { confidenceOf, ruleOf } from './rules';
import { clip, isCutShort, trim } from './span';
import { closesParenthesis, opensParenthesis } from './tokens';
import type { Sentence, Token } from './types';
import { whyVague, type VetoId } from './vagueness';

const MAX_TOKENS = 6;

export interface CleanCandidate extends Candidate {
  text: string;
  start: number;
  end: number;
  /** A describing word was trimmed from its left ("large" of "large vocabulary speech recognition"). */
  cut?: boolean;
}

/** A version hyphenated to a word, or a model size after one: "Yi-9B", "Gemma-2", "Mamba 370M". */
const isVersioned = (span: Token[]): boolean =>
  span.some(
    (token, index) =>
      index > 0 &&
      token.tags.has('Version') &&
      (/^-$/.test(span[index - 1]?.post ?? '') || /^\d+(?:\.\d+)?[BM]$/.test(token.text)),
  );

/**
 * Enough of a name to stand alone: a name-shaped word, two capitalised words ("Rare Class Sampling"), or a
 * word with its version ("Yi-9B").
 */
function isStandaloneName(span: Token[]): boolean {
  return (
    span.some((token) => token.tags.has('NameShape')) ||
    span.filter((token) => token.tags.has('TitleWord')).length >= 2 ||
    isVersioned(span)
  );
}

/** A hyphenated name ("Mask R-CNN", "LS-GAN", "ResNet-50") outranks a known name inside it. */
const isHyphenated = (span: Token[]): boolean =>
  span.length > 1 && span.slice(0, -1).every((token) => /^\s*-\s*$/.test(token.post));

/** How a task is done is no part of its name: "automatic summarization" is summarization. */
const TASK_MANNER = new Set(['automatic', 'automated']);
const afterTaskManner = (tokens: Token[], from: number, to: number): number =>
  to - from > 1 && TASK_MANNER.has(tokens[from]?.normal ?? '') ? from + 1 : from;

/**
 * A bracket opened inside a span and not closed there cuts it: "Key-Value (KV" is "Key-Value". A bracket
 * closed inside stays ("Markov random field (MRF) models").
 */
function beforeOpenBracket(tokens: Token[], from: number, to: number): number {
  for (let index = from + 1; index < to; index += 1) {
    if (!opensParenthesis(tokens, index)) continue;
    let closed = false;
    for (let inner = index; inner < to - 1 && !closed; inner += 1) closed = closesParenthesis(tokens[inner]);
    if (!closed) return index;
  }
  return to;
}

export function cleanCandidate(
  candidate: Candidate,
  sentences: Sentence[],
  text: string,
  skipVetoes?: ReadonlySet<VetoId>,
): CleanCandidate | null {
  const tokens = sentences[candidate.sentence]?.tokens ?? [];
  const rule = ruleOf(candidate.rule);
  const known = rule.layer === 'known' || rule.layer === 'lexicon';
  const [start, end] = known
    ? [candidate.from, candidate.to]
    : trim(tokens, ...clip(tokens, candidate.from, candidate.to, candidate.keep));
  const from = !known && candidate.type === 'Task' ? afterTaskManner(tokens, start, end) : start;
  const to = beforeOpenBracket(tokens, from, end);
  const span = tokens.slice(from, to);
  const first = span[0];
  const last = span.at(-1);
  if (!first || !last || span.length > MAX_TOKENS) return null;
  const nameOnly = span.length > 1 ? span.slice(0, -1) : [];
  const view = {
    candidate,
    span,
    surface: text.slice(first.start, last.end),
    nameOnly,
    nameText: nameOnly.length > 0 ? text.slice(first.start, nameOnly.at(-1)?.end) : '',
    before: tokens[from - 1],
    after: tokens[to],
    tokens,
  };
  if (whyVague(view, known, skipVetoes)) return null;
  const cleaned = { ...candidate, from, to, text: view.surface, start: first.start, end: last.end };
  if (!known && rule.byShapeOnly && !isStandaloneName(span)) {
    // A lone capitalised word is kept as a weak name: only a naming rule ("we propose Dolphin") or the
    // corpus can tell what it names (see `isCommonWord` in consolidation).
    return span.length === 1 && first.tags.has('TitleWord')
      ? { ...cleaned, rule: 'title-word', confidence: confidenceOf('title-word') }
      : null;
  }
  const confidence = (isHyphenated(span) && rule.hyphenatedConfidence) || candidate.confidence;
  return { ...cleaned, confidence, ...(isCutShort(tokens, from) && { cut: true }) };
}
