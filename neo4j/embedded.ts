/**
 * The embedded Neo4j: a Neo4j Community server fetched from Maven Central into `.neo4j/lib` and run as a
 * child JVM on loopback. One instance per home directory; its state (pid, ports, password) lives in
 * `<home>/run/atlas.json` so any later command can find, reuse or stop it.
 *
 * Homes: the default instance lives in `.neo4j/` itself (data, logs, conf, run); named instances (the test
 * suite's, for example) in `.neo4j/instances/<name>/`. They share the jars in `.neo4j/lib`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Database, type ConnectionSettings } from './database';
import {
  adminEnvironment,
  defaultLog,
  EmbeddedNeo4jError,
  ensureJars,
  javaExecutable,
  pinnedVersion,
  requireJava,
  setInitialPassword,
} from './distribution';
import { confTemplatePath, consoleLogPath, credentialsPath, instanceHome, libDir, statePath } from './paths';
import { choosePort } from './ports';

export interface InstanceOptions {
  /** 'default' for the user's database; other names get their own data and ports. */
  name?: string;
  /** Bolt port to prefer; a free one is chosen when it is taken. */
  boltPort?: number;
  httpPort?: number;
  /** Start with an empty database (the test suite uses this). */
  fresh?: boolean;
  /** Where progress messages go (stderr by default). */
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer. */
  startTimeoutMs?: number;
  /** Extra neo4j.conf lines (`key=value`), appended after the template. */
  extraConfig?: string[];
}

export interface InstanceState {
  name: string;
  home: string;
  pid: number;
  boltPort: number;
  httpPort: number;
  user: string;
  password: string;
  version: string;
  startedAt: string;
}

export type InstanceStatus =
  | { state: 'running'; instance: InstanceState }
  | { state: 'unresponsive'; instance: InstanceState }
  | { state: 'stopped'; home: string; stale: boolean };

function readState(home: string): InstanceState | undefined {
  try {
    return JSON.parse(readFileSync(statePath(home), 'utf8')) as InstanceState;
  } catch {
    return undefined;
  }
}

/** True when `pid` is alive and is a Neo4j JVM started for `home`. */
function isOurProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes('org.neo4j.server.CommunityEntryPoint') && cmdline.includes(`--home-dir=${home}`);
  } catch {
    // No /proc (macOS): trust the pid check.
    return true;
  }
}

export function settingsFor(instance: InstanceState): ConnectionSettings {
  return {
    uri: `bolt://127.0.0.1:${instance.boltPort}`,
    user: instance.user,
    password: instance.password,
    origin: 'embedded',
  };
}

async function answers(instance: InstanceState): Promise<boolean> {
  try {
    const db = await Database.connect(settingsFor(instance));
    await db.close();
    return true;
  } catch {
    return false;
  }
}

/** Whether the instance is running, and removes a stale state file left by a crash. */
export async function status(name = 'default'): Promise<InstanceStatus> {
  const home = instanceHome(name);
  const instance = readState(home);
  if (!instance) return { state: 'stopped', home, stale: false };
  if (!isOurProcess(instance.pid, home)) {
    rmSync(statePath(home), { force: true });
    return { state: 'stopped', home, stale: true };
  }
  return (await answers(instance)) ? { state: 'running', instance } : { state: 'unresponsive', instance };
}

function credentials(home: string): { user: string; password: string } {
  const path = credentialsPath(home);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as { user: string; password: string };
  // Hex: a password must not start with '-' (neo4j-admin would read it as an option).
  const created = { user: 'neo4j', password: randomBytes(18).toString('hex') };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}

function writeConfig(home: string, boltPort: number, httpPort: number, extra: string[] = []): void {
  const text = readFileSync(confTemplatePath, 'utf8')
    .replaceAll('{{home}}', home)
    .replaceAll('{{boltPort}}', String(boltPort))
    .replaceAll('{{httpPort}}', String(httpPort));
  writeFileSync(join(home, 'conf', 'neo4j.conf'), [text.trimEnd(), ...extra, ''].join('\n'));
}

