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
import { diffRows, keyed, type RowDiff } from './diff';
import {
  computeDerivedLayer,
  deriveSettings,
  type ConceptDerived,
  type DerivedLayer,
  type DeriveSettings,
} from './layer';
import { writePrecomputedAnswers } from './write-answers';

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
    years: counts,
    yearCounts: counts,
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
    years: counts,
    yearCounts: counts,
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
  const timer = stepTimer(options.onStep);
  const io: DeriveIo = {
    read: storedRows(db, retry),
    write: batchWriter(db, retry, options.batchSize ?? 10_000),
  };

  timer.step('checking the derived state');
  const hashes = await io.read('basis', ROWS.basis, 'reading the paper hashes');
  const settings = deriveSettings(hashes.length, options.settings);
  const basis = basisHash(hashes, settings);
  const stored = (await io.read('state', ROWS.state, 'reading the derived state'))[0]?.basis;
  const report = emptyReport(timer.seconds, settings);
  if (stored === basis && !options.force) return { ...report, upToDate: true };

  timer.step('removing concepts nothing states');
  report.changes.orphans = await removeOrphans(db, retry);

  timer.step('reading the base graph');
  const papers = await io.read('input', ROWS.input, 'reading the papers for derive');
  timer.step('computing co-occurrence and clusters');
  const concepts = await io.read('concepts', ROWS.concepts, 'reading the concepts');
  const layer = computeDerivedLayer({ concepts, papers }, settings);
  report.totals = totalsOf(layer);

  timer.step('writing themes');
  const themes = await writeThemes(io, layer);
  report.changes.themes = changeOf(themes);
  timer.step('writing clusters');
  const clusters = await writeClusters(io, layer);
  report.changes.clusters = changeOf(clusters);
  timer.step('writing concept counts and membership');
  report.changes.concepts = await writeConceptCounts(io, concepts, layer);
  await io.write(
    'clusters-delete',
    clusters.removals.map((row) => row.id),
    'ids',
  );
  timer.step('writing cluster links');
  report.changes.links = await writeLinks(io, layer);
  report.changes.themeLinks = await writeThemeLinks(io, layer, themes);
  timer.step('writing co-occurrence');
  report.changes.cooccurs = await writeCooccurrence(io, layer);
  timer.step('writing precomputed answers');
  await writePrecomputedAnswers(db, layer, papers, { retry, batchSize: options.batchSize ?? 10_000 });
  timer.step('recording the derived state');
  await recordState(db, retry, basis, layer);
  timer.done();
  return report;
}

/** Times each step (`seconds`, by name) and tells `onStep` as the next one starts. */
function stepTimer(onStep: DeriveOptions['onStep']) {
  const seconds: Record<string, number> = {};
  let current: { name: string; started: number } | undefined;
  const step = (name: string) => {
    const now = performance.now();
    if (current) seconds[current.name] = (now - current.started) / 1000;
    current = { name, started: now };
    const index = STEPS.indexOf(name as (typeof STEPS)[number]);
    onStep?.(name, index < 0 ? STEPS.length : index, STEPS.length);
  };
  return {
    seconds,
    step,
    done: () => {
      step('done');
      delete seconds.done;
    },
  };
}

