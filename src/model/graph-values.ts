/**
 * Recognising the graph elements (`GraphValue`, src/model/api.ts) inside a console answer's rows, where they
 * sit among plain numbers, strings, lists and maps. The server reads them to build the answer's graph, the
 * page to show them in its table.
 */
import type { NodeValue, PathValue, RelationshipValue } from './api';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNodeValue(value: unknown): value is NodeValue {
  return (
    isRecord(value) &&
    value.kind === 'node' &&
    typeof value.id === 'string' &&
    Array.isArray(value.labels) &&
    isRecord(value.properties)
  );
}

export function isRelationshipValue(value: unknown): value is RelationshipValue {
  return (
    isRecord(value) &&
    value.kind === 'relationship' &&
    typeof value.id === 'string' &&
    typeof value.type === 'string' &&
    typeof value.start === 'string' &&
    typeof value.end === 'string' &&
    isRecord(value.properties)
  );
}

export function isPathValue(value: unknown): value is PathValue {
  return (
    isRecord(value) &&
    value.kind === 'path' &&
    Array.isArray(value.nodes) &&
    Array.isArray(value.relationships) &&
    value.nodes.every(isNodeValue) &&
    value.relationships.every(isRelationshipValue) &&
    value.nodes.length === value.relationships.length + 1
  );
}
