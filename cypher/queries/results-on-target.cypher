// A leaderboard: the results papers report on one dataset or benchmark (or on a metric alone, for results
// that name no dataset or benchmark), best parsed value first.
// Params:
//   $key: dataset, benchmark or metric key (example: "benchmark:gta to cityscape")
// Returns: paper, year, method, metric, value, sentence
MATCH (p:Paper)-[r:REPORTS]->(:Concept {key: $key})
OPTIONAL MATCH (m:Concept:Method {key: r.method})
RETURN p.title AS paper, p.year AS year, m.name AS method, r.metric AS metric, r.value AS value,
       r.sentence AS sentence
ORDER BY r.metric, r.numeric DESC
