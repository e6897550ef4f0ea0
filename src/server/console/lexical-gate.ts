/**
 * The console's first check, before Neo4j sees the query: one statement only, no LOAD CSV, no
 * `IN TRANSACTIONS`, no administration commands, and only allow-listed procedures and namespaced functions.
 * It runs on the text with unicode escapes decoded (as Neo4j reads it) and as written.
 * The plan check (plan-gate.ts) and the READ transaction stand behind it.
 */
import { ALLOWED_FUNCTIONS, ALLOWED_PROCEDURES } from './allow-list';
import { decodeUnicodeEscapes, isKeyword, tokenize, type Token } from './lexer';

export interface Refusal {
  code:
    | 'multiple_statements'
    | 'load_csv'
    | 'in_transactions'
    | 'administration'
    | 'procedure_not_allowed'
    | 'function_not_allowed'
    | 'explain_profile'
    | 'write_query';
  message: string;
}

/** Words that start administration commands (users, roles, privileges, databases, servers, transactions). */
const ADMIN_WORDS = new Set(['SHOW', 'TERMINATE', 'GRANT', 'DENY', 'REVOKE', 'ALTER', 'RENAME', 'DRYRUN']);
const ADMIN_PAIRS: Array<[string, string]> = [
  ['START', 'DATABASE'],
  ['STOP', 'DATABASE'],
  ['ENABLE', 'SERVER'],
  ['DEALLOCATE', 'DATABASES'],
  ['REALLOCATE', 'DATABASES'],
];

const isName = (token: Token | undefined) => token?.kind === 'word' || token?.kind === 'quoted';
const isSymbol = (token: Token | undefined, symbol: string) =>
  token?.kind === 'symbol' && token.text === symbol;

/** Reads `a.b.c` (parts may be quoted or spaced) starting at `start`; returns the name and the next index. */
function readQualifiedName(tokens: Token[], start: number): { name: string; next: number } {
  const parts: string[] = [];
  let index = start;
  while (isName(tokens[index])) {
    parts.push(tokens[index]?.text ?? '');
    if (isSymbol(tokens[index + 1], '.') && isName(tokens[index + 2])) index += 2;
    else {
      index += 1;
      break;
    }
  }
  return { name: parts.join('.'), next: index };
}

/** Refusals that start at the bare word `tokens[index]`: clauses, commands and procedure calls. */
function checkKeyword(tokens: Token[], index: number): Refusal | undefined {
  const word = (tokens[index]?.text ?? '').toUpperCase();
  const next = tokens[index + 1];
  if (word === 'LOAD' && isKeyword(next, 'CSV')) {
    return { code: 'load_csv', message: 'LOAD CSV is not allowed in the console.' };
  }
  if (
    word === 'TRANSACTIONS' &&
    tokens.slice(Math.max(0, index - 3), index).some((t) => isKeyword(t, 'IN'))
  ) {
    return { code: 'in_transactions', message: 'CALL { … } IN TRANSACTIONS is not allowed in the console.' };
  }
  if (ADMIN_WORDS.has(word) || ADMIN_PAIRS.some(([a, b]) => word === a && isKeyword(next, b))) {
    return {
      code: 'administration',
      message: `${word} commands are not allowed in the console: it only reads the graph.`,
    };
  }
  if (word === 'USE' && isName(next)) {
    return {
      code: 'administration',
      message: 'USE is not allowed in the console: it reads this graph only.',
    };
  }
  if (word === 'CALL' && isName(next)) {
    const { name } = readQualifiedName(tokens, index + 1);
    if (!ALLOWED_PROCEDURES.has(name)) {
      return {
        code: 'procedure_not_allowed',
        message: `Procedure ${name} is not allowed in the console. Allowed: ${[...ALLOWED_PROCEDURES].join(', ')}.`,
      };
    }
  }
  return undefined;
}

function checkTokens(tokens: Token[]): Refusal | undefined {
  const first = tokens[0];
  if (isKeyword(first, 'EXPLAIN') || isKeyword(first, 'PROFILE')) {
    return {
      code: 'explain_profile',
      message: 'Leave out EXPLAIN/PROFILE: the console plans every query itself.',
    };
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (isSymbol(token, ';') && index < tokens.length - 1) {
      return { code: 'multiple_statements', message: 'Only one statement per query (remove the `;`).' };
    }
    // Property keys (`n.show`) are neither keywords nor function names; labels and types (`n:Show`) and
    // map keys (`{show: 1}`) are not keywords.
    if (!isName(token) || isSymbol(previous, '.')) continue;
    const keywordPosition = token.kind === 'word' && !isSymbol(previous, ':') && !isSymbol(next, ':');
    const refusal = keywordPosition ? checkKeyword(tokens, index) : undefined;
    if (refusal) return refusal;
    if (isKeyword(token, 'CALL') || isKeyword(previous, 'CALL')) continue;
    if (isSymbol(next, '.') && isName(tokens[index + 2])) {
      const { name, next: after } = readQualifiedName(tokens, index);
      if (isSymbol(tokens[after], '(') && !ALLOWED_FUNCTIONS.has(name)) {
        return { code: 'function_not_allowed', message: `Function ${name} is not allowed in the console.` };
      }
    }
  }
  return undefined;
}

/**
 * The first reason to refuse `query`, or undefined when the text passes.
 *
 * @example
 * lexicalRefusal('MATCH (n) RETURN n');                    // undefined
 * lexicalRefusal("LOAD CSV FROM 'http://x' AS r RETURN r")?.code; // 'load_csv'
 */
export function lexicalRefusal(query: string): Refusal | undefined {
  const decoded = decodeUnicodeEscapes(query);
  return checkTokens(tokenize(decoded)) ?? (decoded === query ? undefined : checkTokens(tokenize(query)));
}
