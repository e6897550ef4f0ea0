/**
 * RIS, the line format most reference managers export: `TY  - JOUR` opens a record, `ER  - ` closes it, and
 * each line between is `XX  - value` (a line without a tag continues the one before, as wrapped abstracts
 * do). Small enough to read by hand: the npm RIS parsers need a citation framework around them.
 */
import type { Abstract } from '../../src/model/abstract';
import { skipped, type ReadIssue, type ReadResult } from './issues';
import { collectReferences, referenceUrl, type ReferenceEntry } from './references';

/** `AB  - text`: two characters, two spaces (exporters differ: one to three), a hyphen, the value. */
const TAGGED_LINE = /^([A-Z][A-Z0-9])\s{1,3}-(?:\s(.*))?$/;

export function looksLikeRis(start: string): boolean {
  return /^TY\s{1,3}-\s/.test(start);
}

type Fields = Map<string, string[]>;

interface OpenRecord {
  fields: Fields;
  line: number;
  last?: string;
}

const first = (fields: Fields, ...tags: string[]): string | undefined =>
  tags.map((tag) => fields.get(tag)?.[0]).find((value) => value !== undefined && value.trim() !== '');

/** RIS writes names family first: "Okafor, Ada" → "Ada Okafor". */
const givenFirst = (name: string): string => name.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1').trim();

function toRecord(fields: Fields): ReferenceEntry['record'] {
  const authors = [...(fields.get('AU') ?? []), ...(fields.get('A1') ?? [])].map(givenFirst);
  const doi = first(fields, 'DO');
  const url = referenceUrl({ url: first(fields, 'UR'), doi });
  return {
    id: first(fields, 'ID'),
    title: first(fields, 'TI', 'T1', 'CT'),
    abstract: first(fields, 'AB', 'N2'),
    year: first(fields, 'PY', 'Y1', 'DA'),
    venue: first(fields, 'JF', 'T2', 'JO', 'J2', 'BT'),
    ...(url && { url }),
    ...(doi && { doi }),
    ...(authors.length > 0 && { authors }),
  };
}

function addField(record: OpenRecord, tag: string, value: string): void {
  const values = record.fields.get(tag) ?? [];
  values.push(value);
  record.fields.set(tag, values);
  record.last = tag;
}

/** A wrapped line belongs to the last field: "AB  - We propose X,\nwhich improves Y" is one abstract. */
function continueField(record: OpenRecord, text: string): void {
  const values = record.last ? record.fields.get(record.last) : undefined;
  if (!values || values.length === 0) return;
  values[values.length - 1] = `${values[values.length - 1] ?? ''} ${text}`;
}

export function parseRis(text: string, file: string): ReadResult<Abstract> {
  const issues: ReadIssue[] = [];
  const entries: ReferenceEntry[] = [];
  let open: OpenRecord | undefined;
  const close = () => {
    if (open) entries.push({ record: toRecord(open.fields), source: `${file}:${open.line}` });
    open = undefined;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tagged = TAGGED_LINE.exec(raw.trimEnd());
    const tag = tagged?.[1];
    const value = (tagged?.[2] ?? '').trim();
    if (tag === 'TY') {
      // A record that never reached its ER is still whole up to here: read it, and say so.
      if (open) issues.push(missingEnd(file, open.line));
      close();
      open = { fields: new Map(), line };
    } else if (tag === 'ER') {
      close();
    } else if (!raw.trim()) {
      return;
    } else if (!open) {
      issues.push(skipped(`${file}:${line}`, 'a line outside any TY … ER record'));
    } else if (tag) {
      addField(open, tag, value);
    } else {
      continueField(open, raw.trim());
    }
  });
  if (open) issues.push(missingEnd(file, open.line));
  close();
  return collectReferences(entries, file, issues);
}

const missingEnd = (file: string, line: number): ReadIssue => ({
  source: `${file}:${line}`,
  kind: 'truncated',
  message: 'record not closed by "ER  -": read up to the next record or the end of the file',
});
