import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/extraction';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', name);

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run extract', () => {
  it('writes one JSON line per paper, echoing input ids, with warnings on stderr', () => {
    const { code, stdout, stderr } = extract(fixture('papers.jsonl'));
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Extraction);
    expect(lines.map((line) => line.id)).toEqual(['2106.09685', '42', 'acl2022:x']);
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'title', 'entities', 'relations', 'results']);
    expect(lines[0]?.entities).toContainEqual(
      expect.objectContaining({ name: 'LoRA', type: 'Method', role: 'proposed' }),
    );
    expect(stderr).toMatch(/warning: papers\.jsonl:3: not valid JSON/);
    expect(stderr).toMatch(/warning: papers\.jsonl:4: missing field "abstract"/);
    expect(stderr).not.toMatch(/\[\S*\]\s+\d+\/\d+/);
  }, 30_000);

  it('takes --format, --lexicon and CSV column names', () => {
    const { code, stdout } = extract(
      fixture('custom-columns.tsv'),
      '--format',
      'csv',
      '--title-column',
      'paper_title',
      '--abstract-column',
      'paper_summary',
      '--id-column',
      'key',
      '--lexicon',
      fixture('lexicon.tsv'),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout) as Extraction).toMatchObject({ id: 't1' });
  }, 30_000);

  it.each([
    [['binary.bin'], /binary\.bin: a binary file/],
    [['notes.txt'], /not a known corpus format/],
    [['empty.jsonl'], /no abstracts found/],
    [['does-not-exist.jsonl'], /ENOENT|no such file/],
    [['papers.jsonl', '--format', 'pdf'], /expected one of listing, jsonl, json, atom, csv/],
  ])(
    'exits with code 2 and a clear error for %j',
    (args, message) => {
      const [name, ...rest] = args as [string, ...string[]];
      const { code, stdout, stderr } = extract(fixture(name), ...rest);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    },
    30_000,
  );
});
