/**
 * `npx tsx tests/e2e/support/screenshots.ts` — screenshots of the built app against the fixture API into
 * test-output/screenshots/, for a person to look at (light and dark, atlas, cluster, details, console and
 * its result graph).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser';
import { fixtureApi } from './fixtures';
import { startStubServer } from './stub-server';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = join(root, 'test-output', 'screenshots');
mkdirSync(out, { recursive: true });

const stub = await startStubServer({ staticDirs: [join(root, 'dist', 'app')], api: fixtureApi });
const browser = await launchChromium();
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: theme });
    // The theme toggle remembers a choice; start each theme from the system preference.
    await page.goto(stub.url);
    await page.evaluate('localStorage.clear()');
    const shots: Array<[string, string]> = [
      ['overview', '/'],
      ['cluster', '/?cluster=1'],
      ['details', '/?cluster=1&sel=method%3Adaformer'],
      [
        'console',
        `/?view=cypher&q=${encodeURIComponent('MATCH (m:Method)<-[:USES]-(p:Paper) RETURN m.name AS method, count(p) AS papers ORDER BY papers DESC LIMIT 5')}`,
      ],
    ];
    for (const [name, path] of shots) {
      await page.goto(`${stub.url}${path}`);
      await page.waitForTimeout(2_500);
      await page.screenshot({ path: join(out, `${name}-${theme}.png`) });
      process.stdout.write(`${join(out, `${name}-${theme}.png`)}\n`);
    }
    await page.getByRole('tab', { name: /Graph/ }).click();
    await page.waitForTimeout(1_500);
    await page.screenshot({ path: join(out, `console-graph-${theme}.png`) });
    process.stdout.write(`${join(out, `console-graph-${theme}.png`)}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await stub.close();
}
