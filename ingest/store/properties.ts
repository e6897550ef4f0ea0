/**
 * The properties each node and edge carries in Neo4j (cypher/README.md), computed once here and used by
 * both the transactional writer and the bulk CSV emitter, so the two paths store the same values.
 */
import type {
  ConceptRecord,
  EdgeEvidence,
  LineageRecord,
  MentionRecord,
  ResultRecord,
} from '../../src/model/graph';
import { int } from '../../neo4j/database';
import type { PaperSlice } from './paper-slices';

export type PropertyValue = string | number | string[] | number[] | null;
export type Properties = Record<string, PropertyValue>;

/** How a property is typed in Neo4j: the driver needs whole numbers marked, the CSV header names the type. */
export type PropertyKind = 'string' | 'int' | 'float' | 'string[]' | 'int[]';
export type PropertyKinds = Record<string, PropertyKind>;

export const PAPER_KINDS: PropertyKinds = {
  id: 'string',
  title: 'string',
  abstract: 'string',
  year: 'int',
  venue: 'string',
  url: 'string',
  authors: 'string[]',
  doi: 'string',
  arxivId: 'string',
  openalexId: 'string',
  s2Id: 'string',
  origin: 'string',
  source: 'string',
  contentHash: 'string',
  graphHash: 'string',
};
export const CONCEPT_KINDS: PropertyKinds = {
  key: 'string',
  type: 'string',
  name: 'string',
  aliases: 'string[]',
  aliasText: 'string',
};
export const MENTION_KINDS: PropertyKinds = {
  role: 'string',
  sentence: 'string',
  start: 'int',
  end: 'int',
  rule: 'string',
  confidence: 'float',
  sentences: 'string[]',
  starts: 'int[]',
  ends: 'int[]',
  rules: 'string[]',
  mentions: 'int',
};
export const LINEAGE_KINDS: PropertyKinds = {
  paper: 'string',
  sentence: 'string',
  start: 'int',
  end: 'int',
  rule: 'string',
};
export const RESULT_KINDS: PropertyKinds = {
  metric: 'string',
  metricKey: 'string',
  value: 'string',
  numeric: 'float',
  method: 'string',
  sentence: 'string',
  start: 'int',
  end: 'int',
  rule: 'string',
};

export function paperProperties(slice: PaperSlice): Properties {
  const { paper } = slice;
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    year: paper.year ?? null,
    venue: paper.venue ?? null,
    url: paper.url ?? null,
    authors: paper.authors ?? null,
    doi: paper.doi ?? null,
    arxivId: paper.arxivId ?? null,
    openalexId: paper.openalexId ?? null,
    s2Id: paper.s2Id ?? null,
    origin: paper.origin ?? null,
    source: paper.source,
    contentHash: slice.contentHash,
    graphHash: slice.graphHash,
  };
}

/** `aliasText` joins the aliases with `|` for the `concept_text` full-text index. */
export function conceptProperties(concept: ConceptRecord): Properties {
  return {
    key: concept.key,
    type: concept.type,
    name: concept.name,
    aliases: concept.aliases,
    aliasText: concept.aliases.join('|'),
  };
}

/** The evidence shown first: the most confident, then the earliest. */
export function bestEvidence(evidence: readonly EdgeEvidence[]): EdgeEvidence {
  const [first, ...rest] = evidence;
  if (!first) throw new Error('store: a mention without evidence cannot be written');
  return rest.reduce(
    (best, item) =>
      item.confidence > best.confidence || (item.confidence === best.confidence && item.start < best.start)
        ? item
        : best,
    first,
  );
}

export function mentionProperties(mention: MentionRecord): Properties {
  const best = bestEvidence(mention.evidence);
  return {
    role: mention.role ?? null,
    sentence: best.sentence,
    start: best.start,
    end: best.end,
    rule: best.rule,
    confidence: mention.confidence,
    sentences: mention.evidence.map((item) => item.sentence),
    starts: mention.evidence.map((item) => item.start),
    ends: mention.evidence.map((item) => item.end),
    rules: mention.evidence.map((item) => item.rule),
    mentions: mention.evidence.length,
  };
}

export function lineageProperties(edge: LineageRecord): Properties {
  return {
    paper: edge.paperId,
    sentence: edge.evidence.sentence,
    start: edge.evidence.start,
    end: edge.evidence.end,
    rule: edge.evidence.rule,
  };
}

export function resultProperties(result: ResultRecord): Properties {
  return {
    metric: result.metric,
    metricKey: result.metricKey ?? null,
    value: result.value,
    numeric: parseNumeric(result.value),
    method: result.method ?? null,
    sentence: result.evidence.sentence,
    start: result.evidence.start,
    end: result.evidence.end,
    rule: result.evidence.rule,
  };
}

/**
 * The number in a result value as written, sign included.
 *
 * @example
 * parseNumeric('+10.8');  // 10.8
 * parseNumeric('−3.1%');  // -3.1
 * parseNumeric('1,024');  // 1024
 * parseNumeric('n/a');    // null
 */
export function parseNumeric(value: string): number | null {
  const match = /([+\-−–]?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)/.exec(value);
  if (!match?.[2]) return null;
  const magnitude = Number(match[2].replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return null;
  return match[1] && match[1] !== '+' ? -magnitude : magnitude;
}

/** Marks whole-number properties for the driver (a plain JavaScript number would be stored as a float). */
export function forDriver(properties: Properties, kinds: PropertyKinds): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties)) {
    const kind = kinds[name];
    if (kind === undefined) throw new Error(`store: property ${name} has no declared kind`);
    if (kind === 'int' && typeof value === 'number') out[name] = int(value);
    else if (kind === 'int[]' && Array.isArray(value))
      out[name] = (value as number[]).map((item) => int(item));
    else out[name] = value;
  }
  return out;
}
