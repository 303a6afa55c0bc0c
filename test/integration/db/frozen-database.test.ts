// A frozen database (its JVM stopped with SIGSTOP: the port still accepts connections, nothing answers)
// stops commands and API requests within ENLACE_DB_TIMEOUT with one clear message, instead of hanging.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import request from 'supertest';
import { apiContext } from '../../../cli/api-context';
import { DEFAULT_SETTINGS } from '../../../server/api/context';
import { createApp } from '../../../server/app';
import type { EmbeddedDatabaseConfig, EmbeddedNeo4j } from '../../../server/db';
import { applySchema, driverConfig, startEmbeddedNeo4j } from '../../../server/db';
import { createCurationLog } from '../../../server/services/curation';
import { writeCorpusFolders } from '../../helpers/corpus-folders';
import { temporaryEmbeddedConfig } from '../../helpers/embedded-config';
import { collectOutput, longQuery, transactionsRunning, waitFor } from '../../helpers/cli-process';
import { REPO_ROOT, runCli, spawnCli } from '../../helpers/run-cli';

const TIMEOUT_S = 3;
const SILENCE = new RegExp(`The database did not answer within ${TIMEOUT_S} s`);

describe('db: a frozen database stops commands and requests clearly', function () {
  this.timeout(300_000);
  let config: EmbeddedDatabaseConfig;
  let server: EmbeddedNeo4j;
  let driver: Driver;
  const curations = join(tmpdir(), `enlace-frozen-curations-${process.pid}.jsonl`);

  before(async () => {
    config = await temporaryEmbeddedConfig({ heap: '384m', pageCache: '64m' });
    server = await startEmbeddedNeo4j(config);
    driver = neo4j.driver(server.uri, undefined, driverConfig(TIMEOUT_S * 1000));
    await applySchema(driver, 'neo4j');
  });

  after(async () => {
    process.kill(server.pid, 'SIGCONT');
    await driver?.close();
    await server?.stop();
    rmSync(config.dataDir, { recursive: true, force: true });
    rmSync(curations, { force: true });
  });

  /** The CLI's environment: the embedded database of this file, found through its pid file. */
  const env = (): NodeJS.ProcessEnv => {
    const vars: NodeJS.ProcessEnv = {
      ...process.env,
      ENLACE_DATA_DIR: config.dataDir,
      ENLACE_BOLT_PORT: String(config.boltPort),
      ENLACE_DB_TIMEOUT: String(TIMEOUT_S),
      ENLACE_CURATIONS: curations,
    };
    delete vars.NEO4J_URI;
    return vars;
  };

  const freeze = () => process.kill(server.pid, 'SIGSTOP');
  const thaw = () => process.kill(server.pid, 'SIGCONT');

  it('enlace query on a database frozen before it starts says so within the timeout', async () => {
    freeze();
    try {
      const started = Date.now();
      const result = await runCli(['query', 'RETURN 1 AS one'], env());
      expect(result.code).to.equal(1);
      expect(result.stderr).to.match(SILENCE);
      expect(result.stderr).to.contain(`process ${server.pid}`);
      expect(result.stderr.trim().split('\n'), 'one message').to.have.length(1);
      expect(Date.now() - started).to.be.below(60_000);
    } finally {
      thaw();
    }
  });

  it('enlace query waiting for rows when the database freezes stops without waiting for its own timeout', async () => {
    const marker = `frozen-${Date.now()}`;
    const running = collectOutput(spawnCli(['query', longQuery(marker), '--timeout', '600'], env()));
    await waitFor('the query to run', async () => (await transactionsRunning(driver, marker)).length > 0);
    freeze();
    try {
      const frozenAt = Date.now();
      const result = await running.done;
      expect(result.code).to.equal(1);
      expect(result.stderr).to.match(SILENCE);
      expect(Date.now() - frozenAt, 'long before the query timeout of 600 s').to.be.below(45_000);
    } finally {
      thaw();
    }
    const ids = await transactionsRunning(driver, marker);
    if (ids.length) await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: 'neo4j' });
  });

  it('an ingest holding the write lock when the database freezes stops with one message', async () => {
    const corpus = writeCorpusFolders({ seed: 31, count: 40, parts: 1 });
    const running = collectOutput(spawnCli(['ingest', corpus.all], env()));
    await waitFor('the ingest to take the write lock', async () => {
      const { records } = await driver.executeQuery(
        'MATCH (l:EnlaceLock) RETURN count(l) AS n',
        {},
        { database: 'neo4j' },
      );
      return Number(records[0]?.get('n')) > 0;
    });
    freeze();
    try {
      const frozenAt = Date.now();
      const result = await running.done;
      expect(result.code).to.equal(1);
      const messages = result.stderr.split('\n').filter((line) => line.startsWith('enlace:'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(SILENCE).and.to.contain('during "enlace ingest"');
      expect(Date.now() - frozenAt).to.be.below(45_000);
    } finally {
      thaw();
      rmSync(join(corpus.all, '..'), { recursive: true, force: true });
    }
  });

  it('the API answers 503 while the database is frozen, and 200 once it thaws', async () => {
    const app = createApp({
      token: 'frozen-token',
      clientDir: join(REPO_ROOT, 'client', 'public'),
      log: () => {},
      context: apiContext({
        driver,
        database: 'neo4j',
        mode: 'embedded',
        uri: server.uri,
        answerTimeoutMs: TIMEOUT_S * 1000,
        settings: DEFAULT_SETTINGS,
        aliasFile: null,
        curations: createCurationLog(curations),
        uploadsDir: join(tmpdir(), `enlace-frozen-uploads-${process.pid}`),
      }),
    });
    await request(app).get('/api/search?q=ana').expect(200);
    freeze();
    try {
      const started = Date.now();
      const silent = await request(app).get('/api/search?q=ana').expect(503);
      expect((silent.body as { detail: string }).detail).to.match(/did not answer within 3 s/);
      expect(Date.now() - started).to.be.below(30_000);
      const health = await request(app).get('/api/health').expect(503);
      expect((health.body as { status: string }).status).to.equal('degraded');
    } finally {
      thaw();
    }
    await request(app).get('/api/search?q=ana').expect(200);
  });
});
