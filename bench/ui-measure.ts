/**
 * In-page measurements for `npm run bench:ui`: the first drawn frame, animation-frame intervals, long
 * main-thread tasks (PerformanceObserver 'longtask', recorded from the page's start), a pan gesture, and
 * an optional CPU profile of the main thread.
 */
import type { Page } from 'playwright-core';

/** Install before navigation: every long task (> 50 ms) of the page, as [startTime, duration]. */
export const RECORD_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
})()`;

export async function markTime(page: Page, mark: string, timeout = 180_000): Promise<number> {
  await page.waitForFunction(`performance.getEntriesByName(${JSON.stringify(mark)}).length > 0`, undefined, {
    timeout,
    polling: 50,
  });
  return page.evaluate(`performance.getEntriesByName(${JSON.stringify(mark)})[0].startTime`);
}

export async function firstFrame(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  return markTime(page, mark);
}

/** rAF intervals over `ms` while `act` runs (ms between frames), and the page time the window ended. */
export async function frameIntervals(
  page: Page,
  ms: number,
  act: () => Promise<void> = async () => {},
): Promise<{ intervals: number[]; end: number }> {
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
  const { frames, end } = (await page.evaluate(
    `(() => { window.__recording = false; return { frames: window.__frames, end: performance.now() }; })()`,
  )) as { frames: number[]; end: number };
  return { intervals: frames.slice(1).map((time, index) => time - (frames[index] ?? time)), end };
}

/** Durations of the long tasks that were still running at `from` or started after it, and before `to`. */
export async function longTasksBetween(page: Page, from: number, to = Infinity): Promise<number[]> {
  const tasks = (await page.evaluate('window.__longTasks')) as Array<[number, number]>;
  return tasks.filter(([start, duration]) => start + duration > from && start < to).map(([, d]) => d);
}

export async function pan(page: Page, selector: string): Promise<void> {
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

/** BENCH_PROFILE=1: a CPU profile of the main thread, top functions by self time. */
export async function startProfile(page: Page, during: string): Promise<() => Promise<string>> {
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
      `  main-thread self time ${during} ((program) includes waiting for the GPU process):`,
      ...top.map(([name, time]) => `  ${ms(time)}  ${name}`),
    ].join('\n');
  };
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const mean = (values: number[]) =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
export const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
export const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
