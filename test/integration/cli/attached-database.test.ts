// A command that attached to the embedded database another command started (found through its pid file)
// says what happened when that command ends and takes the database with it: who started it, that it
// stopped, and what to do; not a bare "connection refused".
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import { DRIVER_CONFIG, findFreePort } from '../../../server/db';
import { readPidFile } from '../../../server/db/pid-file';
import { collectOutput, longQuery, transactionsRunning, waitFor } from '../../helpers/cli-process';
import { spawnCli } from '../../helpers/run-cli';

describe('cli: the database of another command stops under an attached one', function () {
  this.timeout(300_000);
  const dataDir = join(tmpdir(), `enlace-attached-${process.pid}`);

  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('enlace query names the command that started the database and says to run it again', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ENLACE_DATA_DIR: dataDir,
      ENLACE_BOLT_PORT: String(await findFreePort()),
      ENLACE_NEO4J_HEAP: '384m',
      ENLACE_NEO4J_PAGE_CACHE: '64m',
    };
    delete env.NEO4J_URI;
    const ownerProcess = spawnCli(['db', 'start'], env);
    const owner = collectOutput(ownerProcess);
    try {
      await waitFor('enlace db start', () => owner.output().includes('is running at'));
      const record = readPidFile(join(dataDir, 'neo4j'))!;
      expect(record).to.include({ owner: 'enlace db start', ownerPid: ownerProcess.pid });

      const marker = `attached-${Date.now()}`;
      const attached = collectOutput(spawnCli(['query', longQuery(marker), '--timeout', '600'], env));
      const driver = neo4j.driver(record.uri, undefined, DRIVER_CONFIG);
      try {
        await waitFor(
          'the attached query to run',
          async () => (await transactionsRunning(driver, marker)).length > 0,
        );
      } finally {
        await driver.close();
      }
      ownerProcess.kill('SIGTERM');
      const result = await attached.done;
      expect(result.code).to.equal(1);
      const messages = result.stderr.split('\n').filter((line) => line.startsWith('enlace:'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(
        `The database was started by "enlace db start" (pid ${ownerProcess.pid}), which has stopped`,
      );
      expect(messages[0]).to.contain('Run the command again');
    } finally {
      ownerProcess.kill('SIGTERM');
      await owner.done;
    }
  });
});
