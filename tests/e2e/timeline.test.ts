/**
 * Time in the explorer, in Debian's chromium against the real server and Neo4j, in an embedded instance of
 * its own (the shared e2e instance is stopped by the outage tests): a concept's timeline on a corpus with
 * years (tests/fixtures/years.jsonl: BERT in 2 of 3 papers of 2019, 1 of 4 in 2020, 1 of 3 in 2021, none of
 * 2 in 2022) and the Trending view on it (concepts and themes), the map's and the overview's year range, a
 * method's family tree (with tests/fixtures/years-lineage.jsonl added); then all on a corpus without years
 * (tests/fixtures/listing.txt).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Database, type ConnectionSettings } from '../../neo4j/database';
import { settingsFor, start, stop } from '../../neo4j/embedded';
import { clearGraph } from '../../ingest/store/clear';
import { projectRoot } from '../../neo4j/paths';
import { testPort } from '../setup/ports';
import { e2eAppDir } from './setup';
import { launchChromium, type LaunchedBrowser } from './support/browser';
import { collectPageErrors, keepScreenshot } from './support/page';

const INSTANCE = 'e2e-years';
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
const support = (name: string) => join(projectRoot, 'tests', 'e2e', 'support', name);

let browser: LaunchedBrowser;
let page: Page;
let errors: string[];
let server: ChildProcess | undefined;
let yearsUrl: string;
let settings: ConnectionSettings;

/** Ingests a corpus file into the instance through the pipeline, in a child process (worker threads). */
function ingest(file: string): void {
  const result = spawnSync(tsx, [support('ingest-sample.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      E2E_NEO4J: JSON.stringify(settings),
      E2E_CORPUS: join(projectRoot, 'tests', 'fixtures', file),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`ingesting ${file} failed: ${result.stderr}`);
}

async function serve(settings: object): Promise<string> {
  server = spawn(tsx, [support('serve.ts')], {
    cwd: projectRoot,
    env: { ...process.env, E2E_NEO4J: JSON.stringify(settings), E2E_STATIC: e2eAppDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: server.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const url = (JSON.parse(line) as { url?: string }).url;
    if (url) return url;
  }
  throw new Error('timeline e2e: the server exited before listening');
}

beforeAll(async () => {
  const { instance } = await start({
    name: INSTANCE,
    fresh: true,
    boltPort: testPort(17690),
    httpPort: testPort(17477),
    log: (line) => process.stderr.write(`[e2e years] ${line}\n`),
  });
  settings = settingsFor(instance);
  ingest('years.jsonl');
  yearsUrl = await serve(settings);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  await stop(INSTANCE);
}, 120_000);

beforeEach(async () => {
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
});
afterEach(async (context) => {
  await keepScreenshot(page, context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  await page.close();
});

describe('a corpus with years', () => {
  it("draws a concept's timeline with its counts per year, the peak marked and counts on hover", async () => {
    await page.goto(`${yearsUrl}/?focus=method%3Abert&sel=method%3Abert`);
    const details = page.getByRole('region', { name: 'Details' });
    const timeline = details.getByRole('region', { name: 'Timeline' });
    await timeline.locator('rect.timeline-bar').first().waitFor({ timeout: 60_000 });
    const bars = await timeline.locator('rect.timeline-bar').evaluateAll((nodes) =>
      nodes.map((node) => ({
        year: Number(node.getAttribute('data-year')),
        papers: Number(node.getAttribute('data-papers')),
        total: Number(node.getAttribute('data-total')),
        height: node.getBoundingClientRect().height,
        peak: node.classList.contains('peak'),
      })),
    );
    expect(bars.map((bar) => [bar.year, bar.papers, bar.total, bar.peak])).toEqual([
      [2019, 2, 3, true],
      [2020, 1, 4, false],
      [2021, 1, 3, false],
      [2022, 0, 2, false],
    ]);
    // Drawn as shares: 2/3 > 1/3 > 1/4 > 0.
    const [a, b, c, d] = bars.map((bar) => bar.height);
    expect(a).toBeGreaterThan(c ?? 0);
    expect(c).toBeGreaterThan(b ?? 0);
    expect(b).toBeGreaterThan(0);
    expect(d).toBe(0);

    await timeline.locator('rect.timeline-bar[data-year="2021"]').hover();
    await expect.poll(() => timeline.locator('figcaption').textContent()).toBe('2021: 1 of 3 papers (33%)');
    await timeline.getByText('Papers per year as a table').click();
    const rows = await timeline.locator('tbody tr').allTextContents();
    expect(rows).toEqual(['2019 (first) (peak)2367%', '2020' + '1425%', '2021' + '1333%', '2022' + '020%']);
    expect(errors).toEqual([]);
  });

  it('lists rising and falling methods in the Trending view, each opening its concept', async () => {
    await page.goto(`${yearsUrl}/`);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trending' }).click();
    const rising = page.getByRole('region', { name: 'Rising' });
    await rising.getByRole('listitem').first().waitFor({ timeout: 30_000 });
    expect(await rising.getByRole('listitem').first().textContent()).toMatch(/^GPT-3\+80%4 papers$/);
    expect(await rising.locator('svg.sparkline').count()).toBeGreaterThan(0);
    const falling = page.getByRole('region', { name: 'Falling' });
    expect(await falling.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining(['LSTM', 'BERT']),
    );
    await rising.getByRole('button', { name: 'GPT-3' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: /GPT-3/ }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('sel=method%3Agpt3');
    expect(errors).toEqual([]);
  });

  it('lists growing and shrinking themes in the Trending view, each opening its theme on the map', async () => {
    await page.goto(`${yearsUrl}/?view=trends`);
    const themes = page.getByRole('region', { name: 'Themes', exact: true });
    const growing = themes.getByRole('region', { name: 'Growing themes' });
    await growing.getByRole('listitem').first().waitFor({ timeout: 30_000 });
    const shrinking = themes.getByRole('region', { name: 'Shrinking themes' });
    expect(await shrinking.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await growing.getByRole('listitem').first().textContent()).toMatch(/\+\d+%\d+ papers$/);
    expect(await shrinking.getByRole('listitem').first().textContent()).toMatch(/−\d+%\d+ papers$/);
    expect(await themes.locator('svg.sparkline').count()).toBeGreaterThan(1);
    // The small corpus has no themes: its top level is clusters, and one opens with its details.
    const first = growing.getByRole('button').first();
    const label = (await first.textContent()) ?? '';
    await first.click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.textContent(), { timeout: 30_000 }).toContain(label);
    expect(new URL(page.url()).searchParams.get('cluster')).not.toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('the map over time', () => {
  const faded = () =>
    page.evaluate('window.conceptAtlas?.atlas?.fadedNodeIds().sort() ?? []') as Promise<string[]>;
  const drawn = () =>
    page.evaluate('window.conceptAtlas?.atlas?.drawnNodeIds().length ?? 0') as Promise<number>;

  it('fades the papers and concepts outside the year range, keeps the range in the URL, and plays the years', async () => {
    await page.goto(`${yearsUrl}/?focus=method%3Abert`);
    await expect.poll(drawn, { timeout: 60_000 }).toBeGreaterThan(3);
    expect(await faded()).toEqual([]);
    const from = page.getByRole('spinbutton', { name: 'From year' });
    const to = page.getByRole('spinbutton', { name: 'To year' });
    await from.fill('2022');
    await to.fill('2022');
    // BERT's papers are of 2019-2021: it and they are outside 2022, drawn faded, not hidden.
    await expect.poll(faded).toEqual(expect.arrayContaining(['method:bert', 'paper:y1', 'paper:y4']));
    const count = await drawn();
    await expect.poll(() => page.url()).toContain('years=2022-2022');

    await page.goto(`${yearsUrl}/?focus=method%3Abert&years=2019-2019`);
    await expect.poll(drawn, { timeout: 60_000 }).toBe(count);
    await expect.poll(faded).toEqual(expect.arrayContaining(['paper:y4', 'paper:y9']));
    const shown = await faded();
    expect(shown).not.toContain('paper:y1');
    expect(shown).not.toContain('method:bert');

    await page.getByRole('button', { name: 'Play years' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('years=2019-2020');
    await expect
      .poll(() => page.getByRole('button', { name: 'Play years' }).count(), { timeout: 20_000 })
      .toBe(1);
    expect(page.url()).toMatch(/years=2019-202[12]/);
    expect(await faded()).not.toContain('paper:y4');
    expect(errors).toEqual([]);
  });
});

describe('the overview over time', () => {
  const faded = () =>
    page.evaluate('window.conceptAtlas?.atlas?.fadedNodeIds().sort() ?? []') as Promise<string[]>;

  it('fades the clusters with no paper in the year range, counts what is in it, and plays the years', async () => {
    await page.goto(`${yearsUrl}/`);
    const clusters = (await (await page.request.get(`${yearsUrl}/api/clusters`)).json()) as {
      clusters: Array<{ id: string; years?: number[] }>;
    };
    expect(clusters.clusters.length).toBeGreaterThan(1);
    expect(clusters.clusters.every((cluster) => (cluster.years ?? []).length > 0)).toBe(true);
    const outside = (year: number) =>
      clusters.clusters
        .filter((cluster) => !(cluster.years ?? []).includes(year))
        .map((cluster) => `cluster:${cluster.id}`)
        .sort();
    // The year with the most clusters written about in no paper of it.
    const year = [2019, 2020, 2021, 2022].sort((a, b) => outside(b).length - outside(a).length)[0] ?? 2019;
    expect(outside(year).length).toBeGreaterThan(0);

    const from = page.getByRole('spinbutton', { name: 'From year' });
    await from.waitFor({ timeout: 60_000 });
    expect(await faded()).toEqual([]);
    const status = page.locator('.atlas-status');
    const before = (await status.textContent()) ?? '';
    await from.fill(String(year));
    await page.getByRole('spinbutton', { name: 'To year' }).fill(String(year));
    await expect.poll(faded).toEqual(outside(year));
    await expect.poll(() => page.url()).toContain(`years=${year}-${year}`);
    const within = clusters.clusters.length - outside(year).length;
    await expect
      .poll(() => status.textContent())
      .toMatch(new RegExp(`^${within} of ${clusters.clusters.length} nodes · \\d+ links in ${year}`));
    expect(before).toMatch(new RegExp(`^${clusters.clusters.length} nodes`));
    // The overview offers only the year range of the filters.
    expect(await page.getByRole('slider', { name: 'Min. papers' }).count()).toBe(0);

    await page.goto(`${yearsUrl}/?years=2019-2019`);
    await expect.poll(faded, { timeout: 60_000 }).toEqual(outside(2019));
    await page.getByRole('button', { name: 'Play years' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('years=2019-2020');
    await expect
      .poll(() => page.getByRole('button', { name: 'Play years' }).count(), { timeout: 20_000 })
      .toBe(1);
    await expect
      .poll(faded)
      .toEqual(
        clusters.clusters
          .filter((cluster) => !(cluster.years ?? []).some((y) => y >= 2019 && y <= 2022))
          .map((cluster) => `cluster:${cluster.id}`),
      );
    expect(errors).toEqual([]);
  });
});

describe("a method's family tree", () => {
  beforeAll(() => ingest('years-lineage.jsonl'), 120_000);

  it('opens from the details, places methods by first year, and tells the sentence of each arrow', async () => {
    await page.goto(`${yearsUrl}/?focus=method%3Abert&sel=method%3Abert`);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Family tree' }).click();
    const dialog = page.getByRole('dialog', { name: 'Family tree of BERT' });
    await dialog.locator('g.family-node').nth(4).waitFor({ timeout: 30_000 });
    const nodes = await dialog.locator('g.family-node').evaluateAll((items) =>
      items.map((item) => {
        const box = item.getBoundingClientRect();
        return {
          key: item.getAttribute('data-key'),
          year: Number(item.getAttribute('data-year')),
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        };
      }),
    );
    expect(nodes.map((node) => node.key).sort()).toEqual([
      'method:bert',
      'method:distilbert',
      'method:knowledge distillation',
      'method:minilm',
      'method:tinybert',
    ]);
    const byYear = [...nodes].sort((a, b) => a.year - b.year);
    for (let i = 1; i < byYear.length; i += 1) {
      const [before, after] = [byYear[i - 1], byYear[i]];
      if (before && after && before.year < after.year) expect(after.x).toBeGreaterThan(before.x);
    }
    const spots = new Set(nodes.map((node) => `${Math.round(node.x)},${Math.round(node.y)}`));
    expect(spots.size).toBe(nodes.length);

    // The pointer on the middle of the arrow (its bounding box's centre is off a curve).
    const middle = (await page.evaluate(`(() => {
      const path = document.querySelector(
        'g.family-edge[data-edge="method:distilbert-EXTENDS->method:bert"] path.family-edge-line',
      );
      const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM());
      return { x: point.x, y: point.y };
    })()`)) as { x: number; y: number };
    await page.mouse.move(middle.x, middle.y);
    await expect
      .poll(() => dialog.locator('figcaption').textContent())
      .toContain('We propose DistilBERT, which extends BERT with knowledge distillation.');
    // The pointer leaves the chart first: focusing may scroll another arrow under a pointer left where it was.
    await page.mouse.move(0, 0);
    await dialog.locator('g.family-edge[data-edge="method:tinybert-INSPIRED_BY->method:distilbert"]').focus();
    await expect
      .poll(() => dialog.locator('figcaption').textContent())
      .toContain('Inspired by DistilBERT, we propose TinyBERT.');
    const list = dialog.getByRole('region', { name: 'Family tree as a list' });
    expect(await list.textContent()).toContain('DistilBERT (2020) extends BERT (2019)');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('tree')).toBeNull();

    // The open tree is in the URL: Back reopens it, and so does a link.
    await page.goBack();
    await dialog.locator('g.family-node').nth(4).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('tree')).toBe('method:bert');
    await page.goto(page.url());
    await dialog.locator('g.family-node').nth(4).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});

describe('a corpus without years', () => {
  beforeAll(async () => {
    const db = await Database.connect(settings);
    try {
      await clearGraph(db);
    } finally {
      await db.close();
    }
    ingest('listing.txt');
  }, 120_000);

  it('says there are no years instead of drawing empty charts', async () => {
    await page.goto(`${yearsUrl}/?view=trends`);
    await expect
      .poll(() => page.getByRole('region', { name: 'Trending' }).textContent(), { timeout: 30_000 })
      .toMatch(/gives no publication years/);
    await page.goto(`${yearsUrl}/?focus=method%3Adaformer&sel=method%3Adaformer`);
    const timeline = page.getByRole('region', { name: 'Details' }).getByRole('region', { name: 'Timeline' });
    await expect
      .poll(() => timeline.textContent(), { timeout: 30_000 })
      .toMatch(/gives no publication years/);
    expect(await timeline.locator('svg').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lays a family tree out by lineage depth and says the years are unknown', async () => {
    await page.goto(`${yearsUrl}/?focus=method%3Adaformer&sel=method%3Adaformer`);
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Family tree' })
      .click({ timeout: 30_000 });
    const dialog = page.getByRole('dialog', { name: /Family tree of DAFormer/i });
    await expect
      .poll(() => dialog.textContent(), { timeout: 30_000 })
      .toMatch(/years of these methods are unknown/);
    expect(await dialog.locator('text.family-column-label').allTextContents()).toContain('this method');
    expect(await dialog.locator('g.family-node').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
