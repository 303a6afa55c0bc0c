// `enlace db start|stop|status`: the embedded database on its own.
import type { Command } from 'commander';
import { databaseConfigFromEnv, dbStart, dbStatus, dbStop, formatDbStatus } from '../../server/db';
import { launcherProgress } from '../database';
import { loadEnvironment } from '../environment';

const logger = { info: (message: string) => process.stdout.write(`${message}\n`) };

export function registerDb(program: Command): void {
  const db = program.command('db').description('the embedded Neo4j database on its own');
  db.command('start')
    .description('start the embedded database and keep it running until Ctrl-C')
    .action(async () => {
      await dbStart(databaseConfigFromEnv(loadEnvironment()), {
        logger,
        onProgress: launcherProgress(),
        owner: 'enlace db start',
      });
    });
  db.command('stop')
    .description('stop the embedded database started by another enlace process')
    .action(async () => {
      await dbStop(databaseConfigFromEnv(loadEnvironment()), { logger });
    });
  db.command('status')
    .description('mode, address, version and counts of the database')
    .action(async () => {
      const report = await dbStatus(databaseConfigFromEnv(loadEnvironment()));
      process.stdout.write(formatDbStatus(report) + '\n');
    });
}
