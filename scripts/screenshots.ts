/**
 * `npm run screenshots -- --data sample|acl | --instance NAME [--name N] [--out DIR] [--time]` — screenshots
 * of the explorer served by the real server on a real database, for the README: the overview, the largest
 * theme opened and, inside it, its largest cluster drilled into with its details, each in the light and the
 * dark theme; with `--time`, the time views instead, in the light theme: a rising method's timeline in its
 * details, the Trending view, and a family tree. Debian's chromium via playwright-core
 * (tests/e2e/support/browser.ts), never a downloaded browser.
 *
 *   --data sample     a fresh embedded instance ("screenshots") with the sample corpus ingested
 *   --data acl        the same with the ACL demo corpus (data/acl-demo, from its precomputed extraction)
 *   --instance NAME   the data already in that embedded instance (e.g. one holding the conference corpus)
 *   (NEO4J_URI set)   the data already there
 *
 * Files: DIR/<name>-<view>-<light|dark>.png (DIR: docs/screenshots), each drawn at 1200×750 and reduced to
 * a 256-colour palette (upng-js), which keeps them near 100 KB.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import UPNG from 'upng-js';
import { build } from 'vite';
import { DEMOS, precomputedExtractor } from '../ingest/demo';
import { ingestFiles } from '../ingest/pipeline';
import { connectDatabase } from '../neo4j/connect';
import type { Database } from '../neo4j/database';
import { stop } from '../neo4j/embedded';
import { projectRoot } from '../neo4j/paths';
import type { LineageResponse, TrendsResponse } from '../src/model/api';
import { clusterNodeId } from '../src/model/keys';
import { buildServer } from '../src/server/app';
import { launchChromium } from '../tests/e2e/support/browser';
import { seedGraph } from '../tests/setup/seed';

const say = (line: string) => process.stdout.write(`${line}\n`);
const SCRATCH_INSTANCE = 'screenshots';

const options = new Command('screenshots')
  .option('--data <graph>', 'sample or acl: a fresh instance of its own with that corpus')
  .option('--instance <name>', 'the data already in this embedded instance')
  .option('--name <name>', 'file name prefix (default: the data or instance name)')
  .option('--out <dir>', 'where the PNGs go', join(projectRoot, 'docs', 'screenshots'))
  .option('--time', "the time views (a concept's timeline, Trending, a family tree), light theme only")
  .option('--bolt-port <n>', 'Bolt port to prefer for an instance this script starts', '27687')
  .option('--http-port <n>', 'HTTP port to prefer for an instance this script starts', '27474')
  .parse()
  .opts<{
    data?: string;
    instance?: string;
    name?: string;
    out: string;
    time?: boolean;
    boltPort: string;
    httpPort: string;
  }>();

/** The path a person clicks down: the largest top-level theme, its largest child, ... down to a cluster. */
async function drillPath(db: Database): Promise<{ themes: string[]; cluster?: string }> {
  const top = await db.read(
    'MATCH (t:Theme) WHERE t.parent IS NULL RETURN t.id AS id ORDER BY t.size DESC, t.id LIMIT 1',
  );
  const themes: string[] = [];
  let current = top.rows[0]?.id as string | undefined;
  while (current !== undefined) {
    themes.push(current);
    const child = await db.read(
      'MATCH (x)-[:IN_THEME]->(:Theme {id: $id}) ' +
        'RETURN x.id AS id, x:Theme AS theme ORDER BY x.size DESC, x.id LIMIT 1',
      { id: current },
    );
    const row = child.rows[0];
    if (!row) return { themes };
    if (!row.theme) return { themes, cluster: String(row.id) };
    current = String(row.id);
  }
  const cluster = await db.read('MATCH (k:Cluster) RETURN k.id AS id ORDER BY k.size DESC, k.id LIMIT 1');
  return { themes, ...(cluster.rows[0] ? { cluster: String(cluster.rows[0].id) } : {}) };
}

/** Fills a scratch instance with a corpus: the sample, or a demo from its precomputed extraction. */
async function seed(db: Database, data: string): Promise<void> {
  if (data === 'sample') return seedGraph(db, 'sample');
  const demo = DEMOS[data];
  if (!demo) throw new Error(`screenshots: --data is sample or ${Object.keys(DEMOS).join(', ')}`);
  say(`Ingesting the ${data} demo...`);
  const extract = precomputedExtractor(demo, (reason) => say(`Extracting again: ${reason}.`));
  await ingestFiles(db, [demo.corpus], extract ? { extract } : {});
}

type View = [name: string, path: string, ready: string];
const FIRST_FRAME = "performance.getEntriesByName('atlas:first-frame').length > 0";

