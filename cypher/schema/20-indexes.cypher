// Lookup indexes: filters the API uses (year, venue, name, type, cluster, paperCount) and the lineage
// edges' stating paper, which the writer uses to replace a paper's lineage when it is written again.
CREATE INDEX paper_year IF NOT EXISTS FOR (p:Paper) ON (p.year);
CREATE INDEX paper_venue IF NOT EXISTS FOR (p:Paper) ON (p.venue);
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
CREATE INDEX concept_type IF NOT EXISTS FOR (c:Concept) ON (c.type);
CREATE INDEX concept_cluster IF NOT EXISTS FOR (c:Concept) ON (c.cluster);
CREATE INDEX concept_paper_count IF NOT EXISTS FOR (c:Concept) ON (c.paperCount);
CREATE INDEX extends_paper IF NOT EXISTS FOR ()-[r:EXTENDS]-() ON (r.paper);
CREATE INDEX built_on_paper IF NOT EXISTS FOR ()-[r:BUILT_ON]-() ON (r.paper);
CREATE INDEX inspired_by_paper IF NOT EXISTS FOR ()-[r:INSPIRED_BY]-() ON (r.paper);
CREATE INDEX compared_with_paper IF NOT EXISTS FOR ()-[r:COMPARED_WITH]-() ON (r.paper);
