/**
 * Why a cleaned candidate is no concept: each check has a name and an example. The first that holds
 * drops the candidate (see `clean.ts`).
 */
import { canonicalName } from '../../src/model/keys';
import type { Candidate } from './candidates';
import { isEnglishWord, KNOWN_NAMES } from './plugin';
import { plural } from './plugin/inflect';
import { BROAD_TASK_TAILS, TASK_HEADS, TASK_TAILS } from './plugin/words/heads';
import { EPONYMS, NOT_METRIC_MODIFIERS, VAGUE_PHRASES, VAGUE_WORDS } from './plugin/words/vague';

const vagueWords = new Set(VAGUE_WORDS);
import { hasAny } from './span';
import { layerOf, ruleOf, type RowCheckId } from './rules';
import { FOR_TERM_ROWS, FOR_TERMS } from './term-checks';
import { isGeneric, saysWhichKind } from './technical';
import type { Token } from './types';

const vaguePhrases = new Set(VAGUE_PHRASES);
const eponyms = new Set(EPONYMS);
const notMetricModifiers = new Set(NOT_METRIC_MODIFIERS);
/** A task word alone counts in the singular: "translations" are outputs, "translation" is the task. */
const singularTasks = new Set(TASK_HEADS);
const pluralTaskWords = new Set([...TASK_HEADS, ...TASK_TAILS, ...BROAD_TASK_TAILS].map(plural));

export const HEAD_TAGS = [
  'TaskTail',
  'MethodHead',
  'ComponentHead',
  'GenericHead',
  'MetricHead',
  'DatasetWord',
  'BenchmarkWord',
];
/**
 * Heads of what serves a task, not the task: "a parsing algorithm" and "tagging strategies" name ways of
 * parsing and tagging. A model or a system keeps its task ("translation models", "an MT system"): it is
 * built to perform the task and named for it; so does a named task ("a novel UDA method").
 */
const TOOL_TAGS = ['GenericHead', 'MethodTermHead', 'ComponentHead'];
const PERFORMERS = new Set(['system', 'systems', 'model', 'models']);
/** Only a space between the span and the token after it. */
const spaceAfter = (span: Token[]): boolean => /^\s+$/.test(span.at(-1)?.post ?? '');
const namesTool = (span: Token[], after: Token | undefined): boolean =>
  after !== undefined &&
  !span.some((token) => token.tags.has('NameShape')) &&
  spaceAfter(span) &&
  hasAny(after, TOOL_TAGS) &&
  !PERFORMERS.has(after.normal);

/** Written as a quality: an adjective or participle, not a noun or a name ("empirical", "approximate"). */
const describes = (token: Token): boolean =>
  !token.tags.has('NamePart') &&
  !token.tags.has('Noun') &&
  ['Adjective', 'Comparative', 'Superlative', 'Participle', 'PastTense'].some((tag) => token.tags.has(tag));
/**
 * A broad task tail needs a thing before it, a noun that says what is analysed or understood: "sentiment
 * analysis", "language understanding" — not "empirical analysis", "contextual reasoning" or "context
 * understanding" (a generic noun).
 */
const broadTaskWithoutThing = (span: Token[]): boolean => {
  const head = span.at(-1);
  const before = span.at(-2);
  if (!head || !before || !head.tags.has('BroadTaskTail')) return false;
  // "long-context understanding", "multi-hop reasoning": a hyphenated compound says what
  const compound = /^-$/.test(before.post) || /^-$/.test(span.at(-3)?.post ?? '');
  return !compound && (describes(before) || vagueWords.has(before.normal));
};

const CLOSED_WORDS = ['Preposition', 'Determiner', 'Conjunction'];
/** What a task works on is a thing, though generic before a method's head: "image editing", "language understanding". */
const MODALITIES = new Set(['image', 'video', 'text', 'language', 'speech', 'audio', 'visual', 'vision']);
const HARDWARE = /^(?:[GTNC]PUs?|FPGAs?|ASICs?)$/;
const VENUE = /^(?:conference|workshop|symposium|proceedings|congress)s?$/i;

const YEAR = /^\(?(?:19|20)\d\d[a-z]?\)?$/;

/**
 * Is the span an author's name in a citation: "et al." after it, or a year within a few words of names and
 * "and" ("Klivans and Servedio, 2006", "(Canonne, 2019)")?
 */
function citesAuthor(span: Token[], after: Token | undefined, tokens: Token[]): boolean {
  if (after?.normal === 'et') return true;
  const last = span.at(-1);
  if (!last || !span.every((token) => token.tags.has('TitleWord'))) return false;
  const index = tokens.indexOf(last);
  for (let next = index + 1; next <= index + 4 && next < tokens.length; next += 1) {
    const token = tokens[next] as Token;
    if (YEAR.test(token.text)) return true;
    if (!token.tags.has('TitleWord') && !/^(?:and|&)$/.test(token.text)) return false;
  }
  return false;
}

