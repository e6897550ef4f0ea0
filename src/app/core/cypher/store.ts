/** The console's state: saved queries and the last run (result or error). */
import type { CypherResponse, SavedQuery } from '../../../model/api';
import { createStore, type Loadable } from '../store';

export interface CypherFailure {
  message: string;
  code: string;
  /** 1-based line and column in the query, when the server names one. */
  position?: { line: number; column: number };
  readOnly: boolean;
}

export type CypherRun =
  | { status: 'idle' }
  | { status: 'running'; query: string }
  | { status: 'done'; query: string; response: CypherResponse }
  | { status: 'failed'; query: string; failure: CypherFailure };

export const savedQueriesStore = createStore<Loadable<SavedQuery[]>>({ status: 'idle' });
export const cypherRunStore = createStore<CypherRun>({ status: 'idle' });
