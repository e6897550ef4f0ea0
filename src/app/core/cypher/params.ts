/**
 * The console's parameters box: JSON text → a parameter map, or an error naming line and column.
 */
export type ParsedParams = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * @example
 * parseParams('{"limit": 5}'); // { ok: true, params: { limit: 5 } }
 * parseParams('{limit: 5}');   // { ok: false, message: 'Parameters: ... (line 1, column 2)' }
 */
export function parseParams(text: string): ParsedParams {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message)?.[1];
    const where =
      offset === undefined
        ? ''
        : (() => {
            const { line, column } = lineAndColumn(text, Number(offset));
            return ` (line ${line}, column ${column})`;
          })();
    return {
      ok: false,
      message: `Parameters: ${message.replace(/ in JSON at position \d+.*$/, '')}${where}`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Parameters: expected a JSON object such as {"name": "DAFormer"}' };
  }
  return { ok: true, params: value as Record<string, unknown> };
}

/** The example parameters of a saved query, as the JSON text the box shows. */
export function exampleParams(params: Array<{ name: string; example?: unknown }>): string {
  if (params.length === 0) return '';
  const entries = Object.fromEntries(params.map((param) => [param.name, param.example ?? null]));
  return JSON.stringify(entries, null, 2);
}
