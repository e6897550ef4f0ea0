/**
 * Reported results (value, metric, on what if a dataset or benchmark is named, by which method), each with its
 * sentence; the metric links to its concept when there is one. The first 50 are drawn, the rest on request:
 * a hub's details hold well over a thousand ("accuracy" on the conference corpus), which took seconds to draw.
 */
import { useState } from 'react';
import type { ResultView } from '../../../model/api';
import { ConceptLink, PaperLink } from '../ConceptLink';

export const RESULTS_SHOWN = 50;

export function ResultsList({ results, showPaper = true }: { results: ResultView[]; showPaper?: boolean }) {
  const [all, setAll] = useState(false);
  const shown = all ? results : results.slice(0, RESULTS_SHOWN);
  return (
    <section aria-label="Results">
      <h3>Results ({results.length})</h3>
      <ul className="results-list">
        {shown.map((result, index) => (
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
      {shown.length < results.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {results.length} results
        </button>
      )}
    </section>
  );
}
