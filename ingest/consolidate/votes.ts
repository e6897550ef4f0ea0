/**
 * Corpus-level types: every name gets the type its typed mentions vote for (each vote weighs the mention's
 * confidence). A name typed in one abstract is thereby recognised in the others, where it appeared
 * untyped; acronyms follow the long form they stand for in most abstracts.
 */
import type { ConceptType } from '../../src/model/concepts';
import { canonicalName } from '../../src/model/keys';
import type { Mention, PaperCandidates } from '../extract/types';
import { conceptName } from './names';

export interface NameVerdict {
  type: ConceptType;
  /** Sum of the winning type's votes. */
  weight: number;
}

/** Below this a name's votes do not make it a concept (a lone capitalised word has 0.3). */
const MIN_WEIGHT = 0.5;

/** The form a mention names its concept by: its long form when it is an acronym, without "dataset" etc. */
export const namingForm = (mention: Mention): string =>
  // A descriptive term is named by all its words ("maximum entropy word alignment models"), but "the
  // tracking problem" is tracking and "the pre-trained BERT model" BERT (the name its mention was given).
  mention.rule.startsWith('term-') && mention.type !== 'Task' && mention.name === undefined
    ? mention.text
    : conceptName(mention.name ?? mention.longForm ?? mention.text, mention.type);

/**
 * Rules that may name a concept with one capitalised common word: a naming rule ("we propose Dolphin"),
 * or a word list that types the word whatever its case ("Accuracy" and "Parsing" opening a sentence).
 */
const NAMING_RULES =
  /^(?:propose-name|called-name|title-name|name-method-word|name-outperforms|known-|lexicon-|metric-word$|task-word$)/;

/** A word the corpus writes in lower case this often is a common word, even capitalised. */
const COMMON = 3;

/**
 * Words the corpus writes in lower case again and again: capitalised, they are still common words
 * ("Context") and no concept's name unless a naming rule says so.
 */
export function lowerCaseWords(papers: PaperCandidates[]): Set<string> {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const [word] of paper.abstract.matchAll(/\b[a-z][a-z-]{2,}\b/g))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= COMMON).map(([word]) => word));
}

/** Is this mention a common word, capitalised, with nothing but a weak rule behind it? */
export function isCommonWord(mention: Mention, common: Set<string>): boolean {
  const word = conceptName(mention.text, mention.type);
  const named = NAMING_RULES.test(mention.rule) || mention.role === 'proposed';
  return /^\p{Lu}\p{Ll}+$/u.test(word) && common.has(word.toLowerCase()) && !named;
}

export function voteTypes(
  papers: PaperCandidates[],
  lexicon: Map<string, ConceptType> = new Map(),
  common: Set<string> = new Set(),
): Map<string, NameVerdict> {
  const votes = new Map<string, Map<ConceptType, number>>();
  const add = (name: string, type: ConceptType, weight: number) => {
    const key = canonicalName(name);
    const forName = votes.get(key) ?? new Map<ConceptType, number>();
    forName.set(type, (forName.get(type) ?? 0) + weight);
    votes.set(key, forName);
  };
  for (const paper of papers) {
    for (const mention of paper.mentions) {
      if (mention.type === 'Name' || isCommonWord(mention, common)) continue;
      add(namingForm(mention), mention.type, mention.confidence);
      // The acronym itself is learned too, so that "RCS" alone elsewhere is recognised.
      if (mention.longForm) add(mention.text, mention.type, mention.confidence * 0.5);
    }
  }
  // A user lexicon outvotes the text.
  for (const [name, type] of lexicon) add(name, type, 100);
  const verdicts = new Map<string, NameVerdict>();
  for (const [name, forName] of votes) {
    const [type, weight] = [...forName].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (type && weight !== undefined && weight >= MIN_WEIGHT) verdicts.set(name, { type, weight });
  }
  return verdicts;
}

/**
 * Acronyms → the long form they stand for in most abstracts: `rcs` → `rare class sampling`.
 */
export function acronymMeanings(papers: PaperCandidates[]): Map<string, string> {
  const counts = new Map<string, Map<string, { form: string; count: number }>>();
  for (const paper of papers) {
    for (const mention of paper.mentions) {
      // An acronym ("RCS" with its long form), or a long form with its acronym ("... (CNNs)").
      const shortText = mention.longForm ? mention.text : mention.alias;
      const meaning = mention.name ?? mention.longForm ?? (mention.alias ? mention.text : undefined);
      if (!shortText || !meaning) continue;
      const short = canonicalName(shortText);
      // Long forms are counted by their key: "Large Language Models" and "large language model" are one.
      const forShort = counts.get(short) ?? new Map<string, { form: string; count: number }>();
      const long = canonicalName(meaning);
      const seen = forShort.get(long) ?? { form: meaning, count: 0 };
      seen.count += 1;
      forShort.set(long, seen);
      counts.set(short, forShort);
    }
  }
  const meanings = new Map<string, string>();
  for (const [short, forShort] of counts) {
    const ranked = [...forShort.values()].sort((a, b) => b.count - a.count);
    const [best, second] = ranked;
    if (best && (!second || best.count > second.count)) meanings.set(short, best.form);
  }
  return meanings;
}
