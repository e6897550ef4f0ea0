/**
 * Where things live: the project root, the embedded Neo4j's home directories (the default instance in
 * `.neo4j/` itself, named instances in `.neo4j/instances/<name>/`) and the files inside one.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const projectRoot = resolve(here, '..');

export const neo4jRoot = join(projectRoot, '.neo4j');

export const libDir = join(neo4jRoot, 'lib');

/** The fetch-only Maven project and the config template, beside this module. */
export const pomPath = join(here, 'pom.xml');
export const confTemplatePath = join(here, 'neo4j.conf.template');

export function instanceHome(name = 'default'): string {
  return name === 'default' ? neo4jRoot : join(neo4jRoot, 'instances', name);
}

export const statePath = (home: string) => join(home, 'run', 'atlas.json');

export const credentialsPath = (home: string) => join(home, 'conf', 'credentials.json');

export const consoleLogPath = (home: string) => join(home, 'logs', 'console.log');
