// Nodes per label and relationships per type, from Neo4j's count store (constant time).
// Internal: GET /api/stats
// Params: none
// Returns: labels, relationships
RETURN {
  Paper: COUNT { (:Paper) },
  Concept: COUNT { (:Concept) },
  Method: COUNT { (:Method) },
  Dataset: COUNT { (:Dataset) },
  Benchmark: COUNT { (:Benchmark) },
  Task: COUNT { (:Task) },
  Metric: COUNT { (:Metric) },
  Cluster: COUNT { (:Cluster) }
} AS labels,
{
  PROPOSES: COUNT { ()-[:PROPOSES]->() },
  USES: COUNT { ()-[:USES]->() },
  EVALUATES_ON: COUNT { ()-[:EVALUATES_ON]->() },
  ADDRESSES: COUNT { ()-[:ADDRESSES]->() },
  MEASURES: COUNT { ()-[:MEASURES]->() },
  EXTENDS: COUNT { ()-[:EXTENDS]->() },
  BUILT_ON: COUNT { ()-[:BUILT_ON]->() },
  INSPIRED_BY: COUNT { ()-[:INSPIRED_BY]->() },
  COMPARED_WITH: COUNT { ()-[:COMPARED_WITH]->() },
  REPORTS: COUNT { ()-[:REPORTS]->() },
  CO_OCCURS: COUNT { ()-[:CO_OCCURS]->() },
  IN_CLUSTER: COUNT { ()-[:IN_CLUSTER]->() },
  LINKED: COUNT { ()-[:LINKED]->() }
} AS relationships
