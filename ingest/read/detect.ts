/** Which reader a corpus file needs: from `--format`, else its extension, else its first bytes. */
import { extname } from 'node:path';
import { looksLikeAtom } from './atom';
import { looksLikeBibtex } from './bibtex';
import { looksLikeCslJson } from './csl-json';
import { looksLikeListing } from './listing';
import { looksLikeRis } from './ris';

export const FORMATS = ['listing', 'jsonl', 'json', 'atom', 'csv', 'bibtex', 'ris', 'csl'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

const BY_EXTENSION: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.atom': 'atom',
  '.xml': 'atom',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.bib': 'bibtex',
  '.bibtex': 'bibtex',
  '.ris': 'ris',
};

/** True for content that is not text: NUL bytes, or many control characters, in the first 8 kB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function fromContent(text: string): Format | undefined {
  const start = text.trimStart();
  if (looksLikeListing(start)) return 'listing';
  if (looksLikeAtom(start)) return 'atom';
  if (looksLikeRis(start)) return 'ris';
  if (start.startsWith('[')) return looksLikeCslJson(start) ? 'csl' : 'json';
  if (start.startsWith('{')) {
    // One object per line is JSONL; a single pretty-printed object is not a corpus we know.
    const firstLine = start.slice(0, start.indexOf('\n') >>> 0).trim();
    return firstLine.endsWith('}') ? 'jsonl' : undefined;
  }
  if (looksLikeBibtex(start)) return 'bibtex';
  const header = start.slice(0, start.indexOf('\n') >>> 0).toLowerCase();
  if (/(^|[,\t])"?title"?([,\t]|$)/.test(header) && /(^|[,\t])"?(abstract|summary)/.test(header))
    return 'csv';
  return undefined;
}

/**
 * @example
 * detectFormat('papers.jsonl', '{"id": ...}'); // 'jsonl'
 * detectFormat('listing.txt', 'Get trending papers in your email inbox once a day!\n...'); // 'listing'
 */
export function detectFormat(file: string, text: string): Format | undefined {
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  // Zotero's CSL JSON export is a `.json` file too: its items tell it apart.
  if (byExtension === 'json' && looksLikeCslJson(text.trimStart())) return 'csl';
  return byExtension ?? fromContent(text);
}
