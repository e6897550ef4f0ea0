/** Loading, empty, error and "capped by the server" states of the atlas, said in words. */
import type { AtlasStatus } from '../core/atlas/store';
import { atlasGraph } from '../core/atlas/store';

export function StatusLine({ status }: { status: AtlasStatus }) {
  if (status.state === 'loading') {
    return (
      <div className="atlas-status" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the graph…
      </div>
    );
  }
  if (status.state === 'error') {
    return (
      <div className="atlas-status atlas-status--error" role="alert">
        Could not load this view: {status.error?.message}
      </div>
    );
  }
  if (status.state === 'ready' && atlasGraph.order === 0) {
    return (
      <div className="atlas-status atlas-empty" role="status">
        {status.scope?.kind === 'overview'
          ? 'No clusters yet. Ingest a corpus (npm run ingest -- FILE) and reload.'
          : 'Nothing to show here.'}
      </div>
    );
  }
  if (status.state === 'ready') {
    return (
      <div className="atlas-status atlas-status--quiet" role="status">
        {atlasGraph.order.toLocaleString()} nodes · {atlasGraph.size.toLocaleString()} links
        {status.truncated && (
          <strong className="capped">
            {' '}
            · capped at {status.limit?.toLocaleString() ?? 'the server limit'}
          </strong>
        )}
      </div>
    );
  }
  return null;
}
