/** Whether the server and its Neo4j answer: the banner reads it, every failed request can update it. */
import type { HealthResponse } from '../../../model/api';
import { createStore } from '../store';

export type Health =
  | { state: 'checking' }
  | { state: 'up'; info: HealthResponse }
  /** The server answers but Neo4j does not (503). */
  | { state: 'database-down'; message: string }
  /** The server itself does not answer. */
  | { state: 'server-down'; message: string };

export const healthStore = createStore<Health>({ state: 'checking' });
