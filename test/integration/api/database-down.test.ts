// With the database stopped the API answers 503 with a clear message, quickly, and recovers by itself
// once the database is back: no restart of Enlace needed.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import request from 'supertest';
import { lockedCurations } from '../../../cli/ingest-with-curations';
import { createApp } from '../../../server/app';
import type { EmbeddedDatabaseConfig, EmbeddedNeo4j } from '../../../server/db';
import {
  DRIVER_CONFIG,
  applySchema,
  createGateway,
  databaseStatus,
  startEmbeddedNeo4j,
} from '../../../server/db';
import { createCurationLog } from '../../../server/services/curation';
import { TEST_TOKEN, apiContext } from '../../helpers/api-app';
import { temporaryEmbeddedConfig } from '../../helpers/embedded-config';
import { REPO_ROOT } from '../../helpers/run-cli';

describe('api: database down and back', function () {
  this.timeout(240_000);
  let config: EmbeddedDatabaseConfig;
  let server: EmbeddedNeo4j | null = null;
  let driver: Driver;
  const curationFile = join(tmpdir(), `enlace-down-curations-${process.pid}.jsonl`);

  before(async () => {
    config = await temporaryEmbeddedConfig({ heap: '384m', pageCache: '64m' });
    server = await startEmbeddedNeo4j(config);
    driver = neo4j.driver(server.uri, undefined, DRIVER_CONFIG);
    await applySchema(driver, 'neo4j');
    await driver.executeQuery(
      "CREATE (:Entity:Person {id: 'person:ana-lopez', name: 'Ana López', aliases: [], sources: []})",
      {},
      { database: 'neo4j' },
    );
  });

  after(async () => {
    await driver?.close();
    await server?.stop();
    rmSync(config.dataDir, { recursive: true, force: true });
    rmSync(curationFile, { force: true });
  });

  const app = () =>
    createApp({
      token: TEST_TOKEN,
      clientDir: join(REPO_ROOT, 'client', 'public'),
      validateResponses: true,
      log: () => {},
      context: {
        ...apiContext(),
        gateway: createGateway(driver, 'neo4j'),
        database: { mode: 'embedded', uri: server?.uri ?? '', status: () => databaseStatus(driver, 'neo4j') },
        // Edits take the database's write lock, on this database too.
        curations: lockedCurations(driver, 'neo4j', createCurationLog(curationFile)),
      },
    });

  it('answers 503 problems while the database is stopped, and 200 again once it is back', async () => {
    const api = app();
    await request(api).get('/api/search?q=ana').expect(200);

    await server!.stop();
    server = null;
    const started = Date.now();
    const down = await request(api).get('/api/search?q=ana').expect(503);
    expect(Date.now() - started, 'a stopped database is reported quickly').to.be.below(15_000);
    expect(down.headers['content-type']).to.contain('application/problem+json');
    expect(down.headers['retry-after']).to.equal('5');
    expect((down.body as { detail: string }).detail).to.match(/not reachable/);
    // A curation takes the write lock first: refused the same way, not as an internal error.
    for (const [path, body] of [
      ['/api/curations', { op: 'rename', id: 'person:ana-lopez', name: 'Ana M. López', note: 'Full name' }],
      ['/api/curations/c-1/undo', { note: 'Wrong' }],
    ] as const) {
      const refused = await request(api)
        .post(path)
        .set('Authorization', `Bearer ${TEST_TOKEN}`)
        .send(body)
        .expect(503);
      expect(refused.headers['content-type'], path).to.contain('application/problem+json');
      expect((refused.body as { detail: string }).detail, path).to.match(/not reachable/);
    }
    const health = await request(api).get('/api/health').expect(503);
    expect((health.body as { status: string }).status).to.equal('degraded');

    server = await startEmbeddedNeo4j(config);
    const back = await request(api).get('/api/search?q=ana').expect(200);
    expect((back.body as { items: { name: string }[] }).items.map((i) => i.name)).to.include('Ana López');
    await request(api).get('/api/health').expect(200);
  });
});
