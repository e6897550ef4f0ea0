/**
 * Descriptive terms (the `TERM_RULES` rows): each noun phrase of a sentence — a run of words that may
 * continue a phrase, ended by its head — becomes a candidate typed by its head. Clean-up and the
 * technical-modifier check are those of every candidate (`clean.ts`) plus the term checks
 * (`term-checks.ts`); `settleTerms` places them beside the named mentions.
 */
import type { Candidate } from './candidates';
import type { CleanCandidate } from './clean';
import { TERM_RULES } from './plugin/rules/terms';
import { confidenceOf, layerOf, ruleOf } from './rules';
import { withPlurals } from './plugin/inflect';
import { MANNER_WORDS, TECHNICAL_ADJECTIVES } from './plugin/words/terms';
import { hasAny } from './span';
import { isTechnicalWord, wordsOf } from './technical';
import { HEAD_TAGS } from './vagueness';
import { breaksBetween, breaksPhraseAt, isBracketedAcronym } from './tokens';
import type { Mention, Sentence, Token } from './types';

const TERM_HEADS = [...new Set(TERM_RULES.flatMap((rule) => rule.heads))];
/** Nouns that head a phrase of their own, and so may also modify the next head: "translation model". */
const NOUN_HEADS = ['TaskHead', 'TaskNoun', 'MaterialHead', 'MetricTermHead', 'MetricWord'];
const PHRASE_HEADS = [...new Set([...HEAD_TAGS, ...NOUN_HEADS, ...TERM_HEADS])];

const technicalAdjectives = new Set(TECHNICAL_ADJECTIVES);

/**
 * A word that may come before the head: a modifier, a name, a singular head noun ("translation model"), or
 * a technical participle the tagger read as a verb ("lexicalized grammar", "hidden Markov model").
 */
const continuesPhrase = (token: Token): boolean =>
  token.tags.has('Modifier') ||
  token.tags.has('NamePart') ||
  technicalAdjectives.has(token.normal) ||
  (hasAny(token, PHRASE_HEADS) && !token.tags.has('Plural'));

/** A noun ends a phrase: a head ("model") or any other ("motions" of "complex non-rigid motions"). */
const endsPhrase = (token: Token): boolean =>
  hasAny(token, PHRASE_HEADS) || (token.tags.has('Noun') && !token.tags.has('Pronoun'));

/** The noun phrases of a sentence as token ranges [from, to] (inclusive): runs ended by their head. */
function phrases(tokens: Token[]): Array<[from: number, to: number]> {
  const runs: Array<[number, number]> = [];
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    // Extend while the word continues the phrase and nothing separates it from the next.
    while (to + 1 < tokens.length && continuesPhrase(tokens[to] as Token)) {
      // "Markov random field (MRF) models": an acronym in brackets inside a phrase is part of it.
      const step = isBracketedAcronym(tokens, to + 1) ? 2 : 1;
      const next = tokens[to + step];
      if (!next || breaksPhraseAt(tokens, to) || breaksPhraseAt(tokens, to + step - 1)) break;
      if (!continuesPhrase(next) && !endsPhrase(next)) break;
      to += step;
    }
    runs.push([from, to]);
    from = to + 1;
  }
  return runs;
}

const MAX_OBJECT = 4;

/**
 * The end of the "of" phrase after a head ("tracking [of complex non-rigid motions]"): a bare noun
 * phrase of a few words, no article, right after "of".
 */
