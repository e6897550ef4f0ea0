/**
 * Step 1 of per-abstract extraction: every span a gazetteer or a mention rule proposes, overlapping and
 * uncleaned. Later steps clip, trim and choose among them.
 */
import { isEnglishWord, KNOWN_NAMES, RULES_NET, type Doc } from './plugin';
import type { Gazetteer, GazetteerMatch } from './plugin/gazetteer';
import type { ContextRule, MentionRule } from './plugin/rules/types';
import type { Scope } from './scopes';
import { LOWER_CASE_NAMES } from './plugin/words/known';
import { confidenceOf, ruleOf, type RuleId } from './rules';
import { breaksBetween, breaksPhraseAt } from './tokens';
import type { MentionType, Sentence } from './types';
import type { ConceptType } from '../../src/model/concepts';

const lowerCaseNames = new Set(LOWER_CASE_NAMES);

export interface Candidate {
  type: MentionType;
  sentence: number;
  from: number;
  to: number;
  rule: RuleId;
  confidence: number;
  keep: 'first' | 'last';
  requires?: MentionRule['requires'];
  /** The concept's name when the words say more or less ("statistical and rule-based parsing" names statistical parsing). */
  name?: string;
}

type Pointer = [sentence: number, from: number, to: number];

type Found = (MentionRule | ContextRule) & { view: { pointer: Pointer[] } };

const CONTEXT_TAGS = new Set(['Proposed']);
const isContextRule = (rule: Found): rule is ContextRule & { view: { pointer: Pointer[] } } =>
  CONTEXT_TAGS.has(rule.tag);

/**
 * A gazetteer match counts when no punctuation splits it, and a one-word match that is short ("IE", "HMM")
 * or also an English word ("MATH", "ARC") only when written with capitals.
 */
function plausible(sentences: Sentence[], { sentence, from, to }: GazetteerMatch): boolean {
  const tokens = sentences[sentence]?.tokens ?? [];
  for (let index = from; index < to - 1; index += 1) {
    const current = tokens[index];
    const next = tokens[index + 1];
    if (current && next && breaksBetween(current, next)) return false;
  }
  const token = tokens[from];
  if (!token || to - from > 1) return true;
  if (/\p{Lu}/u.test(token.text) || lowerCaseNames.has(token.normal)) return true;
  return token.text.length > 4 && !isEnglishWord(token.normal);
}

/** The rule of a gazetteer's match of a type: `known-method`, `lexicon-dataset`. */
const gazetteerRule = (source: 'known' | 'lexicon', type: ConceptType): RuleId =>
  `${source}-${type.toLowerCase() as Lowercase<ConceptType>}`;

function fromGazetteer(
  doc: Doc,
  sentences: Sentence[],
  gazetteer: Gazetteer,
  source: 'known' | 'lexicon',
): Candidate[] {
  return gazetteer
    .find(doc as unknown as Parameters<Gazetteer['find']>[0])
    .filter((match) => plausible(sentences, match))
    .map(({ type, sentence, from, to }) => {
      const rule = gazetteerRule(source, type);
      return { type, sentence, from, to, rule, confidence: confidenceOf(rule), keep: 'last' as const };
    });
}

/** [from, to) cut into the runs between punctuation: each piece of a list is a name of its own. */
function splitAtPunctuation(
  tokens: Sentence['tokens'],
  from: number,
  to: number,
): Array<readonly [number, number]> {
  const pieces: Array<readonly [number, number]> = [];
  let start = from;
  for (let index = from; index < to - 1; index += 1) {
    if (!breaksPhraseAt(tokens, index)) continue;
    pieces.push([start, index + 1]);
    start = index + 1;
  }
  pieces.push([start, to]);
  return pieces;
}

/**
 * One sweep of the plugin's rules: mention rules give candidates, context rules give scopes (see
 * `scopes.ts`); the gazetteers add known names.
 */
export function findCandidates(
  doc: Doc,
  sentences: Sentence[],
  lexicon?: Gazetteer,
): { candidates: Candidate[]; scopes: Scope[] } {
  const found = doc.sweep(RULES_NET, { tagger: false }).found as Found[];
  const candidates: Candidate[] = [
    ...(lexicon ? fromGazetteer(doc, sentences, lexicon, 'lexicon') : []),
    ...fromGazetteer(doc, sentences, KNOWN_NAMES, 'known'),
  ];
  const scopes: Scope[] = [];
  for (const rule of found) {
    for (const [sentence, from, to] of rule.view.pointer) {
      if (isContextRule(rule)) {
        scopes.push({ tag: rule.tag, reason: rule.reason, sentence, from, to });
        continue;
      }
      // A list of names found by their shape may run over a comma: "Gemini2.0-pro, Claude3.7-sonnet".
      const pieces = ruleOf(rule.id).byShapeOnly
        ? splitAtPunctuation(sentences[sentence]?.tokens ?? [], from, to)
        : [[from, to] as const];
      for (const [start, end] of pieces) {
        candidates.push({
          type: rule.tag,
          sentence,
          from: start,
          to: end,
          rule: rule.id,
          confidence: confidenceOf(rule.id),
          keep: rule.keep ?? 'last',
          ...(rule.requires && { requires: rule.requires }),
        });
      }
    }
  }
  return { candidates, scopes };
}
