/**
 * Fingerprints that let a rerun skip work already done:
 * - `contentHash`: a paper as read (text and metadata) and the fingerprint of the extractor that reads it.
 *   When every paper of an input is stored with the same content hash, the input was ingested completely
 *   before by this extractor, so extraction is skipped altogether.
 * - `graphHash`: a paper as written (its record plus every edge it states). A paper is rewritten only when
 *   it differs; it is set in the same transaction as the edges, so a stored hash means a complete paper.
 */
import { createHash } from 'node:crypto';
import { PROVENANCE_FIELDS } from '../../src/model/abstract';
import type { PaperRecord } from '../../src/model/graph';
import type { PaperSlice } from './paper-slices';

const digest = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('hex');

/**
 * What a paper says, in a fixed order (an `Abstract` works too); `source` (file:line) is where it was. Its
 * provenance (DOI, arXiv id, ...) is added only when it has some, so papers without any keep their hashes.
 */
function paperContent(paper: PaperRecord): unknown[] {
  const provenance = PROVENANCE_FIELDS.map((field) => paper[field] ?? null);
  return [
    paper.id,
    paper.title,
    paper.abstract,
    paper.year ?? null,
    paper.venue ?? null,
    paper.url ?? null,
    paper.authors ?? null,
    ...(provenance.some((value) => value !== null) ? [provenance] : []),
  ];
}

/** The fields of a paper that reach the graph. */
function paperFields(paper: PaperRecord): unknown[] {
  return [...paperContent(paper), paper.source];
}

/**
 * A paper as read, and the extractor that reads it (`fingerprint`). Its place in the file is left out, so
 * moving records around does not re-extract anything.
 */
export function contentHash(paper: PaperRecord, fingerprint: string): string {
  return digest([fingerprint, ...paperContent(paper)]);
}

export function graphHash(slice: Omit<PaperSlice, 'contentHash' | 'graphHash'>): string {
  return digest([
    paperFields(slice.paper),
    slice.mentions.map((m) => [
      m.conceptKey,
      m.type,
      m.role ?? null,
      m.confidence,
      m.evidence.map((e) => [e.sentence, e.start, e.end, e.rule, e.confidence]),
    ]),
    slice.lineage.map((l) => [
      l.from,
      l.type,
      l.to,
      l.evidence.sentence,
      l.evidence.start,
      l.evidence.end,
      l.evidence.rule,
    ]),
    slice.results.map((r) => [
      r.target,
      r.metric,
      r.metricKey ?? null,
      r.value,
      r.method ?? null,
      r.evidence.sentence,
      r.evidence.start,
      r.evidence.end,
      r.evidence.rule,
    ]),
  ]);
}
