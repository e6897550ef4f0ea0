/**
 * The Cypher console: saved queries as examples, the editor, parameters as JSON, Run (Ctrl/Cmd+Enter),
 * and the result as a graph and a table. The last run query lives in the URL, so a link re-runs it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SavedQuery } from '../../model/api';
import { CypherEditor } from '../components/cypher/CypherEditor';
import { ResultGraph } from '../components/cypher/ResultGraph';
import { ResultsTable } from '../components/cypher/ResultsTable';
import { loadSavedQueries, runCypher } from '../core/cypher/actions';
import { resultCsv } from '../core/cypher/csv';
import { exampleParams, knownParameters } from '../core/cypher/params';
import { download } from '../core/export/download';
import { cypherRunStore, savedQueriesStore, type CypherRun } from '../core/cypher/store';
import { useStore } from '../core/store';
import { viewStore } from '../core/view/actions';
import { intents } from '../core/view/intents';

export const DEFAULT_QUERY =
  'MATCH (m:Method)<-[:USES]-(p:Paper)\nRETURN m.name AS method, count(p) AS papers\nORDER BY papers DESC LIMIT 10';

export default function CypherView() {
  const view = useStore(viewStore);
  const run = useStore(cypherRunStore);
  const saved = useStore(savedQueriesStore);
  const [text, setText] = useState(view.query ?? DEFAULT_QUERY);
  const [paramText, setParamText] = useState(view.params ?? '');
  const lastRun = useRef<string | undefined>(undefined);
  // The parameters the editor's linter knows: those in the box, even while its JSON is half typed.
  const parameters = useMemo(() => knownParameters(paramText), [paramText]);

  useEffect(() => {
    void loadSavedQueries();
  }, []);

  // The URL's query runs when it changes (a shared link, Back/Forward, or Run).
  useEffect(() => {
    if (!view.query) return;
    const key = `${view.query}\u0000${view.params ?? ''}`;
    if (lastRun.current === key) return;
    lastRun.current = key;
    setText(view.query);
    setParamText(view.params ?? '');
    void runCypher(view.query, view.params ?? '');
  }, [view.query, view.params]);

  const onRun = () => {
    // One run at a time: Run and Ctrl/Cmd+Enter do nothing while a query runs (the button says so).
    if (cypherRunStore.get().status === 'running') return;
    const key = `${text}\u0000${paramText}`;
    if (view.query === text && (view.params ?? '') === paramText.trim()) {
      lastRun.current = key;
      void runCypher(text, paramText);
    } else {
      intents.setQuery(text, paramText);
    }
  };

  const applyExample = (query: SavedQuery) => {
    setText(query.query);
    setParamText(exampleParams(query.params));
  };

  return (
    <section className="console" aria-label="Cypher console">
      <aside className="console-examples" aria-label="Saved queries">
        <h2>Saved queries</h2>
        {saved.status === 'loading' && <p className="muted">Loading…</p>}
        {saved.status === 'error' && (
          <p className="error-text">Could not load saved queries: {saved.error.message}</p>
        )}
        {saved.status === 'ready' && saved.data.length === 0 && <p className="muted">None on the server.</p>}
        {saved.status === 'ready' && (
          <ul>
            {saved.data.map((query) => (
              <li key={query.name}>
                <button
                  type="button"
                  className="example"
                  title={query.description}
                  onClick={() => applyExample(query)}
                >
                  <span className="example-name">{query.name}</span>
                  <span className="example-description">{query.description}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </aside>
      <div className="console-main">
        <p className="read-only-note" role="note">
          <span className="badge">Read-only</span> Queries run in a read transaction; the server refuses
          anything that writes (CREATE, MERGE, SET, DELETE…).
        </p>
        <CypherEditor value={text} onChange={setText} onRun={onRun} parameters={parameters} />
        <div className="console-controls">
          <label className="params">
            <span>Parameters (JSON)</span>
            <textarea
              value={paramText}
              onChange={(event) => setParamText(event.target.value)}
              placeholder='{"name": "DAFormer"}'
              rows={2}
              spellCheck={false}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  onRun();
                }
              }}
            />
          </label>
          <div className="run">
            <button
              type="button"
              className="primary"
              onClick={onRun}
              disabled={run.status === 'running'}
              aria-busy={run.status === 'running'}
            >
              {run.status === 'running' ? 'Running…' : 'Run query'}
            </button>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </div>
        </div>
        <CypherResult run={run} selected={view.selected} />
      </div>
    </section>
  );
}

function CypherResult({ run, selected }: { run: CypherRun; selected?: string }) {
  const [tab, setTab] = useState<'table' | 'graph'>('table');
  if (run.status === 'idle') return <p className="muted console-hint">Run a query to see its result here.</p>;
  if (run.status === 'running') {
    return (
      <p role="status" className="muted">
        <span className="spinner" aria-hidden="true" /> Running…
      </p>
    );
  }
  if (run.status === 'failed') {
    const { failure } = run;
    return (
      <div role="alert" className={`query-error${failure.readOnly ? ' query-error--read-only' : ''}`}>
        {failure.readOnly && <strong>Read-only: this console cannot change the graph. </strong>}
        {failure.position && (
          <strong className="position">
            Line {failure.position.line}, column {failure.position.column}:{' '}
          </strong>
        )}
        <span className="message">{failure.message}</span>
        <span className="code"> ({failure.code})</span>
      </div>
    );
  }
  const { response } = run;
  const hasGraph = response.graph.nodes.length > 0;
  return (
    <div className="console-result">
      <div className="result-bar">
        <p role="status">
          {response.rows.length.toLocaleString()} {response.rows.length === 1 ? 'row' : 'rows'} in{' '}
          {response.elapsedMs} ms · row cap {response.rowCap.toLocaleString()}
          {response.truncated && <strong className="capped"> · cut at the cap</strong>}
          {response.graph.truncated && <strong className="capped"> · graph capped</strong>}
        </p>
        <button
          type="button"
          className="link export-csv"
          disabled={response.rows.length === 0}
          onClick={() => download('concept-atlas-query.csv', resultCsv(response), 'text/csv;charset=utf-8')}
        >
          Export CSV
        </button>
        <div role="tablist" aria-label="Result view" className="tabs">
          <button type="button" role="tab" aria-selected={tab === 'table'} onClick={() => setTab('table')}>
            Table
          </button>
          <button type="button" role="tab" aria-selected={tab === 'graph'} onClick={() => setTab('graph')}>
            Graph ({response.graph.nodes.length})
          </button>
        </div>
      </div>
      <div role="tabpanel" className="result-panel">
        {tab === 'table' ? (
          <ResultsTable response={response} />
        ) : hasGraph ? (
          <ResultGraph payload={response.graph} selected={selected} />
        ) : (
          <p className="muted">The result has no nodes or relationships to draw.</p>
        )}
      </div>
    </div>
  );
}
