/**
 * GET /api/concepts/:key/timeline — a concept's papers per year, as counts and as shares of each year's
 * papers, with its first year and peak.
 * GET /api/trends?from=&to=&type=&limit=&min= — concepts whose share rose and fell most over a span, and
 * those with the strongest bursts (src/model/trends.ts); and the themes at the top of the map (clusters when
 * there are no themes) whose share grew and shrank most.
 * GET /api/concepts/:key/lineage?depth=1|2&limit= — a method's family tree: the methods linked to it by
 * lineage edges up to two steps away, each with its first year, and the edges with their sentences.
 * All read per-year counts derive precomputed, so they stay fast on a large corpus.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import type {
  LineageEdge,
  LineageNode,
  LineageResponse,
  TimelineResponse,
  TrendConcept,
  TrendsResponse,
  TrendTheme,
} from '../../model/api';
import { CONCEPT_TYPES, LINEAGE_TYPES } from '../../model/concepts';
import { typeOfKey } from '../../model/keys';
import { bursts, firstAndPeak, shareChange, yearSeries } from '../../model/trends';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { notFound } from '../errors';
import { readOne, readRows } from '../read-query';
import { boundedInt, parseInput } from '../validation';
import { conceptRef, conceptRow, paperRef, paperRow } from '../views/refs';

const keyParams = z.object({
  key: z
    .string()
    .min(3)
    .max(300)
    .refine((key) => typeOfKey(key) !== undefined, {
      message: 'a concept key starts with its type: method:, dataset:, benchmark:, task: or metric:',
    }),
});

const year = z.coerce.number().int().min(1000).max(3000).optional();
const trendsQuery = z
  .object({
    from: year,
    to: year,
    type: z.enum(CONCEPT_TYPES).optional(),
    limit: boundedInt(1, 50, 10),
    min: z.coerce.number().int().min(1).max(100_000).optional(),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

const conceptType = z.enum(CONCEPT_TYPES);
const timelineRow = z.object({
  key: z.string(),
  name: z.string(),
  type: conceptType,
  year: z.number().int().nullable(),
  papers: z.number().int(),
  total: z.number().int().nullable(),
});
const intList = z.array(z.number().int());
const trendRow = z.object({
  key: z.string(),
  name: z.string(),
  type: conceptType,
  years: intList,
  counts: intList,
});
const corpusRow = z.object({ years: intList, papers: intList });
const themeTrendRow = z.object({
  id: z.string(),
  label: z.string().nullable(),
  level: z.number().int().nullable(),
  size: z.number().int().nullable(),
  years: intList,
  counts: intList,
});

type Series = { years: readonly number[]; counts: readonly number[] };
type Span = { from?: number | undefined; to?: number | undefined };

/** A series over the span: its points, papers, change of share and strongest burst. */
function overSpan(
  series: Series,
  corpus: Series,
  span: Span,
): Pick<TrendConcept, 'papers' | 'change' | 'burst' | 'points'> {
  const points = yearSeries(series, corpus, span);
  return {
    papers: points.reduce((sum, point) => sum + point.papers, 0),
    change: shareChange(points),
    burst: bursts(points).reduce<TrendConcept['burst']>(
      (best, burst) => (best && best.weight >= burst.weight ? best : burst),
      null,
    ),
    points,
  };
}

/** The items whose share rose most and those whose share fell most, at most `limit` of each, ties by id. */
function risingAndFalling<T extends { change: number }>(
  items: readonly T[],
  limit: number,
  id: (item: T) => string,
) {
  const byId = (a: T, b: T) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  return {
    rising: items
      .filter((item) => item.change > 0)
      .sort((a, b) => b.change - a.change || byId(a, b))
      .slice(0, limit),
    falling: items
      .filter((item) => item.change < 0)
      .sort((a, b) => a.change - b.change || byId(a, b))
      .slice(0, limit),
  };
}

/** Most methods a family tree holds, the method included; and how many it holds unless asked. */
export const LINEAGE_MAX_NODES = 100;
export const LINEAGE_DEFAULT_NODES = 40;

const lineageQuery = z.object({
  depth: z.coerce
    .number()
    .int()
    .refine((depth) => depth === 1 || depth === 2, { message: 'depth is 1 or 2' })
    .default(2),
  limit: boundedInt(2, LINEAGE_MAX_NODES, LINEAGE_DEFAULT_NODES),
});

const lineageRow = z.object({
  subject: conceptRow,
  corpusHasYears: z.boolean(),
  nodes: z.array(
    conceptRow.extend({
      paperCount: z.number().nullable(),
      firstYear: z.number().nullable(),
      depth: z.number(),
    }),
  ),
  edges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      type: z.string(),
      papers: z.number(),
      evidence: z.array(z.object({ sentence: z.string().nullable(), paper: paperRow.nullable() })),
    }),
  ),
  truncated: z.boolean(),
});

