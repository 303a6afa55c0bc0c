// The database going away in the middle of a load stops the load at once with one clear message (how much
// was written, what to do), instead of retrying every document against a database that is not there.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { expect } from 'chai';
import neo4j from 'neo4j-driver';
import { LoadInterruptedError, loadExtractions } from '../../../ingest/load';
import { DRIVER_CONFIG } from '../../../server/db';
import { clearGraph, testDatabase } from '../../helpers/database-hooks';
import { tinyExtraction } from '../../helpers/load-fixtures';

/** A TCP relay to the test database that can be cut, as a database that dies would cut its connections. */
function relay(target: URL): Promise<{ server: Server; port: number; cut: () => void }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        port: (server.address() as { port: number }).port,
        cut: () => {
          server.close();
          for (const s of sockets) s.destroy();
        },
      }),
    ),
  );
}

describe('load: the database lost mid-load (integration)', () => {
  it('stops at once with one message saying how much was written and what to do', async () => {
    await clearGraph();
    const { uri, database } = testDatabase();
    const link = await relay(new URL(uri.replace(/^bolt/, 'http')));
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${link.port}`,
      neo4j.auth.basic('neo4j', ''),
      DRIVER_CONFIG,
    );
    const extractions = Array.from({ length: 40 }, (_, i) => tinyExtraction(`lost${i}`));
    try {
      const error = await loadExtractions(driver, extractions, {
        database,
        documentsPerTransaction: 1,
        onProgress: (p) => {
          if (p.done === 3) link.cut();
        },
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(LoadInterruptedError);
      const interrupted = error as LoadInterruptedError;
      expect(interrupted.total).to.equal(40);
      expect(interrupted.written).to.be.within(3, 5);
      expect(interrupted.message).to.match(
        /the database stopped answering during the load, after \d+ of 40 documents were written/,
      );
      expect(interrupted.message).to.contain('run the same ingest: documents already loaded are skipped');
    } finally {
      link.cut();
      await driver.close();
    }
  });
});
