// Starts the HTTP server, turning "port taken" into a message that says what to do.
import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

export class HttpPortTakenError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use by another program. Choose another with PORT=<port>, e.g. PORT=3001.`,
    );
    this.name = 'HttpPortTakenError';
  }
}

/**
 * Request-head limit (Node's default is 16 KiB): the longest URL the API documents (lists of ids, each up
 * to 300 characters, percent-encoded) fits, so a valid request is never cut off with a reset connection.
 */
export const MAX_HEADER_BYTES = 1024 * 1024;

/** The HTTP server for an app, with the request-head limit above. */
export function httpServer(app: Express): Server {
  return createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
}

/**
 * Listens on `port` (all interfaces unless `host`); a taken port rejects with HttpPortTakenError.
 * @example const server = await listen(app, 3000, '127.0.0.1');
 */
export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new HttpPortTakenError(port) : error);
    // Node's own server, not Express 5's app.listen, which hands a listen error to its callback as if it
    // had started: here the callback runs only once listening, and a taken port comes as 'error'.
    const server = httpServer(app);
    server.once('error', failed);
    server.listen(port, host ?? '', () => {
      server.off('error', failed);
      resolve(server);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
