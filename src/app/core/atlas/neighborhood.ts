/**
 * The neighbourhood of many seed ids (a shared link's `expand` list can be long): requests of at most
 * the server's seed limit, at most two in flight at once, combined into one payload. A batch whose seeds
 * are all unknown to the server counts as empty; only when every batch is unknown does it fail.
 */
import { NEIGHBORHOOD_MAX_SEEDS, type GraphPayload } from '../../../model/api';
import { ApiError, type Api } from '../../api/client';

const IN_FLIGHT = 2;

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Runs `work` on every item with at most `limit` running at once; results in the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export function combinePayloads(payloads: readonly GraphPayload[]): GraphPayload {
  const nodes = new Map<string, GraphPayload['nodes'][number]>();
  const edges = new Map<string, GraphPayload['edges'][number]>();
  for (const payload of payloads) {
    for (const node of payload.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of payload.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  const limit = payloads.find((payload) => payload.limit !== undefined)?.limit;
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: payloads.some((payload) => payload.truncated),
    ...(limit === undefined ? {} : { limit }),
  };
}

const isUnknownSeeds = (error: unknown) => error instanceof ApiError && error.status === 404;

export async function neighborhoodOf(
  client: Api,
  ids: readonly string[],
  options: { depth: number; limit: number },
): Promise<GraphPayload> {
  const groups = batches(ids, NEIGHBORHOOD_MAX_SEEDS);
  let unknown: unknown;
  const payloads = await mapBounded(groups, IN_FLIGHT, (group) =>
    client.neighborhood(group, options).catch((error: unknown) => {
      if (!isUnknownSeeds(error)) throw error;
      unknown ??= error;
      return undefined;
    }),
  );
  const found = payloads.filter((payload): payload is GraphPayload => payload !== undefined);
  if (found.length === 0 && unknown !== undefined) throw unknown;
  return combinePayloads(found);
}
