/**
 * Where things live: the project root, the embedded Neo4j's home directories (the default instance in
 * `.neo4j/` itself, named instances in `.neo4j/instances/<name>/`) and the files inside one.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder above this module that holds package.json: the same from the TypeScript sources
 * (`neo4j/`) and from the compiled bundle (`dist/node/`).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export const neo4jRoot = join(projectRoot, '.neo4j');

export const libDir = join(neo4jRoot, 'lib');

/** The fetch-only Maven project and the config template (in `neo4j/`, beside this module's source). */
export const pomPath = join(projectRoot, 'neo4j', 'pom.xml');
export const confTemplatePath = join(projectRoot, 'neo4j', 'neo4j.conf.template');

export function instanceHome(name = 'default'): string {
  return name === 'default' ? neo4jRoot : join(neo4jRoot, 'instances', name);
}

export const statePath = (home: string) => join(home, 'run', 'atlas.json');

export const credentialsPath = (home: string) => join(home, 'conf', 'credentials.json');

export const consoleLogPath = (home: string) => join(home, 'logs', 'console.log');
