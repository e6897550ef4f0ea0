#!/usr/bin/env node
// `node scripts/run-node.mjs NAME [args...]`: runs the compiled entry point dist/node/NAME.js in this
// process with the given arguments, compiling the Node side first when a source changed since the last
// build (scripts/build-node.mjs). The product's npm scripts (ingest, extract, db:*, ...) start here.
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, buildNode, isStale, outputDir } from './build-node.mjs';

const [name] = process.argv.splice(2, 1);
if (!name || !(name in ENTRIES)) {
  process.stderr.write(
    `usage: node scripts/run-node.mjs NAME [args...], NAME one of ${Object.keys(ENTRIES).join(', ')}\n`,
  );
  process.exit(2);
}
if (isStale()) {
  const started = performance.now();
  await buildNode();
  // stderr: `npm run --silent extract` keeps stdout for its JSON lines.
  process.stderr.write(
    `Node side compiled into ${relative(process.cwd(), outputDir)} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
await import(pathToFileURL(join(outputDir, `${name}.js`)).href);
