/**
 * Why a descriptive term (a rule of the `term` layer) is no concept, beyond the checks of every candidate: each check
 * has a name and an example. Terms need more than names do — their words alone must say which kind of
 * thing they are.
 */
import { NOT_TERM_HEADS, QUALITY_ADJECTIVES, TECHNICAL_ADJECTIVES } from './plugin/words/terms';
import { canonicalName } from '../../src/model/keys';
import { VAGUE_PHRASES } from './plugin/words/vague';
import { withPlurals } from './plugin/inflect';
import { hasAny } from './span';
import type { Token } from './types';
import { isGenericKind } from './technical';
import type { Veto } from './vagueness';

const notTermHeads = new Set(NOT_TERM_HEADS);
/** Heads that say how something is done: "methods", "techniques", "approaches". */
const MANNER_HEADS = new Set(withPlurals(['method', 'technique', 'approach']));
const MODEL_HEADS = new Set(['model', 'models']);
const TASK_MODEL_HEADS = new Set(withPlurals(['model', 'network', 'system']));
const technicalAdjectives = new Set(TECHNICAL_ADJECTIVES);
const vaguePhrases = new Set(VAGUE_PHRASES);

/**
 * A relational adjective, made from a noun to classify ("grammatical" of grammar, "textual" of text), not
 * to judge: written with a relational suffix, and not one of the common qualities those suffixes also make.
 */
const RELATIONAL_ADJECTIVE = /(?:[^i]al|ic|ar)$/;
const qualities = new Set(QUALITY_ADJECTIVES);
const isRelational = (token: Token): boolean =>
  RELATIONAL_ADJECTIVE.test(token.normal) && !qualities.has(token.normal);

/** Written like an adjective: tagged so, or with a suffix only adjectives and participles have. */
const ADJECTIVE_SUFFIX = /(?:ed|ive|ous|able|ible|ful|less|est)$/;
const ADJECTIVE_TAGS = ['Adjective', 'Comparative', 'Superlative', 'Participle', 'PastTense'];
const isAdjective = (token: Token): boolean =>
  !token.tags.has('NamePart') &&
  (ADJECTIVE_TAGS.some((tag) => token.tags.has(tag)) || ADJECTIVE_SUFFIX.test(token.normal));

/** A noun that names an action or process: "categorization", "clustering", "redundancy elimination". */
const ACTION_NOUN = /(?:[^aeiou]ion|ment|[^aeiou]ing|sis)$/;
const isActionNoun = (token: Token): boolean =>
  token.tags.has('Noun') && !token.tags.has('Plural') && ACTION_NOUN.test(token.normal);

export const FOR_TERMS = [
  // parts and structures, not methods
  {
    id: 'head names no concept',
    example: '"parse trees", "output layer", "flow field"',
    holds: ({ span }) => notTermHeads.has(span.at(-1)?.normal ?? ''),
  },
  // adjectives alone say nothing technical (a generic kind or a relational adjective is enough where the
  // rule says so: "a statistical model", "textual representations", "grammatical formalisms")
  {
    id: 'adjectives alone',
    example: '"a natural approach", "an innovative method"',
    holds: ({ nameOnly, candidate }) =>
      candidate.type !== 'Task' &&
      nameOnly.length > 0 &&
      nameOnly.every(
        (token) =>
          isAdjective(token) &&
          !technicalAdjectives.has(token.normal) &&
          !(candidate.requires === 'descriptive' && (isGenericKind(token) || isRelational(token))),
      ),
  },
  // ways of doing a task are the task's, not methods of their own; so are models, networks and systems
  // named by the task alone (a model with a word of its own stays: "text-based entailment model")
  {
    id: 'task before a manner head',
    example: '"crowd counting methods", "image smoothing techniques", "domain adaptation approaches"',
    holds: ({ candidate, span, nameOnly }) =>
      candidate.type === 'Method' &&
      hasAny(span.at(-2) as Token, ['TaskHead', 'TaskTail']) &&
      (MANNER_HEADS.has(span.at(-1)?.normal ?? '') ||
        // "dialogue generation models", "domain adaptation networks": nothing but the task before the head
        (TASK_MODEL_HEADS.has(span.at(-1)?.normal ?? '') && !nameOnly.some(isAdjective))),
  },
  // one common word before "model" sorts models
  // into kinds, it names none ("ASR models", with a name, and "diffusion language models" stay)
  {
    id: 'one word before model',
    example: '"dense models", "multimodal models", "nonlinear models"',
    holds: ({ candidate, span, nameOnly }) =>
      candidate.type === 'Method' &&
      MODEL_HEADS.has(span.at(-1)?.normal ?? '') &&
      nameOnly.length > 0 &&
      nameOnly.slice(0, -1).every((token) => /^[-‐]$/.test(token.post)) &&
      !nameOnly.some((token) => token.tags.has('NamePart')),
  },
] as const satisfies readonly Veto[];

/** Checks of the term rules that list them (`checks` in `rules.ts`). */
export const FOR_TERM_ROWS: Record<
  'vague task before task noun' | 'no task before task noun',
  Omit<Veto, 'id'>
> = {
  // the words before a task noun are too general to name a task
  'vague task before task noun': {
    example: '"NLP tasks", "downstream tasks"',
    holds: ({ nameText }) => vaguePhrases.has(canonicalName(nameText)),
  },
  // a task's own noun needs a task before it — a name, a task word, or a modifier and a task tail ("the
  // object detection problem")
  'no task before task noun': {
    example: '"the instability problem", "the detection problem"',
    holds: ({ nameOnly }) =>
      !nameOnly.some(
        (token, index) =>
          token.tags.has('NamePart') ||
          token.tags.has('TaskHead') ||
          (index > 0 && token.tags.has('TaskTail')) ||
          (index === nameOnly.length - 1 && isActionNoun(token) && !token.tags.has('TaskTail')),
      ),
  },
};
