/**
 * BibTeX/BibLaTeX as Zotero, Mendeley and JabRef export it, read with Better BibTeX's parser, which decodes
 * LaTeX accents and drops case-protecting braces (`M{\"u}ller` → `Müller`, `{BERT}` → `BERT`). The entry key
 * is the paper's id; `journal`/`booktitle` its venue; `url`, else `doi`, else the arXiv `eprint` its link.
 * An entry the parser cannot read is skipped with the line it starts on.
 */
import { parse, type Entry } from '@retorquere/bibtex-parser';
import type { Abstract } from '../../src/model/abstract';
import { skipped, type ReadIssue, type ReadResult } from './issues';
import { arxivIdIn, collectReferences, lineAt, referenceUrl, type ReferenceEntry } from './references';

/** `@article{key,` (or `@misc(key,`) at the start of a line, as every exported entry begins. */
const ENTRY_START = /^\s*@[a-zA-Z]+\s*[{(]\s*[^\s,{}()]+\s*,/m;

export function looksLikeBibtex(start: string): boolean {
  return ENTRY_START.test(start.slice(0, 16_384));
}

/** `{\'\i}` decodes to a dotless ı with a combining accent, which NFKC does not fold into í. */
const foldDotlessI = (value: string): string => value.replace(/ı(?=\p{M})/gu, 'i').normalize('NFC');

function field(entry: Entry, name: string): string | undefined {
  const value = (entry.fields as Record<string, unknown>)[name];
  return typeof value === 'string' ? foldDotlessI(value) : undefined;
}

function authorsOf(entry: Entry): string[] {
  return (entry.fields.author ?? []).map((creator) =>
    foldDotlessI(
      creator.name ?? [creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' '),
    ),
  );
}

/** `eprint` is an arXiv id when `archivePrefix` (BibTeX) or `eprinttype` (BibLaTeX) says so. */
function arxivIdOf(entry: Entry): string | undefined {
  const archive = field(entry, 'archiveprefix') ?? field(entry, 'eprinttype');
  const eprint = field(entry, 'eprint');
  if (eprint && archive?.toLowerCase() === 'arxiv') return eprint.replace(/^arXiv:/i, '');
  return arxivIdIn(field(entry, 'journal'));
}

function toRecord(entry: Entry): ReferenceEntry['record'] {
  const authors = authorsOf(entry);
  const doi = field(entry, 'doi');
  const arxivId = arxivIdOf(entry);
  const url = referenceUrl({ url: field(entry, 'url'), doi, arxivId });
  return {
    id: entry.key,
    title: field(entry, 'title'),
    abstract: field(entry, 'abstract'),
    year: field(entry, 'year') ?? field(entry, 'date'),
    venue: field(entry, 'journal') ?? field(entry, 'journaltitle') ?? field(entry, 'booktitle'),
    ...(url && { url }),
    ...(doi && { doi }),
    ...(arxivId && { arxivId }),
    ...(authors.length > 0 && { authors }),
  };
}

/** The parser's first words name the entry: "Unterminated brace-value ... at line 31" is where it gave up. */
function parseErrorIssue(error: { error: string; input?: string }, text: string, file: string): ReadIssue {
  const at = error.input ? text.indexOf(error.input.trimStart()) : -1;
  const source = at === -1 ? file : `${file}:${lineAt(text, at)}`;
  return skipped(source, `not a readable BibTeX entry (${error.error})`);
}

export function parseBibtex(text: string, file: string): ReadResult<Abstract> {
  const library = parse(text, { sentenceCase: false, english: false, unsupported: 'ignore' });
  const issues = library.errors.map((error) => parseErrorIssue(error, text, file));
  const entries: ReferenceEntry[] = [];
  let cursor = 0;
  for (const entry of library.entries) {
    // An entry that failed to parse comes back empty; its error above already names it.
    if (!entry.input) continue;
    const at = text.indexOf(entry.input, cursor);
    if (at !== -1) cursor = at + entry.input.length;
    entries.push({ record: toRecord(entry), source: at === -1 ? file : `${file}:${lineAt(text, at)}` });
  }
  return collectReferences(entries, file, issues);
}
