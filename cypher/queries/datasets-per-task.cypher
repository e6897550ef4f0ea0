// The most-used datasets and benchmarks per task: for each task (or one), the datasets and benchmarks that
// papers addressing it evaluate on, by number of such papers.
// Params:
//   $task: task key, or null for every task (example: "task:semantic segmentation")
//   $perTask: most datasets and benchmarks per task (example: 5)
// Returns: task, dataset, type, papers
MATCH (t:Task)<-[:ADDRESSES]-(p:Paper)-[:EVALUATES_ON]->(d:Concept)
WHERE $task IS NULL OR t.key = $task
WITH t, d, count(DISTINCT p) AS papers
ORDER BY papers DESC, d.key
WITH t, collect({dataset: d, papers: papers})[0..$perTask] AS top
UNWIND top AS item
RETURN t.name AS task, item.dataset.name AS dataset, item.dataset.type AS type, item.papers AS papers
ORDER BY task, papers DESC, dataset
