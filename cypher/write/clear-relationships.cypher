// Deletes every relationship, in batches (a concept with many edges would not fit one transaction).
// Params: none
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
