/**
 * Example parameters the loaded graph answers: a saved query's header gives examples written for one
 * corpus ("dataset:cityscape"); on another graph that concept may not exist and the example returns
 * nothing. Each query is run with its examples; when no row comes back, every example that is a concept key
 * is replaced in turn by the concepts of the same type most papers mention (the later parameters first, so
 * a pair keeps its first concept as long as a partner for it is found), until a try returns rows. At most
 * `MAX_TRIES` runs per query; a query no try answers keeps its header's examples.
 */
import type { SavedQuery } from '../../model/api';
import { typeOfKey } from '../../model/keys';
import type { ConceptType } from '../../model/concepts';

/** Runs a query with parameters; resolves with how many rows it returned. */
export type RowCounter = (query: string, params: Record<string, unknown>) => Promise<number>;
/** The keys of the concepts of a type most papers mention, most first. */
export type CandidateKeys = (type: ConceptType) => Promise<string[]>;

export const MAX_TRIES = 12;

const paramsOf = (query: SavedQuery, values: Map<string, unknown>) =>
  Object.fromEntries(
    query.params.map((param) => [param.name, values.get(param.name) ?? param.example ?? null]),
  );

/**
 * @example
 * await withGraphExamples(query, countRows, topKeys); // the query, its examples answered by the graph
 */
export async function withGraphExamples(
  query: SavedQuery,
  countRows: RowCounter,
  candidates: CandidateKeys,
): Promise<SavedQuery> {
  const values = new Map<string, unknown>();
  let tries = 1;
  if ((await countRows(query.query, paramsOf(query, values))) > 0) return query;
  const keyed = query.params.filter(
    (param) => typeof param.example === 'string' && typeOfKey(param.example) !== undefined,
  );
  // The last parameter varies fastest: a pair keeps its first concept while a partner is looked for.
  const search = async (index: number): Promise<boolean> => {
    if (index < 0) return false;
    const param = keyed[index];
    const type = param && typeOfKey(String(param.example));
    if (!param || !type) return false;
    for (const key of await candidates(type)) {
      if (tries >= MAX_TRIES) return false;
      values.set(param.name, key);
      tries += 1;
      if ((await countRows(query.query, paramsOf(query, values))) > 0) return true;
    }
    values.delete(param.name);
    return false;
  };
  for (let index = keyed.length - 1; index >= 0; index -= 1) {
    if (await search(index)) {
      return {
        ...query,
        params: query.params.map((param) =>
          values.has(param.name) ? { ...param, example: values.get(param.name) } : param,
        ),
      };
    }
  }
  return query;
}
