/**
 * arXiv API responses (Atom XML, a saved `export.arxiv.org/api/query` result): one paper per `<entry>`.
 * The id is the arXiv identifier without its version (`2106.09685`), so a newer version updates the paper.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Abstract } from '../../src/model/abstract';
import { skipped, type ReadIssue, type ReadResult } from './issues';
import { toAbstract } from './record';

export class AtomSyntaxError extends Error {
  override readonly name = 'AtomSyntaxError';
}

interface AtomLink {
  '@_href'?: string;
  '@_rel'?: string;
  '@_type'?: string;
  '@_title'?: string;
}

interface AtomEntry {
  id?: string;
  title?: string;
  summary?: string;
  published?: string;
  updated?: string;
  author?: Array<{ name?: string }>;
  link?: AtomLink[];
  category?: Array<{ '@_term'?: string }>;
  'arxiv:journal_ref'?: ElementText;
  'arxiv:doi'?: ElementText;
}

/** An element's text: a string, or `{'#text': …}` when the element has attributes (arXiv repeats `xmlns:arxiv`). */
type ElementText = string | { '#text'?: string | number };

function textOf(value: ElementText | undefined): string | undefined {
  if (typeof value === 'string') return value;
  const text = value?.['#text'];
  return text === undefined ? undefined : String(text);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

/** The line each `<entry>` opens on, in document order. */
function entryLines(xml: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of xml.matchAll(/<entry[\s>]/g)) {
    for (let index = from; index < match.index; index += 1) if (xml.charCodeAt(index) === 10) line += 1;
    from = match.index;
    lines.push(line);
  }
  return lines;
}

function arxivId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const match = /arxiv\.org\/abs\/(.+?)(?:v\d+)?$/.exec(id.trim());
  return match?.[1] ?? id.trim();
}

/** arXiv links a paper's DOI as `<link title="doi" href="http://dx.doi.org/…" rel="related"/>`. */
function doiLink(links: AtomLink[] | undefined): string | undefined {
  return links?.find((link) => link['@_title'] === 'doi')?.['@_href'];
}

export function looksLikeAtom(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<feed[\s>]/.test(text.slice(0, 2000));
}

export function parseAtom(xml: string, file: string): ReadResult<Abstract> {
  let document: { feed?: { entry?: AtomEntry[] } };
  try {
    document = parser.parse(xml, true) as typeof document;
  } catch (error) {
    throw new AtomSyntaxError(`not well-formed XML (${(error as Error).message})`);
  }
  if (!document.feed) throw new AtomSyntaxError('XML without an Atom <feed> element');
  const lines = entryLines(xml);
  const abstracts: Abstract[] = [];
  const issues: ReadIssue[] = [];
  (document.feed.entry ?? []).forEach((entry, index) => {
    const source = `${file}:${lines[index] ?? 1}`;
    if (typeof entry !== 'object' || entry === null) {
      issues.push(skipped(source, 'an empty <entry>'));
      return;
    }
    const page = entry.link?.find((link) => link['@_rel'] === 'alternate')?.['@_href'];
    const read = toAbstract(
      {
        id: arxivId(entry.id),
        title: entry.title,
        abstract: entry.summary,
        published: entry.published ?? entry.updated,
        venue: textOf(entry['arxiv:journal_ref']),
        url: page,
        doi: textOf(entry['arxiv:doi']) ?? doiLink(entry.link),
        origin: 'arxiv',
        authors: (entry.author ?? []).map((author) => author.name ?? '').filter(Boolean),
        categories: (entry.category ?? []).map((category) => category['@_term'] ?? '').filter(Boolean),
      },
      source,
    );
    issues.push(...read.issues);
    if (read.abstract) abstracts.push(read.abstract);
  });
  return { abstracts, issues };
}