/** The map views: the overview, the largest theme, and its largest cluster with its details. */
async function mapViews(db: Database): Promise<View[]> {
  const { themes, cluster } = await drillPath(db);
  const themeQuery = themes.map((id) => `theme=${encodeURIComponent(id)}`);
  const views: View[] = [['overview', '/', FIRST_FRAME]];
  if (themes.length > 0) views.push(['theme', `/?${themeQuery.join('&')}`, FIRST_FRAME]);
  if (cluster !== undefined) {
    const query = [...themeQuery, `cluster=${encodeURIComponent(cluster)}`];
    views.push([
      'cluster',
      `/?${query.join('&')}&sel=${encodeURIComponent(clusterNodeId(cluster))}`,
      FIRST_FRAME,
    ]);
  }
  return views;
}

/**
 * The time views, picked through the API: the method that rose most, its timeline in its details; the
 * Trending view; and the family tree of the rising method with the most relatives (at most 12, to stay legible).
 */
async function timeViews(base: string): Promise<View[]> {
  const ask = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;
  const trends = await ask<TrendsResponse>('/api/trends?type=Method&limit=20');
  if (!trends.corpusHasYears) throw new Error('screenshots: --time needs a corpus with years');
  const rising = trends.rising[0];
  const views: View[] = [
    ['trends', '/?view=trends', "document.querySelectorAll('.trend-themes li').length > 0"],
  ];
  if (rising) {
    const key = encodeURIComponent(rising.key);
    views.unshift([
      'timeline',
      // Papers hidden: the map around the concept stays legible (and the file small).
      `/?focus=${key}&sel=${key}&hide-types=Paper`,
      "document.querySelectorAll('rect.timeline-bar').length > 0",
    ]);
  }
  let tree: { key: string; size: number } | undefined;
  for (const method of [...trends.rising, ...trends.bursting, ...trends.falling]) {
    const lineage = await ask<LineageResponse>(`/api/concepts/${encodeURIComponent(method.key)}/lineage`);
    const size = lineage.nodes.length;
    if (size <= 12 && size > (tree?.size ?? 2)) tree = { key: method.key, size };
  }
  if (tree) {
    const key = encodeURIComponent(tree.key);
    views.push([
      'family',
      `/?focus=${key}&sel=${key}&tree=${key}`,
      "document.querySelectorAll('g.family-node').length > 2",
    ]);
  }
  return views;
}

/** Rewrites a PNG with a palette of 256 colours (upng-js): about a third of chromium's full-colour file. */
function compress(file: string): void {
  const bytes = readFileSync(file);
  const image = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const [rgba] = UPNG.toRGBA8(image);
  if (rgba) writeFileSync(file, Buffer.from(UPNG.encode([rgba], image.width, image.height, 256)));
}

async function main(): Promise<void> {
  if (!options.data && !options.instance && !process.env.NEO4J_URI)
    throw new Error('screenshots: give --data sample, --instance NAME or NEO4J_URI');
  const name = options.name ?? options.instance ?? options.data ?? 'neo4j';
  const scratch = Boolean(options.data) && !process.env.NEO4J_URI;
  const { db, embedded } = await connectDatabase({
    name: scratch ? SCRATCH_INSTANCE : (options.instance ?? 'default'),
    fresh: scratch,
    boltPort: Number(options.boltPort),
    httpPort: Number(options.httpPort),
    log: say,
  });
  const appDir = join(projectRoot, 'test-output', 'screenshots-app');
  try {
    if (options.data) await seed(db, options.data);
    say('Building the app...');
    rmSync(appDir, { recursive: true, force: true });
    await build({
      logLevel: 'error',
      configFile: join(projectRoot, 'vite.config.ts'),
      build: { outDir: appDir, emptyOutDir: true },
    });
    const app = await buildServer({ db }, { staticDir: appDir });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const views = options.time ? await timeViews(base) : await mapViews(db);
    mkdirSync(options.out, { recursive: true });
    const browser = await launchChromium({ viewport: { width: 1200, height: 750 } });
    try {
      for (const scheme of options.time ? (['light'] as const) : (['light', 'dark'] as const)) {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(base);
        // The theme toggle remembers a choice; follow the emulated system preference.
        await page.evaluate('localStorage.clear()');
        for (const [view, path, ready] of views) {
          await page.goto(`${base}${path}`);
          await page.waitForFunction(ready, undefined, { timeout: 180_000 });
          if (view === 'timeline')
            await page
              .getByRole('region', { name: 'Timeline' })
              .evaluate((element) => element.scrollIntoView({ block: 'center' }));
          if (view === 'cluster')
            await page
              .locator('.details [role=status]')
              .waitFor({ state: 'detached', timeout: 120_000 })
              .catch(() => undefined);
          // Labels are picked again once the camera stops.
          await page.waitForTimeout(2_500);
          const file = join(options.out, `${name}-${view}-${scheme}.png`);
          await page.screenshot({ path: file });
          compress(file);
          say(`${file} (${Math.round(statSync(file).size / 1024)} KB)`);
        }
        await page.close();
      }
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    await db.close();
    if (embedded?.startedHere) await stop(embedded.instance.name);
    rmSync(appDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
