/**
 * Extraction for one abstract, pure: the same text gives the same candidates. The steps run in the order
 * their names say; corpus-level decisions (types by vote, names learned elsewhere, keys) come later in
 * `ingest/consolidate`.
 */
import { findAcronyms } from './acronyms';
import { typeNamesByContext } from './name-context';
import { findCandidates } from './candidates';
import { cleanCandidate, type CleanCandidate } from './clean';
import { linkAcronyms } from './links';
import { chooseAmongOverlaps } from './overlaps';
import { parseText, type Gazetteer } from './plugin';
import { assignRoles, findLineage } from './relations';
import { addStep, ruleOf } from './rules';
import { titleLead } from './title-lead';
import { findResults } from './results';
import { findTerms, heldNamesSuffice, settleTerms } from './terms';
import { titleName } from './title';
import { sentenceCase } from './title-case';
import { titlePhraseMentions } from './title-phrases';
import { toSentences } from './tokens';
import { typeFromNameShape } from './typing';
import type { Mention, PaperCandidates, Sentence } from './types';
import { startsName, type VetoId } from './vagueness';

export interface PaperInput {
  id: string;
  title: string;
  abstract: string;
}

export interface PaperOptions {
  /** A user lexicon's names. */
  lexicon?: Gazetteer;
  /** Vetoes switched off, to measure what each is worth (`npm run eval -- --by-veto`). */
  skipVetoes?: ReadonlySet<VetoId>;
}

function toMention({
  type,
  text,
  start,
  end,
  sentence,
  from,
  to,
  rule,
  confidence,
}: CleanCandidate): Mention {
  return { type, text, start, end, sentence, from, to, rule, confidence };
}

/**
 * A one-word name typed somewhere in the abstract is the same name where no rule saw it — at the start of
 * a sentence, say ("Cable is built upon Llama 2").
 */
function repeatNames(mentions: Mention[], sentences: Sentence[]): Mention[] {
  const named = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.to - mention.from === 1 && mention.type !== 'Name' && /\p{Lu}/u.test(mention.text)) {
      named.set(mention.text, mention);
    }
  }
  if (named.size === 0) return mentions;
  const taken = new Set(mentions.map((mention) => `${mention.sentence}:${mention.from}`));
  const repeated: Mention[] = [];
  sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((token, position) => {
      const original = named.get(token.text);
      if (!original || taken.has(`${index}:${position}`)) return;
      const covered = mentions.some((m) => m.sentence === index && m.from <= position && position < m.to);
      if (covered) return;
      // "scored by NIST" does not make "the NIST 2005 data" a metric
      if (original.type === 'Metric' && startsName([token], sentence.tokens[position + 1])) return;
      repeated.push({
        ...original,
        text: token.text,
        start: token.start,
        end: token.end,
        sentence: index,
        from: position,
        to: position + 1,
        rule: 'repeated-name',
        steps: undefined,
        ...(original.role && { role: 'used' as const }),
      });
    });
  });
  // Appended, not sorted in: roles, lineage and results refer to mentions by index.
  return [...mentions, ...repeated];
}

/** Names still untyped get a type from their shape, or from being what an evaluation ran on. */
function typeNames(mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.type !== 'Name') continue;
    const shaped = typeFromNameShape(mention.text);
    if (shaped) {
      mention.type = shaped;
      addStep(mention, 'shape');
      mention.confidence = Math.max(mention.confidence, 0.6);
    } else {
      const untyped = ruleOf(mention.rule).untypedNameIs;
      if (untyped) mention.type = untyped;
    }
  }
}

/** What one text (an abstract, or a title read as one) yields. */
type TextCandidates = Pick<PaperCandidates, 'mentions' | 'lineage' | 'results'> & { sentences: Sentence[] };

function readText(text: string, title: string, options: PaperOptions): TextCandidates {
  const doc = parseText(text);
  const sentences = toSentences(doc);
  const { candidates: raw, scopes } = findCandidates(doc, sentences, options.lexicon);
  const candidates = raw
    .map((candidate) => cleanCandidate(candidate, sentences, text, options.skipVetoes))
    .filter((candidate): candidate is CleanCandidate => candidate !== null);
  const chosen = chooseAmongOverlaps(candidates).map(toMention);
  const linked = linkAcronyms(chosen, findAcronyms(sentences, text), sentences, text);
  typeNames(linked);
  typeNamesByContext(linked, sentences);
  linked.push(...titlePhraseMentions(title, sentences, text, linked));
  const proposed = assignRoles(linked, scopes, sentences, titleName(title));
  const mentions = repeatNames(linked, sentences);
  const results = findResults(mentions, sentences, proposed, text);
  // Descriptive terms come last: roles, lineage and results are about named mentions, by index.
  const terms = heldNamesSuffice(findTerms(sentences, text), mentions)
    .map((candidate) => cleanCandidate(candidate, sentences, text, options.skipVetoes))
    .filter((candidate): candidate is CleanCandidate => candidate !== null);
  mentions.push(...settleTerms(terms, mentions, sentences));
  const lineage = findLineage(mentions, sentences, proposed, title);
  return { sentences, mentions, lineage, results };
}

/**
 * The title read as a one-sentence abstract, in the case its abstract writes: what it names that the
 * abstract never writes again ("Hate Speech Detection", "HanoiT") is the paper's too. Offsets point into
 * the title. The name before a title's colon is the paper's own method.
 */
function readTitle(title: string, abstract: string, options: PaperOptions): Mention[] {
  if (!title.trim()) return [];
  const own = titleName(title);
  const cased = sentenceCase(title, abstract);
  const mentions = readText(cased, '', options).mentions.map((mention) => {
    const named = own?.type === 'Method' && title.slice(mention.start, mention.end) === own.name;
    return named ? { ...mention, role: 'proposed' as const } : mention;
  });
  // The title's lead names the paper's own method, whichever rule also read those words; it is written as
  // the title reads in the abstract's case ("Chain-of-Thought Prompting for ..." names chain-of-thought prompting).
  const lead = titleLead(title);
  if (!lead) return mentions;
  const same = (mention: Mention) => mention.start === lead.start && mention.end === lead.end;
  return [
    ...mentions.filter((mention) => !same(mention)),
    { ...lead, text: cased.slice(lead.start, lead.end) },
  ];
}

/**
 * @example
 * extractPaper({ id: '1', title: 'DAFormer: ...', abstract: 'We propose DAFormer, ...' }).mentions;
 */
export function extractPaper(paper: PaperInput, options: PaperOptions = {}): PaperCandidates {
  const { sentences, mentions, lineage, results } = readText(paper.abstract, paper.title, options);
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    mentions,
    titleMentions: readTitle(paper.title, paper.abstract, options),
    lineage,
    results,
  };
}

/** An abstract the extractor could not read: the run goes on without it. */
export interface ExtractionFailure {
  id: string;
  title: string;
  failure: string;
}

/**
 * `extractPaper`, with an error turned into a failure record so that one odd abstract does not end a run.
 *
 * @example
 * const result = extractOrFail(paper);
 * if ('failure' in result) warn(result.failure);
 */
export function extractOrFail(
  paper: PaperInput,
  options: PaperOptions = {},
): PaperCandidates | ExtractionFailure {
  try {
    return extractPaper(paper, options);
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { id: paper.id, title: paper.title, failure };
  }
}

export const isFailure = (result: PaperCandidates | ExtractionFailure): result is ExtractionFailure =>
  'failure' in result;
