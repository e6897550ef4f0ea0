/**
 * Corpus-level types: every name gets the type its typed mentions vote for (each vote weighs the mention's
 * confidence). A name typed in one abstract is thereby recognised in the others, where it appeared
 * untyped; acronyms follow the long form they stand for in most abstracts.
 */
import type { ConceptType } from '../../src/model/concepts';
import { canonicalName } from '../../src/model/keys';
import { layerOf, ruleOf, typeGuessed } from '../extract/rules';
import type { Mention, PaperCandidates } from '../extract/types';
import { conceptName } from './names';

export interface NameVerdict {
  type: ConceptType;
  /** Sum of the winning type's votes. */
  weight: number;
}

/**
 * A guess's say against a type read from context: three papers writing "the MIMIC-III dataset" outvote
 * ten that name MIMIC-III with nothing around it.
 */
const GUESS_SAY = 0.25;

/** Below this a name's votes do not make it a concept (a lone capitalised word has 0.3). */
const MIN_WEIGHT = 0.5;

/** The form a mention names its concept by: its long form when it is an acronym, without "dataset" etc. */
export const namingForm = (mention: Mention): string =>
  // A descriptive term is named by all its words ("maximum entropy word alignment models"), but "the
  // tracking problem" is tracking and "the pre-trained BERT model" BERT (the name its mention was given).
  layerOf(mention.rule) === 'term' && mention.type !== 'Task' && mention.name === undefined
    ? mention.text
    : conceptName(mention.name ?? mention.longForm ?? mention.text, mention.type);

/** A word the corpus writes in lower case this often is a common word, even capitalised. */
const COMMON = 3;

/**
 * Words the corpus writes in lower case again and again: capitalised, they are still common words
 * ("Context") and no concept's name unless a naming rule says so.
 */
export function lowerCaseWords(papers: PaperCandidates[]): Set<string> {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const [word] of paper.abstract.matchAll(/\b[a-z][a-z-]+\b/g))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= COMMON).map(([word]) => word));
}

/** Is this mention a common word, capitalised, with nothing but a weak rule behind it? */
export function isCommonWord(mention: Mention, common: Set<string>): boolean {
  const word = conceptName(mention.text, mention.type);
  const named = ruleOf(mention.rule).names === true || mention.role === 'proposed';
  return /^\p{Lu}\p{Ll}+$/u.test(word) && common.has(word.toLowerCase()) && !named;
}

export function voteTypes(
  papers: PaperCandidates[],
  lexicon: Map<string, ConceptType> = new Map(),
  common: Set<string> = new Set(),
): Map<string, NameVerdict> {
  // Per name and type: the votes' weight, and their say against other types (a guess says less).
  const votes = new Map<string, Map<ConceptType, { weight: number; say: number }>>();
  const add = (name: string, type: ConceptType, weight: number, say = weight) => {
    const key = canonicalName(name);
    const forName = votes.get(key) ?? new Map<ConceptType, { weight: number; say: number }>();
    const sum = forName.get(type) ?? { weight: 0, say: 0 };
    forName.set(type, { weight: sum.weight + weight, say: sum.say + say });
    votes.set(key, forName);
  };
  for (const paper of papers) {
    for (const mention of paper.mentions) {
      if (mention.type === 'Name' || isCommonWord(mention, common)) continue;
      const guessed = typeGuessed(mention);
      const say = guessed ? mention.confidence * GUESS_SAY : mention.confidence;
      add(namingForm(mention), mention.type, mention.confidence, say);
      // The acronym itself is learned too, so that "RCS" alone elsewhere is recognised.
      if (mention.longForm) add(mention.text, mention.type, mention.confidence * 0.5, say * 0.5);
    }
  }
  // A user lexicon outvotes the text.
  for (const [name, type] of lexicon) add(name, type, 100);
  const verdicts = new Map<string, NameVerdict>();
  for (const [name, forName] of votes) {
    const [type, sum] = [...forName].sort((a, b) => b[1].say - a[1].say)[0] ?? [];
    if (type && sum && sum.weight >= MIN_WEIGHT) verdicts.set(name, { type, weight: sum.weight });
  }
  return verdicts;
}

/** The share of an acronym's definitions in the corpus its meaning must hold to stand for it where undefined. */
const DOMINANT_MEANING = 0.75;

/** "LLMs" is written "LLM" too; the plural of an acronym is the acronym. */
const singularAcronym = (written: string): string => written.replace(/(?<=\p{Lu}\d*)s$/u, '');

/**
 * Acronyms → the long form they stand for across the corpus, for the papers that use one without defining
 * it: `RCS` → `rare class sampling`. Only a meaning that holds most of the acronym's definitions counts
 * ("AVA" is Atomic Visual Actions in some papers and an aesthetics benchmark in others: neither), and only
 * for the acronym as it was written when defined ("Bing" is not "BING").
 *
 * `minDefinitions` asks for a meaning defined that often, unless the paper asking defines it itself or its
 * title spells it out ("Scene Text Recognition with ..." and "STR" alone in the abstract): in
 * 5,000 conference abstracts one paper's "Common Lisp Instrumentation Package (CLIP)" and another's
 * "Synchronous Semantic Decoding (SSD)" would rename the CLIP model and the SSD detector everywhere.
 *
 * @example
 * acronymMeanings(papers)('RCS', 2, paper); // 'rare class sampling', defined twice or by this paper
 */
export function acronymMeanings(
  papers: PaperCandidates[],
): (written: string, minDefinitions?: number, paper?: { id: string; title: string }) => string | undefined {
  interface Defined {
    total: number;
    written: Set<string>;
    forms: Map<string, { form: string; count: number; papers: Set<string> }>;
  }
  const counts = new Map<string, Defined>();
  for (const paper of papers) {
    for (const mention of paper.mentions) {
      // An acronym ("RCS" with its long form), or a long form with its acronym ("... (CNNs)").
      const shortText = mention.longForm ? mention.text : mention.alias;
      const meaning = mention.name ?? mention.longForm ?? (mention.alias ? mention.text : undefined);
      if (!shortText || !meaning) continue;
      const short = canonicalName(shortText);
      const defined = counts.get(short) ?? { total: 0, written: new Set<string>(), forms: new Map() };
      defined.total += 1;
      defined.written.add(singularAcronym(shortText));
      // Long forms are counted by their key: "Large Language Models" and "large language model" are one.
      const long = canonicalName(meaning);
      const seen = defined.forms.get(long) ?? { form: meaning, count: 0, papers: new Set<string>() };
      seen.count += 1;
      seen.papers.add(paper.id);
      defined.forms.set(long, seen);
      counts.set(short, defined);
    }
  }
  const meanings = new Map<string, { form: string; papers: Set<string>; written: Set<string> }>();
  for (const [short, defined] of counts) {
    const [best] = [...defined.forms.values()].sort((a, b) => b.count - a.count);
    if (best && best.count >= DOMINANT_MEANING * defined.total)
      meanings.set(short, { form: best.form, papers: best.papers, written: defined.written });
  }
  return (written, minDefinitions = 1, paper) => {
    const meaning = meanings.get(canonicalName(written));
    const own =
      paper !== undefined &&
      meaning !== undefined &&
      (meaning.papers.has(paper.id) ||
        ` ${canonicalName(paper.title)} `.includes(` ${canonicalName(meaning.form)} `));
    const defined = meaning !== undefined && (meaning.papers.size >= minDefinitions || own);
    return defined && meaning.written.has(singularAcronym(written)) ? meaning.form : undefined;
  };
}
