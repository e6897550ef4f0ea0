/** Messages between the console's worker pool (main thread) and its workers. */
import type { ConnectionSettings } from '../../../neo4j/database';
import type { ApiErrorBody, CypherRequest } from '../../model/api';
import type { ServerLimits } from '../context';

export interface WorkerSetup {
  settings: ConnectionSettings;
  limits: ServerLimits;
}

export interface WorkerJob {
  id: number;
  request: CypherRequest;
}

export type WorkerAnswer =
  /** `json` is the CypherResponse, serialised in the worker so the main thread only forwards it. */
  | { id: number; kind: 'ok'; json: string }
  | { id: number; kind: 'api-error'; status: number; body: ApiErrorBody }
  | { id: number; kind: 'unavailable'; message: string }
  | { id: number; kind: 'failed'; message: string };
