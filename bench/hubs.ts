/**
 * The hub latencies of `npm run bench:api -- --hubs N`: one client, one request at a time, for the N concepts
 * with the most papers (the hubs, where the answers are largest) and the endpoints the explorer calls for
 * them — details, related methods, neighbourhood (depth 1, the explorer's focus; depth 2), their cluster,
 * timeline and family tree — plus the overview and the trends spans. Three passes over the same paths:
 *   cold   — a server with an empty answer cache, each path asked for the first time (Neo4j computes every
 *            answer; its page cache holds whatever earlier work left there);
 *   warm   — the same paths again on a server without the answer cache (Neo4j again, now with its pages and
 *            query plans warm);
 *   cached — the same paths again on the first server (answers from memory).
 * p50, p95 and the slowest request per endpoint and pass, /api/health beside them.
 */
import { cypher } from '../neo4j/cypher-files';
import { int, type Database } from '../neo4j/database';

export interface HubTarget {
  name: string;
  paths: string[];
}

export interface HubRow {
  name: string;
  pass: 'cold' | 'warm' | 'cached';
  count: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
  slowest: string;
  meanBytes: number;
}

const encode = (value: unknown) => encodeURIComponent(String(value));

/** The paths to measure for the `limit` concepts with the most papers, endpoint by endpoint. */
export async function hubTargets(db: Database, limit: number): Promise<HubTarget[]> {
  const { rows } = await db.read(cypher('queries/top-concepts'), { types: [], limit: int(limit) });
  const keys = rows.map((row) => String(row.key));
  const { rows: clusterRows } = await db.read(
    'UNWIND $keys AS key MATCH (:Concept {key: key})-[:IN_CLUSTER]->(cl:Cluster) RETURN DISTINCT cl.id AS id',
    { keys },
  );
  const clusters = clusterRows.map((row) => String(row.id));
  const { rows: yearRows } = await db.read('MATCH (s:DerivedState) RETURN s.years AS years LIMIT 1');
  const years = ((yearRows[0]?.years as unknown[] | undefined) ?? []).map(Number).filter(Number.isFinite);
  const first = years.length > 0 ? Math.min(...years) : undefined;
  const last = years.length > 0 ? Math.max(...years) : undefined;
  const spans: string[] = [''];
  if (first !== undefined && last !== undefined) {
    const middle = Math.round((first + last) / 2);
    spans.push(
      `from=${first}&to=${middle}`,
      `from=${middle}&to=${last}`,
      `from=${Math.max(first, last - 5)}&to=${last}`,
    );
  }
  const trends = spans.flatMap((span) =>
    ['', 'Method', 'Dataset', 'Task'].map((type) => {
      const query = [span, type ? `type=${type}` : ''].filter(Boolean).join('&');
      return `/api/trends${query ? `?${query}` : ''}`;
    }),
  );
  const { rows: themeRows } = await db.read('MATCH (t:Theme) RETURN t.id AS id ORDER BY t.id');
  const themes = themeRows.map((row) => `/api/clusters?theme=${encode(row.id)}`);
  return [
    { name: 'details', paths: keys.map((key) => `/api/concepts/${encode(key)}`) },
    { name: 'related', paths: keys.map((key) => `/api/concepts/${encode(key)}/related`) },
    {
      name: 'neighbourhood d1',
      paths: keys.map((key) => `/api/graph/neighborhood?keys=${encode(key)}&depth=1`),
    },
    {
      name: 'neighbourhood d2',
      paths: keys.map((key) => `/api/graph/neighborhood?keys=${encode(key)}&depth=2`),
    },
    { name: 'cluster', paths: clusters.map((id) => `/api/clusters/${encode(id)}`) },
    { name: 'overview', paths: ['/api/clusters', ...themes] },
    { name: 'timeline', paths: keys.map((key) => `/api/concepts/${encode(key)}/timeline`) },
    { name: 'lineage', paths: keys.map((key) => `/api/concepts/${encode(key)}/lineage`) },
    { name: 'trends', paths: trends },
  ];
}

async function timedGet(base: string, path: string): Promise<{ ms: number; ok: boolean; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`);
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.ok, bytes: body.byteLength };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

export async function measurePass(base: string, target: HubTarget, pass: HubRow['pass']): Promise<HubRow> {
  const times: Array<{ ms: number; path: string; bytes: number }> = [];
  let errors = 0;
  for (const path of target.paths) {
    const { ms, ok, bytes } = await timedGet(base, path);
    if (!ok) errors += 1;
    times.push({ ms, path, bytes });
  }
  const sorted = times.map((time) => time.ms).sort((a, b) => a - b);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a), times[0] ?? { ms: 0, path: '', bytes: 0 });
  return {
    name: target.name,
    pass,
    count: times.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? NaN,
    errors,
    slowest: slowest.path,
    meanBytes: times.reduce((sum, time) => sum + time.bytes, 0) / Math.max(1, times.length),
  };
}

/** /api/health asked `count` times, one at a time: the baseline of this machine and moment. */
export async function healthBaseline(base: string, count = 50): Promise<{ p50: number; p95: number }> {
  const sorted: number[] = [];
  for (let index = 0; index < count; index += 1) sorted.push((await timedGet(base, '/api/health')).ms);
  sorted.sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

export function hubLine(row: HubRow): string {
  const cells = [
    row.name.padEnd(17),
    row.pass.padEnd(6),
    String(row.count).padStart(5),
    row.p50.toFixed(0).padStart(7),
    row.p95.toFixed(0).padStart(7),
    row.max.toFixed(0).padStart(7),
    String(row.errors).padStart(6),
    `${(row.meanBytes / 1024).toFixed(0)} KB`.padStart(8),
  ];
  return `${cells.join(' ')}   slowest: ${decodeURIComponent(row.slowest)}`;
}

export const HUB_HEADER = `${'endpoint'.padEnd(17)} ${'pass'.padEnd(6)} ${'paths'.padStart(5)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'errors'.padStart(6)} ${'mean'.padStart(8)}`;
