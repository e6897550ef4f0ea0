/**
 * Error analysis for development splits (`npm run eval -- --split dev --errors`): where recall and
 * precision are lost, mention by mention. A missed gold mention is either not found at all, found with
 * other boundaries, or found with another type; a spurious prediction either overlaps a gold mention
 * (boundary or type) or none. Never run on a test split: rules are not tuned on test documents.
 */
import type { ConceptType } from '../src/model/concepts';
import type { Extraction } from '../src/model/extraction';
import type { GoldCorpus } from './gold/types';
import { scoredType } from './score';

export type Bucket = 'exact' | 'wrong type' | 'boundary' | 'boundary+type' | 'none';

interface Span {
  start: number;
  end: number;
  type: ConceptType;
}

export interface ErrorItem {
  document: string;
  bucket: Bucket;
  type: ConceptType;
  text: string;
  /** The overlapping span of the other side, when there is one. */
  other?: string;
  rule?: string;
}

export interface ErrorReport {
  missed: ErrorItem[];
  spurious: ErrorItem[];
}

function bucketOf(span: Span, others: Span[]): { bucket: Bucket; other?: Span } {
  const overlapping = others.filter((other) => other.start < span.end && span.start < other.end);
  const same = (other: Span) => other.start === span.start && other.end === span.end;
  const exact = overlapping.find((other) => same(other) && other.type === span.type);
  if (exact) return { bucket: 'exact', other: exact };
  const typed = overlapping.find(same);
  if (typed) return { bucket: 'wrong type', other: typed };
  const boundary = overlapping.find((other) => other.type === span.type);
  if (boundary) return { bucket: 'boundary', other: boundary };
  const first = overlapping[0];
  return first ? { bucket: 'boundary+type', other: first } : { bucket: 'none' };
}

/**
 * @example
 * const { missed, spurious } = analyseErrors(corpus, extractions);
 * missed.filter((item) => item.bucket === 'none'); // gold mentions no rule came near
 */
export function analyseErrors(corpus: GoldCorpus, extractions: Extraction[]): ErrorReport {
  const missed: ErrorItem[] = [];
  const spurious: ErrorItem[] = [];
  const types = new Set(corpus.types);
  corpus.documents.forEach((document, index) => {
    const gold: Span[] = document.mentions;
    const predicted: Array<Span & { rule: string }> = [];
    for (const entity of extractions[index]?.entities ?? []) {
      const type = scoredType(entity.type);
      if (!types.has(type)) continue;
      for (const evidence of entity.evidence) predicted.push({ ...evidence, type });
    }
    const text = (span: Span) => document.text.slice(span.start, span.end);
    const describe = (span: Span, others: Span[]): ErrorItem | undefined => {
      const { bucket, other } = bucketOf(span, others);
      if (bucket === 'exact') return undefined;
      return {
        document: document.id,
        bucket,
        type: span.type,
        text: text(span),
        ...(other && { other: `${text(other)} (${other.type})` }),
      };
    };
    for (const span of gold) {
      const item = describe(span, predicted);
      if (item) missed.push(item);
    }
    for (const span of predicted) {
      const item = describe(span, gold);
      if (item) spurious.push({ ...item, rule: span.rule });
    }
  });
  return { missed, spurious };
}

const BUCKETS: Bucket[] = ['none', 'boundary', 'wrong type', 'boundary+type'];

/** Counts per type and bucket, then up to `examples` items of each bucket. */
export function formatErrors(report: ErrorReport, examples = 25): string {
  const lines: string[] = [];
  for (const [side, items] of [
    ['missed gold mentions', report.missed],
    ['spurious predictions', report.spurious],
  ] as const) {
    lines.push(`── ${side}: ${items.length}`);
    const types = [...new Set(items.map((item) => item.type))].sort();
    for (const type of types) {
      const ofType = items.filter((item) => item.type === type);
      const counts = BUCKETS.map((bucket) => `${bucket} ${ofType.filter((i) => i.bucket === bucket).length}`);
      lines.push(`${type.padEnd(8)} ${ofType.length}: ${counts.join(', ')}`);
    }
    for (const bucket of BUCKETS) {
      const inBucket = items.filter((item) => item.bucket === bucket);
      if (inBucket.length === 0) continue;
      lines.push(`  ${bucket}:`);
      for (const item of inBucket.slice(0, examples)) {
        const other = item.other ? ` ↔ ${item.other}` : '';
        const rule = item.rule ? ` [${item.rule}]` : '';
        lines.push(`    ${item.type.padEnd(8)} "${item.text}"${other}${rule}`);
      }
    }
  }
  return lines.join('\n');
}
