import { useEffect, useState } from 'react';
import type { HealthResponse } from '../model/api';

export function App() {
  const [health, setHealth] = useState<HealthResponse | { error: string } | undefined>();

  useEffect(() => {
    fetch('/api/health')
      .then(async (response) => setHealth((await response.json()) as HealthResponse))
      .catch((error: unknown) => setHealth({ error: String(error) }));
  }, []);

  return (
    <main>
      <h1>Concept Atlas</h1>
      {!health && <p>Loading…</p>}
      {health && 'error' in health && <p role="alert">Cannot reach the server: {health.error}</p>}
      {health && 'status' in health && (
        <section aria-label="Database">
          <p>
            Neo4j {health.database.reachable ? `${health.database.version ?? ''} is up` : 'is unreachable'} (
            {health.database.origin})
          </p>
          {health.counts && (
            <dl>
              <dt>Papers</dt>
              <dd>{health.counts.papers}</dd>
              <dt>Concepts</dt>
              <dd>{health.counts.concepts}</dd>
              <dt>Relationships</dt>
              <dd>{health.counts.relationships}</dd>
            </dl>
          )}
        </section>
      )}
    </main>
  );
}
