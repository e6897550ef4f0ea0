/**
 * `npm run bench:ui` — the explorer's rendering cost in headless chromium, beside a bare page that hands
 * sigma the same graph (same payload, same server, same positions, no React), as ratios:
 *   1. navigation → first drawn frame, for synthetic 1k, 10k and 50k-node payloads (median of runs); the
 *      bare page places nodes as the app does, so both draw the same pixels;
 *   2. frame intervals while panning (app and bare);
 *   3. frame intervals and the longest main-thread task (PerformanceObserver 'longtask') while the app's
 *      ForceAtlas2 worker runs.
 * Payloads are generated here (seeded). Chromium runs with --disable-gpu, so WebGL is software-rendered:
 * absolute numbers are pessimistic and noisy on a shared 2-core machine; the ratios are the point.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { ClusterDetails, GraphPayload, NodeKind, PayloadEdge, PayloadNode } from '../src/model/api';
import { projectRoot } from '../neo4j/paths';
import { launchChromium } from '../tests/e2e/support/browser';
import { startStubServer, type StubHandler } from '../tests/e2e/support/stub-server';

const SIZES = [1_000, 10_000, 50_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LAYOUT_SIZE = 10_000;
const workDir = join(projectRoot, 'test-output', 'bench-ui');
const appDir = join(workDir, 'app');
const bareSourceDir = join(workDir, 'bare-src');
const bareDir = join(workDir, 'bare');
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Mulberry32: a small seeded generator, so every run draws the same graphs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONCEPT_KINDS: NodeKind[] = ['Method', 'Dataset', 'Benchmark', 'Task', 'Metric'];

/** Half papers, half concepts, in clusters of ~250; ~2 edges per node, mostly inside a cluster. */
export function syntheticPayload(order: number, seed = 42): GraphPayload {
  const next = random(seed);
  const clusters = Math.max(1, Math.round(order / 250));
  const nodes: PayloadNode[] = [];
  for (let i = 0; i < order; i += 1) {
    const cluster = String(Math.floor((i / order) * clusters));
    if (i % 2 === 0) {
      nodes.push({
        id: `paper:${i}`,
        kind: 'Paper',
        label: `Paper ${i}`,
        size: 1,
        cluster,
        year: 2010 + (i % 15),
      });
    } else {
      const kind = CONCEPT_KINDS[Math.floor(next() * CONCEPT_KINDS.length)] ?? 'Method';
      nodes.push({
        id: `${kind.toLowerCase()}:c${i}`,
        kind,
        label: `${kind} ${i}`,
        size: 1 + Math.floor(next() ** 3 * 60),
        cluster,
      });
    }
  }
  const edges: PayloadEdge[] = [];
  const byCluster = new Map<string, string[]>();
  for (const node of nodes) {
    const members = byCluster.get(node.cluster ?? '0') ?? [];
    members.push(node.id);
    byCluster.set(node.cluster ?? '0', members);
  }
  const allIds = nodes.map((node) => node.id);
  nodes.forEach((node, index) => {
    if (node.kind !== 'Paper') return;
    const members = byCluster.get(node.cluster ?? '0') ?? [];
    for (let k = 0; k < 4; k += 1) {
      const pool = next() < 0.9 ? members : allIds;
      const target = pool[Math.floor(next() * pool.length)];
      if (!target || target === node.id || target.startsWith('paper:')) continue;
      edges.push({ id: `e${index}-${k}`, source: node.id, target, type: 'USES' });
    }
  });
  return { nodes, edges, truncated: false };
}

const BARE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>bare sigma</title>
<style>html,body{margin:0;height:100%}#graph{position:absolute;top:49px;left:0;right:0;bottom:0}</style></head>
<body><div id="graph"></div><script type="module" src="./bare.ts"></script></body></html>`;

// The baseline: fetch the same payload, build a graphology graph, place the nodes where the app places
// them (circle packing by cluster and kind, so both canvases draw the same pixels), hand it to sigma.
const BARE_SCRIPT = `import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import Sigma from 'sigma';
const payload = await (await fetch('/api/bench-graph')).json();
const graph = new Graph({ multi: true, type: 'directed' });
for (const node of payload.nodes) graph.addNode(node.id, { label: node.label, size: 3 + Math.sqrt(node.size), color: '#4f7cff', kind: node.kind, cluster: node.cluster ?? 'none' });
for (const edge of payload.edges) if (!graph.hasEdge(edge.id)) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { color: '#cfd4dd' });
circlepack.assign(graph, { hierarchyAttributes: ['cluster', 'kind'], scale: Math.sqrt(graph.order) * 10 });
// The constructor indexes, processes and renders synchronously: its return is the first drawn frame.
new Sigma(graph, document.getElementById('graph'));
performance.mark('bare:first-frame');
`;

async function buildPages(): Promise<void> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(bareSourceDir, { recursive: true });
  writeFileSync(join(bareSourceDir, 'index.html'), BARE_HTML);
  writeFileSync(join(bareSourceDir, 'bare.ts'), BARE_SCRIPT);
  const quiet = { logLevel: 'error' as const };
  await build({
    ...quiet,
    configFile: join(projectRoot, 'vite.config.ts'),
    build: { outDir: appDir, emptyOutDir: true },
  });
  await build({
    ...quiet,
    configFile: false,
    root: bareSourceDir,
    build: { outDir: bareDir, emptyOutDir: true, target: 'es2022' },
  });
}

async function firstFrame(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(`performance.getEntriesByName(${JSON.stringify(mark)}).length > 0`, undefined, {
    timeout: 180_000,
    polling: 50,
  });
  return page.evaluate(`performance.getEntriesByName(${JSON.stringify(mark)})[0].startTime`);
}

/** rAF intervals over `ms` while `act` runs (ms between frames). */
async function frameIntervals(page: Page, ms: number, act: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    const loop = (time) => { window.__frames.push(time); if (window.__recording) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })()`);
  const until = Date.now() + ms;
  await act();
  const rest = until - Date.now();
  if (rest > 0) await page.waitForTimeout(rest);
  const frames = (await page.evaluate(
    `(() => { window.__recording = false; return window.__frames; })()`,
  )) as number[];
  return frames.slice(1).map((time, index) => time - (frames[index] ?? time));
}

