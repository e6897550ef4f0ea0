/**
 * `npm run bench:ui` — the explorer's rendering cost in headless chromium, beside a bare page that hands
 * sigma the same graph (same payload, same server, same positions, no React; see ui-pages.ts), as ratios:
 *   1. navigation → first drawn frame, for synthetic 1k, 10k and 50k-node payloads (median of runs);
 *   2. while ForceAtlas2 runs at 10k nodes (a window from the layout's start, median of runs): frame
 *      intervals, the number of long main-thread tasks (> 50 ms) and the longest — for the app, for the
 *      bare page with graphology's worker writing straight into the graph, and for the bare page with
 *      sigma's cheapest drawing (the floor); then the longest task when the app's layout stops;
 *   3. frame intervals while panning (app and bare).
 * Chromium runs with --disable-gpu, so WebGL is software-rendered (SwiftShader, in the GPU process): the
 * main thread waits for it when a frame is composited. Absolute numbers are pessimistic and noisy on a
 * shared 2-core machine; compare the rows of one run.
 *
 * With NEO4J_URI or BENCH_INSTANCE=<embedded instance> (e.g. one holding the conference corpus) it then
 * times the real server and graph too: the overview, a theme, a cluster, a hub's neighbourhood and details
 * (bench/ui-real.ts). BENCH_ONLY=real skips the synthetic graphs.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { ClusterDetails, GraphPayload } from '../src/model/api';
import { projectRoot } from '../neo4j/paths';
import { launchChromium } from '../tests/e2e/support/browser';
import { startStubServer, type StubHandler } from '../tests/e2e/support/stub-server';
import { syntheticPayload } from '../tests/e2e/support/synthetic-graph';
import { appDir, bareDir, buildPages } from './ui-pages';
import { measureRealGraph } from './ui-real';
import {
  firstFrame,
  frameIntervals,
  longTasksBetween,
  markTime,
  mean,
  median,
  ms,
  p95,
  pan,
  RECORD_LONG_TASKS,
  startProfile,
} from './ui-measure';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LAYOUT_SIZE = 10_000;
const LAYOUT_WINDOW_MS = 4_000;
const say = (line: string) => process.stdout.write(`${line}\n`);
/** The machine's 1-minute load average (2 cores here): the numbers beside it only mean much when it is low. */
const load = (before: number) =>
  `${before.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end`;

interface LayoutRun {
  frames: number;
  meanInterval: number;
  p95Interval: number;
  longTasks: number;
  longest: number;
  stillRunning: boolean;
  /** App only: the longest task once the layout is stopped (the full drawing comes back). */
  longestOnStop?: number;
}

interface LayoutVariant {
  name: string;
  url: string;
  /** The timeline mark set when the layout starts; without one, the moment "Stop layout" shows. */
  startMark?: string;
  app: boolean;
}

async function measureLayout(
  context: BrowserContext,
  variant: LayoutVariant,
  profile: boolean,
): Promise<LayoutRun> {
  const page = await context.newPage();
  await page.addInitScript(RECORD_LONG_TASKS);
  await page.goto(variant.url);
  const start = variant.startMark
    ? await markTime(page, variant.startMark)
    : await page
        .getByRole('button', { name: 'Stop layout' })
        .waitFor({ timeout: 60_000 })
        .then(() => page.evaluate('performance.now()') as Promise<number>);
  const profiling = profile ? await startProfile(page, 'while the layout runs') : undefined;
  const { intervals, end } = await frameIntervals(page, LAYOUT_WINDOW_MS);
  if (profiling) say(await profiling());
  const longTasks = await longTasksBetween(page, start, end);
  const run: LayoutRun = {
    frames: intervals.length,
    meanInterval: mean(intervals),
    p95Interval: p95(intervals),
    longTasks: longTasks.length,
    longest: Math.max(0, ...longTasks),
    stillRunning: true,
  };
  if (variant.app) {
    const stop = page.getByRole('button', { name: 'Stop layout' });
    run.stillRunning = (await stop.count()) > 0;
    if (run.stillRunning) {
      const profilingStop = profile ? await startProfile(page, 'when the layout stops') : undefined;
      await stop.click();
      const stopped = await markTime(page, 'atlas:layout-stop', 10_000);
      await page.waitForTimeout(1_500);
      run.longestOnStop = Math.max(0, ...(await longTasksBetween(page, stopped)));
      if (profilingStop) say(await profilingStop());
    }
  }
  await page.close();
  return run;
}

