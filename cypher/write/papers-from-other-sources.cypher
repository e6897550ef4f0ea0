// How many stored papers came from somewhere other than the given source file (`npm start` ingests the
// sample corpus only into a database that holds nothing else).
// $source: a `source` prefix such as 'listing.txt:'
MATCH (p:Paper)
WHERE NOT p.source STARTS WITH $source
RETURN count(p) AS papers
