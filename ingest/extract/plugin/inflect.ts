/** Plural forms for the word lists, so one entry covers "network" and "networks". */

/**
 * @example
 * plural('network'); // 'networks'
 * plural('analysis'); // 'analyses'
 * plural('strategy'); // 'strategies'
 */
export function plural(word: string): string {
  if (/sis$/.test(word)) return word.replace(/sis$/, 'ses');
  if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[a-z]$/.test(word)) return `${word}s`;
  return word;
}

/** The phrase with its last word in the plural: "support vector machine" → "support vector machines". */
export function pluralPhrase(phrase: string): string {
  const cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1;
  return phrase.slice(0, cut) + plural(phrase.slice(cut));
}

/** Each entry and its plural, once. */
export function withPlurals(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, pluralPhrase(word)]))];
}
