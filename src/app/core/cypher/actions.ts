/** Running a query in the console and loading the saved examples. */
import { api, ApiError, type Api } from '../../api/client';
import { reportFailure } from '../health/actions';
import { parseParams } from './params';
import { cypherRunStore, savedQueriesStore, type CypherFailure } from './store';

/** Codes the server gives a refused write (read-only console); Neo4j's own code as a fallback. */
const READ_ONLY_CODES = /read[_-]?only|forbidden|not[_-]?read|write/i;

export function failureOf(error: unknown): CypherFailure {
  if (error instanceof ApiError) {
    const failure: CypherFailure = {
      message: error.message,
      code: error.code,
      readOnly: READ_ONLY_CODES.test(error.code) || /read-only|read only/i.test(error.message),
    };
    if (error.position) failure.position = { line: error.position.line, column: error.position.column };
    return failure;
  }
  return { message: String(error), code: 'client', readOnly: false };
}

let runs = 0;

/** Runs a query; when a newer run starts (a link, Back/Forward) before the answer comes, the answer is dropped. */
export async function runCypher(query: string, paramText: string, client: Api = api): Promise<void> {
  const mine = ++runs;
  const parsed = parseParams(paramText);
  if (!parsed.ok) {
    cypherRunStore.set({
      status: 'failed',
      query,
      failure: { message: parsed.message, code: 'params', readOnly: false },
    });
    return;
  }
  if (!query.trim()) {
    cypherRunStore.set({
      status: 'failed',
      query,
      failure: { message: 'Type a query first.', code: 'empty', readOnly: false },
    });
    return;
  }
  cypherRunStore.set({ status: 'running', query });
  try {
    const response = await client.cypher({ query, params: parsed.params });
    if (mine !== runs) return;
    cypherRunStore.set({ status: 'done', query, response });
  } catch (error) {
    if (mine !== runs) return;
    reportFailure(error);
    cypherRunStore.set({ status: 'failed', query, failure: failureOf(error) });
  }
}

export async function loadSavedQueries(client: Api = api): Promise<void> {
  if (savedQueriesStore.get().status === 'ready') return;
  savedQueriesStore.set({ status: 'loading' });
  try {
    savedQueriesStore.set({ status: 'ready', data: await client.queries() });
  } catch (error) {
    reportFailure(error);
    savedQueriesStore.set({ status: 'error', error: error as Error });
  }
}
