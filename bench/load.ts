/**
 * One load run with autocannon (in a worker thread, so the server under test keeps the main thread):
 * `connections` clients on loopback for `seconds`, cycling through `paths`. Latency percentiles in ms;
 * errors = connection errors + timeouts + non-2xx answers.
 */
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  connections: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(
  base: string,
  name: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    workers: 1,
    timeout: 10,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return {
    name,
    connections,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
