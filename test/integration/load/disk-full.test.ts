// A disk that fills up during a load (a real one: the store on a small tmpfs) is said once, with what to
// do, and stops the load; it is not "critical error" repeated for every document that follows. Requests
// to the database in that state are "unavailable" (the API's 503), not internal errors.
import { rmSync } from 'node:fs';
import { expect } from 'chai';
import neo4j, { type Driver } from 'neo4j-driver';
import { LoadInterruptedError, loadExtractions } from '../../../ingest/load';
import type { EmbeddedDatabaseConfig, EmbeddedNeo4j } from '../../../server/db';
import {
  DatabaseStoreError,
  DRIVER_CONFIG,
  applySchema,
  createGateway,
  startEmbeddedNeo4j,
} from '../../../server/db';
import { toProblem } from '../../../server/http/problem';
import { temporaryEmbeddedConfig } from '../../helpers/embedded-config';
import { tinyExtraction } from '../../helpers/load-fixtures';
import { smallDiskJava } from '../../helpers/small-disk';

describe('load: the disk fills up during a load (integration, a real full disk)', function () {
  this.timeout(300_000);
  let config: EmbeddedDatabaseConfig;
  let server: EmbeddedNeo4j;
  let driver: Driver;

  before(async () => {
    config = await temporaryEmbeddedConfig({ heap: '384m', pageCache: '32m' });
    server = await startEmbeddedNeo4j(config, { javaCommand: smallDiskJava(12) });
    driver = neo4j.driver(server.uri, undefined, DRIVER_CONFIG);
    await applySchema(driver, 'neo4j');
  });

  after(async () => {
    await driver?.close();
    await server?.stop();
    rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('stops the load at the first failed write with one message saying what to do', async () => {
    // About 6 MB of evidence in all: twice what the disk has left after Neo4j's own files.
    const padding = 'y'.repeat(2_000);
    const extractions = Array.from({ length: 3_000 }, (_, i) => {
      const extraction = tinyExtraction(`full${i}`);
      extraction.relationships[0]!.evidence[0]!.text = `${padding} ${i}`;
      return extraction;
    });
    let finished = 0;
    const error = await loadExtractions(driver, extractions, {
      database: 'neo4j',
      onProgress: (progress) => (finished = progress.done),
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, 'the load must not end as if each document had failed by itself').to.be.instanceOf(
      LoadInterruptedError,
    );
    const stopped = error as LoadInterruptedError;
    expect(stopped.stop).to.equal('store-failed');
    expect(stopped.written).to.be.above(0).and.below(3_000);
    expect(finished, 'no document after the failure was tried').to.be.below(3_000);
    expect(stopped.message).to.match(/Neo4j could not write to its store during the load, after \d+ of 3000/);
    expect(stopped.message).to.contain('the disk that holds the database is full');
    expect(stopped.message).to.contain('run the same ingest: documents already loaded are skipped');
  });

  it('after that, a request is refused as "database unavailable" (503) saying a restart is needed', async () => {
    const failed = await createGateway(driver, 'neo4j')
      .read('MATCH (n) RETURN count(n) AS n')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(failed).to.be.instanceOf(DatabaseStoreError);
    expect((failed as Error).message).to.contain('refuses transactions until it is restarted');
    const problem = toProblem(failed);
    expect(problem.status).to.equal(503);
    expect(problem.message).to.match(/most often a full disk.*restart/);
  });
});