async function main(): Promise<void> {
  say('Building the app and the bare sigma page...');
  await buildPages();
  const payloads = new Map([...SIZES, LAYOUT_SIZE].map((size) => [size, syntheticPayload(size)]));
  let current = SIZES[0] ?? 1000;
  const cluster = (): ClusterDetails => ({
    id: 'bench',
    label: `Synthetic ${current}`,
    size: current,
    top: [],
    graph: payloads.get(current) as GraphPayload,
    papers: [],
    paperTotal: 0,
  });
  const appApi: StubHandler = ({ path }) => {
    if (path === '/api/health')
      return { body: { status: 'ok', database: { reachable: true, origin: 'embedded' } } };
    if (path === '/api/clusters/bench') return { body: cluster() };
    return undefined;
  };
  const bareApi: StubHandler = ({ path }) =>
    path === '/api/bench-graph' ? { body: payloads.get(current) } : undefined;
  const app = await startStubServer({ staticDirs: [appDir, join(projectRoot, 'public')], api: appApi });
  const bare = await startStubServer({ staticDirs: [bareDir], api: bareApi });
  // BENCH_COMPARE=<dir of another build of the app> (e.g. main's): measured in the same runs as this one.
  const other = process.env.BENCH_COMPARE
    ? await startStubServer({
        staticDirs: [process.env.BENCH_COMPARE, join(projectRoot, 'public')],
        api: appApi,
      })
    : undefined;
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    if (process.env.NEO4J_URI || process.env.BENCH_INSTANCE) {
      await measureRealGraph(browser.context, appDir, RUNS);
      if (process.env.BENCH_ONLY === 'real') return;
    }
    say(
      `\nFirst drawn frame after navigation (median of ${RUNS} runs; bare = sigma alone on the same payload)`,
    );
    say('  nodes     edges       bare         app    app/bare');
    const firstFrameLoad = loadavg()[0] ?? NaN;
    for (const size of SIZES) {
      current = size;
      const bareTimes: number[] = [];
      const appTimes: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        for (const which of run % 2 === 0 ? ['bare', 'app'] : ['app', 'bare']) {
          const page = await browser.context.newPage();
          if (which === 'bare') bareTimes.push(await firstFrame(page, `${bare.url}/`, 'bare:first-frame'));
          else appTimes.push(await firstFrame(page, `${app.url}/?cluster=bench`, 'atlas:first-frame'));
          await page.close();
        }
      }
      const [b, a] = [median(bareTimes), median(appTimes)];
      say(
        `${String(size).padStart(7)} ${String(payloads.get(size)?.edges.length).padStart(9)} ${ms(b)} ${ms(a)}   ${(a / b).toFixed(2)}x${size === 10_000 ? '   (target ≤ 1.3x)' : ''}`,
      );
    }

    say(`  load average while measured: ${load(firstFrameLoad)}`);

    current = LAYOUT_SIZE;
    const variants: LayoutVariant[] = [
      {
        name: 'bare sigma + FA2 worker',
        url: `${bare.url}/?layout`,
        startMark: 'bare:layout-start',
        app: false,
      },
      {
        name: 'bare, cheapest drawing',
        url: `${bare.url}/?layout&cheapest`,
        startMark: 'bare:layout-start',
        app: false,
      },
      { name: 'app', url: `${app.url}/?cluster=bench`, startMark: 'atlas:layout-start', app: true },
    ];
    if (other)
      variants.push({ name: 'app, BENCH_COMPARE build', url: `${other.url}/?cluster=bench`, app: true });
    const runs = new Map<string, LayoutRun[]>(variants.map((variant) => [variant.name, []]));
    const layoutLoad = loadavg()[0] ?? NaN;
    for (let run = 0; run < RUNS; run += 1) {
      // Rotate the order so no variant always runs first (or last) on a machine whose load drifts.
      const order = variants.map((_, index) => variants[(index + run) % variants.length] as LayoutVariant);
      for (const variant of order) {
        const profile = Boolean(process.env.BENCH_PROFILE) && variant.app && run === 0;
        runs.get(variant.name)?.push(await measureLayout(browser.context, variant, profile));
      }
    }
    say(
      `\nForceAtlas2 running at ${LAYOUT_SIZE.toLocaleString('en')} nodes (${LAYOUT_WINDOW_MS / 1000} s from the layout's start; median of ${RUNS} runs)`,
    );
    say('                                frames  mean interval  p95 interval  long tasks  longest task');
    for (const variant of variants) {
      const rows = runs.get(variant.name) ?? [];
      const pick = (key: keyof LayoutRun) => median(rows.map((row) => Number(row[key])));
      const note = variant.app ? '   (target < 200 ms)' : '';
      say(
        `  ${variant.name.padEnd(28)} ${String(pick('frames')).padStart(6)} ${ms(pick('meanInterval'))}     ${ms(pick('p95Interval'))}   ${String(pick('longTasks')).padStart(6)}    ${ms(pick('longest'))}${note}`,
      );
      say(`      longest task per run: ${rows.map((row) => row.longest.toFixed(0)).join(', ')} ms`);
      if (rows.some((row) => !row.stillRunning)) say('      (the layout stopped during a window)');
      const onStop = rows.flatMap((row) => (row.longestOnStop === undefined ? [] : [row.longestOnStop]));
      if (onStop.length > 0) {
        say(
          `      when the layout stops (full drawing back): longest task ${ms(median(onStop)).trim()} (per run: ${onStop.map((value) => value.toFixed(0)).join(', ')} ms)`,
        );
      }
    }
    say(`  load average while measured: ${load(layoutLoad)}`);

    const panLoad = loadavg()[0] ?? NaN;
    const appPage = await browser.context.newPage();
    await appPage.goto(`${app.url}/?cluster=bench`);
    await markTime(appPage, 'atlas:layout-start');
    await appPage.getByRole('button', { name: 'Stop layout' }).click();
    await appPage.waitForTimeout(1_000);
    const appPan = (await frameIntervals(appPage, 3_000, () => pan(appPage, '.atlas .sigma-container')))
      .intervals;
    await appPage.close();
    const barePage = await browser.context.newPage();
    await firstFrame(barePage, `${bare.url}/`, 'bare:first-frame');
    const barePan = (await frameIntervals(barePage, 3_000, () => pan(barePage, '#graph'))).intervals;
    await barePage.close();
    say(`\nPanning at ${LAYOUT_SIZE.toLocaleString('en')} nodes (layout stopped)`);
    say('                         frames   mean interval   p95 interval');
    say(
      `  bare sigma           ${String(barePan.length).padStart(8)} ${ms(mean(barePan))}     ${ms(p95(barePan))}`,
    );
    say(
      `  app                  ${String(appPan.length).padStart(8)} ${ms(mean(appPan))}     ${ms(p95(appPan))}   (${(mean(appPan) / mean(barePan)).toFixed(2)}x bare)`,
    );
    say(`  load average while measured: ${load(panLoad)}`);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
    await other?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
