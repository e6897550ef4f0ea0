// The methods evaluated on a dataset or benchmark, through the papers that use both.
// Params:
//   $key: dataset or benchmark key (example: "dataset:cityscape")
// Returns: target, evaluates, paper, uses, method
MATCH (target:Concept {key: $key})<-[evaluates:EVALUATES_ON]-(paper:Paper)-[uses:PROPOSES|USES]->(method:Method)
RETURN target, evaluates, paper, uses, method
LIMIT 300
