/**
 * What the paper's own method is built from, where no rule named it: the noun phrase right after a cue of
 * use whose subject is the paper's own method ("MAELRE integrates token merging with attention
 * approximation", "LoCoCo leverages a data-driven adaptive fusion technique"). The phrase is a method
 * because the sentence says the paper's method is made of it; what other methods use stays out. So is what
 * the paper's method is compared with ("Context Tuning outperforms traditional prompt-based adaptation
 * methods"), past the words that only rank it ("current state-of-the-art baselines" names nothing).
 */
import { confidenceOf } from '../rules';
import type { Cue } from './cues';
import type { Mention, Sentence, Token } from '../types';

/** Words before the phrase that say nothing of what it is: "a lightweight attention approximation". */
const LEADS = new Set([
  ...['a', 'an', 'the', 'our', 'its', 'their', 'this', 'these', 'both', 'such'],
  ...['novel', 'new', 'simple', 'lightweight', 'light-weight', 'standard', 'efficient', 'effective'],
  ...['existing', 'conventional', 'traditional', 'proposed', 'powerful', 'strong', 'small', 'specific'],
  ...['carefully', 'designed', 'well-designed', 'low-cost', 'generic', 'general', 'popular', 'common'],
  ...['external', 'additional', 'various', 'several', 'different', 'key', 'advanced'],
  ...['previous', 'prior', 'vanilla', 'regular', 'state-of-the-art', 'all', 'other', 'many', 'most'],
  ...['current', 'recent', 'full-length', 'competitive', 'leading', 'well-known', 'widely-used'],
]);

/** Heads that name no method of their own: "leverages the information", "exploits these properties". */
const EMPTY_HEADS = new Set([
  ...['information', 'feature', 'features', 'data', 'knowledge', 'idea', 'ideas', 'property', 'properties'],
  ...['way', 'ways', 'ability', 'abilities', 'capability', 'capabilities', 'power', 'strength', 'strengths'],
  ...['model', 'models', 'method', 'methods', 'approach', 'approaches', 'framework', 'frameworks'],
  ...['structure', 'structures', 'signal', 'signals', 'output', 'outputs', 'input', 'inputs', 'result'],
  ...['results', 'set', 'sets', 'number', 'amount', 'part', 'parts', 'fact', 'advantage', 'advantages'],
  ...['benefit', 'benefits', 'insight', 'insights', 'nature', 'context', 'contexts', 'task', 'tasks'],
  ...['token', 'tokens', 'layer', 'layers', 'module', 'modules', 'component', 'components', 'step', 'steps'],
  ...['strategy', 'strategies', 'resource', 'resources', 'innovation', 'innovations', 'content', 'design'],
  ...['distribution', 'distributions', 'pattern', 'patterns', 'representation', 'representations'],
  ...['process', 'processes', 'procedure', 'procedures', 'example', 'examples'],
  ...[
    'state-of-the-art',
    'state-of-the-arts',
    'sota',
    'art',
    'arts',
    'baseline',
    'baselines',
    'counterpart',
    'counterparts',
    'alternative',
    'alternatives',
    'work',
    'works',
  ],
]);

/** Kind words a phrase may end with and still be named without: "early exit strategy" is early exit. */
const KIND_TAILS = new Set(['strategy', 'strategies', 'technique', 'techniques', 'methods', 'method']);

const MIN_WORDS = 2;
const MAX_WORDS = 4;

const isWord = (token: Token): boolean =>
  (token.tags.has('Noun') || token.tags.has('Adjective') || token.tags.has('Gerund')) &&
  !token.tags.has('Pronoun') &&
  !token.tags.has('Determiner') &&
  !token.tags.has('Preposition') &&
  !token.tags.has('Conjunction') &&
  /^[a-z][a-z0-9-]*$/i.test(token.text);

/** Does the word end the phrase by what follows it (a comma, a bracket, a full stop)? */
const closes = (token: Token): boolean => !/^(?:\s*|-)$/.test(token.post);

/** Does the word go on into the next one ("vision-language", "matrix-based")? */
const hyphened = (token: Token | undefined): boolean => /^-$/.test(token?.post ?? '');

