/**
 * Cypher lives in `cypher/**\/*.cypher`, one statement per file (schema files may hold several, separated
 * by `;`). This module reads them once and hands out their text; parameters are always passed separately.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

export const cypherRoot = join(projectRoot, 'cypher');
const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`.
 *
 * @example
 * const query = cypher('write/papers'); // contents of cypher/write/papers.cypher
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherRoot, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Names (without extension) of the `.cypher` files in `cypher/<folder>`, sorted. */
export function cypherNames(folder: string): string[] {
  return readdirSync(join(cypherRoot, folder))
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => `${folder}/${file.slice(0, -'.cypher'.length)}`);
}

/** Splits a file into statements at `;` line ends, dropping `//` comment lines and blanks. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
