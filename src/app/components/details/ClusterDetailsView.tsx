/** A cluster: its label, size, top concepts, the papers mentioning most of its concepts, and the way in. */
import type { ClusterPaper, ClusterSummary } from '../../../model/api';
import type { Loadable } from '../../core/store';
import { intents } from '../../core/view/intents';
import { DetailsTitle } from './DetailsTitle';
import { ConceptLink, PaperLink } from '../ConceptLink';

export function ClusterDetailsView({
  cluster,
  papers,
}: {
  cluster: ClusterSummary;
  papers: Loadable<{ papers: ClusterPaper[]; total: number }>;
}) {
  return (
    <article className="details-cluster">
      <DetailsTitle kind="Cluster" title={cluster.label} />
      <p className="facts">{cluster.size} concepts</p>
      <button type="button" className="primary" onClick={() => intents.openCluster(cluster.id)}>
        Open this cluster
      </button>
      <h3>Top concepts</h3>
      <ul className="entity-list">
        {cluster.top.map((concept) => (
          <li key={concept.key}>
            <ConceptLink concept={concept} />
          </li>
        ))}
      </ul>
      <section aria-label="Cluster papers">
        <h3>Papers{papers.status === 'ready' ? ` (${papers.data.total})` : ''}</h3>
        {papers.status === 'loading' && <p className="muted">Finding its papers…</p>}
        {papers.status === 'error' && (
          <p className="error-text">Could not load its papers: {papers.error.message}</p>
        )}
        {papers.status === 'ready' && papers.data.total === 0 && (
          <p className="muted">No paper mentions its concepts.</p>
        )}
        {papers.status === 'ready' && papers.data.total > 0 && (
          <ol className="paper-list">
            {papers.data.papers.map((paper) => (
              <li key={paper.id}>
                <PaperLink paper={paper} />
                <span className="relation">{paper.concepts} of its concepts</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
