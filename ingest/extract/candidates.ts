/**
 * Step 1 of per-abstract extraction: every span a gazetteer or a mention rule proposes, overlapping and
 * uncleaned. Later steps clip, trim and choose among them.
 */
import type { ConceptType } from '../../src/model/concepts';
import { GAZETTEER_TRIES, isEnglishWord, MENTION_NET, type Doc } from './plugin';
import type { MentionRule } from './plugin/rules/types';
import type { MentionType, Sentence } from './types';

export interface Candidate {
  type: MentionType;
  sentence: number;
  from: number;
  to: number;
  rule: string;
  confidence: number;
  keep: 'first' | 'last';
  needsSpecificModifier: boolean;
}

type Pointer = [sentence: number, from: number, to: number];

interface Found extends MentionRule {
  view: { pointer: Pointer[] };
}

/** A one-word gazetteer entry that is also an English word ("MATH", "ARC") counts only when capitalised. */
function plausible(sentences: Sentence[], [n, from, to]: Pointer): boolean {
  const token = sentences[n]?.tokens[from];
  if (!token || to - from > 1) return true;
  return /\p{Lu}/u.test(token.text) || !isEnglishWord(token.normal);
}

function lookupAll(
  doc: Doc,
  sentences: Sentence[],
  tries: Array<[ConceptType, object]>,
  rule: string,
): Candidate[] {
  return tries.flatMap(([type, trie]) =>
    ((doc.lookup(trie).pointer ?? []) as Pointer[])
      .filter((pointer) => plausible(sentences, pointer))
      .map(([sentence, from, to]) => ({
        type,
        sentence,
        from,
        to,
        rule: `${rule}-${type.toLowerCase()}`,
        confidence: rule === 'lexicon' ? 0.95 : 0.9,
        keep: 'last' as const,
        needsSpecificModifier: false,
      })),
  );
}

export function findCandidates(
  doc: Doc,
  sentences: Sentence[],
  lexiconTries: Array<[ConceptType, object]> = [],
): Candidate[] {
  const found = doc.sweep(MENTION_NET, { tagger: false }).found as Found[];
  const fromRules = found.flatMap((rule) =>
    rule.view.pointer.map(([sentence, from, to]) => ({
      type: rule.tag,
      sentence,
      from,
      to,
      rule: rule.reason,
      confidence: rule.confidence,
      keep: rule.keep ?? 'last',
      needsSpecificModifier: rule.needsSpecificModifier === true,
    })),
  );
  return [
    ...lookupAll(doc, sentences, lexiconTries, 'lexicon'),
    ...lookupAll(doc, sentences, GAZETTEER_TRIES, 'known'),
    ...fromRules,
  ];
}
