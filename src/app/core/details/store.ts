/** What the details panel shows for the selected node. */
import type {
  ClusterPaper,
  ClusterSummary,
  ConceptDetails,
  PaperDetails,
  RelatedMethod,
  TimelineResponse,
} from '../../../model/api';
import { createStore, type Loadable } from '../store';

export type Details =
  | {
      kind: 'concept';
      concept: ConceptDetails;
      related: Loadable<RelatedMethod[]>;
      /** Papers per year (absent: not asked for). */
      timeline?: Loadable<TimelineResponse>;
    }
  | { kind: 'paper'; paper: PaperDetails }
  | {
      kind: 'cluster';
      cluster: ClusterSummary;
      papers: Loadable<{ papers: ClusterPaper[]; total: number }>;
    };

export const detailsStore = createStore<{ nodeId?: string; details: Loadable<Details> }>({
  details: { status: 'idle' },
});
