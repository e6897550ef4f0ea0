/**
 * The derived layer after each ingest: concept paper counts, CO_OCCURS, Louvain clusters, IN_CLUSTER and
 * LINKED, and the themes above the clusters (IN_THEME, LINKED between themes of a level). It is recomputed in full from the stored base graph (every paper ever ingested), then only the
 * difference from what is stored is written, in batches.
 *
 * Crash-safe by construction: the last step records the basis (a hash of every paper's graph hash plus
 * the settings) on the `DerivedState` node. A run that stops anywhere before that leaves an older basis,
 * so the next ingest derives again; each step moves the stored rows to the target from whatever partial
 * state it finds, so the result is the same as an uninterrupted run. When the basis matches, derive is
 * skipped.
 */
import { z } from 'zod';
import { cypher } from '../../neo4j/cypher-files';
import { int, type Database } from '../../neo4j/database';
import { parseRows } from '../../neo4j/rows';
import { basisHash } from './basis';
import { retrying, type RetryPolicy } from '../../neo4j/retry';
import { diffRows, keyed } from './diff';
import { computeDerivedLayer, deriveSettings, type ConceptDerived, type DeriveSettings } from './layer';

export interface DeriveOptions {
  settings?: Partial<DeriveSettings>;
  /** Derive even when the stored basis says the layer is up to date. */
  force?: boolean;
  retry?: RetryPolicy;
  /** Rows per write transaction. */
  batchSize?: number;
  /** Called as each step starts: its name, how many steps are done, and how many there are. */
  onStep?: (step: string, done: number, total: number) => void;
}

export interface Change {
  upserted: number;
  removed: number;
}

export interface DeriveReport {
  /** True when the stored layer already matched the base graph and nothing was done. */
  upToDate: boolean;
  /** Seconds per step, in order. */
  seconds: Record<string, number>;
  settings: DeriveSettings;
  totals: {
    concepts: number;
    cooccurs: number;
    clusters: number;
    links: number;
    /** Themes over all levels above the clusters, and how many levels there are in all (clusters: 1). */
    themes: number;
    levels: number;
  };
  changes: {
    orphans: number;
    concepts: number;
    cooccurs: Change;
    clusters: Change;
    links: Change;
    themes: Change;
    themeLinks: Change;
  };
}

/*
 * The rows of the cypher/write/derive/ reads. Fields are in the order the queries return them, the order of the
 * layer's own records: a stored row and its target compare as JSON (diffRows).
 */
const counts = z.array(z.number());
const ROWS = {
  basis: z.object({ id: z.string(), graphHash: z.string().nullable() }),
  state: z.object({ basis: z.string().nullable() }),
  input: z.object({ id: z.string(), year: z.number().nullable(), concepts: z.array(z.string()) }),
  concepts: z.object({
    key: z.string(),
    name: z.string(),
    paperCount: z.number().nullable(),
    cluster: z.string().nullable(),
    years: counts,
    yearCounts: counts,
    memberOf: z.array(z.string()),
  }),
  clusters: z.object({
    id: z.string(),
    label: z.string(),
    size: z.number(),
    top: z.array(z.string()),
    theme: z.string().nullable(),
  }),
  links: z.object({ a: z.string(), b: z.string(), weight: z.number() }),
  themes: z.object({
    id: z.string(),
    label: z.string(),
    level: z.number(),
    size: z.number(),
    children: z.number(),
    top: z.array(z.string()),
    parent: z.string().nullable(),
  }),
  'theme-links': z.object({ a: z.string(), b: z.string(), weight: z.number() }),
  cooccurs: z.object({ a: z.string(), b: z.string(), papers: z.number(), weight: z.number() }),
};

/**
 * @example
 * const report = await deriveGraph(db);
 * report.totals.clusters; // communities found among co-occurring concepts
 */