/** The last lines of the instance's console log, for error messages. */
export function logTail(home: string, lines = 30): string {
  try {
    const text = readFileSync(consoleLogPath(home), 'utf8').trimEnd().split('\n');
    return text.slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

/** Neo4j could not bind a port we chose (taken in the meantime). */
class PortTakenError extends EmbeddedNeo4jError {}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Spawns the JVM for `planned` and waits until Bolt answers; returns the state with its pid. */
async function launch(
  planned: InstanceState,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<InstanceState> {
  const { home } = planned;
  const logPath = consoleLogPath(home);
  const logOffset = fileSize(logPath);
  const logFd = openSync(logPath, 'a');
  const child = spawn(
    javaExecutable(),
    [
      '-Xms512m',
      '-Xmx1g',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      `${libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env: adminEnvironment(home) },
  );
  closeSync(logFd);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  child.unref();
  if (child.pid === undefined) throw new EmbeddedNeo4jError(`Could not start java for Neo4j (${home}).`);
  const instance: InstanceState = { ...planned, pid: child.pid };
  writeFileSync(statePath(home), JSON.stringify(instance, null, 2), { mode: 0o600 });
  log(
    `Starting Neo4j ${instance.version} (pid ${instance.pid}, bolt ${instance.boltPort}, ` +
      `http ${instance.httpPort}, logs ${home}/logs)...`,
  );

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) {
      rmSync(statePath(home), { force: true });
      const thisRun = readFileSync(logPath, 'utf8').slice(logOffset);
      const message = `Neo4j exited during start-up (code ${exited}). Last lines of ${logPath}:\n${logTail(home)}`;
      throw /Address already in use/.test(thisRun)
        ? new PortTakenError(message)
        : new EmbeddedNeo4jError(message);
    }
    if (await answers(instance)) return instance;
    if (Date.now() > deadline) {
      await stop(instance.name);
      throw new EmbeddedNeo4jError(
        `Neo4j did not answer on bolt port ${instance.boltPort} within ${Math.round(timeoutMs / 1000)} s. ` +
          `Last lines of ${logPath}:\n${logTail(home)}`,
      );
    }
    await sleep(300);
  }
}

const lockPath = (home: string) => join(home, 'run', 'start.lock');

/** Serialises concurrent starts of one instance (e.g. `npm start` and `npm test` at once). */
async function withStartLock<T>(home: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(join(home, 'run'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      const fd = openSync(lockPath(home), 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const holder = Number(readFileSync(lockPath(home), 'utf8') || 0);
      let alive = false;
      try {
        if (holder > 0) process.kill(holder, 0);
        alive = holder > 0;
      } catch {
        alive = false;
      }
      if (!alive) {
        rmSync(lockPath(home), { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new EmbeddedNeo4jError(`Timed out waiting for ${lockPath(home)}`);
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath(home), { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * Starts the instance, or reuses it when it already runs. Fetches the jars on first use.
 *
 * @example
 * const { instance, reused } = await start({ name: 'default' });
 * console.log(settingsFor(instance).uri); // bolt://127.0.0.1:7687
 */
export async function start(
  options: InstanceOptions = {},
): Promise<{ instance: InstanceState; reused: boolean }> {
  const name = options.name ?? 'default';
  const log = options.log ?? defaultLog;
  const home = instanceHome(name);
  requireJava();
  ensureJars(log);
  return withStartLock(home, async () => {
    const current = await status(name);
    if (current.state === 'running' && !options.fresh) return { instance: current.instance, reused: true };
    if (current.state !== 'stopped') await stop(name);
    else if (current.stale) log(`Cleaned up the state of a Neo4j run that ended without stopping (${home}).`);

    for (const dir of ['conf', 'logs', 'run', 'import', 'plugins'])
      mkdirSync(join(home, dir), { recursive: true });
    if (options.fresh) {
      rmSync(join(home, 'data'), { recursive: true, force: true });
      rmSync(credentialsPath(home), { force: true });
    }
    mkdirSync(join(home, 'data'), { recursive: true });
    const { user, password } = credentials(home);
    for (let attempt = 1; ; attempt += 1) {
      const boltPort = await choosePort(options.boltPort ?? 7687, 'Neo4j Bolt', log);
      const httpPort = await choosePort(options.httpPort ?? 7474, 'Neo4j HTTP', log);
      writeConfig(home, boltPort, httpPort, options.extraConfig);
      setInitialPassword(home, password);
      const instance: InstanceState = {
        name,
        home,
        pid: 0,
        boltPort,
        httpPort,
        user,
        password,
        version: pinnedVersion(),
        startedAt: new Date().toISOString(),
      };
      try {
        return { instance: await launch(instance, options.startTimeoutMs ?? 120_000, log), reused: false };
      } catch (error) {
        // Another program can take a port between our check and Neo4j's bind: choose again.
        if (!(error instanceof PortTakenError) || attempt >= 3) throw error;
        log('A port was taken while Neo4j was starting; choosing other ports.');
      }
    }
  });
}

/** Stops the instance with SIGTERM (SIGKILL after `graceMs`). Returns false when it was not running. */
export async function stop(name = 'default', graceMs = 60_000): Promise<boolean> {
  const home = instanceHome(name);
  const instance = readState(home);
  if (!instance || !isOurProcess(instance.pid, home)) {
    rmSync(statePath(home), { force: true });
    return false;
  }
  process.kill(instance.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isOurProcess(instance.pid, home)) {
    if (Date.now() > deadline) {
      process.kill(instance.pid, 'SIGKILL');
      await sleep(500);
      break;
    }
    await sleep(200);
  }
  rmSync(statePath(home), { force: true });
  return true;
}

/** True while the instance's JVM runs; watchers use it to notice that Neo4j died. */
export function isAlive(instance: InstanceState): boolean {
  return isOurProcess(instance.pid, instance.home);
}
