/** A paper: title, year, venue, link, abstract, the concepts it mentions (with evidence), results, lineage. */
import type { PaperDetails } from '../../../model/api';
import { KIND_COLORS } from '../../core/atlas/style';
import { DetailsTitle } from './DetailsTitle';
import { ConceptLink } from '../ConceptLink';
import { Evidence } from '../Evidence';
import { LineageList } from './LineageList';
import { ResultsList } from './ResultsList';

export function PaperDetailsView({ paper }: { paper: PaperDetails }) {
  return (
    <article className="details-paper">
      <DetailsTitle kind="Paper" title={paper.title} />
      <p className="facts">
        {[paper.year, paper.venue].filter(Boolean).join(' · ')}
        {paper.url && (
          <>
            {' · '}
            <a href={paper.url} target="_blank" rel="noreferrer">
              source
            </a>
          </>
        )}
      </p>
      <details className="abstract">
        <summary>Abstract</summary>
        <p>{paper.abstract}</p>
      </details>
      <section aria-label="Concepts">
        <h3>Concepts ({paper.entities.length})</h3>
        <ul className="entity-list">
          {paper.entities.map((entity) => (
            <li key={entity.key}>
              <p>
                <ConceptLink concept={entity} />
                <span className="relation" style={{ color: KIND_COLORS[entity.type] }}>
                  {entity.type}
                  {entity.role ? ` · ${entity.role}` : ''}
                </span>
              </p>
              {entity.evidence.slice(0, 2).map((evidence) => (
                <Evidence key={`${evidence.start}-${evidence.end}`} evidence={evidence} />
              ))}
            </li>
          ))}
        </ul>
      </section>
      {paper.results.length > 0 && <ResultsList results={paper.results} showPaper={false} />}
      {paper.lineage.length > 0 && (
        <section aria-label="Lineage">
          <h3>Lineage</h3>
          <LineageList items={paper.lineage} />
        </section>
      )}
    </article>
  );
}
