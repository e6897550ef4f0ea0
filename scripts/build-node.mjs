#!/usr/bin/env node
// Compiles the Node side (the entry points in cli/ and the two pooled workers) into dist/node/ with esbuild:
// one ES module per entry, shared code split into chunks beside them, packages left to node_modules.
// `npm run build` runs it after the page's build; the product's other npm scripts start in run-node.mjs,
// which builds first when a source changed, so a changed source is never run stale (an unchanged tree
// costs a stat per file).
//
// Layout the code relies on: every output file lies flat in dist/node/, two folders below the project root.
// The extraction pool loads `./worker.js` and the console `./console-worker.js` beside their own chunk, and
// the extractor's fingerprint (ingest/extract/fingerprint.ts) reads its sources two folders up.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run build` puts the Node side. */
export const outputDir = join(root, 'dist', 'node');

/** Output name (without .js) → source. */
export const ENTRIES = {
  start: 'cli/start.ts',
  ingest: 'cli/ingest.ts',
  extract: 'cli/extract.ts',
  fetch: 'cli/fetch.ts',
  'demo-extract': 'cli/demo-extract.ts',
  db: 'cli/db.ts',
  schema: 'cli/schema.ts',
  worker: 'ingest/extract/worker.ts',
  'console-worker': 'src/server/console/console-worker.ts',
};

/** What the Node side is built from: a change in any of these makes the build stale. */
const SOURCES = ['cli', 'infra', 'ingest', 'neo4j', 'src/model', 'src/server'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'scripts/build-node.mjs'];

/** A hash of every source file's path, size and modification time. */
function sourceStamp() {
  const hash = createHash('sha1');
  const add = (file) => {
    const stat = statSync(file);
    hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const dir of SOURCES) {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|mjs|js|json)$/.test(file))
      .sort();
    for (const file of files) add(join(root, dir, file));
  }
  for (const file of SOURCE_FILES) if (existsSync(join(root, file))) add(join(root, file));
  return hash.digest('hex');
}

const stampPath = (outdir) => join(outdir, '.stamp');

export function isStale(outdir = outputDir) {
  const stampFile = stampPath(outdir);
  return !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== sourceStamp();
}

/**
 * Builds into `outdir` (written beside it first and moved in whole, so a process starting meanwhile never
 * reads half a build). Returns esbuild's metafile: which sources each output holds.
 */
export async function buildNode({ outdir = outputDir } = {}) {
  const { build } = await import('esbuild');
  const stamp = sourceStamp();
  const staging = `${outdir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: true,
      metafile: true,
      logLevel: 'warning',
    });
    writeFileSync(stampPath(staging), stamp);
    rmSync(outdir, { recursive: true, force: true });
    renameSync(staging, outdir);
    return result.metafile;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await buildNode();
  process.stdout.write(
    `Node side compiled into ${relative(process.cwd(), outputDir)} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
