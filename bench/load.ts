/**
 * One load run with autocannon (in a worker thread, so the server under test keeps the main thread):
 * `connections` clients on loopback for `seconds`, cycling through `paths`. Latency percentiles in ms;
 * errors = connection errors + timeouts + non-2xx answers. Also the CPU time each request cost the server's
 * main thread (where every route runs) and, given its pid, Neo4j's JVM: figures that other work on the
 * machine disturbs far less than latency (Linux /proc; undefined elsewhere).
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  connections: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** Milliseconds of CPU per request on this process's main thread. */
  serverCpuMs?: number;
  /** Milliseconds of CPU per request in the Neo4j process. */
  neo4jCpuMs?: number;
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) in ms of a process, or of one of its threads; undefined without /proc. */
export function cpuTimeMs(pid: number, thread?: number): number | undefined {
  try {
    const path = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
    // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 12th, stime 13th.
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

export async function load(
  base: string,
  name: string,
  paths: string[],
  connections: number,
  seconds: number,
  watch: { neo4jPid?: number } = {},
): Promise<LoadResult> {
  const mainThread = () => cpuTimeMs(process.pid, process.pid);
  const neo4j = () => (watch.neo4jPid === undefined ? undefined : cpuTimeMs(watch.neo4jPid));
  const before = { server: mainThread(), neo4j: neo4j() };
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    workers: 1,
    timeout: 10,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const requests = result.requests.total;
  const perRequest = (start: number | undefined, end: number | undefined) =>
    start === undefined || end === undefined || requests === 0 ? undefined : (end - start) / requests;
  return {
    name,
    connections,
    requests,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMs: perRequest(before.server, mainThread()),
    neo4jCpuMs: perRequest(before.neo4j, neo4j()),
  };
}