function emptyReport(seconds: Record<string, number>, settings: DeriveSettings): DeriveReport {
  return {
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
}

function totalsOf(layer: DerivedLayer): DeriveReport['totals'] {
  return {
    concepts: layer.concepts.size,
    cooccurs: layer.cooccurs.length,
    clusters: layer.clusters.length,
    links: layer.links.length,
    themes: layer.themes.length,
    levels: (layer.clusters.length > 0 ? 1 : 0) + Math.max(0, ...layer.themes.map((theme) => theme.level)),
  };
}

const changeOf = (diff: RowDiff<unknown>): Change => ({
  upserted: diff.upserts.length,
  removed: diff.removals.length,
});

/** Deletes the concepts no paper states any more; how many. */
async function removeOrphans(db: Database, retry: RetryPolicy): Promise<number> {
  const orphans = await retrying(
    () => db.write((tx) => tx.run(cypher('write/derive/orphans-delete'))),
    retry,
    'removing orphan concepts',
  );
  return Number(orphans.rows[0]?.deleted ?? 0);
}

/** Upserts the themes that differ and sets every theme's parent; the removals wait for the theme links. */
async function writeThemes(io: DeriveIo, layer: DerivedLayer) {
  const themes = diffRows(
    keyed(await io.read('themes', ROWS.themes, 'reading the themes'), (row) => row.id),
    keyed(layer.themes, (row) => row.id),
  );
  await io.write(
    'themes-upsert',
    themes.upserts.map((row) => ({
      ...row,
      level: int(row.level),
      size: int(row.size),
      children: int(row.children),
      years: row.years.map(int),
      yearCounts: row.yearCounts.map(int),
    })),
  );
  // Every theme's edge up, not only the upserted ones': a run stopped between the two statements converges.
  await io.write(
    'themes-parents',
    layer.themes.map((row) => row.id),
    'ids',
  );
  return themes;
}

/** Upserts the clusters that differ; the removals wait until no concept is a member any more. */
async function writeClusters(io: DeriveIo, layer: DerivedLayer) {
  const clusters = diffRows(
    keyed(await io.read('clusters', ROWS.clusters, 'reading the clusters'), (row) => row.id),
    keyed(layer.clusters, (row) => row.id),
  );
  await io.write(
    'clusters-upsert',
    clusters.upserts.map((row) => ({
      ...row,
      size: int(row.size),
      years: row.years.map(int),
      yearCounts: row.yearCounts.map(int),
    })),
  );
  return clusters;
}

/** Sets paper counts, cluster membership and years on the concepts whose stored ones differ; how many. */
async function writeConceptCounts(
  io: DeriveIo,
  concepts: Array<z.infer<typeof ROWS.concepts>>,
  layer: DerivedLayer,
): Promise<number> {
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
  await io.write('concepts-set', conceptRows);
  return conceptRows.length;
}

async function writeLinks(io: DeriveIo, layer: DerivedLayer): Promise<Change> {
  const links = diffRows(
    keyed(await io.read('links', ROWS.links, 'reading the cluster links'), pairKey),
    keyed(layer.links, pairKey),
  );
  await io.write('links-delete', links.removals);
  await io.write('links-upsert', links.upserts);
  return changeOf(links);
}

/** Theme links, with the themes' removals between deleting the old links and writing the new ones. */
async function writeThemeLinks(
  io: DeriveIo,
  layer: DerivedLayer,
  themes: RowDiff<{ id: string }>,
): Promise<Change> {
  const themeLinks = diffRows(
    keyed(await io.read('theme-links', ROWS['theme-links'], 'reading the theme links'), pairKey),
    keyed(layer.themeLinks, pairKey),
  );
  await io.write('theme-links-delete', themeLinks.removals);
  await io.write(
    'themes-delete',
    themes.removals.map((row) => row.id),
    'ids',
  );
  await io.write('theme-links-upsert', themeLinks.upserts);
  return changeOf(themeLinks);
}

async function writeCooccurrence(io: DeriveIo, layer: DerivedLayer): Promise<Change> {
  const cooccurs = diffRows(
    keyed(await io.read('cooccurs', ROWS.cooccurs, 'reading the co-occurrence pairs'), pairKey),
    keyed(layer.cooccurs, pairKey),
  );
  await io.write('cooccurs-delete', cooccurs.removals);
  await io.write(
    'cooccurs-upsert',
    cooccurs.upserts.map((row) => ({ ...row, papers: int(row.papers) })),
  );
  return changeOf(cooccurs);
}

/** The last step: the basis (and the corpus's papers per year) on the `DerivedState` node. */
async function recordState(
  db: Database,
  retry: RetryPolicy,
  basis: string,
  layer: DerivedLayer,
): Promise<void> {
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
  'writing precomputed answers',
  'recording the derived state',
] as const;

const pairKey = (row: { a: string; b: string }) => `${row.a}\u0000${row.b}`;

/** The stored rows a `cypher/write/derive/<name>.cypher` read returns, parsed by their schema. */
function storedRows(db: Database, retry: RetryPolicy) {
  return async <S extends z.ZodType>(name: keyof typeof ROWS, schema: S, what: string) => {
    const query = `write/derive/${name}`;
    const { rows } = await retrying(() => db.read(cypher(query)), retry, what);
    return parseRows(query, rows, schema);
  };
}

/** How derive's steps read the stored layer and write its difference. */
interface DeriveIo {
  read: ReturnType<typeof storedRows>;
  write: ReturnType<typeof batchWriter>;
}

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
