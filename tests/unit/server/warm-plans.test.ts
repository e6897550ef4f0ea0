import { describe, expect, it } from 'vitest';
import type { Database } from '../../../neo4j/database';
import { loadSavedQueries } from '../../../src/server/console/saved-queries';
import { DEFAULT_LIMITS } from '../../../src/server/context';
import { savedQueryText } from '../../../src/server/read-query';
import { SHORT_WARM_KEY, WARM_KEY, WARM_QUERIES, warmPlans } from '../../../src/server/warm-plans';

describe('warmPlans', () => {
  const { queries } = loadSavedQueries();

  it('plans saved queries with exactly the parameters their headers declare', () => {
    for (const [name, params] of WARM_QUERIES) {
      const query = queries.find((saved) => saved.name === name);
      expect(query, name).toBeDefined();
      expect(Object.keys(params).sort(), name).toEqual(
        (query?.params ?? []).map((param) => param.name).sort(),
      );
    }
  });

  it('uses keys no concept can have, in both lengths', () => {
    for (const key of [WARM_KEY, SHORT_WARM_KEY]) expect(key).toMatch(/^(method|task):~/);
    const keys = new Set(WARM_QUERIES.map(([, params]) => params.key ?? params.id ?? params.keys));
    expect(keys.size).toBeGreaterThanOrEqual(2);
  });

  it('runs each query with the text the routes send, one at a time, and shrugs off failures', async () => {
    const sent: string[] = [];
    let running = 0;
    const db = {
      read: async (text: string) => {
        running += 1;
        expect(running).toBe(1);
        sent.push(text);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
        if (sent.length === 2) throw new Error('Neo4j is away');
        return { columns: [], rows: [], truncated: false };
      },
    } as unknown as Database;
    await warmPlans({ db, limits: DEFAULT_LIMITS });
    expect(sent).toEqual(WARM_QUERIES.map(([name]) => savedQueryText(name)));
  });
});
