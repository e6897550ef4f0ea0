/**
 * What the end-to-end tests read from and do to a page: script errors collected, canvas pixels, screenshots
 * kept under test-output/e2e/, and node positions from `window.conceptAtlas` (InspectController).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../../neo4j/paths';

export const screenshotDir = join(projectRoot, 'test-output', 'e2e');

export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Script errors on the page, collected for an assertion at the end of each test. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * How many pixels of the element differ clearly from its corner colour (the background): the page
 * decodes a screenshot of the element, so this counts what was really drawn.
 */
export async function drawnPixels(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).first().screenshot();
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(`(async () => {
    const image = new Image();
    image.src = ${JSON.stringify(dataUrl)};
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const [r, g, b] = [data[0], data[1], data[2]];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 60) count += 1;
    }
    return count;
  })()`);
}

export async function drawnNodeIds(page: Page, canvas = 'atlas'): Promise<string[]> {
  return page.evaluate(`window.conceptAtlas?.[${JSON.stringify(canvas)}]?.drawnNodeIds() ?? []`);
}

/** Clicks a node where the canvas draws it. */
export async function clickNode(page: Page, nodeId: string, canvas = 'atlas'): Promise<void> {
  const position = (await page.evaluate(
    `window.conceptAtlas?.[${JSON.stringify(canvas)}]?.viewportPosition(${JSON.stringify(nodeId)})`,
  )) as { x: number; y: number } | undefined;
  if (!position) throw new Error(`e2e: node ${nodeId} is not drawn on the ${canvas} canvas`);
  const box = await page
    .locator(canvas === 'atlas' ? '.atlas .sigma-container' : '.result-graph .sigma-container')
    .boundingBox();
  if (!box) throw new Error(`e2e: the ${canvas} canvas is not on the page`);
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

/** Waits until the atlas canvas has drawn nodes (FrameController's data-drawn-nodes). */
export async function waitForDrawnGraph(page: Page): Promise<number> {
  await page.waitForFunction(
    `Number(document.querySelector('.atlas .sigma-container')?.dataset.drawnNodes ?? 0) > 0`,
    undefined,
    {
      timeout: 30_000,
    },
  );
  return Number(await page.locator('.atlas .sigma-container').getAttribute('data-drawn-nodes'));
}
