/**
 * ForceAtlas2 on a large graph, in the built app and Debian's chromium. The sample corpus has no graph
 * this large, so the API is a stub answering a synthetic 3,000-node cluster (the client is what is under
 * test here). While the layout runs, sigma draws nothing (its node and edge layers off the page, the drawn
 * graph untouched) and the motion preview's 2D canvas shows the nodes moving; when it stops, the drawn
 * graph takes the layout's positions, circles and edges come back, and the nodes stay where they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetails } from '../../src/model/api';
import { projectRoot } from '../../neo4j/paths';
import { e2eAppDir } from './setup';
import { launchChromium, type LaunchedBrowser } from './support/browser';
import { collectPageErrors, drawnPixels, keepScreenshot } from './support/page';
import { startStubServer } from './support/stub-server';
import { syntheticPayload } from './support/synthetic-graph';

const graph = syntheticPayload(3_000);
const cluster: ClusterDetails = {
  id: 'big',
  label: 'Synthetic 3,000',
  size: 3_000,
  top: [],
  graph,
  papers: [],
  paperTotal: 0,
};
const WATCHED = 'paper:0';

let browser: LaunchedBrowser;
let stub: Awaited<ReturnType<typeof startStubServer>>;

beforeAll(async () => {
  stub = await startStubServer({
    staticDirs: [e2eAppDir, join(projectRoot, 'public')],
    api: ({ path }) => {
      if (path === '/api/health')
        return { body: { status: 'ok', database: { reachable: true, origin: 'embedded' } } };
      if (path === '/api/clusters/big') return { body: cluster };
      return undefined;
    },
  });
  browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await stub?.close();
});

const inspect = <T>(page: Page, call: string) =>
  page.evaluate(`window.conceptAtlas.atlas.${call}`) as Promise<T>;
const position = (page: Page) => inspect<{ x: number; y: number }>(page, `viewportPosition('${WATCHED}')`);
const graphPosition = (page: Page) => inspect<{ x: number; y: number }>(page, `graphPosition('${WATCHED}')`);
const layerDisplay = (page: Page, layer: 'edges' | 'nodes') =>
  page.evaluate(`getComputedStyle(document.querySelector('.atlas .sigma-${layer}')).display`);
const MOTION = '.atlas .atlas-motion';
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

/** The layout never starts by itself: once the grouped layout is drawn, press Run layout. */
async function runLayout(page: Page): Promise<void> {
  await expect.poll(() => inspect(page, 'drawnNodeIds().length'), { timeout: 30_000 }).toBe(3_000);
  await page.getByRole('button', { name: 'Run layout' }).click();
}

describe('ForceAtlas2 on a large graph', () => {
  it('shows the moving nodes on the motion preview while it runs, and the full drawing where it stopped', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${stub.url}/?cluster=big`);
    await runLayout(page);
    const stop = page.getByRole('button', { name: 'Stop layout' });
    await stop.waitFor({ timeout: 30_000 });
    const early = await graphPosition(page);

    await page.locator(MOTION).waitFor();
    await expect.poll(() => inspect(page, 'drawnNodeIds().length')).toBe(0);
    expect(await inspect(page, 'drawnEdgeCount()')).toBe(0);
    expect(await layerDisplay(page, 'edges')).toBe('none');
    expect(await layerDisplay(page, 'nodes')).toBe('none');
    expect(await drawnPixels(page, MOTION)).toBeGreaterThan(5_000);
    const frame = await page.locator(MOTION).screenshot();
    await expect.poll(async () => (await page.locator(MOTION).screenshot()).equals(frame)).toBe(false);
    expect(await graphPosition(page)).toEqual(early);
    await keepScreenshot(page, 'large-layout-running');

    // Read where the preview shows the node and stop the layout in one task: no layout step in between.
    const shown = (await page.evaluate(`(() => {
      const at = window.conceptAtlas.atlas.motionPosition('${WATCHED}');
      [...document.querySelectorAll('.toolbar button')].find((b) => b.textContent === 'Stop layout').click();
      return at;
    })()`)) as { x: number; y: number };
    await page.getByRole('button', { name: 'Run layout' }).waitFor();
    await expect.poll(() => inspect(page, 'drawnNodeIds().length')).toBe(3_000);
    expect(await page.locator(MOTION).count()).toBe(0);
    expect(await inspect(page, 'drawnEdgeCount()')).toBe(graph.edges.length);
    expect(await layerDisplay(page, 'edges')).not.toBe('none');
    expect(await layerDisplay(page, 'nodes')).not.toBe('none');
    expect(distance(await graphPosition(page), early)).toBeGreaterThan(1);
    expect(await drawnPixels(page, '.atlas .sigma-container')).toBeGreaterThan(5_000);
    const stopped = await position(page);
    expect(distance(stopped, shown)).toBeLessThan(1);
    await page.waitForTimeout(1_000);
    expect(distance(await position(page), stopped)).toBeLessThan(0.5);
    await keepScreenshot(page, 'large-layout-stopped');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an export while it runs stops the layout first, so the PNG shows the graph', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${stub.url}/?cluster=big`);
    await runLayout(page);
    await page.getByRole('button', { name: 'Stop layout' }).waitFor({ timeout: 30_000 });
    await page.locator(MOTION).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    await page.getByRole('button', { name: 'Run layout' }).waitFor();
    expect(await inspect(page, 'drawnNodeIds().length')).toBe(3_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('centres the selection where the layout left it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${stub.url}/?cluster=big&sel=${encodeURIComponent(WATCHED)}`);
    await runLayout(page);
    const stop = page.getByRole('button', { name: 'Stop layout' });
    await stop.waitFor({ timeout: 30_000 });
    await page.locator(MOTION).waitFor();
    await page.waitForTimeout(500);
    await stop.click();
    await page.getByRole('button', { name: 'Run layout' }).waitFor();
    const box = await page.locator('.atlas .sigma-container').boundingBox();
    const centre = { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 };
    await expect.poll(() => position(page).then((at) => distance(at, centre))).toBeLessThan(2);
    await page.close();
  });
});
