/** GET /api/search?q=&types=&limit= — full-text and key-prefix matches over concepts and papers, ranked. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { int } from '../../../neo4j/database';
import type { NodeKind, SearchHit, SearchResponse } from '../../model/api';
import { CONCEPT_TYPES } from '../../model/concepts';
import { canonicalName, keyPrefix } from '../../model/keys';
import { cachedRoute } from '../cache/cached-routes';
import type { RouteContext } from '../context';
import { readRows } from '../read-query';
import { luceneQuery, searchWords } from '../search/lucene';
import {
  clusterHit,
  conceptHit,
  paperHit,
  rankHits,
  clusterHitRow,
  conceptHitRow,
  paperHitRow,
} from '../search/rank';
import { boundedInt, commaList, parseInput } from '../validation';

const SEARCHABLE: readonly NodeKind[] = [...CONCEPT_TYPES, 'Paper', 'Cluster'];

const searchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  types: commaList.pipe(
    z.array(
      z
        .string()
        .transform((type) => SEARCHABLE.find((kind) => kind.toLowerCase() === type.toLowerCase()))
        .refine((kind) => kind !== undefined, { message: `types are ${SEARCHABLE.join(', ')}` }),
    ),
  ),
  limit: boundedInt(1, 50, 10),
});

export function searchRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/api/search', cachedRoute, async (request): Promise<SearchResponse> => {
    const { q, types, limit } = parseInput(searchQuery, request.query);
    const kinds = types.length > 0 ? (types as NodeKind[]) : SEARCHABLE;
    const conceptTypes = CONCEPT_TYPES.filter((type) => kinds.includes(type));
    const words = searchWords(q);
    const lucene = luceneQuery(words);
    // Nothing searchable (only punctuation): no hits, rather than a query that matches everything.
    if (!lucene) return { query: q, hits: [] };
    const typed = canonicalName(q);
    const fetch = int(Math.max(limit * 3, 20));
    const hits: SearchHit[] = [];

    const searches: Array<Promise<void>> = [];
    if (conceptTypes.length > 0) {
      searches.push(
        readRows(context, 'search-concepts', conceptHitRow, {
          lucene,
          prefixes: typed ? conceptTypes.map((type) => `${keyPrefix(type)}:${typed}`) : [],
          types: conceptTypes.length === CONCEPT_TYPES.length ? [] : conceptTypes,
          fetch,
        }).then((rows) => {
          for (const row of rows) hits.push(conceptHit(q, row));
        }),
      );
    }
    if (kinds.includes('Paper')) {
      searches.push(
        readRows(context, 'search-papers', paperHitRow, { lucene, fetch }).then((rows) => {
          for (const row of rows) hits.push(paperHit(q, row));
        }),
      );
    }
    if (kinds.includes('Cluster')) {
      searches.push(
        readRows(context, 'search-clusters', clusterHitRow, { words, fetch }).then((rows) => {
          for (const row of rows) hits.push(clusterHit(q, row));
        }),
      );
    }
    await Promise.all(searches);
    return { query: q, hits: rankHits(hits, limit) };
  });
}
