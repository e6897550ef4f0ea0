// Identity of papers, concepts, clusters and themes. Applied by `npm run db:schema` and at start; idempotent.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (c:Concept) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (k:Cluster) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT derived_state_id IF NOT EXISTS FOR (s:DerivedState) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (t:Theme) REQUIRE t.id IS UNIQUE;