/** A year, a name or a language follows the phrase, joined by a space: "NIST 2005", "NIST MT08". */
export const startsName = (span: Token[], after: Token | undefined): boolean =>
  after !== undefined &&
  spaceAfter(span) &&
  !after.tags.has('MetricWord') &&
  (/^(?:19|20)\d\d$/.test(after.text) || hasAny(after, ['NameShape', 'TitleWord', 'Language']));

/** Do the words before a head say enough (see `MentionRule.requires`)? */
function modifiersSuffice(modifiers: Token[], requires: NonNullable<Candidate['requires']>): boolean {
  switch (requires) {
    case 'name':
      return modifiers.some((token) => token.tags.has('NamePart') && !isGeneric(token));
    case 'specific':
      return modifiers.some(
        (token) => token.tags.has('NamePart') || (token.tags.has('Modifier') && !isGeneric(token)),
      );
    case 'metric':
      return modifiers.every((token) => !notMetricModifiers.has(token.normal));
    case 'technical':
    case 'descriptive':
      return saysWhichKind(modifiers, requires);
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
  /** The token after the span. */
  after: Token | undefined;
  /** The span's sentence. */
  tokens: Token[];
}

type Holds = (view: SpanView) => boolean;
/** A veto: why a candidate is no concept, with an example of what it drops. */
export interface Veto {
  id: string;
  example: string;
  holds: Holds;
}

/** Tags of a place's name; after its first word any place word continues it ("New York City"). */
const PLACE_TAGS = ['Country', 'City', 'Region'];
const MAX_PLACE_WORDS = 3;
/** Words a name of data may end with: "the Paris dataset" is named "Paris". */
const KIND_WORDS = ['DatasetWord', 'BenchmarkWord'];

const namesPlace = (name: Token[]): boolean =>
  name.length > 0 &&
  name.length <= MAX_PLACE_WORDS &&
  name.every((token, index) => hasAny(token, index > 0 ? [...PLACE_TAGS, 'Place'] : PLACE_TAGS));

/** Checks for every candidate, known names included. */
export const ALWAYS = [
  {
    id: 'vague phrase',
    example: '"LLMs", "deep learning", "the model" (after trimming: "model")',
    holds: ({ surface }) => vaguePhrases.has(canonicalName(surface)),
  },
  // an acronym made a verb
  {
    id: 'inflected acronym',
    example: '"OCRed", "OCR-ed"',
    holds: ({ surface }) => /^[A-Z]{2,}-?(?:ed|ing)$/.test(surface),
  },
  // an eponym alone
  {
    id: 'eponym alone',
    example: '"Wasserstein", "the Hessian"',
    holds: ({ surface }) => eponyms.has(canonicalName(surface)),
  },
  {
    id: 'possessive',
    example: '"Occam\'s"',
    holds: ({ span }) => /['’]s$/.test(span.at(-1)?.text ?? ''),
  },
  // where data comes from, not a concept
  {
    id: 'place',
    example: '"Japan", "the United States", "the New York City dataset"',
    holds: ({ span }) => namesPlace(hasAny(span.at(-1) as Token, KIND_WORDS) ? span.slice(0, -1) : span),
  },
  {
    id: 'task word naming a tool',
    example: '"a parsing algorithm", "tagging strategies", "the translation process"',
    holds: ({ candidate, span, after }) => candidate.type === 'Task' && namesTool(span, after),
  },
] as const satisfies readonly Veto[];

/** How many Title Case words a run needs to be coined in the middle of a sentence: "Hybrid Tree Attention". */
const COINED_WORDS = 3;

/**
 * Is the span a run of Title Case words in the middle of a sentence, long enough to be a coined name
 * ("FlashAttention and Hybrid Tree Attention") whatever its words ("Sparse Attention" is too short to tell)?
 */
const coinedInTitleCase = (candidate: Candidate, span: Token[]): boolean =>
  ruleOf(candidate.rule).byShapeOnly === true &&
  span.length >= COINED_WORDS &&
  span.every((token) => token.tags.has('TitleWord'));

/** Checks for candidates of the rules (not the gazetteers). */
export const FOR_RULES = [
  // a phrase does not start inside a hyphenated word
  {
    id: 'inside a hyphenated word',
    example: '"infilling-[augmented decoding process]"',
    holds: ({ before }) => /^-$/.test(before?.post ?? ''),
  },
  // a head word alone
  {
    id: 'head alone',
    example: '"model", "decoder"',
    holds: ({ span }) => span.length === 1 && hasAny(span[0] as Token, HEAD_TAGS),
  },
  // what a task produces, not the task
  {
    id: 'plural task phrase',
    example: '"human annotations", "phrase translations"',
    holds: ({ candidate, span }) =>
      candidate.type === 'Task' && pluralTaskWords.has(span.at(-1)?.normal ?? ''),
  },
  {
    id: 'vague words only',
    example: '"AR LMs", "LLM agents" (a term\'s head words before its head are content: "ranking algorithm")',
    holds: ({ candidate, span }) =>
      candidate.type !== 'Task' &&
      layerOf(candidate.rule) !== 'term' &&
      !coinedInTitleCase(candidate, span) &&
      span.every((token) => isGeneric(token) || hasAny(token, HEAD_TAGS)),
  },
  // hardware is no concept of the graph
  {
    id: 'hardware',
    example: '"Huawei Ascend 910B NPU", "A100 GPUs"',
    holds: ({ span }) => HARDWARE.test(span.at(-1)?.text ?? ''),
  },
  // where work is published is no concept
  {
    id: 'venue',
    example: '"the 2nd Asian Conference", "the NeurIPS Workshop"',
    holds: ({ span }) => VENUE.test(span.at(-1)?.text ?? ''),
  },
  // authors cited are no concepts
  {
    id: 'cited author',
    example: '"Canonne et al.", "Klivans and Servedio, 2006"',
    holds: ({ span, after, tokens }) => span.length <= 2 && citesAuthor(span, after, tokens),
  },
  // a capitalised word modifying the noun after it is no name alone
  {
    id: 'capitalised modifier',
    example: '"an online Bayesian meta-learning framework", "the Gaussian mechanism"',
    holds: ({ candidate, span, after }) =>
      candidate.type === 'Name' &&
      span.length === 1 &&
      !span[0]?.tags.has('NameShape') &&
      after !== undefined &&
      /^\s+$/.test(span[0]?.post ?? '') &&
      /^\p{Ll}/u.test(after.text) &&
      after.tags.has('Noun'),
  },
  {
    id: 'modifiers say too little',
    example: '"a graph encoder", "the proposed model", "learning rate"',
    holds: ({ candidate, nameOnly }) =>
      candidate.requires !== undefined && !modifiersSuffice(nameOnly, candidate.requires),
  },
] as const satisfies readonly Veto[];

/** Checks that apply to the rules that list them (`checks` of a rule's entry in `rules.ts`). */
const ROW_CHECKS: Record<RowCheckId, Omit<Veto, 'id'>> = {
  // a task word alone counts in the singular
  'plural task word': {
    example: '"translations"',
    holds: ({ span }) => !singularTasks.has(span[0]?.normal ?? ''),
  },
  // the task they are for, not their name
  'task before the cue': {
    example: '"QA datasets", "NER models"',
    holds: ({ nameOnly }) => KNOWN_NAMES.typeOf(nameOnly) === 'Task',
  },
  'vague name before the cue': {
    example: '"AR decoding", "LLM framework"',
    holds: ({ nameText }) => vaguePhrases.has(canonicalName(nameText)),
  },
  // a setting's ends are names of data, not words
  'common word as setting end': {
    example: '"Image-to-Image translation", "Sim-to-Real transfer"',
    holds: ({ span }) =>
      [span[0], span.at(-1)].some((token) => token !== undefined && isEnglishWord(token.normal)),
  },
  // a task's modifiers must say more than vague words
  'vague words before a task head': {
    example: '"training-inference", "drop-in enhancement"',
    holds: ({ nameOnly }) =>
      nameOnly.length > 0 &&
      !nameOnly.some((token) => MODALITIES.has(token.normal)) &&
      nameOnly.every((token) => isGeneric(token) || hasAny(token, CLOSED_WORDS)),
  },
  'broad task without a thing': {
    example: '"empirical analysis", "spatial reasoning", "context understanding"',
    holds: ({ span }) => broadTaskWithoutThing(span),
  },
  // a head phrase must end in its head
  'phrase without its head': {
    example: '"language models of"',
    holds: ({ span }) => !hasAny(span.at(-1) as Token, [...HEAD_TAGS, 'TaskHead', 'MetricWord']),
  },
  // the task goes on past "of" (the term rules read the whole phrase)
  'task phrase cut before "of"': {
    example: '"segmentation of complex scenes"',
    holds: ({ after }) => after?.normal === 'of',
  },
  // a metric's name starting another name
  'metric word inside a name': {
    example: '"the NIST 2005 evaluation", "NIST Chinese-English data", "NIST MT08"',
    holds: ({ span, after }) => startsName(span, after),
  },
  ...FOR_TERM_ROWS,
};

export type VetoId =
  | (typeof ALWAYS)[number]['id']
  | (typeof FOR_RULES)[number]['id']
  | (typeof FOR_TERMS)[number]['id']
  | RowCheckId;

/** Every veto's id, in the order they are tried. */
export const VETO_IDS: readonly VetoId[] = [
  ...[...ALWAYS, ...FOR_RULES, ...FOR_TERMS].map((veto) => veto.id),
  ...(Object.keys(ROW_CHECKS) as RowCheckId[]),
];

/** The id of the first veto that holds for the candidate (but those skipped), or undefined. */
export function whyVague(view: SpanView, known: boolean, skip?: ReadonlySet<VetoId>): VetoId | undefined {
  const { layer, checks = [] } = ruleOf(view.candidate.rule);
  const vetoes: ReadonlyArray<{ id: VetoId; holds: Holds }> = [
    ...ALWAYS,
    ...(known ? [] : FOR_RULES),
    ...(layer === 'term' ? FOR_TERMS : []),
    ...checks.map((id) => ({ id, ...ROW_CHECKS[id] })),
  ];
  return vetoes.find(({ id, holds }) => !skip?.has(id) && holds(view))?.id;
}
