/**
 * A title is written in Title Case ("Hate Speech Detection via Dynamically Refined Regularization"), where
 * every capital looks like a name to a tagger. Read as its abstract writes: a capitalised word goes to lower
 * case unless the abstract itself capitalises it inside a sentence ("Langevin dynamics") or its shape makes
 * it a name ("HanoiT", "BERT", "GPT-4"). Only letters' case changes, so offsets into the result are offsets
 * into the title.
 */

/** A Title Case word: a capital, then lower-case letters, parts joined by hyphens ("Weakly-Supervised"). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

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
 * sentenceCase('Langevin Dynamics for Hate Speech Detection', 'We run Langevin dynamics ...');
 * // 'Langevin dynamics for hate speech detection'
 */
export function sentenceCase(title: string, abstract: string): string {
  const kept = capitalisedInside(abstract);
  const cased = title.replace(/[\p{L}][\p{L}'-]*/gu, (word) =>
    TITLE_CASE_WORD.test(word) && !kept.has(word) ? word.toLowerCase() : word,
  );
  // Lower-casing that changes a word's length ('İ') would move the offsets: keep the title then.
  return cased.length === title.length ? cased : title;
}
