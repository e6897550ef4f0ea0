/**
 * `npm run bench:ui` on a real database (NEO4J_URI, or BENCH_INSTANCE=<embedded instance name>): the real
 * server (`buildServer`, answer cache on) serves the built app, and chromium times, from navigation:
 *   - the overview's first drawn frame (the top level: themes, or clusters);
 *   - the first frame of the largest theme opened (`?theme=`), of the largest cluster drilled into
 *     (`?cluster=`) and of the neighbourhood of the concept with the most papers (`?focus=`);
 *   - the details of that concept open (`?focus=…&sel=…`: its name shown, loading done);
 *   - frame intervals while panning the overview.
 * The first run of each asks the server for the first time (its answer cache empty: Neo4j computes the
 * answers); later runs get the server's cached answers. Both are printed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { connectDatabase } from '../neo4j/connect';
import { buildServer } from '../src/server/app';
import { firstFrame, frameIntervals, markTime, mean, median, ms, p95, pan } from './ui-measure';

const say = (line: string) => process.stdout.write(`${line}\n`);

interface Probe {
  name: string;
  path: string;
  /** Waits for what the probe times; returns the page time (ms since navigation) it happened. */
  until(page: Page): Promise<number>;
}

const frame = (page: Page) => markTime(page, 'atlas:first-frame', 120_000);

async function detailsShown(page: Page, name: string): Promise<number> {
  await page.locator('.details h2', { hasText: name }).first().waitFor({ timeout: 120_000 });
  await page.locator('.details [role=status]').waitFor({ state: 'detached', timeout: 120_000 });
  return page.evaluate('performance.now()') as Promise<number>;
}

export async function measureRealGraph(context: BrowserContext, appDir: string, runs: number): Promise<void> {
  const instance = process.env.BENCH_INSTANCE;
  const { db } = await connectDatabase(instance ? { name: instance } : {});
  const app = await buildServer({ db }, { staticDir: appDir });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const counts = (
      await db.read(
        'MATCH (p:Paper) WITH count(p) AS papers MATCH (c:Concept) WITH papers, count(c) AS concepts ' +
          'OPTIONAL MATCH (t:Theme) WITH papers, concepts, count(t) AS themes ' +
          'MATCH (cl:Cluster) RETURN papers, concepts, themes, count(cl) AS clusters',
      )
    ).rows[0];
    const theme = (
      await db.read(
        'MATCH (t:Theme) WHERE t.parent IS NULL ' + 'RETURN t.id AS id ORDER BY t.size DESC, t.id LIMIT 1',
      )
    ).rows[0]?.id as string | undefined;
    const cluster = (
      await db.read('MATCH (cl:Cluster) RETURN cl.id AS id ORDER BY cl.size DESC, cl.id LIMIT 1')
    ).rows[0]?.id as string | undefined;
    const hub = (
      await db.read(
        'MATCH (c:Concept) RETURN c.key AS key, c.name AS name ORDER BY c.paperCount DESC, c.key LIMIT 1',
      )
    ).rows[0] as { key: string; name: string } | undefined;
    say(
      `\nThe real server on ${instance ? `instance ${instance}` : 'NEO4J_URI'}: ${counts?.papers} papers, ` +
        `${counts?.concepts} concepts, ${counts?.clusters} clusters, ${counts?.themes} themes`,
    );
    const probes: Probe[] = [{ name: 'overview', path: '/', until: frame }];
    if (theme)
      probes.push({ name: 'largest theme', path: `/?theme=${encodeURIComponent(theme)}`, until: frame });
    if (cluster)
      probes.push({
        name: 'largest cluster',
        path: `/?cluster=${encodeURIComponent(cluster)}`,
        until: frame,
      });
    if (hub) {
      const key = encodeURIComponent(hub.key);
      probes.push({ name: `focus ${hub.name}`, path: `/?focus=${key}`, until: frame });
      probes.push({
        name: `details ${hub.name}`,
        path: `/?focus=${key}&sel=${key}`,
        until: (page) => detailsShown(page, hub.name),
      });
    }
    say(`Navigation → first drawn frame (details: shown and loaded); run 1: the server's answer cache empty`);
    say(`  ${'view'.padEnd(34)}   run 1      later (median of ${Math.max(1, runs - 1)})`);
    for (const probe of probes) {
      const times: number[] = [];
      for (let run = 0; run < Math.max(2, runs); run += 1) {
        const page = await context.newPage();
        await page.goto(`${base}${probe.path}`);
        times.push(await probe.until(page));
        await page.close();
      }
      say(`  ${probe.name.padEnd(34)} ${ms(times[0] ?? NaN)}   ${ms(median(times.slice(1)))}`);
    }
    const page = await context.newPage();
    await firstFrame(page, `${base}/`, 'atlas:first-frame');
    await page.waitForTimeout(1_000);
    const panned = (await frameIntervals(page, 3_000, () => pan(page, '.atlas .sigma-container'))).intervals;
    await page.close();
    say(
      `  panning the overview: ${panned.length} frames, mean interval ${ms(mean(panned)).trim()}, p95 ${ms(p95(panned)).trim()}`,
    );
  } finally {
    await app.close();
    await db.close();
  }
}
