/** Loading the details of a selected node: a concept (and its related methods), a paper or a cluster. */
import { clusterIdOf, paperIdOf, typeOfKey } from '../../../model/keys';
import { api, type Api } from '../../api/client';
import { clusterSummaries } from '../atlas/store';
import { reportFailure } from '../health/actions';
import { detailsStore } from './store';

export async function loadDetails(
  nodeId: string | undefined,
  client: Api = api,
  options: { force?: boolean } = {},
): Promise<void> {
  const current = detailsStore.get();
  if (!options.force && nodeId === current.nodeId && current.details.status !== 'error') return;
  if (!nodeId) {
    detailsStore.set({ details: { status: 'idle' } });
    return;
  }
  detailsStore.set({ nodeId, details: { status: 'loading' } });
  const stillSelected = () => detailsStore.get().nodeId === nodeId;
  try {
    const clusterId = clusterIdOf(nodeId);
    const paperId = paperIdOf(nodeId);
    if (clusterId !== undefined) {
      const cluster = clusterSummaries.get().get(clusterId) ?? (await client.cluster(clusterId));
      if (stillSelected())
        detailsStore.set({ nodeId, details: { status: 'ready', data: { kind: 'cluster', cluster } } });
    } else if (paperId !== undefined) {
      const paper = await client.paper(paperId);
      if (stillSelected())
        detailsStore.set({ nodeId, details: { status: 'ready', data: { kind: 'paper', paper } } });
    } else {
      const concept = await client.concept(nodeId);
      if (!stillSelected()) return;
      const isMethod = typeOfKey(nodeId) === 'Method';
      detailsStore.set({
        nodeId,
        details: {
          status: 'ready',
          data: { kind: 'concept', concept, related: isMethod ? { status: 'loading' } : { status: 'idle' } },
        },
      });
      if (isMethod) await loadRelated(nodeId, client);
    }
  } catch (error) {
    reportFailure(error);
    if (stillSelected()) detailsStore.set({ nodeId, details: { status: 'error', error: error as Error } });
  }
}

async function loadRelated(key: string, client: Api): Promise<void> {
  let related: Awaited<ReturnType<Api['related']>>['related'] | Error;
  try {
    related = (await client.related(key)).related;
  } catch (error) {
    related = error as Error;
  }
  detailsStore.set((state) => {
    if (state.nodeId !== key || state.details.status !== 'ready' || state.details.data.kind !== 'concept')
      return state;
    return {
      ...state,
      details: {
        status: 'ready',
        data: {
          ...state.details.data,
          related:
            related instanceof Error
              ? { status: 'error', error: related }
              : { status: 'ready', data: related },
        },
      },
    };
  });
}
