/**
 * The Neo4j distribution on this machine: Java 17+ to run it, Maven to fetch its jars from Maven Central into
 * `.neo4j/lib` (first use only), and its admin tool (`org.neo4j.cli.AdminTool`, i.e. neo4j-admin).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instanceHome, libDir, pomPath } from './paths';

/** Raised when something the embedded Neo4j needs is missing or broken; `message` says what to do. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
}

export const ALTERNATIVES =
  'Alternatives: point Concept Atlas at a Neo4j you already run with NEO4J_URI (plus NEO4J_USER and ' +
  'NEO4J_PASSWORD; neo4j+s:// for Aura), or run everything with `NEO4J_PASSWORD=<password> docker compose up`.';

/** The Neo4j version pinned in neo4j/pom.xml. */
export function pinnedVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomPath, 'utf8'));
  if (!match?.[1]) throw new EmbeddedNeo4jError(`neo4j/pom.xml: no <neo4j.version> property found`);
  return match[1];
}

/** Java's major version on PATH (or JAVA_HOME), or undefined when there is no java. */
export function javaMajorVersion(java = javaExecutable()): number | undefined {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  if (!match?.[1]) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

export function javaExecutable(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

function hasMaven(): boolean {
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/** Fails with one clear message when Java 17+ is missing. */
export function requireJava(): void {
  const major = javaMajorVersion();
  if (major === undefined) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs Java 17 or newer, and no java was found on PATH${
        process.env.JAVA_HOME ? ` or in JAVA_HOME (${process.env.JAVA_HOME})` : ''
      }.\n${ALTERNATIVES}`,
    );
  }
  if (major < 17) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs Java 17 or newer; the java found is version ${major}. ` +
        `Install Java 17+ or set JAVA_HOME to one.\n${ALTERNATIVES}`,
    );
  }
}

const jarsMarker = (version: string) => join(libDir, `.complete-${version}`);

export function jarsPresent(version = pinnedVersion()): boolean {
  return existsSync(jarsMarker(version));
}

/** Fetches Neo4j and its runtime dependencies into .neo4j/lib with Maven (first use only). */
export function ensureJars(log: (line: string) => void = defaultLog): void {
  const version = pinnedVersion();
  if (jarsPresent(version)) return;
  if (!hasMaven()) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j ${version} is not downloaded yet, and Maven (mvn), which fetches it from Maven ` +
        `Central, was not found on PATH. Install Maven (and Java 17+).\n${ALTERNATIVES}`,
    );
  }
  log(`Fetching Neo4j ${version} from Maven Central into .neo4j/lib (first run only)...`);
  rmSync(libDir, { recursive: true, force: true });
  mkdirSync(libDir, { recursive: true });
  const fetch = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-Dstyle.color=never',
      '-f',
      pomPath,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${libDir}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (fetch.error || fetch.status !== 0) {
    throw new EmbeddedNeo4jError(
      `Maven could not fetch Neo4j ${version} (exit ${fetch.status ?? fetch.error?.message}). ` +
        `Check the network access to Maven Central and run \`npm run db:start\` again.\n${ALTERNATIVES}`,
    );
  }
  if (!readdirSync(libDir).some((file) => file === `neo4j-${version}.jar`)) {
    throw new EmbeddedNeo4jError(`Maven finished but neo4j-${version}.jar is not in ${libDir}.`);
  }
  writeFileSync(jarsMarker(version), new Date().toISOString());
}

export function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function adminEnvironment(home: string): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
}

/** Sets the password of user neo4j before the very first start of a database (neo4j-admin). */
export function setInitialPassword(home: string, password: string): void {
  if (existsSync(join(home, 'data', 'dbms', 'auth.ini'))) return;
  const result = spawnSync(
    javaExecutable(),
    ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    { env: adminEnvironment(home), encoding: 'utf8' },
  );
  if (result.status !== 0) {
    const reason = `${result.stderr}${result.stdout}`
      .split('\n')
      .filter((line) => line.trim() && !/^\s+at /.test(line))
      .slice(0, 10)
      .join('\n');
    throw new EmbeddedNeo4jError(`Preparing the Neo4j home ${home} failed (neo4j-admin):\n${reason}`);
  }
}

/** Runs neo4j-admin (`org.neo4j.cli.AdminTool`) against an instance's home, e.g. `database import full`. */
export function runAdmin(name: string, args: string[]): { status: number; output: string } {
  const home = instanceHome(name);
  const result = spawnSync(javaExecutable(), ['-cp', `${libDir}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    env: adminEnvironment(home),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
