/**
 * Reported results (value, metric, on what if a dataset or benchmark is named, by which method), each with its
 * sentence; the metric links to its concept when there is one. The first 50 are drawn, the rest on request:
 * a hub has well over a thousand ("accuracy" on the conference corpus), which took seconds to draw; the server
 * sends the newest 200 and their total.
 */
import { useState } from 'react';
import type { ResultView } from '../../../model/api';
import { ConceptLink, PaperLink } from '../ConceptLink';

export const RESULTS_SHOWN = 50;

export function ResultsList({
  results,
  total = results.length,
  showPaper = true,
}: {
  results: ResultView[];
  /** How many there are in all, when `results` holds only the newest of them. */
  total?: number;
  showPaper?: boolean;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? results : results.slice(0, RESULTS_SHOWN);
  return (
    <section aria-label="Results">
      <h3>Results ({total})</h3>
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
          {results.length < total
            ? `Show the newest ${results.length}`
            : `Show all ${results.length} results`}
        </button>
      )}
      {all && results.length < total && (
        <p className="hint">
          The newest {results.length} of {total}: the Cypher console lists them all.
        </p>
      )}
    </section>
  );
}
