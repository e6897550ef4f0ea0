// Waits (up to 300 s) until every index is online, so the first queries after a schema change can use them.
CALL db.awaitIndexes(300);
