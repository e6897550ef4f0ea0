/**
 * A Cypher tokenizer for the console's gate: it finds what is code (words, symbols, parameters) and what is
 * not (strings, comments), so keywords and procedure names can be checked. It errs towards seeing code:
 * a `//` comment ends at any line terminator, and zero-width characters separate words. Neo4j also decodes
 * `\uXXXX` escapes before it lexes (so `//x\u000aLOAD CSV` runs the LOAD CSV), which `decodeUnicodeEscapes`
 * reproduces; the gate checks the text both as written and decoded.
 */

export type TokenKind = 'word' | 'quoted' | 'param' | 'string' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Words: as written; quoted identifiers: unescaped content; strings: content; symbols: the character. */
  text: string;
  /** Offset of the token's first character in the lexed text. */
  offset: number;
}

const LINE_END = /[\n\r\u2028\u2029\u0085]/;
const SEPARATOR = /[\s\u200b-\u200d\u2060\ufeff\u180e]/;
const WORD_CHAR = /[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]/u;

/**
 * Decodes Java-style unicode escapes (`\u0041`, also `\uu0041`) the way a Java reader does: a backslash
 * preceded by an odd number of backslashes does not start one.
 *
 * @example
 * decodeUnicodeEscapes('L\\u004fAD CSV'); // 'LOAD CSV'
 */
export function decodeUnicodeEscapes(text: string): string {
  return text.replace(/(\\+)u+([0-9a-fA-F]{4})/g, (match, slashes: string, hex: string) =>
    slashes.length % 2 === 1
      ? `${slashes.slice(0, -1)}${String.fromCharCode(Number.parseInt(hex, 16))}`
      : match,
  );
}

/** Reads a quoted run starting at `start` (the opening quote); returns its content and the offset after it. */
function readQuoted(text: string, start: number, quote: string, backslashEscapes: boolean) {
  let content = '';
  let index = start + 1;
  while (index < text.length) {
    const char = text.charAt(index);
    if (backslashEscapes && char === '\\') {
      content += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === quote) {
      if (!backslashEscapes && text.charAt(index + 1) === quote) {
        content += quote;
        index += 2;
        continue;
      }
      return { content, next: index + 1 };
    }
    content += char;
    index += 1;
  }
  return { content, next: text.length };
}

/**
 * Splits Cypher into tokens, dropping whitespace and comments.
 *
 * @example
 * tokenize("CALL db.labels() // x").map((t) => t.text); // ['CALL', 'db', '.', 'labels', '(', ')']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (SEPARATOR.test(char)) {
      index += 1;
    } else if (char === '/' && next === '/') {
      index += 2;
      while (index < text.length && !LINE_END.test(text.charAt(index))) index += 1;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', index + 2);
      index = close < 0 ? text.length : close + 2;
    } else if (char === "'" || char === '"') {
      const { content, next: after } = readQuoted(text, index, char, true);
      tokens.push({ kind: 'string', text: content, offset: index });
      index = after;
    } else if (char === '`') {
      const { content, next: after } = readQuoted(text, index, '`', false);
      tokens.push({ kind: 'quoted', text: content, offset: index });
      index = after;
    } else if (char === '$') {
      let end = index + 1;
      if (text.charAt(end) === '`') {
        const { content, next: after } = readQuoted(text, end, '`', false);
        tokens.push({ kind: 'param', text: content, offset: index });
        index = after;
        continue;
      }
      while (end < text.length && WORD_CHAR.test(text.charAt(end))) end += 1;
      tokens.push({ kind: 'param', text: text.slice(index + 1, end), offset: index });
      index = end;
    } else if (WORD_CHAR.test(char)) {
      let end = index + 1;
      while (end < text.length && WORD_CHAR.test(text.charAt(end))) end += 1;
      tokens.push({ kind: 'word', text: text.slice(index, end), offset: index });
      index = end;
    } else {
      const point = text.codePointAt(index) ?? 0;
      const symbol = String.fromCodePoint(point);
      tokens.push({ kind: 'symbol', text: symbol, offset: index });
      index += symbol.length;
    }
  }
  return tokens;
}

/** True for a bare (unquoted) word equal to `keyword`, ignoring case. */
export function isKeyword(token: Token | undefined, keyword: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === keyword;
}

/** Names of the `$parameters` a query uses, in order of first use. */
export function parameterNames(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((token) => (token.kind === 'param' ? [token.text] : [])))];
}
