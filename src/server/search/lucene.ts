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
 * English function words: in a phrase ("attention is all") they must not decide what matches, nor how it
 * ranks. They stay optional words (a hit that has them scores a little more); the whole phrase scores most.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their this to was were will with all you we our can do does not no'.split(
    ' ',
  ),
);

/** Edits a word may be away from an indexed one and still match (Lucene fuzzy `~`): none for short words. */
export function typoEdits(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The Lucene query for `words` (see searchWords), or undefined when there is nothing to search for. Each
 * content word must match: as a word (boosted), as the start of one (autocomplete) or, for words of five
 * letters or more, within one or two typos (fuzzy, weighted low): "transfomer" finds "Transformer". Stop
 * words are optional unless the text has nothing else; two words or more also score as a phrase.
 *
 * @example
 * luceneQuery(['domain', 'adapt']); // '+(domain^2 OR domain* OR domain~1^0.5) +(adapt^2 OR adapt* OR adapt~1^0.5) "domain adapt"^3'
 */
export function luceneQuery(words: string[]): string | undefined {
  if (words.length === 0) return undefined;
  const content = words.some((word) => !STOP_WORDS.has(word));
  const clauses = words.map((word) => {
    const escaped = escapeLucene(word);
    if (content && STOP_WORDS.has(word)) return escaped;
    if (!/^[\p{L}\p{N}]+$/u.test(word)) return `+(${escaped})`;
    const edits = typoEdits(word);
    const fuzzy = edits > 0 ? ` OR ${escaped}~${edits}^0.5` : '';
    return `+(${escaped}^2 OR ${escaped}*${fuzzy})`;
  });
  if (words.length > 1) clauses.push(`"${words.map(escapeLucene).join(' ')}"^3`);
  return clauses.join(' ');
}
