// The embedded Neo4j's lifecycle with its own stores: one store never opened twice, reuse, SIGKILL recovery.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import type { EmbeddedDatabaseConfig, EmbeddedNeo4j, PidRecord } from '../../../server/db';
import {
  DRIVER_CONFIG,
  connectDatabase,
  dbStart,
  dbStatus,
  dbStop,
  findFreePort,
  findRunningEmbedded,
  startEmbeddedNeo4j,
} from '../../../server/db';
import { pidFilePath, readPidFile, writePidFile } from '../../../server/db/pid-file';
import { temporaryEmbeddedConfig } from '../../helpers/embedded-config';

const run = promisify(execFile);

/** Starts the embedded database for `config` from another Node process and returns its one-line verdict. */
async function startFromAnotherProcess(config: EmbeddedDatabaseConfig): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/start-embedded-process.ts', JSON.stringify(config)],
    { timeout: 120_000 },
  );
  return stdout.trim();
}

async function query(uri: string, cypher: string): Promise<unknown[]> {
  const driver = neo4j.driver(uri, undefined, DRIVER_CONFIG);
  try {
    const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    return records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

describe('db: embedded Neo4j lifecycle (own stores)', function () {
  this.timeout(240_000);
  let config: EmbeddedDatabaseConfig;
  let server: EmbeddedNeo4j;

  before(async () => {
    config = await temporaryEmbeddedConfig({ heap: '384m', pageCache: '64m' });
    server = await startEmbeddedNeo4j(config);
    await query(server.uri, "CREATE (:Place {id: 'Place:lima', name: 'Lima'})");
  });

  after(async () => {
    await server?.stop();
    rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('records the running server in a pid file that other processes find', async () => {
    const running = await findRunningEmbedded(config);
    expect(running).to.include({ pid: server.pid, uri: server.uri, port: config.boltPort });
  });

  it('a second process starting the same store gets StoreInUseError; the first keeps working', async () => {
    const verdict = await startFromAnotherProcess(config);
    expect(verdict).to.match(/^FAILED StoreInUseError .*already open: process \d+ serves it/);
    expect(await query(server.uri, 'MATCH (p:Place) RETURN p.name AS name')).to.deep.equal([
      { name: 'Lima' },
    ]);
  });

  it("without the pid file, Neo4j's own store lock still refuses a second opening, clearly", async () => {
    const record = readPidFile(config.storeDir) as PidRecord;
    rmSync(pidFilePath(config.storeDir));
    try {
      const verdict = await startFromAnotherProcess({ ...config, boltPort: await findFreePort() });
      expect(verdict).to.match(/^FAILED StoreInUseError Another process already has the Neo4j store .* open/);
      expect(await query(server.uri, 'MATCH (p:Place) RETURN count(p) AS n')).to.deep.equal([{ n: 1 }]);
    } finally {
      writePidFile(record);
    }
  });

  it('commands reuse the running database instead of starting another', async () => {
    const connection = await connectDatabase(config);
    expect(connection.startedHere).to.equal(false);
    expect(connection.uri).to.equal(server.uri);
    await connection.close();
    expect(await query(server.uri, 'RETURN 1 AS one')).to.deep.equal([{ one: 1 }]);
  });

  it('starts again after the JVM is killed with SIGKILL, with the data intact and the stale pid file cleaned', async () => {
    process.kill(server.pid, 'SIGKILL');
    await server.exited;
    expect(await findRunningEmbedded(config)).to.equal(null);
    server = await startEmbeddedNeo4j(config);
    expect(await query(server.uri, 'MATCH (p:Place) RETURN p.name AS name')).to.deep.equal([
      { name: 'Lima' },
    ]);
  });

  it('db status sees it running, db stop stops it through the pid file, db status then says not running', async () => {
    const before = await dbStatus(config);
    expect(before).to.include({ mode: 'embedded', running: true, pid: server.pid });
    expect(before.status).to.include({ connected: true, nodes: 1 });
    const lines: string[] = [];
    const stopped = await dbStop(config, { logger: { info: (line) => lines.push(line) } });
    expect(stopped).to.deep.equal({ stopped: true, pid: server.pid });
    expect(lines[0]).to.match(/^Stopped Neo4j/);
    expect(await dbStatus(config)).to.include({ running: false });
  });

  it('db start runs it in the foreground on the same store (data kept) until told to stop', async () => {
    const lines: string[] = [];
    let stop = (): void => {};
    const until = new Promise<void>((resolveUntil) => (stop = resolveUntil));
    let uri = '';
    const logger = {
      info: (line: string) => {
        lines.push(line);
        const match = /is running at (bolt:\/\/\S+)/.exec(line);
        if (match?.[1]) uri = match[1];
      },
    };
    let done = false;
    const running = dbStart(config, { logger, until }).finally(() => (done = true));
    while (!uri && !done) await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    if (!uri) await running; // it ended before printing its URI: surface why
    expect(await query(uri, 'MATCH (p:Place) RETURN p.name AS name')).to.deep.equal([{ name: 'Lima' }]);
    expect((await dbStatus(config)).running).to.equal(true);
    stop();
    await running;
    expect(lines.at(-1)).to.equal('Neo4j stopped.');
    expect(await findRunningEmbedded(config)).to.equal(null);
  });
});
