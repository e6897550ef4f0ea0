/** A fetch stand-in for component tests: answers API paths from a table (the network is the boundary faked here). */
import { vi } from 'vitest';

export type Routes = Record<string, (url: URL, init?: RequestInit) => { status?: number; body: unknown }>;

export function stubFetch(routes: Routes) {
  const calls: string[] = [];
  const fetchStub = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    const route = Object.entries(routes).find(
      ([prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`),
    );
    const answer = route
      ? route[1](url, init)
      : { status: 404, body: { error: { code: 'not_found', message: 'no route' } } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls, fetchStub };
}

/** The body the server answers a Cypher syntax error with (position from Neo4j, 1-based). */
export const SYNTAX_ERROR_BODY = {
  error: {
    code: 'syntax_error',
    message: "Invalid input 'RETRN'",
    position: { line: 2, column: 3, offset: 12 },
  },
};
