/** A cluster: its label, size, top concepts, and the way in. */
import type { ClusterSummary } from '../../../model/api';
import { intents } from '../../core/view/intents';
import { DetailsTitle } from './DetailsTitle';
import { ConceptLink } from '../ConceptLink';

export function ClusterDetailsView({ cluster }: { cluster: ClusterSummary }) {
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
    </article>
  );
}
