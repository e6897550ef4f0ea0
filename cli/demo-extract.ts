/**
 * `npm run demo:extract [-- NAME]`: regenerates a demo corpus's precomputed extraction
 * (`data/<demo>/extractions.jsonl.gz` and its meta) with the current extractor. Run it after changing the
 * extractor; until then `npm start -- --demo NAME` finds the file stale and extracts the corpus itself.
 */
import { relative } from 'node:path';
import { projectRoot } from '../neo4j/paths';
import { DEMOS, writePrecomputed } from '../ingest/demo';

const name = process.argv[2] ?? 'acl';
const demo = DEMOS[name];
if (!demo) {
  process.stderr.write(`no demo named ${name} (known: ${Object.keys(DEMOS).join(', ')})\n`);
  process.exit(2);
}
const started = performance.now();
const meta = await writePrecomputed(demo);
process.stdout.write(
  `${relative(projectRoot, demo.extractions)}: ${meta.papers} papers, extractor ${meta.extractor}, corpus ${meta.corpus} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
