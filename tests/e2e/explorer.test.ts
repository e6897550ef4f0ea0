/**
 * The explorer in Debian's chromium against the real server, Neo4j and the sample corpus (global setup:
 * tests/e2e/setup.ts, which fails the run when the server lacks a route the explorer needs).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { stop } from '../../neo4j/embedded';
import { launchChromium, type LaunchedBrowser } from './support/browser';
import {
  clickNode,
  collectPageErrors,
  drawnNodeIds,
  drawnPixels,
  keepScreenshot,
  waitForDrawnGraph,
} from './support/page';

const { baseUrl, embeddedInstance } = inject('e2e');

const TOP_METHODS =
  'MATCH (m:Method)<-[:USES]-(p:Paper) RETURN m.name AS method, count(p) AS papers ORDER BY papers DESC LIMIT 5';

let browser: LaunchedBrowser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
});
afterEach(async (context) => {
  await keepScreenshot(page, context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  await page.close();
});

async function typeQuery(query: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Cypher query' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText: no per-key bracket closing or completion, the query lands as written.
  await page.keyboard.insertText(query);
}

/** Opens the console, types the query and presses Run query. */
async function runInConsole(query: string): Promise<void> {
  await page.goto(`${baseUrl}/?view=cypher`);
  await page.getByRole('textbox', { name: 'Cypher query' }).waitFor({ timeout: 30_000 });
  await typeQuery(query);
  await page.getByRole('button', { name: 'Run query' }).click();
}

/**
 * On a map, clicks the first node drawn, and on the map of its children again while it is a theme, until a
 * cluster's subgraph opens; returns the URL of each step.
 */
