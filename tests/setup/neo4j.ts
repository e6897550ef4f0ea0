/**
 * Global setup of the integration tests: NEO4J_URI when it is set (the tests write to and clear that
 * database), else a fresh embedded instance named "test" (its own data and ports, never the user's
 * database), started once for the run and stopped after it.
 */
import type { TestProject } from 'vitest/node';
import { settingsFromEnvironment, type ConnectionSettings } from '../../neo4j/database';
import { settingsFor, start, stop } from '../../neo4j/embedded';
import { integrationPorts } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ConnectionSettings;
  }
}

export const TEST_INSTANCE = 'test';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnvironment = settingsFromEnvironment();
  if (fromEnvironment) {
    project.provide('neo4j', fromEnvironment);
    return async () => {};
  }
  const { instance } = await start({
    name: TEST_INSTANCE,
    fresh: true,
    ...integrationPorts,
    log: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  });
  project.provide('neo4j', settingsFor(instance));
  return async () => {
    await stop(TEST_INSTANCE);
  };
}
