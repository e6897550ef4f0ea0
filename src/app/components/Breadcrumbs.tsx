/** Where the atlas is: All clusters › a cluster › a focused neighbourhood; each step goes back there. */
import type { AtlasScope } from '../core/atlas/store';
import { clusterSummaries } from '../core/atlas/store';
import { useStore } from '../core/store';
import type { ViewState } from '../core/view/state';
import { intents } from '../core/view/intents';

export function Breadcrumbs({ scope, view }: { scope?: AtlasScope; view: ViewState }) {
  const summaries = useStore(clusterSummaries);
  // Never the raw id ("metric:accuracy"): the cluster's name, or a neutral word until it has loaded.
  const clusterLabel =
    scope?.kind === 'cluster'
      ? scope.label
      : view.cluster
        ? (summaries.get(view.cluster)?.label ?? 'Cluster')
        : undefined;
  const atOverview = !view.cluster && view.focus.length === 0;
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        <li>
          {atOverview ? (
            <span aria-current="page">All clusters</span>
          ) : (
            <button type="button" className="link" onClick={intents.overview}>
              All clusters
            </button>
          )}
        </li>
        {view.cluster && (
          <li>
            {view.focus.length === 0 ? (
              <span aria-current="page">{clusterLabel}</span>
            ) : (
              <button type="button" className="link" onClick={() => intents.openCluster(view.cluster ?? '')}>
                {clusterLabel}
              </button>
            )}
          </li>
        )}
        {view.focus.length > 0 && (
          <li>
            <span aria-current="page">
              Around {scope?.kind === 'focus' ? scope.label : view.focus.join(', ')}
            </span>
          </li>
        )}
      </ol>
      {view.expanded.length > 0 && <span className="breadcrumbs-note">+{view.expanded.length} expanded</span>}
    </nav>
  );
}
