/** The outage banner: Neo4j (or the server) is unreachable — said plainly, with a Retry. */
import { useState } from 'react';
import { retry } from '../core/bindings';
import { healthStore } from '../core/health/store';
import { useStore } from '../core/store';

export function Banner() {
  const health = useStore(healthStore);
  const [retrying, setRetrying] = useState(false);
  if (health.state !== 'database-down' && health.state !== 'server-down') return null;
  const onRetry = async () => {
    setRetrying(true);
    try {
      await retry();
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className="banner" role="alert">
      <strong>
        {health.state === 'database-down'
          ? 'Neo4j is not reachable.'
          : 'The Concept Atlas server is not reachable.'}
      </strong>{' '}
      {health.state === 'database-down'
        ? 'The graph cannot load until the database is back (npm run db:status shows it).'
        : 'Check that npm start is still running.'}
      <button type="button" onClick={() => void onRetry()} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
