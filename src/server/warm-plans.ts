/**
 * Neo4j plans a query the first time it sees its text (with those parameter types) and caches the plan. The
 * queries behind a concept's details, its related methods, its cluster, neighbourhood, timeline and family
 * tree are long: planning one takes 0.5–2 s on 2 busy cores, so the first such request after Neo4j starts
 * waited that long whatever the concept (the overview and trends likewise). `warmPlans` runs each of them
 * once, one after the other, with a key that matches nothing: Neo4j plans it and reads next to nothing. EXPLAIN would not do (its plans are not
 * reused by the runs). A failure is no matter: the request would plan the query anyway.
 */
import { int } from '../../neo4j/database';
import type { RouteContext } from './context';
import { readQuery } from './read-query';

/**
 * A key no concept, cluster or theme has ('~' is never in a canonical name). Neo4j's plan cache tells string
 * parameters apart by size as well as type: this one is as long as a typical concept key, so the plan it
 * leaves is the one a request reuses.
 */
export const WARM_KEY = 'method:~warm-up plan';
/** And one as long as the shortest keys ("task:qa"). */
export const SHORT_WARM_KEY = 'task:~w';

/** The saved queries to plan, with parameters of the types their routes send (keyed ones for both key lengths). */
export const WARM_QUERIES: ReadonlyArray<[string, Record<string, unknown>]> = [WARM_KEY, SHORT_WARM_KEY]
  .flatMap((key): Array<[string, Record<string, unknown>]> => [
    ['concept', { key, papers: int(1), offset: int(0), results: int(1) }],
    ['related-methods', { key, limit: int(1) }],
    ['concept-ref', { key }],
    ['neighborhood', { keys: [key], paperIds: [], depth: int(1), limit: int(1) }],
    ['cluster', { id: key, limit: int(1), papers: int(1) }],
    ['theme', { id: key }],
    ['concept-timeline', { key }],
    ['concept-lineage', { key, depth: int(1), limit: int(1) }],
  ])
  .concat([
    // The overview and trends take no key; trends asks for concepts with more papers than any has.
    ['clusters', {}],
    ['corpus-years', {}],
    ['concept-trends', { type: null, minPapers: int(1_000_000_000) }],
    ['concept-trends', { type: 'Method', minPapers: int(1_000_000_000) }],
  ]);

/**
 * Plans the explorer's costliest queries; resolves once they have all run (or failed).
 *
 * @example
 * void warmPlans(routeContext); // at start, in the background
 */
export async function warmPlans(context: RouteContext): Promise<void> {
  for (const [name, params] of WARM_QUERIES) {
    try {
      await readQuery(context, name, params);
    } catch {
      // The request plans it when it comes.
    }
  }
}