const isLineage = (type: string): type is LineageEdge['type'] =>
  (LINEAGE_TYPES as readonly string[]).includes(type);

/** Fewest papers in the span a concept needs unless asked otherwise: one per thousand papers, at least 2. */
export function defaultMinPapers(papersWithYear: number): number {
  return Math.max(2, Math.ceil(papersWithYear / 1000));
}

export function timeRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/api/concepts/:key/timeline', cachedRoute, async (request): Promise<TimelineResponse> => {
    const { key } = parseInput(keyParams, request.params);
    const parsed = await readRows(context, 'concept-timeline', timelineRow, { key });
    const first = parsed[0];
    if (!first) throw notFound(`No concept with key "${key}".`);
    const years = parsed.filter((row) => row.year !== null && row.total !== null);
    const points = yearSeries(
      { years: years.map((row) => row.year as number), counts: years.map((row) => row.papers) },
      { years: years.map((row) => row.year as number), counts: years.map((row) => row.total as number) },
    );
    return {
      key: first.key,
      name: first.name,
      type: first.type,
      corpusHasYears: points.length > 0,
      points,
      ...firstAndPeak(points),
    };
  });

  app.get('/api/trends', cachedRoute, async (request): Promise<TrendsResponse> => {
    const query = parseInput(trendsQuery, request.query);
    const stored = (await readOne(context, 'corpus-years', corpusRow)) ?? { years: [], papers: [] };
    const corpus = { years: stored.years, counts: stored.papers };
    const min = query.min ?? defaultMinPapers(corpus.counts.reduce((sum, count) => sum + count, 0));
    // Concepts and the top level's themes, read side by side.
    const [parsed, themeRows] =
      corpus.years.length > 0
        ? await Promise.all([
            readRows(context, 'concept-trends', trendRow, { type: query.type ?? null, minPapers: int(min) }),
            readRows(context, 'top-theme-years', themeTrendRow),
          ])
        : [[], []];
    const span = { from: query.from, to: query.to };
    const concepts: TrendConcept[] = [];
    for (const row of parsed) {
      const trend = overSpan(row, corpus, span);
      if (trend.papers >= min) concepts.push({ key: row.key, name: row.name, type: row.type, ...trend });
    }
    const themes: TrendTheme[] = [];
    for (const row of themeRows) {
      const trend = overSpan(row, corpus, span);
      if (trend.papers < min) continue;
      themes.push({
        id: row.id,
        label: row.label ?? row.id,
        ...(row.level !== null ? { level: row.level } : {}),
        size: row.size ?? 0,
        ...trend,
      });
    }
    const spanYears = corpus.years.filter(
      (value) => value >= (query.from ?? -Infinity) && value <= (query.to ?? Infinity),
    );
    const byKey = (a: TrendConcept, b: TrendConcept) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    return {
      corpusHasYears: corpus.years.length > 0,
      years: corpus.years,
      from: spanYears[0] ?? null,
      to: spanYears[spanYears.length - 1] ?? null,
      type: query.type ?? null,
      min,
      ...risingAndFalling(concepts, query.limit, (concept) => concept.key),
      bursting: concepts
        .filter((concept) => concept.burst !== null)
        .sort((a, b) => (b.burst?.weight ?? 0) - (a.burst?.weight ?? 0) || byKey(a, b))
        .slice(0, query.limit),
      themes: risingAndFalling(themes, query.limit, (theme) => theme.id),
    };
  });

  app.get('/api/concepts/:key/lineage', cachedRoute, async (request): Promise<LineageResponse> => {
    const { key } = parseInput(keyParams, request.params);
    const { depth, limit } = parseInput(lineageQuery, request.query);
    const row = await readOne(context, 'concept-lineage', lineageRow, {
      key,
      depth: int(depth),
      limit: int(limit),
    });
    if (!row) throw notFound(`No concept with key "${key}".`);
    const nodes: LineageNode[] = row.nodes.map((node) => ({
      ...conceptRef(node),
      paperCount: node.paperCount ?? 0,
      firstYear: typeof node.firstYear === 'number' ? node.firstYear : null,
      depth: node.depth,
    }));
    const edges: LineageEdge[] = row.edges.flatMap((edge) =>
      isLineage(edge.type)
        ? [
            {
              from: edge.from,
              to: edge.to,
              type: edge.type,
              papers: edge.papers,
              evidence: edge.evidence.map((item) => ({
                sentence: item.sentence ?? '',
                ...(item.paper ? { paper: paperRef(item.paper) } : {}),
              })),
            },
          ]
        : [],
    );
    return {
      ...conceptRef(row.subject),
      corpusHasYears: row.corpusHasYears,
      depth,
      limit,
      truncated: row.truncated,
      nodes,
      edges,
    };
  });
}
