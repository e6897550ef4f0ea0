/**
 * The Node side as the product runs it: compiled by scripts/build-node.mjs into one folder, the entry points
 * running as plain JavaScript, the extraction pool's threads loading the compiled worker. Built into a folder
 * of its own beside dist/node (the same depth below the project root, which the build's layout relies on).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractorFingerprint } from '../../ingest/extract/fingerprint';
import { projectRoot } from '../../neo4j/paths';
import { ENTRIES, buildNode } from '../../scripts/build-node.mjs';

const outdir = join(projectRoot, 'dist', `node-test-${process.pid}`);
const sample = join(projectRoot, 'data', 'sample', 'listing.txt');
const fixture = join(projectRoot, 'tests', 'fixtures', 'papers.jsonl');
let metafile: Awaited<ReturnType<typeof buildNode>>;

function extract(command: string[], file: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [...command, file, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('the compiled Node side', () => {
  beforeAll(async () => {
    metafile = await buildNode({ outdir });
  }, 120_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('has every entry point and worker as a module of its own', () => {
    for (const name of Object.keys(ENTRIES)) expect(existsSync(join(outdir, `${name}.js`)), name).toBe(true);
  });

  it('extracts as the TypeScript sources do', () => {
    const compiled = extract([join(outdir, 'extract.js')], fixture);
    expect(compiled.trim().split('\n')).toHaveLength(3);
    expect(compiled).toBe(extract(['--import', 'tsx', 'cli/extract.ts'], fixture));
  }, 60_000);

  it('extracts the sample on worker threads (the compiled worker.js) as in one thread', () => {
    // 200 abstracts: enough for the pool (ingest/extract/pool.ts) to start its threads.
    const pooled = extract([join(outdir, 'extract.js')], sample, '--workers', '2');
    expect(pooled.trim().split('\n')).toHaveLength(200);
    expect(pooled).toBe(extract([join(outdir, 'extract.js')], sample, '--workers', '0'));
  }, 180_000);

  it("fingerprints the extractor's sources as the TypeScript does (stored content hashes stay valid)", async () => {
    const [output] = Object.entries(metafile.outputs).find(([, meta]) =>
      Object.keys(meta.inputs).includes('ingest/extract/fingerprint.ts'),
    ) ?? [''];
    const module = (await import(pathToFileURL(join(outdir, basename(output))).href)) as Record<
      string,
      unknown
    >;
    const compiled = module.extractorFingerprint;
    expect(typeof compiled, relative(projectRoot, output)).toBe('function');
    expect((compiled as () => string)()).toBe(extractorFingerprint());
  }, 60_000);
});
