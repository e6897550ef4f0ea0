/**
 * What a person typed → a Lucene query for Neo4j's full-text indexes. Every character Lucene gives a
 * meaning (`+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`) is escaped and the text is lower-cased (so AND/OR/NOT
 * are words, not operators): input like `a:b"(` can never break the query. Each word must match, as a word
 * (boosted) or as the start of one, which is what autocomplete needs.
 */

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 8;

/**
 * @example
 * escapeLucene('a:b"('); // 'a\\:b\\"\\('
 */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** The words of a search text: lower-cased, NFKC-folded, only those with a letter or digit, at most 8. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_WORDS);
}

/**
 * The Lucene query for `words` (see searchWords), or undefined when there is nothing to search for.
 *
 * @example
 * luceneQuery(['domain', 'adapt']); // '+(domain^2 OR domain*) +(adapt^2 OR adapt*)'
 */
export function luceneQuery(words: string[]): string | undefined {
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      return /^[\p{L}\p{N}]+$/u.test(word) ? `+(${escaped}^2 OR ${escaped}*)` : `+(${escaped})`;
    })
    .join(' ');
}
