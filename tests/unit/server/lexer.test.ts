import { describe, expect, it } from 'vitest';
import { decodeUnicodeEscapes, parameterNames, tokenize } from '../../../src/server/console/lexer';

const texts = (query: string) => tokenize(query).map((token) => `${token.kind}:${token.text}`);

describe('Cypher lexer', () => {
  it.each([
    ['MATCH (n) RETURN n', ['word:MATCH', 'symbol:(', 'word:n', 'symbol:)', 'word:RETURN', 'word:n']],
    ["RETURN 'a;b' AS s", ['word:RETURN', 'string:a;b', 'word:AS', 'word:s']],
    ["RETURN 'it\\'s' AS s", ['word:RETURN', "string:it\\'s", 'word:AS', 'word:s']],
    ['RETURN "x" // CREATE\nAS y', ['word:RETURN', 'string:x', 'word:AS', 'word:y']],
    ['RETURN 1 /* CREATE */ AS y', ['word:RETURN', 'word:1', 'word:AS', 'word:y']],
    [
      'CALL `db`.`la``bels`()',
      ['word:CALL', 'quoted:db', 'symbol:.', 'quoted:la`bels', 'symbol:(', 'symbol:)'],
    ],
    ['RETURN $p, $`odd name`', ['word:RETURN', 'param:p', 'symbol:,', 'param:odd name']],
    ['LOAD\u200bCSV', ['word:LOAD', 'word:CSV']],
    ['RETURN 1 // x\u2028LOAD CSV', ['word:RETURN', 'word:1', 'word:LOAD', 'word:CSV']],
    ['MATCH (n) /* unterminated', ['word:MATCH', 'symbol:(', 'word:n', 'symbol:)']],
  ])('tokenizes %j', (query, expected) => {
    expect(texts(query)).toEqual(expected);
  });

  it('decodes unicode escapes like a Java reader', () => {
    expect(decodeUnicodeEscapes('L\\u004fAD CSV')).toBe('LOAD CSV');
    expect(decodeUnicodeEscapes('a\\uu0041')).toBe('aA');
    expect(decodeUnicodeEscapes('//x\\u000aLOAD')).toBe('//x\nLOAD');
    // An escaped backslash does not start an escape.
    expect(decodeUnicodeEscapes("'\\\\u0041'")).toBe("'\\\\u0041'");
    expect(decodeUnicodeEscapes('\\\\\\u0041')).toBe('\\\\A');
  });

  it('names the parameters a query uses, not those in strings or comments', () => {
    expect(parameterNames("MATCH (c {key: $key}) WHERE c.x = '$no' // $nope\nRETURN $limit, $key")).toEqual([
      'key',
      'limit',
    ]);
  });
});
