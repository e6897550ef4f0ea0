/**
 * ForceAtlas2 on a large graph, in the built app and Debian's chromium. The sample corpus has no graph
 * this large, so the API is a stub answering a synthetic 3,000-node cluster (the client is what is under
 * test here). While the layout runs, the drawing is the cheap one — nodes as points, edges left out, the
 * edge layer off the page — and the nodes move; when it stops, circles and edges come back and the nodes
 * stay where the layout left them.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetails } from '../../src/model/api';
import { projectRoot } from '../../neo4j/paths';
import { e2eAppDir } from './setup';
import { launchChromium, type LaunchedBrowser } from './support/browser';
import { collectPageErrors, drawnPixels, keepScreenshot, waitForDrawnGraph } from './support/page';
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
const edgeLayerDisplay = (page: Page) =>
  page.evaluate(`getComputedStyle(document.querySelector('.atlas .sigma-edges')).display`);
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('ForceAtlas2 on a large graph', () => {
  it('draws points without edges while it runs, and circles with edges where it stopped', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${stub.url}/?cluster=big`);
    expect(await waitForDrawnGraph(page)).toBe(3_000);
    const stop = page.getByRole('button', { name: 'Stop layout' });
    await stop.waitFor({ timeout: 30_000 });
    const early = await position(page);

    await expect.poll(() => inspect(page, `nodeProgram('${WATCHED}')`)).toBe('point');
    expect(await inspect(page, 'drawnEdgeCount()')).toBe(0);
    expect(await edgeLayerDisplay(page)).toBe('none');
    await expect.poll(() => position(page).then((now) => distance(now, early))).toBeGreaterThan(5);
    expect(await drawnPixels(page, '.atlas .sigma-container')).toBeGreaterThan(5_000);
    await keepScreenshot(page, 'large-layout-running');

    await stop.click();
    await page.getByRole('button', { name: 'Run layout' }).waitFor();
    await expect.poll(() => inspect(page, `nodeProgram('${WATCHED}')`)).toBe('circle');
    expect(await inspect(page, 'drawnEdgeCount()')).toBe(graph.edges.length);
    expect(await edgeLayerDisplay(page)).not.toBe('none');
    const stopped = await position(page);
    expect(distance(stopped, early)).toBeGreaterThan(5);
    await page.waitForTimeout(1_000);
    expect(distance(await position(page), stopped)).toBeLessThan(0.5);
    await keepScreenshot(page, 'large-layout-stopped');
    expect(errors).toEqual([]);
    await page.close();
  });
});
