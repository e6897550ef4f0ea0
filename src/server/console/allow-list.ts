/**
 * What the console may call. An allow-list, not a deny-list: anything not named here is refused, so a
 * procedure that reaches outside (`apoc.load.*`), administers (`dbms.*`, `db.stats.*`) or writes
 * (`db.create*`) stays out even when a plugin adds it under a new name.
 */

/** Read-only procedures that only look at this database. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.info',
  'db.ping',
]);

/** Namespaced built-in functions (Neo4j 5.26); functions without a namespace are all built in. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  ...['date', 'datetime', 'localdatetime', 'localtime', 'time'].flatMap((type) =>
    ['realtime', 'statement', 'transaction', 'truncate'].map((fn) => `${type}.${fn}`),
  ),
  'datetime.fromepoch',
  'datetime.fromepochmillis',
  'duration.between',
  'duration.inDays',
  'duration.inMonths',
  'duration.inSeconds',
  'point.distance',
  'point.withinBBox',
  'vector.similarity.cosine',
  'vector.similarity.euclidean',
]);
