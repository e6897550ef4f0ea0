/** Query-string and body validation with zod: a failed parse becomes a 400 naming each bad field. */
import { z } from 'zod';
import { badRequest } from './errors';

/**
 * @example
 * const { limit } = parseInput(z.object({ limit: z.coerce.number().int() }), request.query);
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  throw badRequest(problems.join('; '));
}

/** A comma-separated query parameter (`a,b,c`) as a list of trimmed, non-empty strings. */
export const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/** An integer query parameter within [min, max], `fallback` when absent. */
export const boundedInt = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
