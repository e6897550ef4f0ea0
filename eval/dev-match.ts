/**
 * How the dev gold matches a prediction to a gold concept: the rules of `score_extraction.py` in
 * ../shared/tools, ported so that `npm run eval` prints the very numbers the script prints. Names are
 * compared as sets of normalised variants (name and aliases); 'relaxed' also accepts a token Jaccard of at
 * least 0.5 ("graph neural network" ~ "graph neural network model"). Python's regular expressions are
 * Unicode-aware: `\s` is its whitespace below, `\w` is letters, numbers and '_'.
 */

/** The characters Python's `\s` and `str.split()` treat as whitespace (not JavaScript's: no U+FEFF). */
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_ARTICLE = new RegExp(`^(?:the|a|an)[${SPACE}]+`, 'u');
const SEPARATORS = new RegExp(`[${SPACE}\\-_/]+`, 'gu');
const NOT_KEPT = new RegExp(`[^\\p{L}\\p{N}_${SPACE}.+^]`, 'gu');

/** A plural's 's' goes, unless the word is short or ends in 'ss' ("models" → "model", "loss", "gas"). */
const singular = (token: string) =>
  [...token].length > 3 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;

/**
 * @example
 * normalise('The Vision-Transformers (ViT)'); // 'vision transformer vit'
 */
export function normalise(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(LEADING_ARTICLE, '')
    .replace(SEPARATORS, ' ')
    .replace(NOT_KEPT, '');
  return cleaned.split(' ').filter(Boolean).map(singular).join(' ');
}

/** A concept's normalised name and aliases; an empty one is dropped. */
export function variants(name: string, aliases: readonly string[] | undefined): Set<string> {
  const out = new Set([normalise(name)]);
  for (const alias of aliases ?? []) if (alias) out.add(normalise(alias));
  out.delete('');
  return out;
}

/** Shared tokens over all tokens (at least one): "neural machine translation" ~ "machine translation" = 2/3. */
export function jaccard(a: string, b: string): number {
  const left = new Set(a.split(' ').filter(Boolean));
  const right = new Set(b.split(' ').filter(Boolean));
  const shared = [...left].filter((token) => right.has(token)).length;
  return shared / Math.max(1, new Set([...left, ...right]).size);
}

/** Some variant equal, or (relaxed) some pair of variants with a Jaccard of 0.5 or more. */
export function namesMatch(gold: Set<string>, predicted: Set<string>, relaxed: boolean): boolean {
  for (const variant of gold) if (predicted.has(variant)) return true;
  if (!relaxed) return false;
  for (const g of gold) for (const p of predicted) if (jaccard(g, p) >= 0.5) return true;
  return false;
}

/** The gold type, its alternative type, or Dataset for Benchmark and the other way round. */
export function typesAgree(
  gold: { type: string; alt_type?: string },
  predicted: string | undefined,
): boolean {
  if (predicted === gold.type) return true;
  if (gold.alt_type && predicted === gold.alt_type) return true;
  const either = new Set(['Dataset', 'Benchmark']);
  return predicted !== undefined && either.has(predicted) && either.has(gold.type);
}