/** One past the last token of the hyphenated compound starting at `from` ("state-of-the-art"). */
function compoundEnd(tokens: Token[], from: number): number {
  let end = from + 1;
  while (end < tokens.length && hyphened(tokens[end - 1])) end += 1;
  return end;
}

/** The compound's words as one, lowercase: "state-of-the-art". */
const compound = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((token) => token.normal)
    .join('-');

/** How many words a stretch of tokens has, a hyphenated compound counting once. */
const wordCount = (tokens: Token[], from: number, to: number): number =>
  tokens.slice(from, to).filter((_, offset) => !hyphened(tokens[from + offset - 1])).length;

/** The phrase starting at `at` (after its leads), as a token range [from, to), or undefined. */
export function phraseAt(tokens: Token[], at: number): [number, number] | undefined {
  let from = at;
  for (
    let end = compoundEnd(tokens, from);
    LEADS.has(compound(tokens, from, end));
    end = compoundEnd(tokens, from)
  ) {
    if (closes(tokens[end - 1] as Token)) return undefined;
    from = end;
  }
  let to = from;
  while (to < tokens.length && (isWord(tokens[to] as Token) || (to > from && hyphened(tokens[to - 1])))) {
    to += 1;
    if (closes(tokens[to - 1] as Token)) break;
  }
  // A phrase going on with "of" ("the power of ...") is no name of its own.
  if (tokens[to]?.normal === 'of' || hyphened(tokens[to - 1])) return undefined;
  while (wordCount(tokens, from, to) > MIN_WORDS && KIND_TAILS.has(tokens[to - 1]?.normal ?? '')) to -= 1;
  const head = tokens[to - 1];
  const words = wordCount(tokens, from, to);
  if (!head || words < MIN_WORDS || words > MAX_WORDS) return undefined;
  if (!(head.tags.has('Noun') || head.tags.has('Gerund')) || EMPTY_HEADS.has(head.normal)) return undefined;
  if ((tokens[from] as Token).tags.has('Gerund') && !(tokens[from] as Token).tags.has('Noun'))
    return undefined;
  return [from, to];
}

/** Cues of use whose object the method is made of; prepositions ("with", "via") say too little. */
const USE_CUE = /^(?:utili[sz]|leverag|employ|adopt|exploit|harness|incorporat|integrat|combin)/;

/** Cues of comparison that name what they compare with right after them ("outperforms X", "speedup over X"). */
const COMPARE_CUE = /^(?:outperform|surpass|compared|superior|superiority|advantage|speedup)/;

/**
 * The phrases a cue of use points at when no named method stands there: the first after the cue, and one
 * joined to it by "with" or "and" ("integrates token merging with attention approximation").
 *
 * @example
 * // "MAELRE integrates token merging with attention approximation, ..."
 * cueObjects(cue, sentences, mentions); // mentions of "token merging" and "attention approximation"
 */
export function cueObjects(cue: Cue, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const use = cue.type === 'BUILT_ON' && USE_CUE.test(cue.phrase);
  const compare = cue.type === 'COMPARED_WITH' && COMPARE_CUE.test(cue.phrase) && !cue.reversed;
  if (!use && !compare) return [];
  const tokens = sentences[cue.sentence]?.tokens ?? [];
  const found: Mention[] = [];
  let at = cue.to;
  for (let round = 0; round < 2; round += 1) {
    const span = phraseAt(tokens, at);
    if (!span) break;
    const [from, to] = span;
    const taken = mentions.some((m) => m.sentence === cue.sentence && m.from < to && from < m.to);
    if (!taken) found.push(toMention(tokens, cue.sentence, from, to));
    const joint = tokens[to];
    if (!joint || closes(tokens[to - 1] as Token) || !['with', 'and'].includes(joint.normal)) break;
    at = to + 1;
  }
  return found;
}

function toMention(tokens: Token[], sentence: number, from: number, to: number): Mention {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  const text = tokens
    .slice(from, to)
    .map((token, index) => token.text + (index < to - from - 1 ? token.post : ''))
    .join('');
  return {
    type: 'Method',
    text,
    start: first.start,
    end: last.end,
    sentence,
    from,
    to,
    rule: 'cue-object',
    confidence: confidenceOf('cue-object'),
    role: 'used',
  };
}
