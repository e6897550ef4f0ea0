/**
 * A title is written in Title Case ("Hate Speech Detection via Dynamically Refined Regularization"), where
 * every capital looks like a name to a tagger. Read as its abstract writes: a run of capitalised words
 * keeps its capitals when the abstract capitalises each of its words inside a sentence and never writes
 * one in lower case; otherwise the whole run goes to lower case ("Iterative Scheduled Data
 * Aggregation" stays whole or goes whole, never leaving "Iterative Scheduled"). Shaped words ("HanoiT",
 * "BERT", "GPT-4") are never touched. Only letters' case changes, so offsets into the result are offsets
 * into the title.
 */

/** A Title Case word: a capital, then lower-case letters, parts joined by hyphens ("Weakly-Supervised"). */
const WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*`;
const TITLE_CASE_WORD = new RegExp(`^${WORD}$`, 'u');
/** Runs of Title Case words joined by single spaces. */
const TITLE_CASE_RUN = new RegExp(`(?<![\\p{L}\\d-])${WORD}(?: ${WORD})*(?![\\p{L}\\d-])`, 'gu');

/** The words the abstract capitalises where a sentence does not start, and never writes in lower case. */
function capitalisedInside(abstract: string): Set<string> {
  const words = new Set<string>();
  for (const match of abstract.matchAll(/(?<=[\p{L}\d,;)]\s+)(\p{Lu}[\p{L}-]*)/gu)) {
    const word = match[1];
    if (word) words.add(word);
  }
  const lower = new Set(abstract.match(/\p{Ll}[\p{L}-]*/gu) ?? []);
  return new Set([...words].filter((word) => !lower.has(word.toLowerCase())));
}

/**
 * @example
 * sentenceCase('Langevin Dynamics for Hate Speech Detection', 'We run Langevin Dynamics ...');
 * // 'Langevin Dynamics for hate speech detection'
 */
export function sentenceCase(title: string, abstract: string): string {
  const kept = capitalisedInside(abstract);
  const cased = title.replace(TITLE_CASE_RUN, (run) => {
    const words = run.split(' ');
    const keep = words.every((word) => kept.has(word) || !TITLE_CASE_WORD.test(word));
    return keep ? run : run.toLowerCase();
  });
  // Lower-casing that changes a word's length ('İ') would move the offsets: keep the title then.
  return cased.length === title.length ? cased : title;
}
