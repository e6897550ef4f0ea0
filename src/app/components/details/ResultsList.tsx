/**
 * Reported results (value, metric, on what if a dataset or benchmark is named, by which method), each with its
 * sentence; the metric links to its concept when there is one.
 */
import type { ResultView } from '../../../model/api';
import { ConceptLink, PaperLink } from '../ConceptLink';

export function ResultsList({ results, showPaper = true }: { results: ResultView[]; showPaper?: boolean }) {
  return (
    <section aria-label="Results">
      <h3>Results ({results.length})</h3>
      <ul className="results-list">
        {results.map((result, index) => (
          <li key={`${result.paper.id}-${index}`}>
            <p className="result-line">
              <strong className="result-value">{result.value}</strong>{' '}
              {result.metricConcept ? (
                <ConceptLink concept={result.metricConcept}>{result.metric}</ConceptLink>
              ) : (
                result.metric
              )}
              {result.target && (
                <>
                  {' on '}
                  <ConceptLink concept={result.target} />
                </>
              )}
              {result.method && (
                <>
                  {' by '}
                  <ConceptLink concept={result.method} />
                </>
              )}
            </p>
            {showPaper && <PaperLink paper={result.paper} />}
            <blockquote className="evidence">{result.sentence}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