async function pan(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`bench: ${selector} is not on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 0; step < 40; step += 1) {
    await page.mouse.move(x + Math.sin(step / 6) * 220, y + Math.cos(step / 6) * 140, { steps: 2 });
  }
  await page.mouse.up();
}

/** BENCH_PROFILE=1: a CPU profile of the main thread while the layout runs, top functions by self time. */
async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    (profile.samples ?? []).forEach((id, index) => {
      const node = byId.get(id);
      if (!node) return;
      const frame = node.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
      self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
    });
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
    return [
      '  main-thread self time while the layout runs:',
      ...top.map(([name, time]) => `  ${ms(time)}  ${name}`),
    ].join('\n');
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  say('Building the app and the bare sigma page...');
  await buildPages();
  const payloads = new Map(SIZES.map((size) => [size, syntheticPayload(size)]));
  let current = SIZES[0] ?? 1000;
  const cluster = (): ClusterDetails => ({
    id: 'bench',
    label: `Synthetic ${current}`,
    size: current,
    top: [],
    graph: payloads.get(current) as GraphPayload,
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
  const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    say(
      `\nFirst drawn frame after navigation (median of ${RUNS} runs; bare = sigma alone on the same payload)`,
    );
    say('  nodes     edges       bare         app    app/bare');
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

    current = LAYOUT_SIZE;
    say(`\nAt ${LAYOUT_SIZE.toLocaleString('en')} nodes`);
    const appPage = await browser.context.newPage();
    await firstFrame(appPage, `${app.url}/?cluster=bench`, 'atlas:first-frame');
    await appPage.getByRole('button', { name: 'Stop layout' }).waitFor({ timeout: 30_000 });
    await appPage.evaluate(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
        .observe({ type: 'longtask' });
    })()`);
    const profiling = process.env.BENCH_PROFILE ? await startProfile(appPage) : undefined;
    const layoutFrames = await frameIntervals(appPage, 4_000, async () => {});
    if (profiling) say(await profiling());
    const stillRunning = await appPage.getByRole('button', { name: 'Stop layout' }).count();
    const longTasks = (await appPage.evaluate('window.__longTasks')) as number[];
    await appPage
      .getByRole('button', { name: 'Stop layout' })
      .click()
      .catch(() => undefined);
    await appPage.waitForTimeout(300);
    const appPan = await frameIntervals(appPage, 3_000, () => pan(appPage, '.atlas .sigma-container'));
    await appPage.close();

    const barePage = await browser.context.newPage();
    await firstFrame(barePage, `${bare.url}/`, 'bare:first-frame');
    const barePan = await frameIntervals(barePage, 3_000, () => pan(barePage, '#graph'));
    await barePage.close();

    say('                         frames   mean interval   p95 interval');
    say(
      `  panning, bare sigma  ${String(barePan.length).padStart(8)} ${ms(mean(barePan))}     ${ms(p95(barePan))}`,
    );
    say(
      `  panning, app         ${String(appPan.length).padStart(8)} ${ms(mean(appPan))}     ${ms(p95(appPan))}   (${(mean(appPan) / mean(barePan)).toFixed(2)}x bare)`,
    );
    say(
      `  ForceAtlas2 running  ${String(layoutFrames.length).padStart(8)} ${ms(mean(layoutFrames))}     ${ms(p95(layoutFrames))}${stillRunning ? '' : '   (the layout stopped during the window)'}`,
    );
    const longest = Math.max(0, ...longTasks);
    say(
      `  longest main-thread task while the layout ran: ${longest.toFixed(0)} ms over ${longTasks.length} long tasks (target < 200 ms)`,
    );
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
