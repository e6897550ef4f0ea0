/**
 * Stable identities: a concept's key is its type plus a canonical form of its name, a paper without an id
 * gets a stable hash of its normalised title, and graph payload node ids carry their kind as a prefix.
 */
import { CONCEPT_TYPES, type ConceptType } from './concepts';

/** Prefixes written joined, spaced or hyphenated ("pre-training", "pre training", "pretraining"). */
const BOUND_PREFIXES =
  /\b(pre|post|re|non|multi|self|semi|co|sub|super|inter|intra|cross|meta|bi|uni|un|auto|fine) (?=\p{L})/gu;

/**
 * The canonical form of a concept name: case, hyphens, spacing and a plural `s` fold together, while
 * version numbers stay apart (`Llama 2` and `Llama 3` are different concepts; `GPT-4` and `GPT4` are not).
 *
 * @example
 * canonicalName('Vision-Transformers'); // 'vision transformer'
 * canonicalName('Llama 2');             // 'llama2'
 * canonicalName('pre-training');        // 'pretraining'
 */
export function canonicalName(name: string): string {
  const known = canonical.get(name);
  if (known !== undefined) return known;
  const key = computeCanonicalName(name);
  // Extraction asks for the same few thousand names again and again: remembered, within a bound.
  if (canonical.size >= CANONICAL_CACHE_SIZE) canonical.clear();
  canonical.set(name, key);
  return key;
}

const canonical = new Map<string, string>();
const CANONICAL_CACHE_SIZE = 100_000;

function computeCanonicalName(name: string): string {
  const folded = name
    .normalize('NFKC')
    // The plural of an acronym: "LLMs", "CNNs".
    .replace(/\b(\p{Lu}{2,}\d*)s\b/gu, '$1')
    .toLowerCase()
    .replace(/[‐‑‒–—―_-]+/g, ' ')
    .replace(/[^\p{L}\p{N}.+#/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\p{L}) (?=\d)|(?<=\d) (?=\p{L}\b)/gu, '')
    .replace(BOUND_PREFIXES, '$1')
    .replace(/\bdata (?=sets?\b)/g, 'data');
  const words = folded.split(' ');
  const last = words.at(-1) ?? '';
  // A plural "s" folds away, but not from a name written in mixed case ("xPos", "DeiTs" stay).
  // Nor from an acronym in capitals: "MARS" and "DARTS" are names, not plurals of "MAR" and "DART".
  const written = name.split(/[\s-]+/).at(-1) ?? '';
  const mixedCase = /\p{Ll}\p{Lu}/u.test(written) || /^\p{Lu}{2,}S$/u.test(written);
  // "series", "species" and "Bayes" are their own singular; "strategies" → "strategy", but "movies" → "movie".
  if (
    words.length > 0 &&
    !mixedCase &&
    /^[a-z]{3,}s$/.test(last) &&
    !/(ss|us|is|ics|series|species|bayes)$/.test(last)
  ) {
    const y = /^[a-z]{2,}[^aeiou]ies$/.test(last) && !/(mov|cook|zomb|calor|prair)ies$/.test(last);
    // "losses" → "loss", "classes" → "class"
    const sses = /sses$/.test(last);
    words[words.length - 1] = y ? `${last.slice(0, -3)}y` : last.slice(0, sses ? -2 : -1);
  }
  return words.join(' ');
}

/** The prefix of a concept type's keys, without the colon: `method`, `dataset`, ... */
export const keyPrefix = (type: ConceptType): string => type.toLowerCase();

/**
 * @example
 * conceptKey('Method', 'DAFormer'); // 'method:daformer'
 */
export function conceptKey(type: ConceptType, name: string): string {
  return `${keyPrefix(type)}:${canonicalName(name)}`;
}

/**
 * The type part of a concept key, or undefined for something that is not one.
 *
 * @example
 * typeOfKey('dataset:cityscape'); // 'Dataset'
 * typeOfKey('paper:2111.14887');  // undefined
 */
export function typeOfKey(key: string): ConceptType | undefined {
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = key.slice(0, colon);
  return CONCEPT_TYPES.find((type) => keyPrefix(type) === prefix);
}

/** FNV-1a 64-bit, hex: small, dependency-free and identical in Node and the browser. */
export function stableHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A title as two records of one paper share it: case, punctuation and spacing fold away.
 *
 * @example
 * normalisedTitle('DAFormer: Improving  Network'); // 'daformer improving network'
 */
export function normalisedTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The id of a paper that came without one: a hash of its normalised title.
 *
 * @example
 * paperIdFromTitle('DAFormer: Improving Network Architectures ...'); // 't-1a2b...'
 */
export function paperIdFromTitle(title: string): string {
  return `t-${stableHash(normalisedTitle(title))}`;
}

/** Node ids in graph payloads: `paper:<id>`, `cluster:<id>`, or the concept key itself. */
export const PAPER_NODE_PREFIX = 'paper:';
export const CLUSTER_NODE_PREFIX = 'cluster:';

export const paperNodeId = (paperId: string): string => `${PAPER_NODE_PREFIX}${paperId}`;
export const clusterNodeId = (clusterId: string | number): string => `${CLUSTER_NODE_PREFIX}${clusterId}`;

/** `paper:123` → `123`; anything else → undefined. */
export function paperIdOf(nodeId: string): string | undefined {
  return nodeId.startsWith(PAPER_NODE_PREFIX) ? nodeId.slice(PAPER_NODE_PREFIX.length) : undefined;
}

/**
 * Theme ids (derive's `hierarchy.ts`) are `t<level>:` and a concept key; cluster ids are concept keys, whose
 * prefix is a concept type, so the two never meet.
 *
 * @example
 * isThemeId('t1:task:machine translation'); // true
 * isThemeId('task:machine translation');    // false
 */
export const isThemeId = (id: string): boolean => /^t\d+:/.test(id);

/** `cluster:7` → `7`; anything else → undefined. */
export function clusterIdOf(nodeId: string): string | undefined {
  return nodeId.startsWith(CLUSTER_NODE_PREFIX) ? nodeId.slice(CLUSTER_NODE_PREFIX.length) : undefined;
}