export async function deriveGraph(db: Database, options: DeriveOptions = {}): Promise<DeriveReport> {
  const retry = options.retry ?? {};
  const seconds: Record<string, number> = {};
  let current: { name: string; started: number } | undefined;
  const step = (name: string) => {
    const now = performance.now();
    if (current) seconds[current.name] = (now - current.started) / 1000;
    current = { name, started: now };
    const index = STEPS.indexOf(name as (typeof STEPS)[number]);
    options.onStep?.(name, index < 0 ? STEPS.length : index, STEPS.length);
  };
  const read = async <S extends z.ZodType>(name: keyof typeof ROWS, schema: S, what: string) => {
    const query = `write/derive/${name}`;
    const { rows } = await retrying(() => db.read(cypher(query)), retry, what);
    return parseRows(query, rows, schema);
  };
  const write = batchWriter(db, retry, options.batchSize ?? 10_000);

  step('checking the derived state');
  const hashes = await read('basis', ROWS.basis, 'reading the paper hashes');
  const settings = deriveSettings(hashes.length, options.settings);
  const basis = basisHash(hashes, settings);
  const stored = (await read('state', ROWS.state, 'reading the derived state'))[0]?.basis;
  const report: DeriveReport = {
    upToDate: false,
    seconds,
    settings,
    totals: { concepts: 0, cooccurs: 0, clusters: 0, links: 0, themes: 0, levels: 0 },
    changes: {
      orphans: 0,
      concepts: 0,
      cooccurs: { upserted: 0, removed: 0 },
      clusters: { upserted: 0, removed: 0 },
      links: { upserted: 0, removed: 0 },
      themes: { upserted: 0, removed: 0 },
      themeLinks: { upserted: 0, removed: 0 },
    },
  };
  if (stored === basis && !options.force) return { ...report, upToDate: true };

  step('removing concepts nothing states');
  const orphans = await retrying(
    () => db.write((tx) => tx.run(cypher('write/derive/orphans-delete'))),
    retry,
    'removing orphan concepts',
  );
  report.changes.orphans = Number(orphans.rows[0]?.deleted ?? 0);

  step('reading the base graph');
  const papers = await read('input', ROWS.input, 'reading the papers for derive');
  step('computing co-occurrence and clusters');
  const concepts = await read('concepts', ROWS.concepts, 'reading the concepts');
  const layer = computeDerivedLayer({ concepts, papers }, settings);
  report.totals = {
    concepts: layer.concepts.size,
    cooccurs: layer.cooccurs.length,
    clusters: layer.clusters.length,
    links: layer.links.length,
    themes: layer.themes.length,
    levels: (layer.clusters.length > 0 ? 1 : 0) + Math.max(0, ...layer.themes.map((theme) => theme.level)),
  };

  step('writing themes');
  const themes = diffRows(
    keyed(await read('themes', ROWS.themes, 'reading the themes'), (row) => row.id),
    keyed(layer.themes, (row) => row.id),
  );
  await write(
    'themes-upsert',
    themes.upserts.map((row) => ({
      ...row,
      level: int(row.level),
      size: int(row.size),
      children: int(row.children),
    })),
  );
  // Every theme's edge up, not only the upserted ones': a run stopped between the two statements converges.
  await write(
    'themes-parents',
    layer.themes.map((row) => row.id),
    'ids',
  );
  report.changes.themes = { upserted: themes.upserts.length, removed: themes.removals.length };

  step('writing clusters');
  const clusters = diffRows(
    keyed(await read('clusters', ROWS.clusters, 'reading the clusters'), (row) => row.id),
    keyed(layer.clusters, (row) => row.id),
  );
  await write(
    'clusters-upsert',
    clusters.upserts.map((row) => ({ ...row, size: int(row.size) })),
  );
  report.changes.clusters = { upserted: clusters.upserts.length, removed: clusters.removals.length };

  step('writing concept counts and membership');
  const conceptRows = concepts
    .filter((row) => {
      const target = layer.concepts.get(row.key);
      if (!target) return false;
      const membership = target.cluster === null ? [] : [target.cluster];
      return (
        row.paperCount !== target.paperCount ||
        row.cluster !== target.cluster ||
        JSON.stringify(row.memberOf) !== JSON.stringify(membership) ||
        JSON.stringify([row.years, row.yearCounts]) !== JSON.stringify([target.years, target.yearCounts])
      );
    })
    .map((row) => {
      const target = layer.concepts.get(row.key) as ConceptDerived;
      return {
        key: row.key,
        paperCount: int(target.paperCount),
        cluster: target.cluster,
        years: target.years.map(int),
        yearCounts: target.yearCounts.map(int),
      };
    });
  await write('concepts-set', conceptRows);
  report.changes.concepts = conceptRows.length;
  await write(
    'clusters-delete',
    clusters.removals.map((row) => row.id),
    'ids',
  );

  step('writing cluster links');
  const links = diffRows(
    keyed(await read('links', ROWS.links, 'reading the cluster links'), pairKey),
    keyed(layer.links, pairKey),
  );
  await write('links-delete', links.removals);
  await write('links-upsert', links.upserts);
  report.changes.links = { upserted: links.upserts.length, removed: links.removals.length };
  const themeLinks = diffRows(
    keyed(await read('theme-links', ROWS['theme-links'], 'reading the theme links'), pairKey),
    keyed(layer.themeLinks, pairKey),
  );
  await write('theme-links-delete', themeLinks.removals);
  await write(
    'themes-delete',
    themes.removals.map((row) => row.id),
    'ids',
  );
  await write('theme-links-upsert', themeLinks.upserts);
  report.changes.themeLinks = { upserted: themeLinks.upserts.length, removed: themeLinks.removals.length };

  step('writing co-occurrence');
  const cooccurs = diffRows(
    keyed(await read('cooccurs', ROWS.cooccurs, 'reading the co-occurrence pairs'), pairKey),
    keyed(layer.cooccurs, pairKey),
  );
  await write('cooccurs-delete', cooccurs.removals);
  await write(
    'cooccurs-upsert',
    cooccurs.upserts.map((row) => ({ ...row, papers: int(row.papers) })),
  );
  report.changes.cooccurs = { upserted: cooccurs.upserts.length, removed: cooccurs.removals.length };

  step('recording the derived state');
  await retrying(
    () =>
      db.write((tx) =>
        tx.run(cypher('write/derive/state-set'), {
          basis,
          years: layer.papersPerYear.years.map(int),
          yearPapers: layer.papersPerYear.counts.map(int),
        }),
      ),
    retry,
    'recording the derived state',
  );
  step('done');
  delete seconds.done;
  return report;
}

const STEPS = [
  'checking the derived state',
  'removing concepts nothing states',
  'reading the base graph',
  'computing co-occurrence and clusters',
  'writing themes',
  'writing clusters',
  'writing concept counts and membership',
  'writing cluster links',
  'writing co-occurrence',
  'recording the derived state',
] as const;

const pairKey = (row: { a: string; b: string }) => `${row.a}\u0000${row.b}`;

/** Writes rows with `cypher/write/derive/<name>.cypher` in batches, one transaction each. */
function batchWriter(db: Database, retry: RetryPolicy, batchSize: number) {
  return async (name: string, rows: readonly unknown[], parameter = 'rows'): Promise<void> => {
    await db.writeBatches(
      rows,
      (tx, batch) => tx.run(cypher(`write/derive/${name}`), { [parameter]: batch }),
      {
        batchSize,
        retry,
        what: (first, last) => `writing ${name} rows ${first}-${last}`,
      },
    );
  };
}
