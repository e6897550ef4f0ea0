/**
 * `npm run ingest` as a user meets it: bad input is one line naming the file (exit 2), malformed records are
 * skipped, counted and named by file and line, and `--warnings FILE` keeps every warning.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../neo4j/paths';
import { runIngestCli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
const ingest = async (args: string[]) => runIngestCli(args, inject('neo4j')).done;

describe('npm run ingest: bad input', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a missing file, exit code 2', async () => {
    const missing = join(dir, 'nope.jsonl');
    const { code, stderr } = await ingest([missing]);
    expect(code).toBe(2);
    expect(stderr).toContain(`ingest: cannot read ${missing}: no such file`);
  });

  it('names a binary file, exit code 2', async () => {
    const { code, stderr } = await ingest([join(projectRoot, 'tests/fixtures/binary.bin')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/binary\.bin/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('skips malformed records with file and line, counts them, and keeps every warning on request', async () => {
    const corpus = join(dir, 'mixed.jsonl');
    const good = (n: number) =>
      JSON.stringify({ id: `p${n}`, title: `Paper ${n}`, abstract: `We propose Method${n}Net for parsing.` });
    writeFileSync(
      corpus,
      [good(1), '{"id": "broken", "title": ', good(2), '{"title": "no abstract"}', ''].join('\n'),
    );
    const warnings = join(dir, 'warnings.txt');
    const { code, stdout, stderr } = await ingest([corpus, '--warnings', warnings, '--no-progress']);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Read 2 papers from 1 file (2 malformed records skipped).');
    const kept = readFileSync(warnings, 'utf8');
    expect(kept).toMatch(/mixed\.jsonl:2\b/);
    expect(kept).toMatch(/mixed\.jsonl:4\b/);
  });
});
