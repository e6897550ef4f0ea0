/** Step 3: one mention per stretch of text — the most confident candidate, then the longest, wins. */
import type { CleanCandidate } from './clean';
import { layerOf, ruleOf } from './rules';

/**
 * "large vocabulary speech recognition" holds "speech recognition" (a known name, or another rule's
 * phrase): the phrase says more, and ranks above the words it ends with — unless it was cut short itself.
 * A name of a model stays the name: "a 4k token LLaMA2-7B model" is LLaMA2-7B.
 */
function extendsShorter(phrase: CleanCandidate, candidates: CleanCandidate[]): boolean {
  return (
    ruleOf(phrase.rule).endsAtHead === true &&
    !phrase.cut &&
    candidates.some(
      (shorter) =>
        (layerOf(shorter.rule) === 'known' || ruleOf(shorter.rule).endsAtHead) &&
        shorter.type === phrase.type &&
        shorter.sentence === phrase.sentence &&
        shorter.to === phrase.to &&
        shorter.from > phrase.from,
    )
  );
}

/** A known name over anything else on the same words ("GPT-4o" known, not a bare hyphenated name). */
function rankOf(candidate: CleanCandidate, candidates: CleanCandidate[]): number {
  if (extendsShorter(candidate, candidates)) return 0.95;
  const sameWords = (other: CleanCandidate) => other.start === candidate.start && other.end === candidate.end;
  const known =
    layerOf(candidate.rule) === 'known' &&
    candidates.some((other) => other !== candidate && sameWords(other));
  return known ? Math.max(candidate.confidence, 0.93) : candidate.confidence;
}

export function chooseAmongOverlaps(candidates: CleanCandidate[]): CleanCandidate[] {
  const ranked = candidates
    .map((candidate) => ({
      candidate,
      rank: rankOf(candidate, candidates),
    }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) ||
        a.candidate.start - b.candidate.start,
    );
  const chosen: CleanCandidate[] = [];
  for (const { candidate } of ranked) {
    if (chosen.some((other) => other.start < candidate.end && candidate.start < other.end)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
