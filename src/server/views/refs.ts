/** Rows of the API's queries → the reference shapes of src/model/api.ts. */
import { isConceptType, type ConceptType } from '../../model/concepts';
import { typeOfKey } from '../../model/keys';
import { z } from 'zod';
import type { ConceptRef, PaperRef } from '../../model/api';

/** A paper projected by the queries: `p {.id, .title, .year, .venue}`. */
export const paperRow = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().nullish(),
  venue: z.string().nullish(),
});
export type PaperRow = z.infer<typeof paperRow>;

/** A concept projected by the queries: `c {.key, .name, .type}`. */
export const conceptRow = z.object({ key: z.string(), name: z.string(), type: z.string() });
export type ConceptRow = z.infer<typeof conceptRow>;

export function paperRef(row: PaperRow): PaperRef {
  return {
    id: row.id,
    title: row.title,
    ...(typeof row.year === 'number' ? { year: row.year } : {}),
    ...(typeof row.venue === 'string' ? { venue: row.venue } : {}),
  };
}

/** The concept type of a row; the key's prefix decides when the `type` property is missing or unknown. */
export function conceptType(row: { key: string; type?: unknown }): ConceptType {
  if (typeof row.type === 'string' && isConceptType(row.type)) return row.type;
  const fromKey = typeOfKey(row.key);
  if (fromKey) return fromKey;
  throw new Error(`views/refs: concept ${row.key} has no known type`);
}

export function conceptRef(row: ConceptRow): ConceptRef {
  return { key: row.key, name: row.name, type: conceptType(row) };
}

/** `undefined` for null (Neo4j's missing value), so optional fields stay absent in JSON. */
export function present<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}
