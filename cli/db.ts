/**
 * `npm run db:start | db:stop | db:status` — manage the embedded Neo4j.
 * With NEO4J_URI set these commands only report that the embedded one is bypassed.
 */
import { Command } from 'commander';
import { settingsFromEnvironment } from '../neo4j/database';
import { EmbeddedNeo4jError, ensureJars, pinnedVersion, requireJava } from '../neo4j/distribution';
import { settingsFor, start, status, stop } from '../neo4j/embedded';

function bypassed(): boolean {
  const settings = settingsFromEnvironment();
  if (!settings) return false;
  console.log(`NEO4J_URI is set (${settings.uri}): the embedded Neo4j is not used.`);
  return true;
}

const program = new Command('db')
  .description('Manage the embedded Neo4j used by Concept Atlas')
  .option('--instance <name>', 'instance name (the test suite uses "test")', 'default');

program
  .command('start')
  .description('start the embedded Neo4j (fetching it on first use), or reuse the running one')
  .action(async () => {
    if (bypassed()) return;
    const { instance, reused } = await start({ name: program.opts<{ instance: string }>().instance });
    const { uri } = settingsFor(instance);
    console.log(`${reused ? 'Neo4j is already running' : 'Neo4j is up'}: ${uri} (pid ${instance.pid})`);
  });

program
  .command('fetch')
  .description('download the Neo4j jars into .neo4j/lib with Maven (start does this on first use)')
  .action(() => {
    requireJava();
    ensureJars((line) => console.log(line));
    console.log(`Neo4j ${pinnedVersion()} jars are in .neo4j/lib.`);
  });

program
  .command('stop')
  .description('stop the embedded Neo4j')
  .action(async () => {
    if (bypassed()) return;
    const stopped = await stop(program.opts<{ instance: string }>().instance);
    console.log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
  });

program
  .command('status')
  .description('say whether the embedded Neo4j runs, where, and on which ports')
  .action(async () => {
    if (bypassed()) return;
    const current = await status(program.opts<{ instance: string }>().instance);
    if (current.state === 'stopped') {
      console.log(
        `Neo4j is not running${current.stale ? ' (cleaned up a stale state file)' : ''}. Home: ${current.home}`,
      );
      process.exitCode = 3;
      return;
    }
    const { instance } = current;
    console.log(
      [
        `Neo4j ${instance.version} is ${current.state === 'running' ? 'running' : 'not answering (starting or stuck)'}`,
        `  bolt:    ${settingsFor(instance).uri}`,
        `  http:    http://127.0.0.1:${instance.httpPort}`,
        `  pid:     ${instance.pid} (since ${instance.startedAt})`,
        `  home:    ${instance.home}`,
        `  logs:    ${instance.home}/logs`,
      ].join('\n'),
    );
    if (current.state !== 'running') process.exitCode = 4;
  });

program.parseAsync().catch((error: unknown) => {
  if (error instanceof EmbeddedNeo4jError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
