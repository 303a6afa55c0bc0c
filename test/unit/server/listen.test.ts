// `listen` must refuse a taken port with the port-taken message, never report success.
import { createServer, type Server } from 'node:net';
import { expect } from 'chai';
import express from 'express';
import { closeServer, HttpPortTakenError, listen } from '../../../server/listen';

function squat(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('listen', () => {
  it('rejects a taken port with HttpPortTakenError naming the port and the way out', async () => {
    const squatter = await squat();
    const port = (squatter.address() as { port: number }).port;
    try {
      const error = await listen(express(), port, '127.0.0.1').then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(HttpPortTakenError);
      expect((error as Error).message).to.equal(
        `Port ${port} is already in use by another program. Choose another with PORT=<port>, e.g. PORT=3001.`,
      );
    } finally {
      squatter.close();
    }
  });

  it('resolves with a listening server on a free port', async () => {
    const server = await listen(express(), 0, '127.0.0.1');
    try {
      expect(server.listening).to.equal(true);
    } finally {
      await closeServer(server);
    }
  });
});
