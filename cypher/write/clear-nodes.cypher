// Deletes every node, in batches; run after clear-relationships. The schema stays.
// Params: none
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
