/**
 * Which words of a phrase say what kind of thing it names. A descriptive term needs one: "maximum entropy
 * model" has "maximum" and "entropy", "a statistical model" and "the base model" have none. Hyphenated
 * words count as one ("fine-tuned" is no more technical than "tuned"), and a word built on a suffix such as
 * "-based" or "-agnostic" is as technical as what comes before it ("BERT-based" is, "model-agnostic" is not).
 */
import { canonicalName } from '../../src/model/keys';
import { EVALUATIVE_MODIFIERS, MODALITY_WORDS, PLAIN_MODIFIERS } from './plugin/words/terms';
import { GENERIC_MODIFIERS, VAGUE_PHRASES, VAGUE_WORDS } from './plugin/words/vague';
import type { Token } from './types';

const genericModifiers = new Set(GENERIC_MODIFIERS);
const vagueWords = new Set(VAGUE_WORDS);
const vaguePhrases = new Set(VAGUE_PHRASES);
const plainModifiers = new Set(PLAIN_MODIFIERS);
const evaluative = new Set(EVALUATIVE_MODIFIERS);
const modalities = new Set(MODALITY_WORDS);

/** Suffixes that describe a relation to the word before them: "BERT-based", "model-agnostic". */
const RELATIONAL_SUFFIXES = new Set([
  'based',
  'like',
  'style',
  'free',
  'aware',
  'agnostic',
  'driven',
  'guided',
  'oriented',
  'centric',
  'powered',
  'specific',
  'level',
  'wise',
  'only',
]);

export const isGeneric = (token: Token): boolean =>
  genericModifiers.has(token.normal) ||
  vagueWords.has(token.normal) ||
  vaguePhrases.has(canonicalName(token.text));

/** A word: one token, or tokens joined by hyphens ("fine-tuned", "non-rigid", "BERT-based"). */
export function wordsOf(tokens: Token[]): Token[][] {
  const words: Token[][] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const current = words.at(-1);
    if (previous?.post === '-' && current) current.push(token);
    else words.push([token]);
  });
  return words;
}

const plainToken = (token: Token): boolean => isGeneric(token) || plainModifiers.has(token.normal);

/**
 * @example
 * isTechnicalWord(wordsOf(tokens)[0]); // "entropy" → true, "fine-tuned" → false, "model-agnostic" → false
 */
export function isTechnicalWord(word: Token[]): boolean {
  const joined = word.map((token) => token.normal).join('-');
  if (genericModifiers.has(joined) || vagueWords.has(joined) || plainModifiers.has(joined)) return false;
  // "fine-tuning", "pre-training": stages of any method
  if (word.length > 1 && vaguePhrases.has(canonicalName(joined))) return false;
  const last = word.at(-1);
  const stem = word.length > 1 && last && RELATIONAL_SUFFIXES.has(last.normal) ? word.slice(0, -1) : word;
  return stem.some((token) => !plainToken(token));
}

/** Heads of methods are no kind of method: "network architectures", "system design". */
const NOT_KIND_TAGS = ['GenericHead', 'ComponentHead', 'MethodHead', 'Value'];

/** Is the word a generic kind ("statistical", "hybrid", "classification"), enough for a `descriptive` term? */
export const isGenericKind = (token: Token): boolean =>
  genericModifiers.has(token.normal) &&
  !modalities.has(token.normal) &&
  !NOT_KIND_TAGS.some((tag) => token.tags.has(tag));

/** A technical word, or a generic kind on its own: "statistical" (but not "fine-tuned", "model-agnostic"). */
const isDescriptiveWord = (word: Token[]): boolean =>
  isTechnicalWord(word) || (word.length === 1 && isGenericKind(word[0] as Token));

/**
 * Is no word an opinion ("a costly process") and at least one technical — or, when generic kinds are
 * enough (`descriptive`), at least one that says which kind ("a statistical model")?
 */
export function saysWhichKind(
  modifiers: Token[],
  generic: 'technical' | 'descriptive' = 'technical',
): boolean {
  const kind = generic === 'descriptive' ? isDescriptiveWord : isTechnicalWord;
  return modifiers.every((token) => !evaluative.has(token.normal)) && wordsOf(modifiers).some(kind);
}