async function drillToCluster(): Promise<string[]> {
  const urls: string[] = [];
  for (let level = 0; level < 6; level += 1) {
    const nodes = (await drawnNodeIds(page)).filter((id) => id.startsWith('cluster:'));
    expect(nodes.length).toBeGreaterThan(0);
    const before = page.url();
    // The camera may still be moving onto a map just drawn: a click that lands beside the node is tried again.
    for (let attempt = 0; attempt < 3 && page.url() === before; attempt += 1) {
      await clickNode(page, nodes[0] ?? '');
      await page.waitForURL((url) => url.href !== before, { timeout: 5_000 }).catch(() => undefined);
    }
    expect(page.url()).not.toBe(before);
    urls.push(page.url());
    if (new URL(page.url()).searchParams.has('cluster')) break;
    // A theme: its children's map replaces the one clicked.
    await expect
      .poll(
        async () => {
          const drawn = await drawnNodeIds(page);
          return drawn.length > 0 && !drawn.includes(nodes[0] ?? '');
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  }
  await expect
    .poll(async () => (await drawnNodeIds(page)).filter((id) => !id.startsWith('cluster:')).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  return urls;
}

/** From the overview, clicks the first node drawn (through the themes, if any) and waits for a cluster's subgraph. */
async function openFirstCluster(): Promise<string[]> {
  await page.goto(baseUrl);
  await waitForDrawnGraph(page);
  // The layout never starts by itself: the grouped first layout stays where it was drawn.
  await page.getByRole('button', { name: 'Run layout' }).waitFor();
  expect(await page.evaluate(`performance.getEntriesByName('atlas:layout-start').length`)).toBe(0);
  const urls = await drillToCluster();
  expect(page.url()).toContain('cluster=');
  return urls;
}

describe('the explorer', () => {
  it('loads, names its parts, and reports the database', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search' }).count()).toBe(1);
    await expect.poll(() => page.locator('.counts').textContent(), { timeout: 30_000 }).toMatch(/\d+ papers/);
    expect(await page.getByRole('banner').count()).toBeGreaterThan(0);
    expect(await page.locator('.banner').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('draws the cluster map on the canvas', async () => {
    await page.goto(baseUrl);
    const drawn = await waitForDrawnGraph(page);
    expect(drawn).toBeGreaterThan(0);
    expect(await drawnPixels(page, '.atlas .sigma-container')).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });

  it('labels the largest clusters, never two labels on top of each other, and the layout stays put', async () => {
    await page.goto(baseUrl);
    await waitForDrawnGraph(page);
    type Box = { id: string; size: number; left: number; right: number; top: number; bottom: number };
    const boxes = async () =>
      (await page.evaluate(`window.conceptAtlas?.atlas?.labelBoxes() ?? []`)) as Box[];
    await expect.poll(async () => (await boxes()).length, { timeout: 15_000 }).toBeGreaterThan(5);
    const labelled = await boxes();
    for (let i = 0; i < labelled.length; i += 1) {
      for (let j = i + 1; j < labelled.length; j += 1) {
        const [a, b] = [labelled[i] as Box, labelled[j] as Box];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels of ${a.id} and ${b.id} overlap`).toBe(false);
      }
    }
    // The three largest clusters are always named.
    const clusters = (await page.evaluate(`fetch('/api/clusters').then((r) => r.json())`)) as {
      clusters: Array<{ id: string; size: number }>;
    };
    const largest = [...clusters.clusters].sort((a, b) => b.size - a.size).slice(0, 3);
    const ids = new Set(labelled.map((box) => box.id));
    for (const cluster of largest) expect(ids.has(`cluster:${cluster.id}`), cluster.id).toBe(true);
    // ForceAtlas2 waits for Run layout: the grouped layout is what is drawn.
    expect(await page.evaluate(`performance.getEntriesByName('atlas:layout-start').length`)).toBe(0);
    expect(await page.getByRole('button', { name: 'Run layout' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('offers no type or paper filters on the overview, and they act inside a cluster', async () => {
    await page.goto(baseUrl);
    await waitForDrawnGraph(page);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('slider').count()).toBe(0);
    // The sample's papers have no years: no year range is offered.
    expect(await page.getByRole('spinbutton', { name: 'From year' }).count()).toBe(0);

    await drillToCluster();
    await expect
      .poll(async () => (await drawnNodeIds(page)).some((id) => id.startsWith('paper:')), {
        timeout: 30_000,
      })
      .toBe(true);
    const status = page.locator('.atlas-status');
    const before = await drawnNodeIds(page);
    await page.getByRole('checkbox', { name: 'Paper' }).uncheck();
    await expect
      .poll(async () => (await drawnNodeIds(page)).some((id) => id.startsWith('paper:')))
      .toBe(false);
    const after = await drawnNodeIds(page);
    expect(after.length).toBeLessThan(before.length);
    await expect.poll(() => status.textContent()).toContain(`${after.length} nodes`);
    expect(errors).toEqual([]);
  });

  it('search forgives a typo and lists clusters', async () => {
    await page.goto(baseUrl);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.waitFor();
    await search.fill('transfomer');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await expect
      .poll(async () => options.first().textContent(), { timeout: 15_000 })
      .toContain('Transformer');
    await search.fill('speculative decoding');
    await expect
      .poll(async () => (await options.allTextContents()).some((text) => /Cluster/.test(text)), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('searching "DAFormer" opens details with an evidence sentence', async () => {
    await page.goto(baseUrl);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('Search');
    await search.fill('DAFormer');
    await page
      .getByRole('option', { name: /DAFormer/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: /DAFormer/ }).waitFor({ timeout: 30_000 });
    const evidence = details.locator('blockquote.evidence').first();
    await evidence.waitFor();
    expect((await evidence.textContent())?.length).toBeGreaterThan(20);
    expect(await details.locator('blockquote.evidence mark').first().textContent()).toMatch(/DAFormer/i);
    expect(page.url()).toContain('sel=');
    await keepScreenshot(page, 'daformer-details');
    // Esc closes the panel.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a paper's details list its results, those on no dataset or benchmark with their metric", async () => {
    // "Scene Text Recognition with Permuted Autoregressive Sequence Models" reports "96.0% accuracy" on no
    // named dataset: the result is stored against its metric and shown with it.
    const paper = encodeURIComponent('paper:t-44485cb3b2ae5cde');
    await page.goto(`${baseUrl}/?focus=${paper}&sel=${paper}`);
    const results = page.getByRole('region', { name: 'Details' }).getByRole('region', { name: 'Results' });
    const line = results.locator('li', { hasText: '96.0%' });
    await line.waitFor({ timeout: 30_000 });
    expect(await line.locator('.result-line').textContent()).toMatch(/^96\.0% accuracy/);
    expect(await line.locator('blockquote.evidence').textContent()).toContain('(96.0% accuracy)');
    await line.getByRole('button', { name: 'accuracy' }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('sel=metric%3Aaccuracy');
    expect(errors).toEqual([]);
  });

  it('clicking a cluster shows its subgraph', async () => {
    await openFirstCluster();
    expect((await drawnNodeIds(page)).some((id) => id.startsWith('cluster:'))).toBe(false);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(await crumbs.getByRole('button', { name: 'All clusters' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('drills from the themes to a cluster, names each level in the breadcrumbs, and Back, Forward and reload restore them', async () => {
    type Map = { clusters: Array<{ id: string; label: string; level?: number; children?: number }> };
    const fetchMap = async (theme?: string) =>
      (await page.evaluate(
        `fetch('/api/clusters${theme ? `?theme=${encodeURIComponent(theme)}` : ''}').then((r) => r.json())`,
      )) as Map;
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    const current = () => crumbs.locator('[aria-current="page"]').textContent();
    const drawnSet = async () => new Set(await drawnNodeIds(page));
    const mapOf = (map: Map) => new Set(map.clusters.map((node) => `cluster:${node.id}`));

    await page.goto(baseUrl);
    await waitForDrawnGraph(page);
    // The sample's 50-odd clusters are grouped into 10 to 40 themes, which the overview draws.
    const top = await fetchMap();
    expect(top.clusters.length).toBeGreaterThanOrEqual(10);
    expect(top.clusters.length).toBeLessThanOrEqual(40);
    expect(top.clusters.filter((node) => node.level !== undefined).length).toBeGreaterThan(
      top.clusters.length / 2,
    );
    await expect.poll(drawnSet, { timeout: 30_000 }).toEqual(mapOf(top));
    expect(await current()).toBe('All clusters');

    // A theme opens the map of its children, the theme named in the breadcrumbs.
    const themeIds = new Set(
      top.clusters.filter((node) => node.level !== undefined).map((node) => `cluster:${node.id}`),
    );
    const first = (await drawnNodeIds(page)).find((id) => themeIds.has(id));
    const theme = top.clusters.find((node) => `cluster:${node.id}` === first);
    expect(theme).toBeDefined();
    await clickNode(page, `cluster:${theme?.id}`);
    await expect
      .poll(() => new URL(page.url()).searchParams.getAll('theme'), { timeout: 15_000 })
      .toEqual([theme?.id]);
    const children = await fetchMap(theme?.id);
    expect(children.clusters).toHaveLength(theme?.children ?? -1);
    await expect.poll(drawnSet, { timeout: 30_000 }).toEqual(mapOf(children));
    await expect.poll(current).toBe(theme?.label);
    const themeUrl = page.url();
    await keepScreenshot(page, 'theme-children');

    // Down to the concepts and papers of a cluster: All clusters › theme › cluster.
    await drillToCluster();
    const clusterUrl = page.url();
    expect(new URL(clusterUrl).searchParams.getAll('theme')).toEqual([theme?.id]);
    expect(await crumbs.getByRole('button', { name: 'All clusters' }).count()).toBe(1);
    expect(await crumbs.getByRole('button', { name: theme?.label ?? '' }).count()).toBe(1);
    const clusterLabel = await current();
    expect(clusterLabel).toBeTruthy();

    // A reload comes back to the same place, every level named.
    await page.reload();
    await waitForDrawnGraph(page);
    await expect.poll(current, { timeout: 30_000 }).toBe(clusterLabel);
    expect(await crumbs.getByRole('button', { name: theme?.label ?? '' }).count()).toBe(1);

    // Back: the theme's map, then the top level; Forward: the theme again.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(themeUrl);
    await expect.poll(drawnSet, { timeout: 30_000 }).toEqual(mapOf(children));
    await expect.poll(current).toBe(theme?.label);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(drawnSet, { timeout: 30_000 }).toEqual(mapOf(top));
    await expect.poll(current).toBe('All clusters');
    await page.goForward();
    await expect.poll(() => page.url()).toBe(themeUrl);
    await expect.poll(drawnSet, { timeout: 30_000 }).toEqual(mapOf(children));

    // The theme's crumb leads back to its map from inside a cluster.
    await page.goForward();
    await expect.poll(() => page.url()).toBe(clusterUrl);
    await crumbs.getByRole('button', { name: theme?.label ?? '' }).click();
    await expect.poll(() => page.url()).toBe(themeUrl);
    await expect.poll(drawnSet, { timeout: 30_000 }).toEqual(mapOf(children));
    expect(errors).toEqual([]);
  });

  it('the Cypher editor highlights, completes and underlines errors with Neo4j’s language support', async () => {
    await page.goto(`${baseUrl}/?view=cypher`);
    const editor = page.getByRole('textbox', { name: 'Cypher query' });
    await editor.waitFor({ timeout: 30_000 });
    await typeQuery('MATCH (m:Method) RETURN m.name LIMIT 3');
    await expect.poll(() => editor.locator('.cm-cypher-keyword').count()).toBeGreaterThanOrEqual(3);
    expect(await editor.locator('.cm-cypher-label').first().textContent()).toBe('Method');

    await typeQuery('MATCH (p:Pap');
    await page.keyboard.press('Control+Space');
    const completion = page.locator('.cm-tooltip-autocomplete [role="option"]', { hasText: 'Paper' });
    await completion.first().waitFor({ timeout: 15_000 });

    await typeQuery('MATCH (n) RETRN n');
    await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  it('every saved query returns rows with its example parameters, which the editor knows', async () => {
    const PER_YEAR_QUERIES = new Set(['concept-by-year', 'share-change', 'theme-share-change']);
    await page.goto(`${baseUrl}/?view=cypher`);
    await page.getByRole('textbox', { name: 'Cypher query' }).waitFor({ timeout: 30_000 });
    const examples = page.getByRole('complementary', { name: 'Saved queries' }).getByRole('button');
    await expect.poll(() => examples.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const count = await examples.count();
    for (let index = 0; index < count; index += 1) {
      const example = examples.nth(index);
      const name = (await example.locator('.example-name').textContent()) ?? String(index);
      await example.click();
      await page.getByRole('button', { name: 'Run query' }).click();
      const status = page.locator('.result-bar [role="status"]');
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/\d+ rows? in/);
      // Queries over papers per year answer nothing on the sample, which gives no years (by design).
      if (PER_YEAR_QUERIES.has(name)) expect(await status.textContent(), name).toMatch(/^0 rows/);
      else expect(await status.textContent(), name).not.toMatch(/^0 rows/);
      // Parameters the box declares are never underlined as undefined.
      await page.waitForTimeout(500);
      expect(await page.locator('.cm-lintRange-error').count(), name).toBe(0);
      // Re-running the same text needs the URL to change: go back to a fresh console between examples.
      await page.goto(`${baseUrl}/?view=cypher`);
      await page.getByRole('textbox', { name: 'Cypher query' }).waitFor({ timeout: 30_000 });
    }
    expect(errors).toEqual([]);
  });

  it('exports the result table as CSV', async () => {
    await runInConsole(TOP_METHODS);
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('method,papers');
    expect(lines.length).toBe((await page.locator('table tbody tr').count()) + 1);
    expect(errors).toEqual([]);
  });

  it('running a Cypher query fills the table', async () => {
    await page.goto(`${baseUrl}/?view=cypher`);
    await page.getByRole('textbox', { name: 'Cypher query' }).waitFor({ timeout: 30_000 });
    expect(
      await page
        .getByText(/read-only/i)
        .first()
        .isVisible(),
    ).toBe(true);
    await typeQuery(TOP_METHODS);
    await page.keyboard.press('ControlOrMeta+Enter');
    const table = page.getByRole('table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['#', 'method', 'papers']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThanOrEqual(5);
    const papers = Number(await rows.first().locator('td').nth(2).textContent());
    expect(papers).toBeGreaterThan(0);
    expect(await page.getByText(/row cap/).textContent()).toMatch(/row cap [\d,]+/);
    expect(decodeURIComponent(page.url().replace(/\+/g, ' '))).toContain('MATCH (m:Method)');
    expect(errors).toEqual([]);
  });

  it('query results draw as a graph too', async () => {
    await runInConsole('MATCH (m:Method)<-[r:USES]-(p:Paper) RETURN m, r, p LIMIT 25');
    await page.getByRole('table').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /Graph/ }).click();
    await expect
      .poll(async () => (await drawnNodeIds(page, 'cypher')).length, { timeout: 30_000 })
      .toBeGreaterThan(1);
    const ids = await drawnNodeIds(page, 'cypher');
    expect(ids.some((id) => id.startsWith('paper:'))).toBe(true);
    expect(await drawnPixels(page, '.result-graph .sigma-container')).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('a CREATE query is refused as read-only', async () => {
    await runInConsole("CREATE (m:Method {name: 'Injected'}) RETURN m");
    const alert = page.locator('.query-error');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(/read-only|read only/i);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('exports the visible graph as GEXF, JSON and PNG', async () => {
    await openFirstCluster();
    const drawn = await drawnNodeIds(page);
    const save = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('toolbar', { name: 'Graph tools' })
          .getByRole('button', { name: label, exact: true })
          .click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const gexf = await save('GEXF');
    expect(gexf.name).toMatch(/^concept-atlas-.+\.gexf$/);
    const xml = gexf.bytes.toString('utf8');
    expect(xml).toContain('<gexf');
    expect(xml.match(/<node /g)?.length).toBe(drawn.length);
    const json = await save('JSON');
    expect((JSON.parse(json.bytes.toString('utf8')) as { nodes: unknown[] }).nodes).toHaveLength(
      drawn.length,
    );
    const png = await save('PNG');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
  });

  it('back and forward restore views', async () => {
    const steps = await openFirstCluster();
    const clusterUrl = page.url();
    await page.getByRole('button', { name: 'Cypher' }).click();
    await page.getByRole('textbox', { name: 'Cypher query' }).waitFor({ timeout: 30_000 });

    await page.goBack();
    await expect.poll(() => page.url()).toBe(clusterUrl);
    await expect
      .poll(async () => (await drawnNodeIds(page)).filter((id) => !id.startsWith('cluster:')).length, {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    // Through the theme maps passed on the way down, if any, to the top level.
    for (const url of steps.slice(0, -1).reverse()) {
      await page.goBack();
      await expect.poll(() => page.url()).toBe(url);
    }
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect
      .poll(async () => (await drawnNodeIds(page)).every((id) => id.startsWith('cluster:')), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(
      await page
        .getByRole('navigation', { name: 'Breadcrumbs' })
        .locator('[aria-current="page"]')
        .textContent(),
    ).toBe('All clusters');

    for (const url of steps) {
      await page.goForward();
      await expect.poll(() => page.url()).toBe(url);
    }
    expect(page.url()).toBe(clusterUrl);
    await expect
      .poll(async () => (await drawnNodeIds(page)).some((id) => !id.startsWith('cluster:')), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(errors).toEqual([]);
  });
});

// Last: it stops the database the other tests use.
describe('when Neo4j goes down', () => {
  it.skipIf(!embeddedInstance)('the page says so in a banner, and Retry asks again', async () => {
    await stop(embeddedInstance ?? '');
    await page.goto(baseUrl);
    const banner = page.locator('.banner[role="alert"]');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toContain('Neo4j is not reachable.');
    const healthChecks: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/health')) healthChecks.push(request.url());
    });
    await banner.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => healthChecks.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => banner.getByRole('button', { name: 'Retry' }).isEnabled(), { timeout: 30_000 })
      .toBe(true);
    expect(await banner.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
