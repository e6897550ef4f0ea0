/**
 * Where the atlas is: All clusters › each opened theme › a cluster › a focused neighbourhood; each step goes
 * back there. The themes are the view's path, or, for a cluster reached without one (a search hit, a shared
 * link), the path its details name.
 */
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
  const themes =
    view.themes.length > 0 || !view.cluster || scope?.clusterId !== view.cluster
      ? view.themes
      : (scope.path ?? []).map((theme) => theme.id);
  const themeLabel = (id: string) =>
    scope?.path?.find((theme) => theme.id === id)?.label ?? summaries.get(id)?.label ?? 'Theme';
  const atOverview = themes.length === 0 && !view.cluster && view.focus.length === 0;
  const beyondThemes = Boolean(view.cluster) || view.focus.length > 0;
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
        {themes.map((id, index) => (
          <li key={id}>
            {index === themes.length - 1 && !beyondThemes ? (
              <span aria-current="page" title={themeLabel(id)}>
                {themeLabel(id)}
              </span>
            ) : (
              <button
                type="button"
                className="link"
                onClick={() => intents.openThemes(themes.slice(0, index + 1))}
                title={themeLabel(id)}
              >
                {themeLabel(id)}
              </button>
            )}
          </li>
        ))}
        {view.cluster && (
          <li>
            {view.focus.length === 0 ? (
              <span aria-current="page" title={clusterLabel}>
                {clusterLabel}
              </span>
            ) : (
              <button
                type="button"
                className="link"
                onClick={() => intents.openCluster(view.cluster ?? '', view.themes)}
                title={clusterLabel}
              >
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
