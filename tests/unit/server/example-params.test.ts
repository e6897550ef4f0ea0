import { describe, expect, it } from 'vitest';
import type { SavedQuery } from '../../../src/model/api';
import { MAX_TRIES, withGraphExamples } from '../../../src/server/console/example-params';

const query = (params: SavedQuery['params']): SavedQuery => ({
  name: 'q',
  description: 'd',
  params,
  columns: ['x'],
  query: 'MATCH ...',
});

/** A fake graph: the query answers when every key parameter names a concept in `present`. */
function graph(present: string[], pairs: Array<[string, string]> = []) {
  const runs: Array<Record<string, unknown>> = [];
  const countRows = async (_text: string, params: Record<string, unknown>) => {
    runs.push(params);
    const keys = Object.values(params).filter((value): value is string => typeof value === 'string');
    if (!keys.every((key) => present.includes(key))) return 0;
    if (keys.length === 2 && !pairs.some(([a, b]) => a === keys[0] && b === keys[1])) return 0;
    return 3;
  };
  const candidates = async (type: string) =>
    present.filter((key) => key.startsWith(`${type.toLowerCase()}:`));
  return { countRows, candidates, runs };
}

describe('example parameters from the loaded graph', () => {
  it('keeps examples the graph answers, after one run', async () => {
    const saved = query([{ name: 'key', description: 'k', example: 'dataset:cityscapes' }]);
    const fake = graph(['dataset:cityscapes']);
    expect(await withGraphExamples(saved, fake.countRows, fake.candidates)).toBe(saved);
    expect(fake.runs).toHaveLength(1);
  });

  it('replaces a concept the graph lacks by one of its type that answers', async () => {
    const saved = query([
      { name: 'key', description: 'k', example: 'dataset:cityscape' },
      { name: 'limit', description: 'l', example: 5 },
    ]);
    const fake = graph(['dataset:squad', 'method:bert']);
    const resolved = await withGraphExamples(saved, fake.countRows, fake.candidates);
    expect(resolved.params).toEqual([
      { name: 'key', description: 'k', example: 'dataset:squad' },
      { name: 'limit', description: 'l', example: 5 },
    ]);
  });

  it('finds a partner for the first concept of a pair', async () => {
    const saved = query([
      { name: 'first', description: 'a', example: 'method:bert' },
      { name: 'second', description: 'b', example: 'dataset:cityscape' },
    ]);
    const fake = graph(
      ['method:bert', 'dataset:imagenet', 'dataset:squad'],
      [['method:bert', 'dataset:squad']],
    );
    const resolved = await withGraphExamples(saved, fake.countRows, fake.candidates);
    expect(resolved.params.map((param) => param.example)).toEqual(['method:bert', 'dataset:squad']);
  });

  it('gives up after a bounded number of runs and keeps the header examples', async () => {
    const saved = query([{ name: 'key', description: 'k', example: 'method:nothing' }]);
    const many = Array.from({ length: 50 }, (_, index) => `method:m${index}`);
    let runs = 0;
    const countRows = async () => {
      runs += 1;
      return 0;
    };
    const resolved = await withGraphExamples(saved, countRows, async () => many);
    expect(resolved).toBe(saved);
    expect(runs).toBe(MAX_TRIES);
  });
});
