// Creates papers the store does not hold yet (the writer read the stored ids first).
// $rows: [{id, props: {id, title, abstract, year?, venue?, url?, authors?, doi?, arxivId?, openalexId?, s2Id?, origin?, source, contentHash, graphHash}}]
UNWIND $rows AS row
CREATE (p:Paper)
SET p = row.props
