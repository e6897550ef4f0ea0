/**
 * The "Details" region: what the selected node is and everything known about it, each name a link.
 * Esc or the close button closes it.
 */
import { detailsStore } from '../core/details/store';
import { showFamilyTree } from '../core/time/family';
import { typeOfKey } from '../../model/keys';
import { useStore } from '../core/store';
import { viewStore } from '../core/view/actions';
import { intents } from '../core/view/intents';
import { ClusterDetailsView } from './details/ClusterDetailsView';
import { ConceptDetailsView } from './details/ConceptDetailsView';
import { PaperDetailsView } from './details/PaperDetailsView';

export function DetailsPanel() {
  const selected = useStore(viewStore, (view) => view.selected);
  const { details } = useStore(detailsStore);
  if (!selected) return null;
  return (
    <section className="details" aria-label="Details">
      <header className="details-bar">
        <div className="details-actions">
          <button
            type="button"
            onClick={() => intents.expand(selected)}
            title="Add this node's neighbours to the graph (double-click)"
          >
            Expand
          </button>
          <button type="button" onClick={() => intents.hide(selected)}>
            Hide
          </button>
          {typeOfKey(selected) === 'Method' && (
            <button
              type="button"
              onClick={() => showFamilyTree(selected)}
              title="The methods it extends, builds on, is inspired by or is compared with, by year"
            >
              Family tree
            </button>
          )}
        </div>
        <button
          type="button"
          className="icon"
          aria-label="Close details"
          title="Close (Esc)"
          onClick={intents.closeDetails}
        >
          ×
        </button>
      </header>
      <div className="details-body">
        {details.status === 'loading' && (
          <p role="status" className="muted">
            <span className="spinner" aria-hidden="true" /> Loading…
          </p>
        )}
        {details.status === 'error' && (
          <p role="alert" className="error-text">
            Could not load the details: {details.error.message}
          </p>
        )}
        {details.status === 'ready' && details.data.kind === 'concept' && (
          <ConceptDetailsView
            concept={details.data.concept}
            related={details.data.related}
            timeline={details.data.timeline}
          />
        )}
        {details.status === 'ready' && details.data.kind === 'paper' && (
          <PaperDetailsView paper={details.data.paper} />
        )}
        {details.status === 'ready' && details.data.kind === 'cluster' && (
          <ClusterDetailsView cluster={details.data.cluster} papers={details.data.papers} />
        )}
      </div>
    </section>
  );
}