function objectEnd(tokens: Token[], runs: Array<[number, number]>, index: number): number | undefined {
  const [, to] = runs[index] as [number, number];
  const of = tokens[to + 1];
  const object = runs[index + 2];
  if (!of || of.normal !== 'of' || !object || object[0] !== to + 2) return undefined;
  if (breaksBetween(tokens[to] as Token, of) || breaksBetween(of, tokens[to + 2] as Token)) return undefined;
  const [start, end] = object;
  const first = tokens[start] as Token;
  const last = tokens[end] as Token;
  const bare = first.tags.has('Modifier') || first.tags.has('NamePart') || start === end;
  const noun = last.tags.has('Noun') && !last.tags.has('Pronoun') && !/['’]s?$/.test(last.text);
  return bare && noun && end - start < MAX_OBJECT ? end : undefined;
}

const CONJUNCTIONS = new Set(['and', 'or']);
const ADJECTIVE_LIKE = /(?:al|ic|ive|ous|[^e]ed|ar|ian|less|able|ible)$/;

/**
 * The start of a phrase coordinated with this one under its head: "[statistical and] constraint-based
 * disambiguation", "[Olympic Sports and] UCF101 datasets". The first phrase ends in an adjective, a name
 * or a hyphenated compound — not in a noun of its own ("speed and memory efficiency" shares no head).
 */
function coordinatedStart(tokens: Token[], runs: Array<[number, number]>, index: number): number | undefined {
  const conjunction = runs[index - 1];
  const first = runs[index - 2];
  if (!first || !conjunction || conjunction[0] !== conjunction[1]) return undefined;
  const word = tokens[conjunction[0]] as Token;
  const last = tokens[first[1]] as Token;
  if (!CONJUNCTIONS.has(word.normal) || breaksBetween(last, word)) return undefined;
  const hyphenated = (tokens[first[1] - 1]?.post ?? '') === '-' && first[1] > first[0];
  const describing =
    last.tags.has('NamePart') ||
    hyphenated ||
    (last.tags.has('Adjective') && !last.tags.has('Noun')) ||
    ADJECTIVE_LIKE.test(last.normal);
  return describing && !hasAny(last, PHRASE_HEADS) ? first[0] : undefined;
}

/**
 * @example
 * findTerms(sentences, text); // "a maximum entropy model for parsing" → term-method [maximum entropy model]
 */
export function findTerms(sentences: Sentence[], text: string): Candidate[] {
  const candidates: Candidate[] = [];
  sentences.forEach(({ tokens }, sentence) => {
    const runs = phrases(tokens);
    runs.forEach(([from, to], index) => {
      const head = tokens[to] as Token;
      for (const rule of TERM_RULES) {
        if (!hasAny(head, rule.heads)) continue;
        const end = rule.object === 'of' ? objectEnd(tokens, runs, index) : to > from ? to : undefined;
        if (end === undefined) continue;
        const term = {
          type: rule.type,
          sentence,
          from,
          to: end + 1,
          rule: rule.id,
          confidence: confidenceOf(rule.id),
          keep: 'last' as const,
          requires: rule.requires,
        };
        candidates.push(term);
        // "statistical and constraint-based disambiguation" is also statistical disambiguation.
        const start = rule.object ? undefined : coordinatedStart(tokens, runs, index);
        if (start === undefined) continue;
        const firstEnd = runs[index - 2]?.[1] ?? start;
        const name = `${text.slice(tokens[start]?.start, tokens[firstEnd]?.end)} ${head.text}`;
        candidates.push({ ...term, from: start, name });
      }
    });
  });
  return candidates;
}

/**
 * A term whose words before the head are a named mention needs no technical word of its own: "an
 * unsupervised learning method" and "the EM algorithm" are mentions of what they hold (`settleTerms`).
 *
 * @example
 * heldNamesSuffice(findTerms(sentences, text), mentions);
 */
export function heldNamesSuffice(terms: Candidate[], mentions: Mention[]): Candidate[] {
  return terms.map((term) => {
    const named =
      term.type !== 'Task' &&
      mentions.some(
        (mention) =>
          mention.type !== 'Name' &&
          mention.sentence === term.sentence &&
          mention.from === term.from &&
          mention.to === term.to - 1,
      );
    if (!named) return term;
    const free: Candidate = { ...term };
    delete free.requires;
    return free;
  });
}

/** Heads that say how something is done, not what it is: "a UDA method", "WSD approaches". */
const MANNER_HEADS = new Set(withPlurals(MANNER_WORDS));

/**
 * A metric word alone ("accuracy") is a metric of its own: "classification accuracy" is another mention
 * beside it, not a longer mention of it.
 */
const isMetricByItself = (mention: Mention, sentences: Sentence[]): boolean =>
  mention.to - mention.from === 1 &&
  sentences[mention.sentence]?.tokens[mention.from]?.tags.has('MetricWord') === true;

/**
 * A held mention is the term's own name only when the term's head follows it directly and is a kind of
 * thing: "the pre-trained BERT model" is BERT, but "KV cache quantization" and "Transformer-based language
 * models" name other things than "KV cache" and "Transformer".
 */
const namesItsHead = (held: Mention, term: CleanCandidate, head: Token | undefined): boolean =>
  held.to === term.to - 1 && head !== undefined && hasAny(head, ['GenericHead', 'ComponentHead']);

/** The words of a term that no held mention covers, its head aside: what the term adds. */
function ownWords(term: CleanCandidate, held: Mention[], sentences: Sentence[]): Token[] {
  const tokens = sentences[term.sentence]?.tokens ?? [];
  const words: Token[] = [];
  for (let index = term.from; index < term.to - 1; index += 1) {
    if (!held.some((mention) => mention.from <= index && index < mention.to))
      words.push(tokens[index] as Token);
  }
  return words;
}

/**
 * Terms beside the chosen mentions (which keep their indexes: roles, lineage and results refer to them).
 * A term on the same words as a mention, inside one or crossing one is dropped. A term holding mentions
 * stays when its own words say more ("maximum entropy word alignment model", "SMT models"). When they add
 * nothing but generic words and a head, the phrase is the held mention's own: that mention grows to it
 * ("the pre-trained BERT model" is a mention of BERT) and takes the term's type if it had none. A term of
 * another type stays beside what it holds: "image registration methods" and "QA systems" are methods for
 * the task they name (but "a UDA method" is UDA: an acronym alone and a manner head say no more). A metric
 * word alone keeps its mention: "classification accuracy" is a term beside "accuracy".
 *
 * @example
 * settleTerms(terms, mentions, sentences); // new term mentions; held mentions grown in place
 */
export function settleTerms(terms: CleanCandidate[], mentions: Mention[], sentences: Sentence[]): Mention[] {
  return terms.flatMap((term): Mention[] => {
    if (layerOf(term.rule) !== 'term') return [];
    const overlapping = mentions.filter(
      (mention) => mention.sentence === term.sentence && mention.start < term.end && term.start < mention.end,
    );
    const held = overlapping.filter(
      (mention) =>
        term.start <= mention.start &&
        mention.end <= term.end &&
        term.end - term.start > mention.end - mention.start,
    );
    if (held.length < overlapping.length) return [];
    const [only] = held;
    const { start, end, from, to, text, type } = term;
    // "hidden semi-Markov model" holds the phrase "semi-Markov model": the longer phrase names the concept.
    if (
      only &&
      !term.name &&
      held.length === 1 &&
      only.type === type &&
      only.to === to &&
      ruleOf(only.rule).endsAtHead
    ) {
      Object.assign(only, { start, end, from, to, text, name: text });
      return [];
    }
    const addsNothing = held.length === 1 && !wordsOf(ownWords(term, held, sentences)).some(isTechnicalWord);
    const head = sentences[term.sentence]?.tokens[term.to - 1];
    if (
      only &&
      addsNothing &&
      namesItsHead(only, term, head) &&
      !isMetricByItself(only, sentences) &&
      (only.type === type || only.type === 'Name')
    ) {
      Object.assign(only, { start, end, from, to, text, type, name: only.name ?? only.text });
      return [];
    }
    // "a novel UDA method": a way of doing a task named by its acronym alone is the task — but "SMT models",
    // "QA systems" are things, and "image registration methods" are methods.
    const acronym = only !== undefined && only.to - only.from === 1;
    if (acronym && addsNothing && only.type === 'Task' && MANNER_HEADS.has(head?.normal ?? '')) return [];
    const { sentence, rule, confidence, name } = term;
    return [{ type, text, start, end, sentence, from, to, rule, confidence, ...(name && { name }) }];
  });
}
