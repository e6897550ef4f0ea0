/**
 * Evidence on a paper → concept relationship (cypher/README.md): the best one (`sentence`, `start`, `end`,
 * `rule`, `confidence`) and all of them as parallel lists (`sentences`, `starts`, `ends`, `rules`). Offsets
 * point into the abstract; the page highlights the mention inside the sentence, so each evidence also gets
 * `sentenceStart`/`sentenceEnd`, found by locating the sentence in the abstract (or in the stretch of it
 * around the mention that cypher/queries/concept.cypher sends instead of the whole abstract).
 */
import { z } from 'zod';
import type { EvidenceView } from '../../model/api';
import type { MentionType, MethodRole } from '../../model/concepts';

/** Evidence properties of a mention relationship, as the queries return them (`m {.sentence, ...}`). */
export const mentionEvidenceRow = z.object({
  sentence: z.string().nullish(),
  start: z.number().nullish(),
  end: z.number().nullish(),
  rule: z.string().nullish(),
  confidence: z.number().nullish(),
  sentences: z.array(z.string()).nullish(),
  starts: z.array(z.number()).nullish(),
  ends: z.array(z.number()).nullish(),
  rules: z.array(z.string()).nullish(),
});
export type MentionEvidenceRow = z.infer<typeof mentionEvidenceRow>;

/**
 * Where the mention `abstract[start, end)` lies inside `sentence`: the occurrence of the sentence in the
 * abstract that contains the span decides. When the sentence is not found verbatim (an extractor may normalise
 * whitespace), the mention's text is looked up inside the sentence instead; when neither works the range is
 * empty (0, 0) rather than wrong.
 *
 * @example
 * locateInSentence('A b. We propose X.', 'We propose X.', 16, 17); // { sentenceStart: 11, sentenceEnd: 12 }
 */
export function locateInSentence(
  abstract: string,
  sentence: string,
  start: number,
  end: number,
): { sentenceStart: number; sentenceEnd: number } {
  if (sentence.length > 0) {
    for (let at = abstract.indexOf(sentence); at >= 0; at = abstract.indexOf(sentence, at + 1)) {
      if (at <= start && end <= at + sentence.length) {
        return { sentenceStart: start - at, sentenceEnd: end - at };
      }
      if (at > start) break;
    }
  }
  const mention = abstract.slice(start, end);
  const inside = mention.length > 0 ? sentence.indexOf(mention) : -1;
  return inside >= 0
    ? { sentenceStart: inside, sentenceEnd: inside + mention.length }
    : { sentenceStart: 0, sentenceEnd: 0 };
}

/** A stretch of an abstract: its text and where it starts in the abstract. */
export const abstractStretch = z.object({ from: z.number(), text: z.string() });
export type AbstractStretch = z.infer<typeof abstractStretch>;

/**
 * Every evidence of one mention relationship, best first, each located in its sentence. Items of the lists
 * that repeat the best evidence are not repeated. The mention is placed with the whole abstract, or with one
 * stretch of it per evidence (the best one first, then the lists' items in order) that holds every sentence
 * containing the mention — which places it exactly as the whole abstract would. Evidence whose sentence is
 * the paper's `title` is placed in the title.
 */
export function evidenceViews(
  abstract: string | ReadonlyArray<AbstractStretch | null>,
  row: MentionEvidenceRow,
  title?: string,
): EvidenceView[] {
  const confidence = row.confidence ?? 0;
  const items: Array<{ sentence: string; start: number; end: number; rule: string; index: number }> = [];
  if (typeof row.sentence === 'string' && typeof row.start === 'number' && typeof row.end === 'number') {
    items.push({ sentence: row.sentence, start: row.start, end: row.end, rule: row.rule ?? '', index: 0 });
  }
  const sentences = row.sentences ?? [];
  sentences.forEach((sentence, index) => {
    const start = row.starts?.[index];
    const end = row.ends?.[index];
    if (typeof start !== 'number' || typeof end !== 'number') return;
    if (items.some((item) => item.start === start && item.end === end)) return;
    items.push({ sentence, start, end, rule: row.rules?.[index] ?? row.rule ?? '', index: index + 1 });
  });
  return items.map(({ index, ...item }) => {
    // A concept only the title names stands on the title: its offsets point into it.
    if (title !== undefined && item.sentence === title && item.end <= title.length) {
      return { ...item, sentenceStart: item.start, sentenceEnd: item.end, confidence, inTitle: true };
    }
    const stretch =
      typeof abstract === 'string' ? { from: 0, text: abstract } : (abstract[index] ?? { from: 0, text: '' });
    const text = typeof stretch.text === 'string' ? stretch.text : '';
    const placed = locateInSentence(text, item.sentence, item.start - stretch.from, item.end - stretch.from);
    return { ...item, ...placed, confidence };
  });
}

/**
 * One mention seen from either end (a concept's papers, a paper's concepts): the other end's reference, how
 * it is linked (relation, a method's role when it has one) and the evidence.
 */
export function mentionView<Ref extends object>(
  ref: Ref,
  mention: { relation: MentionType; role?: MethodRole | null },
  evidence: EvidenceView[],
): Ref & { relation: MentionType; role?: MethodRole; evidence: EvidenceView[] } {
  return { ...ref, relation: mention.relation, ...(mention.role ? { role: mention.role } : {}), evidence };
}
