/**
 * What the Cypher editor knows about our graph (cypher/README.md): labels, relationship types and
 * property keys, for completion and linting by Neo4j's language support.
 */
import type { DbSchema } from '@neo4j-cypher/language-support';
import { CONCEPT_TYPES, LINEAGE_TYPES, MENTION_TYPES } from '../../../model/concepts';

export const GRAPH_SCHEMA: DbSchema = {
  labels: ['Paper', 'Concept', ...CONCEPT_TYPES, 'Cluster'],
  relationshipTypes: [...MENTION_TYPES, ...LINEAGE_TYPES, 'REPORTS', 'CO_OCCURS', 'IN_CLUSTER', 'LINKED'],
  propertyKeys: [
    // Paper
    'id',
    'title',
    'abstract',
    'year',
    'venue',
    'url',
    'authors',
    'source',
    // Concept
    'key',
    'type',
    'name',
    'aliases',
    'aliasText',
    'paperCount',
    'cluster',
    // Cluster
    'label',
    'size',
    'top',
    // Relationships
    'sentence',
    'start',
    'end',
    'rule',
    'confidence',
    'role',
    'sentences',
    'starts',
    'ends',
    'rules',
    'mentions',
    'paper',
    'metric',
    'value',
    'numeric',
    'method',
    'papers',
    'weight',
  ],
};
