/**
 * The vocabulary of the knowledge graph: concept types, the relationship each mention becomes, lineage
 * types. Labels and relationship types written to Neo4j come from these lists, never from input text.
 */

export const CONCEPT_TYPES = ['Method', 'Dataset', 'Benchmark', 'Task', 'Metric'] as const;
export type ConceptType = (typeof CONCEPT_TYPES)[number];

export const METHOD_ROLES = ['proposed', 'used'] as const;
export type MethodRole = (typeof METHOD_ROLES)[number];

/** Paper → concept relationship types. */
export const MENTION_TYPES = ['PROPOSES', 'USES', 'EVALUATES_ON', 'ADDRESSES', 'MEASURES'] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

/** Method → method lineage relationship types. */
export const LINEAGE_TYPES = ['EXTENDS', 'BUILT_ON', 'INSPIRED_BY', 'COMPARED_WITH'] as const;
export type LineageType = (typeof LINEAGE_TYPES)[number];

/** How a lineage relationship reads between two method names: "HRDA extends DAFormer". */
export const LINEAGE_VERBS: Record<LineageType, string> = {
  EXTENDS: 'extends',
  BUILT_ON: 'is built on',
  INSPIRED_BY: 'is inspired by',
  COMPARED_WITH: 'is compared with',
};

/** How a mention reads after a paper: "proposes", "evaluates on". */
export const MENTION_VERBS: Record<MentionType, string> = {
  PROPOSES: 'proposes',
  USES: 'uses',
  EVALUATES_ON: 'evaluates on',
  ADDRESSES: 'addresses',
  MEASURES: 'measures',
};

export function isConceptType(value: string): value is ConceptType {
  return (CONCEPT_TYPES as readonly string[]).includes(value);
}

export function isLineageType(value: string): value is LineageType {
  return (LINEAGE_TYPES as readonly string[]).includes(value);
}

/**
 * The relationship a paper gets to a concept it mentions.
 *
 * @example
 * mentionType('Method', 'proposed'); // 'PROPOSES'
 * mentionType('Dataset');            // 'EVALUATES_ON'
 */
export function mentionType(type: ConceptType, role?: MethodRole): MentionType {
  switch (type) {
    case 'Method':
      return role === 'proposed' ? 'PROPOSES' : 'USES';
    case 'Dataset':
    case 'Benchmark':
      return 'EVALUATES_ON';
    case 'Task':
      return 'ADDRESSES';
    case 'Metric':
      return 'MEASURES';
  }
}
