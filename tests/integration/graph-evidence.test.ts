/**
 * What the API relies on in any graph written by the cypher/README.md contract: evidence offsets point into
 * the abstract, inside their sentence, and parallel evidence lists line up. Runs on the fixture or, with
 * TEST_GRAPH=sample, on the ingested sample corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../neo4j/database';
import { canonicalName } from '../../src/model/keys';
import { testDatabase } from '../setup/database';
import { seedGraph, testGraph } from '../setup/seed';

let db: Database;

beforeAll(async () => {
  db = await testDatabase();
  await seedGraph(db);
});
afterAll(async () => {
  await db.close();
});

interface MentionRow {
  abstract: string;
  name: string;
  aliases: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
  rules: string[];
  sentence: string;
  start: number;
  end: number;
}

describe('evidence in the graph', () => {
  it('points at text inside its sentence, in every mention', async () => {
    const { rows } = await db.read(
      `MATCH (p:Paper)-[m:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(c:Concept)
       RETURN p.abstract AS abstract, c.name AS name, c.aliases AS aliases, m.sentences AS sentences,
              m.starts AS starts, m.ends AS ends, m.rules AS rules, m.sentence AS sentence, m.start AS start, m.end AS end`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows as unknown as MentionRow[]) {
      expect(row.starts).toHaveLength(row.sentences.length);
      expect(row.ends).toHaveLength(row.sentences.length);
      expect(row.rules).toHaveLength(row.sentences.length);
      const spans = [{ sentence: row.sentence, start: row.start, end: row.end }].concat(
        row.sentences.map((sentence, index) => ({
          sentence,
          start: row.starts[index] ?? -1,
          end: row.ends[index] ?? -1,
        })),
      );
      for (const span of spans) {
        const text = row.abstract.slice(span.start, span.end);
        expect(span.end, `${row.name}: ${span.sentence}`).toBeGreaterThan(span.start);
        expect(row.abstract).toContain(span.sentence);
        expect(span.sentence).toContain(text);
        if (testGraph() === 'fixture') {
          expect([row.name, ...row.aliases].map(canonicalName)).toContain(canonicalName(text));
        }
      }
    }
  });
});
