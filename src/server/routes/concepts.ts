/**
 * GET /api/concepts/:key?papers=&offset=&results= — a concept with a page of its papers (evidence placed in
 * each sentence) and their total, its newest results and their total, lineage.
 * GET /api/concepts/:key/related?limit= — related methods, each with a score and the reasons.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import type { ConceptDetails, RelatedResponse } from '../../model/api';
import { typeOfKey } from '../../model/keys';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { notFound } from '../errors';
import { readOne, readRows } from '../read-query';
import { boundedInt, parseInput } from '../validation';
import { conceptDetails, conceptDetailsRow } from '../views/concept-details';
import { conceptRef, conceptRow } from '../views/refs';
import { relatedMethod, relatedRow } from '../views/related';

const conceptKeyParam = z
  .string()
  .min(3)
  .max(300)
  .refine((key) => typeOfKey(key) !== undefined, {
    message: 'a concept key starts with its type: method:, dataset:, benchmark:, task: or metric:',
  });

const keyParams = z.object({ key: conceptKeyParam });
const detailsQuery = z.object({
  papers: boundedInt(1, 1000, 100),
  offset: boundedInt(0, 1_000_000, 0),
  results: boundedInt(1, 10_000, 200),
});
const relatedQuery = z.object({ limit: boundedInt(1, 50, 10) });
const relatedMethodsRow = relatedRow.extend({ subject: conceptRow });

export function conceptRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/api/concepts/:key', cachedRoute, async (request): Promise<ConceptDetails> => {
    const { key } = parseInput(keyParams, request.params);
    const { papers, offset, results } = parseInput(detailsQuery, request.query);
    const row = await readOne(context, 'concept', conceptDetailsRow, {
      key,
      papers: int(papers),
      offset: int(offset),
      results: int(results),
    });
    if (!row) throw notFound(`No concept with key "${key}".`);
    return conceptDetails(row);
  });

  app.get('/api/concepts/:key/related', cachedRoute, async (request): Promise<RelatedResponse> => {
    const { key } = parseInput(keyParams, request.params);
    const { limit } = parseInput(relatedQuery, request.query);
    const related = await readRows(context, 'related-methods', relatedMethodsRow, { key, limit: int(limit) });
    // Without related methods the query has no row to name the subject: ask whether the concept exists.
    const subject = related[0]?.subject ?? (await readOne(context, 'concept-ref', conceptRow, { key }));
    if (!subject) throw notFound(`No concept with key "${key}".`);
    return { key, related: related.map((row) => relatedMethod(conceptRef(subject), row)) };
  });
}
