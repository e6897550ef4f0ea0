import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEIGHBORHOOD_MAX_SEEDS, type ClusterDetails, type GraphPayload } from '../../src/model/api';
import { ApiError, type Api } from '../../src/app/api/client';
import { invalidateAtlas, syncAtlas } from '../../src/app/core/atlas/actions';
import { batches, mapBounded } from '../../src/app/core/atlas/neighborhood';
import { atlasGraph, atlasStatus, layoutOwner } from '../../src/app/core/atlas/store';
import { INITIAL_VIEW, type ViewState } from '../../src/app/core/view/state';

const payload = (...ids: string[]): GraphPayload => ({
  nodes: ids.map((id) => ({ id, kind: 'Method', label: id, size: 1, cluster: '1' })),
  edges: [],
  truncated: false,
});

const clusterAnswer = (id: string, ...ids: string[]): ClusterDetails => ({
  id,
  label: `Cluster ${id}`,
  size: ids.length,
  top: [],
  graph: payload(...ids),
  papers: [],
  paperTotal: 0,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const view = (patch: Partial<ViewState>): ViewState => ({ ...INITIAL_VIEW, panel: 'atlas', ...patch });

/** A stand-in for the HTTP client (the network is the boundary faked here); answers come from `answer`. */
function fakeClient(answer: {
  cluster: (id: string) => Promise<ClusterDetails>;
  neighborhood: (keys: string[]) => Promise<GraphPayload>;
}) {
  const calls: string[][] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const client = {
    cluster: answer.cluster,
    neighborhood: async (keys: string[]) => {
      calls.push(keys);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return await answer.neighborhood(keys);
      } finally {
        inFlight -= 1;
      }
    },
  } as unknown as Api;
  return { client, calls, mostInFlight: () => mostInFlight };
}

beforeEach(() => {
  invalidateAtlas();
  vi.spyOn(layoutOwner, 'start').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('batches and bounded concurrency', () => {
  it('cuts a list into batches of the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });

  it('never runs more than the limit at once and keeps the order of results', async () => {
    let running = 0;
    let most = 0;
    const results = await mapBounded([30, 5, 20, 1, 10], 2, async (delay) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return delay * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20]);
    expect(most).toBe(2);
  });
});

describe('syncAtlas with a shared link', () => {
  it('fetches a long expand list in batches within the server limit, two at a time, and merges them all', async () => {
    const expanded = Array.from({ length: 120 }, (_, index) => `method:m${index}`);
    const fake = fakeClient({
      cluster: async (id) => clusterAnswer(id, 'method:anchor'),
      neighborhood: async (keys) => payload(...keys.map((key) => `${key}-neighbour`)),
    });
    await syncAtlas(view({ cluster: 'c1', expanded }), fake.client);
    expect(fake.calls.map((keys) => keys.length)).toEqual([50, 50, 20]);
    expect(fake.calls.every((keys) => keys.length <= NEIGHBORHOOD_MAX_SEEDS)).toBe(true);
    expect(fake.mostInFlight()).toBe(2);
    expect(atlasGraph.order).toBe(121);
    expect(atlasGraph.hasNode('method:m119-neighbour')).toBe(true);
  });

  it('a batch of unknown seeds counts as empty; all unknown fails', async () => {
    const expanded = Array.from({ length: 60 }, (_, index) => `method:m${index}`);
    const unknown = () =>
      new ApiError(404, { code: 'not_found', message: 'None of these keys is in the graph' });
    const partly = fakeClient({
      cluster: async (id) => clusterAnswer(id, 'method:anchor'),
      neighborhood: async (keys) => {
        if (keys[0] === 'method:m0') throw unknown();
        return payload(...keys.map((key) => `${key}-neighbour`));
      },
    });
    await syncAtlas(view({ cluster: 'c2', expanded }), partly.client);
    expect(atlasGraph.order).toBe(11);

    const none = fakeClient({
      cluster: async (id) => clusterAnswer(id, 'method:anchor'),
      neighborhood: async () => {
        throw unknown();
      },
    });
    await syncAtlas(view({ cluster: 'c3', expanded }), none.client);
    expect(atlasStatus.get()).toMatchObject({ state: 'error', error: { status: 404 } });
  });

  it('drops an expansion answer that arrives after the view moved to another scope', async () => {
    const held = deferred<GraphPayload>();
    const fake = fakeClient({
      cluster: async (id) => clusterAnswer(id, `method:${id}-member`),
      neighborhood: (keys) => (keys[0] === 'method:late' ? held.promise : Promise.resolve(payload())),
    });
    await syncAtlas(view({ cluster: 'a' }), fake.client);
    const expansion = syncAtlas(view({ cluster: 'a', expanded: ['method:late'] }), fake.client);
    await syncAtlas(view({ cluster: 'b' }), fake.client);
    expect(atlasGraph.nodes()).toEqual(['method:b-member']);
    held.resolve(payload('method:late', 'method:stale-neighbour'));
    await expansion;
    expect(atlasGraph.nodes()).toEqual(['method:b-member']);
  });

  it('drops a scope answer overtaken by a newer navigation, and merges an expansion only after its scope', async () => {
    const heldCluster = deferred<ClusterDetails>();
    const fake = fakeClient({
      cluster: (id) =>
        id === 'slow' ? heldCluster.promise : Promise.resolve(clusterAnswer(id, 'method:fast')),
      neighborhood: async (keys) => payload(...keys, 'method:around'),
    });
    const slow = syncAtlas(view({ cluster: 'slow' }), fake.client);
    // An expansion asked for while its scope still loads waits for it, then lands in it.
    const expansion = syncAtlas(view({ cluster: 'slow', expanded: ['method:x'] }), fake.client);
    await new Promise((resolve) => setTimeout(resolve, 20));
    heldCluster.resolve(clusterAnswer('slow', 'method:slow-member'));
    await Promise.all([slow, expansion]);
    expect(atlasGraph.nodes().sort()).toEqual(['method:around', 'method:slow-member', 'method:x']);

    const heldAgain = deferred<ClusterDetails>();
    const again = fakeClient({
      cluster: (id) =>
        id === 'slow2' ? heldAgain.promise : Promise.resolve(clusterAnswer(id, 'method:fast')),
      neighborhood: async () => payload(),
    });
    const overtaken = syncAtlas(view({ cluster: 'slow2' }), again.client);
    await syncAtlas(view({ cluster: 'fast' }), again.client);
    heldAgain.resolve(clusterAnswer('slow2', 'method:slow-member'));
    await overtaken;
    expect(atlasGraph.nodes()).toEqual(['method:fast']);
  });
});
