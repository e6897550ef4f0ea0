/**
 * Ports of the test Neo4j instances. ATLAS_TEST_PORT_OFFSET shifts them all, so two checkouts of the
 * project can run their database tests on one machine at the same time (offsets 2000 apart keep clear).
 */
const raw = process.env.ATLAS_TEST_PORT_OFFSET ?? '0';
const offset = Number(raw);
if (!Number.isInteger(offset) || offset < 0 || offset > 20000) {
  throw new Error(`ATLAS_TEST_PORT_OFFSET must be a whole number from 0 to 20000, got "${raw}"`);
}

/** `base` shifted by the offset. */
export const testPort = (base: number): number => base + offset;

export const integrationPorts = { boltPort: testPort(17687), httpPort: testPort(17474) };
export const e2ePorts = { boltPort: testPort(17688), httpPort: testPort(17475) };
