/**
 * The vocabulary's words and the payload id prefixes live in src/model (concepts.ts, keys.ts); the server and
 * the page import them. This keeps copies from coming back: no module outside src/model spells them itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../neo4j/paths';
import { LINEAGE_VERBS, MENTION_VERBS } from '../../src/model/concepts';
import { CLUSTER_NODE_PREFIX, PAPER_NODE_PREFIX } from '../../src/model/keys';

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    // Code only: comments may name the formats they describe.
    const code = readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    return [{ file: relative(projectRoot, path), text: code }];
  });
}

const outsideModel = ['src/server', 'src/app', 'bench'].flatMap((dir) => sources(join(projectRoot, dir)));

describe('shared string tables', () => {
  it('are spelled only in src/model', () => {
    const words = [
      ...Object.values(LINEAGE_VERBS).filter((verb) => verb.includes(' ')),
      MENTION_VERBS.EVALUATES_ON,
      PAPER_NODE_PREFIX,
      CLUSTER_NODE_PREFIX,
    ];
    expect(outsideModel.length).toBeGreaterThan(50);
    const copies = outsideModel.flatMap(({ file, text }) =>
      words
        .filter((word) => text.includes(`'${word}`) || text.includes(`\`${word}`))
        .map((word) => `${file}: ${word}`),
    );
    expect(copies).toEqual([]);
  });

  it('give every lineage and mention type its words', () => {
    expect(LINEAGE_VERBS).toEqual({
      EXTENDS: 'extends',
      BUILT_ON: 'is built on',
      INSPIRED_BY: 'is inspired by',
      COMPARED_WITH: 'is compared with',
    });
    expect(Object.keys(MENTION_VERBS).sort()).toEqual([
      'ADDRESSES',
      'EVALUATES_ON',
      'MEASURES',
      'PROPOSES',
      'USES',
    ]);
  });
});
