/** Loading the details of a selected node: a concept (and its related methods), a paper or a cluster. */
import { clusterIdOf, paperIdOf, typeOfKey } from '../../../model/keys';
import { api, type Api } from '../../api/client';
import { clusterSummaries } from '../atlas/store';
import { reportFailure } from '../health/actions';
import type { Loadable } from '../store';
import { detailsStore, type Details } from './store';

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
      const known = clusterSummaries.get().get(clusterId);
      // The summary is known from the map; the papers come with the cluster's details (one member is enough).
      const details = client.cluster(clusterId, { limit: 1, papers: CLUSTER_PAPERS });
      details.catch(() => undefined); // its failure is reported where it is awaited
      const cluster = known ?? (await details);
      if (!stillSelected()) return;
      detailsStore.set({
        nodeId,
        details: { status: 'ready', data: { kind: 'cluster', cluster, papers: { status: 'loading' } } },
      });
      await loadClusterPapers(nodeId, details);
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
          data: {
            kind: 'concept',
            concept,
            related: isMethod ? { status: 'loading' } : { status: 'idle' },
            timeline: { status: 'loading' },
          },
        },
      });
      await Promise.all([loadTimeline(nodeId, client), isMethod ? loadRelated(nodeId, client) : undefined]);
    }
  } catch (error) {
    reportFailure(error);
    if (stillSelected()) detailsStore.set({ nodeId, details: { status: 'error', error: error as Error } });
  }
}

/** Papers the panel lists for a cluster. */
export const CLUSTER_PAPERS = 10;

/** A request's answer as a panel section: ready with its data, or the error it failed with. */
async function settled<T>(answer: Promise<T>): Promise<Loadable<T>> {
  try {
    return { status: 'ready', data: await answer };
  } catch (error) {
    return { status: 'error', error: error as Error };
  }
}

/** Puts a section into the shown details, when the panel still shows `nodeId` as that kind of node. */
function fillSection<K extends Details['kind']>(
  nodeId: string,
  kind: K,
  fill: (data: Extract<Details, { kind: K }>) => Details,
): void {
  detailsStore.set((state) => {
    if (state.nodeId !== nodeId || state.details.status !== 'ready' || state.details.data.kind !== kind)
      return state;
    const data = state.details.data as Extract<Details, { kind: K }>;
    return { ...state, details: { status: 'ready', data: fill(data) } };
  });
}

async function loadClusterPapers(nodeId: string, details: ReturnType<Api['cluster']>): Promise<void> {
  const papers = await settled(
    details.then((answer) => ({ papers: answer.papers, total: answer.paperTotal })),
  );
  fillSection(nodeId, 'cluster', (data) => ({ ...data, papers }));
}

async function loadRelated(key: string, client: Api): Promise<void> {
  const related = await settled(client.related(key).then((answer) => answer.related));
  fillSection(key, 'concept', (data) => ({ ...data, related }));
}

async function loadTimeline(key: string, client: Api): Promise<void> {
  const timeline = await settled(client.timeline(key));
  fillSection(key, 'concept', (data) => ({ ...data, timeline }));
}

/** Papers asked for at a time when the panel shows more of a concept's papers. */
export const MORE_PAPERS = 100;

/** Appends the next page of the selected concept's papers (the panel's "Show more papers"). */
export async function loadMorePapers(key: string, client: Api = api): Promise<void> {
  const current = detailsStore.get().details;
  if (current.status !== 'ready' || current.data.kind !== 'concept' || current.data.concept.key !== key)
    return;
  const offset = current.data.concept.papers.length;
  let page: Awaited<ReturnType<Api['concept']>>;
  try {
    page = await client.concept(key, { papers: MORE_PAPERS, offset });
  } catch (error) {
    reportFailure(error);
    return;
  }
  detailsStore.set((state) => {
    const details = state.details;
    if (state.nodeId !== key || details.status !== 'ready' || details.data.kind !== 'concept') return state;
    const concept = details.data.concept;
    // Only a page that continues what is shown joins it (a second click while loading adds nothing twice).
    if (concept.papers.length !== offset) return state;
    return {
      ...state,
      details: {
        status: 'ready',
        data: {
          ...details.data,
          concept: { ...concept, papers: [...concept.papers, ...page.papers], paperTotal: page.paperTotal },
        },
      },
    };
  });
}
