/** Measuring for benchmarks: wall time, peak resident memory of this process and of a JVM. */
import { readFileSync, writeFileSync } from 'node:fs';

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Peak resident set of this Node process so far, in MiB. */
export function nodePeakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Peak resident set (VmHWM) of a process, in MiB, from /proc; undefined where there is no /proc. */
export function processPeakRssMiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Resets a process's VmHWM to its current RSS (Linux `clear_refs` 5), so a later peak covers one phase. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export const mib = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MiB`);
