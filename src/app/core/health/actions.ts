/** Health checks and the effect of a failed request on the banner. */
import { api, ApiError, type Api } from '../../api/client';
import { healthStore, type Health } from './store';

/** A failed request: when the database or the server is unreachable, the banner says so. */
export function reportFailure(error: unknown): void {
  const health = healthOf(error);
  if (health) healthStore.set(health);
}

export function healthOf(error: unknown): Health | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.status === 0) return { state: 'server-down', message: error.message };
  if (error.status === 503) return { state: 'database-down', message: error.message };
  return undefined;
}

export async function checkHealth(client: Api = api): Promise<Health> {
  healthStore.set({ state: 'checking' });
  let health: Health;
  try {
    const info = await client.health();
    health =
      info.status === 'ok'
        ? { state: 'up', info }
        : { state: 'database-down', message: 'Neo4j does not answer.' };
  } catch (error) {
    health = healthOf(error) ?? { state: 'server-down', message: String(error) };
  }
  healthStore.set(health);
  return health;
}
