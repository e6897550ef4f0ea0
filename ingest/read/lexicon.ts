/**
 * User lexicons for `--lexicon FILE`: one name and its type per line, tab- or comma-separated, in either
 * order (`BERT<TAB>Method` or `Method,BERT`); a header line and `#` comments are skipped. `Model` counts as
 * Method and `Material` as Dataset.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isConceptType, type ConceptType } from '../../src/model/concepts';
import { skipped, type ReadIssue } from './issues';

const SYNONYMS: Record<string, ConceptType> = { model: 'Method', material: 'Dataset' };

function typeOf(field: string): ConceptType | undefined {
  const word = field.trim();
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  if (isConceptType(capitalised)) return capitalised;
  return Object.hasOwn(SYNONYMS, word.toLowerCase()) ? SYNONYMS[word.toLowerCase()] : undefined;
}

export function parseLexicon(
  text: string,
  file: string,
): { lexicon: Map<string, ConceptType>; issues: ReadIssue[] } {
  const lexicon = new Map<string, ConceptType>();
  const issues: ReadIssue[] = [];
  let first = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(line.includes('\t') ? '\t' : ',').map((field) => field.trim());
    const header = first && fields.some((field) => /^(type|name)$/i.test(field));
    first = false;
    if (header) return;
    const typeAt = fields.findIndex((field) => typeOf(field));
    const type = typeAt >= 0 ? typeOf(fields[typeAt] ?? '') : undefined;
    const name = fields.find((field, at) => at !== typeAt && field);
    if (!type || !name) {
      issues.push(
        skipped(
          `${file}:${index + 1}`,
          'expected a name and a type (Method, Dataset, Benchmark, Task, Metric)',
        ),
      );
      return;
    }
    lexicon.set(name, type);
  });
  return { lexicon, issues };
}

export function readLexicon(file: string): { lexicon: Map<string, ConceptType>; issues: ReadIssue[] } {
  return parseLexicon(readFileSync(file, 'utf8'), basename(file));
}
