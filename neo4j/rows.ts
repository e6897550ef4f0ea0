/**
 * Rows are parsed once, where a query is run, with the query's own row schema: the row type the code uses is
 * the schema's (`z.infer`), never a cast. Rows reach the schema as `Database` leaves them: Integers are numbers
 * (strings when they do not fit), temporal values ISO strings, missing values null — so an optional field is
 * `.nullish()`, a count `z.number()`.
 *
 * A row that does not fit raises `RowShapeError`, naming the query, the row and the field.
 */
import type { z } from 'zod';
import type { Row } from './database';

/** Raised when a query answers a row its schema does not describe. */
export class RowShapeError extends Error {
  override readonly name = 'RowShapeError';
  constructor(
    readonly query: string,
    readonly rowIndex: number,
    readonly field: string,
    detail: string,
  ) {
    super(`query ${query}: row ${rowIndex + 1}, field ${field || '(the row)'}: ${detail}`);
  }
}

/**
 * Parses every row with `schema`.
 *
 * @example
 * const rows = parseRows('search-papers', result.rows, z.object({ id: z.string(), score: z.number() }));
 */
export function parseRows<S extends z.ZodType>(
  query: string,
  rows: readonly Row[],
  schema: S,
): z.output<S>[] {
  const parsed: z.output<S>[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    parsed[index] = parseRow(query, rows[index], schema, index);
  }
  return parsed;
}

/** Parses one row (the `index`-th of its answer, for the message) with `schema`. */
export function parseRow<S extends z.ZodType>(
  query: string,
  row: unknown,
  schema: S,
  index = 0,
): z.output<S> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  throw new RowShapeError(query, index, field, issue?.message ?? result.error.message);
}
