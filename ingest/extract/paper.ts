/**
 * Extraction for one abstract, pure: the same text gives the same candidates. The steps run in the order
 * their names say; corpus-level decisions (types by vote, names learned elsewhere, keys) come later in
 * `ingest/consolidate`.
 */
import { findAcronyms } from './acronyms';
import { findCandidates } from './candidates';
import { chooseAmongOverlaps, cleanCandidate, type CleanCandidate } from './clean';
import { linkAcronyms } from './links';
import { parseText, type Gazetteer } from './plugin';
import { assignRoles, findLineage } from './relations';
import { findResults } from './results';
import { titleName } from './title';
import { toSentences } from './tokens';
import { typeFromNameShape } from './typing';
import type { Mention, PaperCandidates } from './types';

export interface PaperInput {
  id: string;
  title: string;
  abstract: string;
}

export interface PaperOptions {
  /** A user lexicon's names. */
  lexicon?: Gazetteer;
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

/** Names still untyped get a type from their shape, or from being what an evaluation ran on. */
function typeNames(mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.type !== 'Name') continue;
    const shaped = typeFromNameShape(mention.text);
    if (shaped) {
      mention.type = shaped;
      mention.rule = `${mention.rule}+shape`;
      mention.confidence = Math.max(mention.confidence, 0.6);
    } else if (mention.rule === 'evaluated-on-name') {
      mention.type = 'Dataset';
    }
  }
}

/**
 * @example
 * extractPaper({ id: '1', title: 'DAFormer: ...', abstract: 'We propose DAFormer, ...' }).mentions;
 */
export function extractPaper(paper: PaperInput, options: PaperOptions = {}): PaperCandidates {
  const text = paper.abstract;
  const doc = parseText(text);
  const sentences = toSentences(doc);
  const { candidates: raw, scopes } = findCandidates(doc, sentences, options.lexicon);
  const candidates = raw
    .map((candidate) => cleanCandidate(candidate, sentences, text))
    .filter((candidate): candidate is CleanCandidate => candidate !== null);
  const chosen = chooseAmongOverlaps(candidates).map(toMention);
  const mentions = linkAcronyms(chosen, findAcronyms(sentences, text), sentences, text);
  typeNames(mentions);
  const proposed = assignRoles(mentions, scopes, sentences, titleName(paper.title));
  const lineage = findLineage(mentions, scopes, sentences, proposed);
  const results = findResults(mentions, sentences, proposed, text);
  return {
    id: paper.id,
    title: paper.title,
    abstract: text,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    mentions,
    lineage,
    results,
  };
}
