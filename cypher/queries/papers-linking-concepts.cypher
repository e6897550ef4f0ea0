// The papers that mention two concepts together (any mention: proposes, uses, evaluates on, addresses,
// measures), newest first, with the two mentions and their evidence sentences.
// Params:
//   $first: a concept key (example: "method:daformer")
//   $second: another concept key (example: "dataset:cityscape")
// Returns: paper, year, first, firstMention, second, secondMention
MATCH (a:Concept {key: $first})<-[ma:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]-(p:Paper)
      -[mb:PROPOSES|USES|EVALUATES_ON|ADDRESSES|MEASURES]->(b:Concept {key: $second})
RETURN p AS paper, p.year AS year, a AS first, ma AS firstMention, b AS second, mb AS secondMention
ORDER BY coalesce(year, 0) DESC, p.id
LIMIT 200
